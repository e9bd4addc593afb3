/**
 * White-label settings of an embed, from its link: `bg=default|white|transparent`,
 * `accent=<hex colour>` and `font=serif|sans|system`. Each value comes from a fixed list or a
 * strict pattern, so a link can never inject a URL or raw CSS: anything else is dropped, with a
 * reason for the embed's notice. The embed applies them before the first paint
 * (`embedInitScript`), through data attributes and one CSS variable that site.css reads.
 */

export const EMBED_BACKGROUNDS = ['default', 'white', 'transparent'] as const;
export type EmbedBackground = (typeof EMBED_BACKGROUNDS)[number];

export const EMBED_FONTS = ['serif', 'sans', 'system'] as const;
export type EmbedFont = (typeof EMBED_FONTS)[number];

export const EMBED_MODES = ['chart', 'story'] as const;
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;

/** `#rgb` or `#rrggbb`, the `#` optional because a link must write it `%23`. */
export const ACCENT_PATTERN = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

export interface EmbedStyle {
  /** Absent means `default`: the site's paper colour. */
  bg?: Exclude<EmbedBackground, 'default'> | undefined;
  /** `#rrggbb`, lower case. */
  accent?: string | undefined;
  /** Absent means `serif`, the embed's default. */
  font?: Exclude<EmbedFont, 'serif'> | undefined;
}

/** Why a white-label or mode value was dropped, as the embed's notice says it. */
export const EMBED_STYLE_REASONS = [
  'must be default, white or transparent',
  'not a colour in the form #rgb or #rrggbb',
  'must be serif, sans or system',
  'must be chart or story',
  'must be auto, light or dark',
  'must be 0 or 1',
] as const;
export type EmbedStyleReason = (typeof EMBED_STYLE_REASONS)[number];

/** `#c00`, `c00`, `#CC0000` → `#cc0000`; anything else → undefined. */
export function parseAccent(raw: string): string | undefined {
  const match = ACCENT_PATTERN.exec(raw.trim());
  if (!match?.[1]) return undefined;
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex}`;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * Checks one presentation parameter of an embed's link (`mode`, `theme`, `title`, `bg`,
 * `accent`, `font`): undefined when the value is valid or the parameter is not one of these,
 * else why not.
 */
export function checkEmbedParam(param: string, raw: string): EmbedStyleReason | undefined {
  switch (param) {
    case 'theme':
      return isOneOf(EMBED_THEMES, raw) ? undefined : 'must be auto, light or dark';
    case 'title':
      return raw === '0' || raw === '1' ? undefined : 'must be 0 or 1';
    case 'mode':
      return isOneOf(EMBED_MODES, raw) ? undefined : 'must be chart or story';
    case 'bg':
      return isOneOf(EMBED_BACKGROUNDS, raw) ? undefined : 'must be default, white or transparent';
    case 'accent':
      return parseAccent(raw) ? undefined : 'not a colour in the form #rgb or #rrggbb';
    case 'font':
      return isOneOf(EMBED_FONTS, raw) ? undefined : 'must be serif, sans or system';
    default:
      return undefined;
  }
}

/** The white-label settings a query string asks for, the invalid ones left out. */
export function parseEmbedStyle(search: string): EmbedStyle {
  const params = new URLSearchParams(search);
  const bg = params.get('bg') ?? '';
  const font = params.get('font') ?? '';
  return {
    bg: bg === 'white' || bg === 'transparent' ? bg : undefined,
    accent: parseAccent(params.get('accent') ?? ''),
    font: font === 'sans' || font === 'system' ? font : undefined,
  };
}

/** The parameters for a style, in a stable order, defaults left out; the accent without `#`. */
export function serializeEmbedStyle(style: EmbedStyle): [string, string][] {
  const params: [string, string][] = [];
  if (style.bg) params.push(['bg', style.bg]);
  const accent = style.accent && parseAccent(style.accent);
  if (accent) params.push(['accent', accent.slice(1)]);
  if (style.font) params.push(['font', style.font]);
  return params;
}
