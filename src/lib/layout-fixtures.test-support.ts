/**
 * Events and checks the timeline layout's unit tests share: a handful of real-looking events,
 * seeded random ones by the hundred, and the check that no two label boxes overlap.
 */
import { expect } from 'vitest';
import { firstDayIndex as day } from './calendar-date';
import {
  sortItems,
  toTimelineItem,
  type Box,
  type TimelineItem,
  type TimelineLayout,
} from './layout-timeline';
import { CATEGORIES, CONFIDENCE_LEVELS } from './vocabulary';

export const window = { from: day('2023-05-01'), to: day('2023-09-30') };

export const items = sortItems([
  toTimelineItem({
    id: 'access',
    title: 'Storm-0558 starts reading mail with forged tokens',
    date: '2023-05-15',
    end: '2023-06-16',
    precision: 'day',
    category: 'intrusion',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'alert',
    title: 'State alerts Microsoft',
    date: '2023-06-16',
    precision: 'day',
    category: 'detection',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'soc',
    title: 'Analysts spot mailbox access',
    date: '2023-06-15',
    precision: 'day',
    category: 'detection',
    confidence: 'reported',
  }),
  toTimelineItem({
    id: 'kritenbrink',
    title: 'Kritenbrink cannot rule it out',
    date: '2023-07',
    precision: 'month',
    category: 'disclosure',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'disclose',
    title: 'Microsoft makes the intrusion public',
    date: '2023-07-11',
    precision: 'day',
    category: 'disclosure',
    confidence: 'confirmed',
  }),
  toTimelineItem({
    id: 'old',
    title: 'Snowden documents',
    date: '2014-03-22',
    precision: 'day',
    category: 'context',
    confidence: 'reported',
  }),
]);

/** Random events, seeded, for property checks. */
export function synthetic(count: number, seed = 1): TimelineItem[] {
  let s = seed;
  const random = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
  const start = day('2023-01-01');
  return sortItems(
    Array.from({ length: count }, (_, i) => {
      const first = start + Math.floor(random() * 365);
      const ranged = random() < 0.15;
      return {
        id: `e${i}`,
        title: `Synthetic event number ${i} with a longish title`,
        dateText: '',
        start: first,
        end: ranged ? first + Math.floor(random() * 40) : first,
        shape: ranged ? ('bar' as const) : ('point' as const),
        category: CATEGORIES[Math.floor(random() * CATEGORIES.length)] ?? 'context',
        confidence: CONFIDENCE_LEVELS[Math.floor(random() * 4)] ?? 'confirmed',
      };
    }),
  );
}

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function labelBoxes(layout: TimelineLayout): Box[] {
  return [
    ...layout.marks.flatMap((m) => (m.label ? [m.label.box] : [])),
    ...layout.eras.flatMap((e) => (e.label.text ? [e.label.box] : [])),
  ];
}

export function expectNoOverlaps(boxes: Box[]) {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a && b) expect(overlaps(a, b), `${JSON.stringify(a)} × ${JSON.stringify(b)}`).toBe(false);
    }
  }
}
