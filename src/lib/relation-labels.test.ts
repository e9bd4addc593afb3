import { describe, expect, it } from 'vitest';
import {
  placeRelationLabels,
  pointOnCurve,
  RELATION_LABEL_HEIGHT,
  type RelationLabelRequest,
} from './relation-labels';
import { boxesOverlap } from './text-metrics';

const star = (count: number): RelationLabelRequest[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `r${String(i)}`,
    s: { x: 200, y: 200 },
    t: { x: 200 + 150 * Math.cos(i / 3), y: 200 + 150 * Math.sin(i / 3) },
    bend: 0,
    width: 90,
    confidence: i % 2 ? 'reported' : 'confirmed',
  }));

const boxOf = (p: { x: number; y: number }, width: number) => ({
  x: p.x - width / 2,
  y: p.y - RELATION_LABEL_HEIGHT / 2,
  width,
  height: RELATION_LABEL_HEIGHT,
});

describe('placeRelationLabels', () => {
  it('walks the curve from the start to the end', () => {
    expect(pointOnCurve({ x: 0, y: 0 }, { x: 10, y: 0 }, 0, 0.5)).toEqual({ x: 5, y: 0 });
    expect(pointOnCurve({ x: 0, y: 0 }, { x: 10, y: 0 }, 10, 0.5).y).toBe(5);
  });

  it('never lets two labels overlap, even when their edges crowd one actor', () => {
    const requests = star(9);
    const placed = placeRelationLabels(requests, []);
    expect(placed.size).toBeGreaterThan(2);
    const boxes = [...placed].map(([id, p]) =>
      boxOf(p, requests.find((r) => r.id === id)?.width ?? 0),
    );
    boxes.forEach((box, i) => {
      for (const other of boxes.slice(i + 1)) expect(boxesOverlap(box, other)).toBe(false);
    });
  });

  it('keeps off obstacles and places the strongest first', () => {
    const requests = star(2).map((r) => ({ ...r, t: { x: 400, y: 200 } }));
    const obstacle = { x: 290, y: 150, width: 110, height: 100 };
    const placed = placeRelationLabels(requests, [obstacle]);
    for (const [, p] of placed) expect(boxesOverlap(boxOf(p, 90), obstacle)).toBe(false);
    expect(placed.has('r0')).toBe(true);
    expect(placed.has('r1')).toBe(false);
  });
});
