/**
 * Runs inside an embedded chart: tells the reader which link parameters were ignored, keeps
 * "Open in full" pointing at the same view, and tells the host page how tall the content is,
 * in our own message and in the formats hosts already listen for (Pym.js, AMP's embed-size).
 */
import { formatIgnoredNotice } from '../../lib/url-notice';
import { serializeViewState } from '../../lib/url-state';
import { required } from '../shared/dom';
import { getViewStore } from '../shared/view-store';

export const HEIGHT_MESSAGE = 'storm-0558:embed-height';

interface EmbedConfig {
  /** The full page's path with the base, to which the state is appended. */
  full: string;
  known: { events: string[]; actors: string[] };
}

const config = JSON.parse(
  required(document, 'script#embed-config', HTMLScriptElement).textContent,
) as EmbedConfig;
const store = getViewStore(
  { events: new Set(config.known.events), actors: new Set(config.known.actors) },
  { embedded: true },
);

const notice = required(document, '.embed-notice', HTMLElement);
// Text only: nothing from the query string is ever parsed as HTML.
if (store.ignored.length > 0) notice.textContent = formatIgnoredNotice(store.ignored);

const full = required(document, 'a[data-embed-full]', HTMLAnchorElement);
const syncFull = () => {
  full.href = `${config.full}${serializeViewState(store.state)}`;
};
syncFull();
store.subscribe(syncFull);

// The height the host should give the iframe; posted whenever it changes.
const pymId = new URLSearchParams(window.location.search).get('childId');
let last = 0;
const post = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
};
new ResizeObserver(post).observe(document.documentElement);
window.addEventListener('load', post);
