/**
 * What the build hands the browser for one timeline, as JSON inside the page. Everything the
 * element needs to re-lay out, filter and fill the details panel without a request.
 */
import type { EraInput, TimelineItem } from '../../lib/layout-timeline';
import type { DayWindow } from '../../lib/timeline-scale';
import type { Category } from '../../lib/vocabulary';

export interface TimelineData {
  /** Prefix of ids inside the chart (patterns). */
  prefix: string;
  /** Width of the horizontal drawing in SVG units. */
  width: number;
  /** The site's base path, ending in `/`. */
  base: string;
  embedded: boolean;
  defaultWindow: DayWindow;
  /** The whole period, in whole years. */
  extent: DayWindow;
  lanes: Category[];
  /**
   * In time order. Titles, like summaries, are not repeated here: the element reads them from
   * the list of events (which keeps the page, an embed above all, inside its byte budget).
   */
  items: Omit<TimelineItem, 'title'>[];
  eras: EraInput[];
  /** Summaries are not repeated here: the element reads them from the list of events. */
  /** Each event's actors (ids) and sources (indexes into `sources`: ids would repeat). */
  events: Record<string, { actors: string[]; sources: number[] }>;
  /** Names of the actors that appear in the events. */
  actors: Record<string, string>;
  /** `copy`: the link goes to a republication, not the original publisher. */
  sources: { publisher: string; title: string; url: string; copy?: true }[];
}
