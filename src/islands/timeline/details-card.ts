/**
 * The details of one event, in a card beside its mark (wide screens) or a sheet along the
 * bottom of the screen (phones): title, date, category, confidence, summary, actors, sources
 * (saying when a link goes to a republication, as the sources page does), previous and next.
 */
import { EMBED_VERTICAL_BELOW, PAGE_VERTICAL_BELOW } from '../../lib/breakpoints';
import { placeCard, scrollToShow } from '../../lib/card-placement';
import type { TimelineItem } from '../../lib/layout-timeline';
import { CATEGORY_LABELS, CONFIDENCE_LABELS } from '../../lib/vocabulary';
import { element } from '../shared/dom';
import type { ChartItem, SourceLink, TimelineData } from './timeline-data';

export interface CardContent {
  item: ChartItem;
  summary: string;
  sources: SourceLink[];
  data: TimelineData;
  href: string;
  previous: TimelineItem | undefined;
  next: TimelineItem | undefined;
  onStep: (id: string) => void;
  onClose: () => void;
}

/**
 * Below the width at which the chart turns downwards the card is a sheet along the bottom of
 * the screen. In an embed that is 480 px: in a taller frame than the host's window, a sheet at
 * the frame's bottom could sit out of the reader's sight, a card beside its mark does not.
 */
const sheetBelow = () =>
  document.documentElement.hasAttribute('data-embed') ? EMBED_VERTICAL_BELOW : PAGE_VERTICAL_BELOW;

/** Fills `panel` with the details of `content.item`. */
export function fillCard(panel: HTMLElement, content: CardContent): void {
  const { item, data } = content;
  const newTab = data.embedded ? { target: '_blank', rel: 'noopener' } : {};
  const heading = element('h3', { className: 'chart-panel-title', textContent: item.title });
  heading.id = `${data.prefix}-panel-title`;
  const meta = element('p', { className: 'chart-panel-meta' }, [
    element('span', { textContent: item.dateText }),
    ' · ',
    element('span', { textContent: CATEGORY_LABELS[item.category] }),
    ' · ',
    element('span', {
      className: `chart-badge conf-${item.confidence}`,
      textContent: CONFIDENCE_LABELS[item.confidence],
    }),
  ]);
  const summary = element('p', { className: 'tl-panel-summary', textContent: content.summary });
  const actorIds = item.actors;
  const actors = actorIds.length
    ? element('p', { className: 'tl-panel-actors' }, [
        element('span', { className: 'chart-panel-label', textContent: 'Actors: ' }),
        ...actorIds.flatMap((actorId, i) => [
          ...(i ? [', '] : []),
          element('a', {
            href: `${data.base}actors/${actorId}/`,
            textContent: data.actors[actorId] ?? actorId,
            ...newTab,
          }),
        ]),
      ])
    : '';
  const sources = element(
    'ul',
    { className: 'tl-panel-sources' },
    content.sources.map((source) =>
      element('li', {}, [
        element('span', { textContent: `${source.publisher}: ` }),
        element('a', {
          href: source.url,
          textContent: source.title,
          target: '_blank',
          rel: 'noopener noreferrer',
        }),
        ...(source.copy
          ? [element('span', { className: 'text-muted', textContent: ' Link to a republication.' })]
          : []),
      ]),
    ),
  );
  const step = (label: string, target: TimelineItem | undefined) => {
    const button = element('button', {
      type: 'button',
      className: 'chart-btn',
      textContent: label,
    });
    button.disabled = target === undefined;
    button.addEventListener('click', () => {
      if (target) content.onStep(target.id);
    });
    return button;
  };
  const close = element('button', { type: 'button', className: 'chart-btn', textContent: 'Close' });
  close.addEventListener('click', content.onClose);
  const nav = element('div', { className: 'chart-panel-actions' }, [
    step('← Earlier event', content.previous),
    step('Later event →', content.next),
    element('a', {
      href: content.href,
      textContent: 'Event page',
      className: 'tl-panel-link',
      ...newTab,
    }),
    close,
  ]);
  panel.setAttribute('aria-labelledby', heading.id);
  panel.tabIndex = -1;
  panel.replaceChildren(
    heading,
    meta,
    summary,
    actors,
    element('h4', { className: 'chart-panel-label', textContent: 'Sources' }),
    sources,
    nav,
  );
  panel.classList.add('is-open');
}

/**
 * Puts the open card beside `mark` (or makes it a sheet on a phone), inside the viewport and
 * clear of the mark; with `scroll`, first brings the mark into view.
 */
export function positionCard(
  panel: HTMLElement,
  root: HTMLElement,
  mark: Element,
  options: { scroll: boolean },
): void {
  const sheet = window.innerWidth < sheetBelow();
  panel.classList.toggle('is-sheet', sheet);
  panel.classList.toggle('is-card', !sheet);
  const viewport = { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
  let markBox = mark.getBoundingClientRect();
  if (sheet) {
    panel.style.removeProperty('left');
    panel.style.removeProperty('top');
    panel.style.removeProperty('max-height');
    // The mark's own shape: down a phone's drawing its title can sit far below it.
    const shape = mark.querySelector(':scope > :is(circle:not(.tl-hit), rect)');
    if (shape) markBox = shape.getBoundingClientRect();
    // The mark stays visible above the sheet, in the middle of the room left.
    const room = window.innerHeight - panel.offsetHeight;
    if (options.scroll || markBox.top < 8 || markBox.bottom > room - 8)
      window.scrollTo({
        top: window.scrollY + markBox.top + markBox.height / 2 - room / 2,
        behavior: 'instant',
      });
    return;
  }
  if (options.scroll || markBox.bottom < 0 || markBox.top > window.innerHeight) {
    mark.scrollIntoView({ block: 'center', behavior: 'instant' });
    markBox = mark.getBoundingClientRect();
  }
  const rootBox = root.getBoundingClientRect();
  const frame = {
    left: Math.max(viewport.left, rootBox.left) + 8,
    top: 8,
    width: Math.min(viewport.width, rootBox.right) - Math.max(viewport.left, rootBox.left) - 16,
    height: viewport.height - 16,
  };
  panel.style.removeProperty('max-height');
  const placed = placeCard(
    markBox,
    { width: panel.offsetWidth, height: panel.offsetHeight },
    frame,
  );
  if (placed.maxHeight !== undefined)
    panel.style.maxHeight = `${String(Math.floor(placed.maxHeight))}px`;
  panel.style.left = `${String(Math.round(placed.left - rootBox.left))}px`;
  panel.style.top = `${String(Math.round(placed.top - rootBox.top))}px`;
  panel.dataset.side = placed.side;
}

/**
 * Scrolls the page, and only the page, the least that shows `target` whole: above the page's
 * `scroll-padding-bottom` (an embed's credit line) and 16 px from the top. Focusing with
 * `preventScroll` and calling this instead keeps the drawing's clipped boxes from scrolling.
 */
export function keepInView(target: Element): void {
  const box = target.getBoundingClientRect();
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom);
  const bottom = (Number.isFinite(padding) ? padding : 0) + 16;
  const delta = scrollToShow(box, window.innerHeight, { top: 16, bottom });
  if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
}
