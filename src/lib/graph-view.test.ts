import { describe, expect, it } from 'vitest';
import {
  fitView,
  formatGestureTransform,
  formatViewTransform,
  IDENTITY_VIEW,
  MAX_ZOOM,
  MIN_ZOOM,
  toDrawing,
  zoomView,
} from './graph-view';

/** Where a drawing point lands on screen under a view. */
const onScreen = (view: { k: number; x: number; y: number }, p: { x: number; y: number }) => ({
  x: view.x + p.x * view.k,
  y: view.y + p.y * view.k,
});

describe('zoomView', () => {
  it('keeps the point zoomed about where it was on screen', () => {
    const view = { k: 1.5, x: -40, y: 25 };
    const at = { x: 300, y: 200 };
    const before = toDrawing(view, at);
    const next = zoomView(view, 2, at);
    expect(next.k).toBe(3);
    const after = onScreen(next, before);
    expect(after.x).toBeCloseTo(at.x, 9);
    expect(after.y).toBeCloseTo(at.y, 9);
  });

  it('clamps the zoom to its limits', () => {
    expect(zoomView(IDENTITY_VIEW, 100, { x: 0, y: 0 }).k).toBe(MAX_ZOOM);
    expect(zoomView(IDENTITY_VIEW, 0.01, { x: 0, y: 0 }).k).toBe(MIN_ZOOM);
  });
});

describe('fitView', () => {
  const size = { width: 960, height: 600 };

  it('shows the whole drawing when there is nothing to fit', () => {
    expect(fitView([], size)).toEqual(IDENTITY_VIEW);
  });

  it('centres the points, padded, inside the drawing', () => {
    const points = [
      { x: 100, y: 100 },
      { x: 300, y: 200 },
    ];
    const view = fitView(points, size, 50, 10);
    const a = onScreen(view, { x: 50, y: 50 });
    const b = onScreen(view, { x: 350, y: 250 });
    expect((a.x + b.x) / 2).toBeCloseTo(480, 9);
    expect((a.y + b.y) / 2).toBeCloseTo(300, 9);
    // The tighter dimension (height: 200 units padded into 600) decides the zoom.
    expect(view.k).toBeCloseTo(3, 9);
    expect(b.y - a.y).toBeCloseTo(600, 9);
  });

  it('zooms in no further than its limit on a single actor', () => {
    expect(fitView([{ x: 10, y: 10 }], size, 80, 2.5).k).toBe(2.5);
  });
});

describe('transforms', () => {
  it('round the SVG transform to tenths and thousandths', () => {
    expect(formatViewTransform({ k: 1.23456, x: 10.04, y: -3.26 })).toBe(
      'translate(10 -3.3) scale(1.235)',
    );
  });

  it('make the committed drawing look like the wanted view', () => {
    const committed = { k: 2, x: 10, y: 20 };
    const view = { k: 3, x: -5, y: 40 };
    const transform = formatGestureTransform(view, committed, 0.5);
    expect(transform).toBe('translate(-10.00px, 5.00px) scale(1.5000)');
    // A drawing point drawn at `committed` then moved by the CSS transform lands where `view` puts it.
    const p = { x: 70, y: 30 };
    const drawn = onScreen(committed, p);
    const moved = { x: -10 + 1.5 * drawn.x * 0.5, y: 5 + 1.5 * drawn.y * 0.5 };
    const wanted = onScreen(view, p);
    expect(moved.x).toBeCloseTo(wanted.x * 0.5, 9);
    expect(moved.y).toBeCloseTo(wanted.y * 0.5, 9);
  });
});
