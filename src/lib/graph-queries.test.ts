import { describe, expect, it } from 'vitest';
import {
  egoNetwork,
  linkBend,
  linkCurve,
  linkPath,
  linkPolyline,
  nearestInDirection,
  segmentCrossesBox,
} from './graph-queries';

const links = [
  { id: 'a>b', source: 'a', target: 'b' },
  { id: 'c>b', source: 'c', target: 'b' },
  { id: 'c>d', source: 'c', target: 'd' },
  { id: 'e>f', source: 'e', target: 'f' },
];

describe('egoNetwork', () => {
  it('takes neighbours in either direction, one hop', () => {
    const ego = egoNetwork({ links }, 'b', 1);
    expect([...ego.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...ego.links].sort()).toEqual(['a>b', 'c>b']);
  });

  it('goes a second hop, and keeps the links among the actors it takes', () => {
    const ego = egoNetwork({ links }, 'a', 2);
    expect([...ego.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...egoNetwork({ links }, 'b', 2).nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is just the actor when it has no relations', () => {
    expect([...egoNetwork({ links }, 'z', 2).nodes]).toEqual(['z']);
  });
});

describe('nearestInDirection', () => {
  const nodes = [
    { id: 'centre', x: 0, y: 0 },
    { id: 'right-near', x: 50, y: 10 },
    { id: 'right-far', x: 200, y: 0 },
    { id: 'up-right', x: 60, y: -80 },
    { id: 'down', x: 5, y: 90 },
  ];

  it('picks the closest node ahead, favouring the straight line', () => {
    expect(nearestInDirection(nodes, 'centre', 'right')).toBe('right-near');
    expect(nearestInDirection(nodes, 'centre', 'down')).toBe('down');
    expect(nearestInDirection(nodes, 'centre', 'up')).toBe('up-right');
    expect(nearestInDirection(nodes, 'centre', 'left')).toBeUndefined();
    expect(nearestInDirection(nodes, 'right-near', 'right')).toBe('right-far');
  });

  it('is undefined for an unknown start', () => {
    expect(nearestInDirection(nodes, 'nope', 'right')).toBeUndefined();
  });
});

describe('linkPath', () => {
  it('runs from rim to rim, straight or curved', () => {
    const straight = linkPath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }, 0);
    expect(straight.d).toBe('M11 0L87 0');
    expect(straight.mid).toEqual({ x: 50, y: 0 });
    const curved = linkPath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }, 30);
    expect(curved.d).toMatch(/^M[\d.]+ [\d.]+Q50 30 /);
    expect(curved.mid).toEqual({ x: 50, y: 15 });
  });

  it('fans siblings out symmetrically, the same way whichever direction they point', () => {
    expect([0, 1, 2].map((i) => linkBend(i, 3, 'a', 'b'))).toEqual([-30, 0, 30]);
    expect(linkBend(0, 2, 'b', 'a')).toBe(15);
  });
});

describe('segmentCrossesBox and linkPolyline', () => {
  const box = { x: 10, y: 10, width: 10, height: 10 };
  it('finds a segment through a box, and none that passes by or only touches it', () => {
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 30, y: 30 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 15 }, { x: 12, y: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 0, y: 25 }, { x: 30, y: 25 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 10 }, { x: 30, y: 10 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 30, y: 5 }, box)).toBe(false);
  });
  it('follows the curve drawn, from rim to rim', () => {
    const curve = linkCurve({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }, 40);
    const points = linkPolyline(curve);
    expect(points[0]).toEqual(curve.start);
    expect(points.at(-1)).toEqual(curve.end);
    // The middle of a quadratic curve lies halfway between its control point and its ends' middle.
    const apex = (curve.start.y + curve.end.y) / 4 + curve.control.y / 2;
    expect(Math.max(...points.map((p) => p.y))).toBeCloseTo(apex, 1);
  });
});
