/**
 * What the build hands the browser for one actor graph, as JSON inside the page: positions
 * from the build-time layout, and what the details panel and the linked views need.
 */
import type { PlacedBand } from '../../lib/layout-graph';
import type { ActorKind, Confidence, RelationType } from '../../lib/vocabulary';

export interface GraphData {
  prefix: string;
  /** The site's base path, ending in `/`. */
  base: string;
  /** Shares the page's state with a timeline. */
  linked: boolean;
  embedded: boolean;
  /** The actor that holds the tab stop first: the most connected. */
  centre: string;
  width: number;
  height: number;
  nodes: {
    id: string;
    name: string;
    kind: ActorKind;
    degree: number;
    x: number;
    y: number;
    r: number;
    /** The label's box relative to the node: x, y, width, height. */
    label: [number, number, number, number];
  }[];
  /** The phone layout: bands stacked, the same labels; positions by actor id. */
  phone: {
    width: number;
    height: number;
    at: Record<string, [number, number]>;
    /** Each relation's bend in this layout, in the order of `links`. */
    bends: number[];
    bands: PlacedBand[];
  };
  /** Width of each relation's label on the drawing, measured with the font at build time. */
  relationLabelWidths: Record<RelationType, number>;
  links: {
    id: string;
    source: string;
    target: string;
    type: RelationType;
    confidence: Confidence;
    /** Its bend in the layout drawn: the wide one's from the build, the phone's on a phone. */
    bend: number;
  }[];
  roles: Record<string, string>;
  /** Source ids of each relation. */
  relationSources: Record<string, string[]>;
  sources: Record<string, { publisher: string; url: string }>;
  /** The actors of each event, to highlight them when a linked timeline selects one. */
  eventActors: Record<string, string[]>;
}
