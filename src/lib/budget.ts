/**
 * Weighing what a page loads against its byte budget (budgets.config.ts): sorting assets by
 * kind, adding them up, and saying exactly what is over and by how much.
 *
 * Pure and free of runtime imports, so the benchmark can run it in Node as it is.
 */
import type { AssetKind, RouteBudget } from '../../budgets.config';

/** One thing a page loaded. */
export interface Asset {
  /** Its address, as the page asked for it. */
  url: string;
  /** What kind of asset it is. */
  kind: AssetKind;
  /** Its weight in bytes (gzipped for text). */
  bytes: number;
  /** True for what came inside another response (stylesheets inlined in the HTML). */
  inline?: boolean;
}

/** What a page loaded, added up: bytes in total and by kind, and the number of requests. */
export interface Weight {
  /** Bytes of everything. */
  total: number;
  /** Number of requests. */
  requests: number;
  /** Bytes by kind of asset. */
  kinds: Record<AssetKind, number>;
}

export const ASSET_KINDS: readonly AssetKind[] = [
  'html',
  'js',
  'css',
  'font',
  'image',
  'data',
  'other',
];

const BY_RESOURCE_TYPE: Readonly<Record<string, AssetKind>> = {
  document: 'html',
  script: 'js',
  stylesheet: 'css',
  font: 'font',
  image: 'image',
  fetch: 'data',
  xhr: 'data',
};

/** The kind of an asset, from the browser's resource type (`script`, `font`, `fetch`…). */
export function assetKind(resourceType: string): AssetKind {
  return BY_RESOURCE_TYPE[resourceType] ?? 'other';
}

/** Whether an asset is text, and so is weighed gzipped (fonts and images are not). */
export function isText(kind: AssetKind): boolean {
  return kind !== 'font' && kind !== 'image';
}

/**
 * A page's HTML apart from the stylesheets inlined in it, and those stylesheets' text: inlined
 * CSS is still CSS, and is weighed against the CSS budget.
 */
export function splitInlineStyles(html: string): { html: string; css: string } {
  const styles: string[] = [];
  const rest = html.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_, css: string) => {
    styles.push(css);
    return '';
  });
  return { html: rest, css: styles.join('\n') };
}

/** Adds up the assets of one page; an address loaded twice counts once. */
export function weigh(assets: readonly Asset[]): Weight {
  const kinds = Object.fromEntries(ASSET_KINDS.map((kind) => [kind, 0])) as Record<
    AssetKind,
    number
  >;
  const unique = dedupe(assets);
  for (const asset of unique) kinds[asset.kind] += asset.bytes;
  return {
    total: unique.reduce((sum, asset) => sum + asset.bytes, 0),
    requests: unique.filter((asset) => asset.inline !== true).length,
    kinds,
  };
}

/** The assets, each address once (the first seen). */
export function dedupe(assets: readonly Asset[]): Asset[] {
  const seen = new Map<string, Asset>();
  for (const asset of assets) if (!seen.has(asset.url)) seen.set(asset.url, asset);
  return [...seen.values()];
}

/** Bytes as KB of 1,024, to one decimal. */
export function kb(bytes: number): string {
  return `${(Math.round((bytes / 1024) * 10) / 10).toFixed(1)} KB`;
}

/** The path of an asset's address, for messages (`/_astro/app.js`). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/** What is over a limit and by how much (`embed.js is 2.3 KB, 0.3 KB over its 2 KB budget`). */
export function overLimit(what: string, bytes: number, limitKB: number): string | undefined {
  const limit = limitKB * 1024;
  if (bytes <= limit) return undefined;
  return `${what} is ${kb(bytes)}, ${kb(bytes - limit)} over its ${String(limitKB)} KB budget`;
}

/** One line per budget the route breaks: the route, what is over, by how much, and the assets. */
export function overBudget(budget: RouteBudget, assets: readonly Asset[]): string[] {
  const unique = dedupe(assets);
  const weight = weigh(unique);
  const lines: string[] = [];
  const check = (label: string, bytes: number, limitKB: number, counted: readonly Asset[]) => {
    const over = overLimit(`${budget.route}: ${label}`, bytes, limitKB);
    if (over === undefined) return;
    const heaviest = [...counted]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5)
      .map((asset) => `${pathOf(asset.url)} ${kb(asset.bytes)}`)
      .join(', ');
    lines.push(`${over} (heaviest: ${heaviest})`);
  };
  if (budget.total !== undefined) check('total', weight.total, budget.total, unique);
  for (const kind of ASSET_KINDS) {
    const limit = budget.kinds?.[kind];
    if (limit === undefined) continue;
    check(
      kind,
      weight.kinds[kind],
      limit,
      unique.filter((asset) => asset.kind === kind),
    );
  }
  return lines;
}
