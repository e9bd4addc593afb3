/**
 * The chart's keyboard model. One Tab stop; arrows move through the events in time order,
 * Home/End to the first and last, Enter opens the details (or a bubble), Escape closes them,
 * + and − zoom. Keys act only while the chart has focus.
 */
import type { TimelineChart } from './timeline-chart';

/** The event an arrow, Home or End key moves to from `index` in `ids`; undefined for other keys. */
function targetFor(key: string, ids: readonly string[], index: number): string | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return ids[Math.min(ids.length - 1, index + 1)];
    case 'ArrowLeft':
    case 'ArrowUp':
      return ids[Math.max(0, index - 1)];
    case 'Home':
      return ids[0];
    case 'End':
      return ids[ids.length - 1];
    default:
      return undefined;
  }
}

const MOVES = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']);

export function bindKeyboard(chart: TimelineChart, svg: SVGSVGElement, panel: HTMLElement): void {
  svg.addEventListener('keydown', (event) => {
    const ids = chart.filtered.map((item) => item.id);
    if (ids.length === 0) return;
    const current = chart.current;
    switch (event.key) {
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const cluster = (event.target as Element).closest<SVGGElement>('g.tl-cluster');
        if (cluster) {
          chart.openCluster(cluster);
          return;
        }
        if (current) chart.select(current, { open: true, focus: 'card' });
        return;
      }
      case 'Escape':
        if (chart.panelOpen) {
          event.preventDefault();
          chart.closePanel();
          chart.focusCurrent();
        }
        return;
      case '+':
      case '=':
        event.preventDefault();
        chart.zoom(1.5);
        return;
      case '-':
        event.preventDefault();
        chart.zoom(1 / 1.5);
        return;
      default:
    }
    if (!MOVES.has(event.key)) return;
    event.preventDefault();
    const target = targetFor(event.key, ids, current ? ids.indexOf(current) : -1);
    if (target) chart.moveTo(target);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      chart.closePanel();
      chart.focusCurrent();
    }
  });
}
