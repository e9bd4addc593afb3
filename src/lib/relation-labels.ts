/**
 * Where the labels of a highlighted actor's relations go: along each relation's curve, at the
 * first point from the middle outwards where the label covers no actor's label or mark and no
 * relation label already placed. The strongest relations (by confidence) are placed first; a
 * label with no free place is left off the drawing, and the details panel lists it.
 */
import type { Box } from './text-metrics';
import { CONFIDENCE_LEVELS, type Confidence } from './vocabulary';

export interface RelationLabelRequest {
  id: string;
  s: { x: number; y: number };
  t: { x: number; y: number };
  /** The curve's bend, as in linkPath. */
  bend: number;
  width: number;
  confidence: Confidence;
}

// Its own test rather than text-metrics', so that the graph's code shares no chunk with the timeline's.
const boxesOverlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Height of a relation label's box, in drawing units. */
export const RELATION_LABEL_HEIGHT = 16;

/** Where along the curve to try, from the middle outwards. */
const STOPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8];

/** The point at `u` (0 to 1) along a relation's curve. */
export function pointOnCurve(
  s: { x: number; y: number },
  t: { x: number; y: number },
  bend: number,
  u: number,
): { x: number; y: number } {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length = Math.hypot(dx, dy) || 1;
  const cx = (s.x + t.x) / 2 + (-dy / length) * bend;
  const cy = (s.y + t.y) / 2 + (dx / length) * bend;
  const a = (1 - u) * (1 - u);
  const b = 2 * u * (1 - u);
  const c = u * u;
  return { x: a * s.x + b * cx + c * t.x, y: a * s.y + b * cy + c * t.y };
}

/**
 * Label centres by relation id, for the labels that fit; the text's baseline is 4 units below
 * the centre. Deterministic: ties go by id.
 */
export function placeRelationLabels(
  requests: readonly RelationLabelRequest[],
  obstacles: readonly Box[],
): Map<string, { x: number; y: number }> {
  const rank = (c: Confidence) => CONFIDENCE_LEVELS.indexOf(c);
  const order = [...requests].sort(
    (a, b) => rank(a.confidence) - rank(b.confidence) || a.id.localeCompare(b.id),
  );
  const taken: Box[] = [];
  const placed = new Map<string, { x: number; y: number }>();
  for (const request of order) {
    for (const u of STOPS) {
      const p = pointOnCurve(request.s, request.t, request.bend, u);
      const box = {
        x: p.x - request.width / 2 - 2,
        y: p.y - RELATION_LABEL_HEIGHT / 2,
        width: request.width + 4,
        height: RELATION_LABEL_HEIGHT,
      };
      if (obstacles.some((o) => boxesOverlap(o, box)) || taken.some((o) => boxesOverlap(o, box)))
        continue;
      taken.push(box);
      placed.set(request.id, { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
      break;
    }
  }
  return placed;
}
