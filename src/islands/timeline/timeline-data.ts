/**
 * What the build hands the browser for one timeline, as JSON inside the page. Everything the
 * element needs to re-lay out, filter and fill the details panel without a request.
 */
import type { EraInput, MarkShape, TimelineItem } from '../../lib/layout-timeline';
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
   * In time order. Titles and dates as written, like summaries, are not repeated here: the
   * element reads them from the list of events (which keeps the page, an embed above all, inside
   * its byte budget).
   */
  items: ShippedItem[];
  eras: EraInput[];
  /**
   * Names of the actors that appear in the events. Not shipped: the element reads them from the
   * Actor select, where the page already carries them (see ShippedData).
   */
  actors: Record<string, string>;
  /** An embed's sources (empty on a full page, whose list carries them). */
  sources: SourceLink[];
}

/**
 * An event as the page ships it: its actors (ids) and, in an embed, its sources (indexes into
 * `sources`: ids would repeat). A full page's list of events links every source, so the element
 * reads them there.
 */
export type ShippedItem = Omit<TimelineItem, 'title' | 'dateText' | 'shape' | 'end'> & {
  /** Absent for a point, the most common shape. */
  shape?: Exclude<MarkShape, 'point'>;
  /** Absent for an event of one day: it ends where it starts. */
  end?: number;
  actors: string[];
  sources?: number[];
};

/** An event in the browser: as shipped, with its title and date read from the list. */
export type ChartItem = TimelineItem & Omit<ShippedItem, keyof TimelineItem>;

/** A source of an event. `copy`: the link goes to a republication, not the original publisher. */
export interface SourceLink {
  publisher: string;
  title: string;
  url: string;
  copy?: true;
}

/** The chart's data as the page ships it, in its `script.tl-data`. */
export type ShippedData = Omit<TimelineData, 'actors'>;
