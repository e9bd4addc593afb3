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
  /**
   * Each event's actors (ids) and, in an embed, sources (indexes into `sources`: ids would
   * repeat). A full page's list of events links every source, so the element reads them there.
   */
  events: Record<string, { actors: string[]; sources?: number[] }>;
  /** Names of the actors that appear in the events. */
  actors: Record<string, string>;
  /** An embed's sources (empty on a full page, whose list carries them). */
  sources: SourceLink[];
}

/** A source of an event. `copy`: the link goes to a republication, not the original publisher. */
export interface SourceLink {
  publisher: string;
  title: string;
  url: string;
  copy?: true;
}
