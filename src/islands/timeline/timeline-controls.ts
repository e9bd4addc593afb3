/**
 * The chart's controls: category chips, the Actor select, Search and the zoom buttons. They
 * write to the page's view store and show what it holds.
 */
import { isShown, toggleCategory } from '../../lib/timeline-filters';
import { formatFilterSummary } from '../../lib/timeline-view';
import type { ViewState } from '../../lib/url-state';
import { CATEGORY_LABELS, type Category } from '../../lib/vocabulary';
import { bindDisclosure, element, required } from '../shared/dom';
import type { TimelineChart } from './timeline-chart';

/** Shows `state` in the controls: chips pressed, the actor chosen, the search words. */
export function syncControls(chart: TimelineChart, state: ViewState): void {
  // Only what changes is written: each write restyles the page (see docs/performance.md).
  for (const chip of chart.querySelectorAll<HTMLButtonElement>('.tl-chip')) {
    const pressed = String(isShown(state.categories, chip.dataset.category as Category));
    if (chip.getAttribute('aria-pressed') !== pressed) chip.setAttribute('aria-pressed', pressed);
  }
  const select = required(chart, 'select.tl-actor', HTMLSelectElement);
  select.querySelector('option[data-multiple]')?.remove();
  if (state.actors.length > 1) {
    const option = element('option', { textContent: `${state.actors.length} actors` });
    option.dataset.multiple = 'true';
    option.value = state.actors.join(',');
    select.append(option);
  }
  const actors = state.actors.join(',');
  if (select.value !== actors) select.value = actors;
  const search = required(chart, 'input.tl-search', HTMLInputElement);
  if (search.value !== state.q && document.activeElement !== search) search.value = state.q;
  const summary = required(chart, '.tl-filter-summary', HTMLElement);
  const words = formatFilterSummary(
    state,
    (id) => CATEGORY_LABELS[id as Category],
    (id) => chart.data.actors[id] ?? id,
    summary.dataset.preset,
  );
  if (summary.textContent !== words) summary.textContent = words;
}

export function bindControls(chart: TimelineChart): void {
  const store = chart.store;
  // The Filter button (shown where the filters fold away) opens and closes them.
  bindDisclosure(required(chart, '.tl-filter-toggle', HTMLButtonElement), (open) => {
    chart.toggleAttribute('data-filters-open', open);
  });
  for (const chip of chart.querySelectorAll<HTMLButtonElement>('.tl-chip')) {
    chip.addEventListener('click', () => {
      const categories = toggleCategory(
        store.state.categories,
        chip.dataset.category as Category,
        chart.data.lanes,
      );
      store.update({ categories }, 'push');
    });
  }
  required(chart, 'select.tl-actor', HTMLSelectElement).addEventListener('change', (event) => {
    const value = (event.target as HTMLSelectElement).value;
    store.update({ actors: value ? value.split(',') : [] }, 'push');
  });
  let typing = 0;
  required(chart, 'input.tl-search', HTMLInputElement).addEventListener('input', (event) => {
    const value = (event.target as HTMLInputElement).value;
    window.clearTimeout(typing);
    typing = window.setTimeout(() => {
      store.update({ q: value.trim() }, 'replace');
    }, 150);
  });
  for (const button of chart.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      switch (button.dataset.zoom) {
        case 'in':
          chart.zoom(2);
          break;
        case 'out':
          chart.zoom(0.5);
          break;
        case 'reset':
          chart.setWindow(chart.data.defaultWindow);
          break;
        default:
          chart.setWindow(chart.data.extent);
      }
    });
  }
}
