/**
 * Embeds: the URL of an embedded chart for a given state, and the snippet a newsroom pastes into
 * its page (an iframe that works on its own, and the sizing script that makes it fit).
 */
import { escapeMarkup } from './escape';
import { serializeViewState, type ViewState } from './url-state';

export type EmbedKind = 'timeline' | 'graph';
export type EmbedTheme = 'auto' | 'light' | 'dark';

/** Height to give an iframe before embed.js measures it, so it works without the script. */
export const EMBED_HEIGHTS: Record<EmbedKind, number> = { timeline: 720, graph: 760 };

export interface EmbedOptions {
  theme: EmbedTheme;
  /** Show the chart's title inside the embed. */
  title: boolean;
}

/** The embed page's URL for a state. `site` is the absolute URL of the site root, ending in `/`. */
export function embedUrl(
  site: string,
  kind: EmbedKind,
  state: ViewState,
  options: EmbedOptions,
): string {
  const query = new URLSearchParams(serializeViewState(state).slice(1));
  if (options.theme !== 'auto') query.set('theme', options.theme);
  if (!options.title) query.set('title', '0');
  const text = query.toString().replaceAll('%2C', ',');
  return `${site}embed/${kind}/${text ? `?${text}` : ''}`;
}

/** The snippet to paste: the iframe, and the script that sizes it. */
export function embedSnippet(src: string, title: string, height: number, site: string): string {
  return [
    `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy" allow="clipboard-write"></iframe>`,
    `<script async src="${escapeMarkup(`${site}embed.js`)}"></script>`,
  ].join('\n');
}

/** An oEmbed 1.0 "rich" response for an embed page. */
export function oembedDocument(options: {
  title: string;
  src: string;
  height: number;
  site: string;
  providerName: string;
}) {
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.providerName,
    provider_url: options.site,
    html: embedSnippet(options.src, options.title, options.height, options.site),
    width: 800,
    height: options.height,
  };
}
