/**
 * Embeds: the URL of an embedded chart for a given state, and the snippet a newsroom pastes into
 * its page (an iframe that works on its own, and the sizing script that makes it fit).
 */
import { EMBED_WIDTH } from './breakpoints';
import { escapeMarkup } from './escape';
import { serializeEmbedStyle, type EmbedStyle } from './embed-style';
import { serializeViewState, type ViewState } from './url-state';

export type EmbedKind = 'timeline' | 'graph';
export type EmbedTheme = 'auto' | 'light' | 'dark';
/** How the timeline embed tells its events: the chart, or one event at a time. */
export type EmbedMode = 'chart' | 'story';
/** What one embed frame shows: a chart, or the timeline's story mode. */
export type EmbedView = EmbedKind | 'story';

/**
 * The documented default height of each frame (docs/embedding.md): what the snippet and the
 * oEmbed documents give the iframe, so that it works as it is, without the script.
 */
/** Story mode's title: its page's, its oEmbed document's, and its frame's in the copied code. */
export const STORY_TITLE = 'The Storm-0558 affair, event by event';

export const EMBED_HEIGHTS: Record<EmbedView, number> = { timeline: 480, graph: 760, story: 450 };

/** The documented width of an embed in the oEmbed documents: a typical article column. */
export { EMBED_WIDTH };

/**
 * The tallest embed.js lets a frame grow (docs/embedding.md); past it the frame scrolls inside.
 * public/embed.js carries the same number (a unit test keeps them equal).
 */
export const EMBED_MAX_HEIGHT = 1200;

/**
 * Fixed routes under /embed/timeline/, beside one per actor (`/embed/timeline/<actor>/`): an actor
 * with one of these ids would lose its embed to the route, so the content check refuses it. A
 * unit test keeps this list equal to the folders of src/pages/embed/timeline/.
 */
export const EMBED_TIMELINE_ROUTES: readonly string[] = ['category', 'story'];

/** The widths the Embed dialog previews at; `full` is the dialog's own width. */
export const PREVIEW_WIDTHS = ['320', '600', '800', 'full'] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];

export interface EmbedOptions {
  theme: EmbedTheme;
  /** Show the chart's title inside the embed. */
  title: boolean;
  /** Timeline only: chart or story mode. */
  mode?: EmbedMode;
  /** White-label settings: background, accent colour, typeface. */
  style?: EmbedStyle;
}

/** The site path of an embed frame, without the base: `/embed/timeline/story/`. */
export function embedPath(kind: EmbedKind, mode: EmbedMode = 'chart'): string {
  return kind === 'timeline' && mode === 'story' ? '/embed/timeline/story/' : `/embed/${kind}/`;
}

/**
 * The embed page's URL for a state. `site` is the URL of the site root, ending in `/`: absolute
 * for the code to paste, or the base path alone (`/`, `/storm-0558/`) for a preview that works
 * on whichever origin serves the site.
 */
export function embedUrl(
  site: string,
  kind: EmbedKind,
  state: ViewState,
  options: EmbedOptions,
): string {
  const query = new URLSearchParams(serializeViewState(state).slice(1));
  if (options.theme !== 'auto') query.set('theme', options.theme);
  if (!options.title) query.set('title', '0');
  for (const [key, value] of serializeEmbedStyle(options.style ?? {})) query.set(key, value);
  const text = query.toString().replaceAll('%2C', ',');
  return `${site}${embedPath(kind, options.mode).slice(1)}${text ? `?${text}` : ''}`;
}

/** The plain iframe: it works on its own, at its fixed height. */
export function embedIframe(src: string, title: string, height: number): string {
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" frameborder="0" loading="lazy" allow="clipboard-write"></iframe>`;
}

/** The snippet to paste: the iframe, and the script that sizes it. */
export function embedSnippet(src: string, title: string, height: number, site: string): string {
  return [
    embedIframe(src, title, height),
    `<script async src="${escapeMarkup(`${site}embed.js`)}"></script>`,
  ].join('\n');
}

/** The share image an oEmbed consumer shows before the embed loads. */
export interface EmbedThumbnail {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
}

/** An oEmbed 1.0 "rich" response for an embed page. */
export function oembedDocument(options: {
  title: string;
  src: string;
  height: number;
  site: string;
  providerName: string;
  thumbnail: EmbedThumbnail;
}) {
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.providerName,
    provider_url: options.site,
    html: embedSnippet(options.src, options.title, options.height, options.site),
    width: EMBED_WIDTH,
    height: options.height,
    thumbnail_url: options.thumbnail.url,
    thumbnail_width: options.thumbnail.width,
    thumbnail_height: options.thumbnail.height,
  };
}

/** How the Embed dialog offers the code. */
export const CODE_FORMATS = ['script', 'iframe', 'url'] as const;
export type CodeFormat = (typeof CODE_FORMATS)[number];

/**
 * The site page whose URL an oEmbed-aware CMS turns into the embed nearest to a view: an event's
 * page for a story opened on it, an actor's page for the timeline narrowed to that one actor,
 * else the full timeline or graph. oEmbed documents are static, so filters, theme and
 * white-label settings need the iframe code.
 */
export function oembedPagePath(kind: EmbedKind, mode: EmbedMode, state: ViewState): string {
  if (kind === 'graph') return '/graph/';
  if (mode === 'story') return state.event ? `/events/${state.event}/` : '/timeline/';
  const onlyActor =
    state.actors.length === 1 && state.categories.length === 0 && !state.q && !state.event;
  return onlyActor ? `/actors/${state.actors[0] ?? ''}/` : '/timeline/';
}
