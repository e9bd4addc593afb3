/**
 * Zoom and pan by pointer: mouse drag, double-click, the overview strip, pinch; the wheel only
 * with Ctrl/⌘ or after a click into the chart. Touch never traps vertical page scrolling. A click
 * on a mark selects it, on a bubble zooms to its events.
 */
import { overviewScale } from '../../lib/layout-overview';
import { panWindow, timeScale, zoomWindow, type DayWindow } from '../../lib/timeline-scale';
import { MIN_DAYS } from '../../lib/timeline-view';
import type { TimelineChart } from './timeline-chart';

interface Gesture {
  kind: 'pan' | 'pinch';
  start: DayWindow;
  from: number;
  distance?: number;
  pivot?: number;
  moved: boolean;
}

/** Binds the pointer, wheel and click handlers of the chart's drawing. */
export function bindPointer(chart: TimelineChart, svg: SVGSVGElement, hint: HTMLElement): void {
  /** After a click into the chart, the wheel zooms without a modifier. */
  let active = false;
  let suppressClick = false;
  let hintTimer = 0;
  const pointers = new Map<number, { x: number; y: number }>();
  /** The drawing's box, measured once per gesture: measuring forces a layout. */
  let box: DOMRect | undefined;
  let gesture: Gesture | undefined;

  const svgBox = () => box ?? svg.getBoundingClientRect();
  /** The day under a client point, along the time axis. */
  const dayAt = (clientX: number, clientY: number): number => {
    const layout = chart.layout;
    const window = chart.viewWindow;
    const rect = svgBox();
    const unitsPerPx = layout.width / rect.width;
    const along =
      layout.orientation === 'horizontal'
        ? (clientX - rect.left) * unitsPerPx
        : (clientY - rect.top) * unitsPerPx;
    return timeScale(window, layout.axis.from, layout.axis.to).day(along);
  };
  /** Days per CSS pixel along the time axis. */
  const daysPerPx = (): number => {
    const layout = chart.layout;
    const unitsPerPx = layout.width / svgBox().width;
    return unitsPerPx / timeScale(chart.viewWindow, layout.axis.from, layout.axis.to).pxPerDay;
  };
  const showHint = (text: string) => {
    hint.textContent = text;
    window.clearTimeout(hintTimer);
    hintTimer = window.setTimeout(() => {
      hint.textContent = '';
    }, 2500);
  };

  svg.addEventListener(
    'wheel',
    (event) => {
      if (!(event.ctrlKey || event.metaKey || active)) {
        showHint('To zoom with the wheel, hold Ctrl (⌘ on a Mac) or click the timeline first.');
        return;
      }
      event.preventDefault();
      const horizontalScroll = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (horizontalScroll) {
        chart.setWindow(panWindow(chart.viewWindow, event.deltaX * daysPerPx()), 'draft');
      } else {
        chart.zoom(Math.exp(-event.deltaY * 0.002), dayAt(event.clientX, event.clientY), 'draft');
      }
    },
    { passive: false },
  );
  svg.addEventListener('dblclick', (event) => {
    event.preventDefault();
    chart.zoom(2, dayAt(event.clientX, event.clientY));
  });
  svg.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // A drag's own click, if the browser sent one, came before this press: the next is real.
    suppressClick = false;
    active = true;
    box = svg.getBoundingClientRect();
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const along = chart.orientation === 'horizontal' ? event.clientX : event.clientY;
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      if (a && b) {
        gesture = {
          kind: 'pinch',
          start: chart.viewWindow,
          from: along,
          distance: Math.hypot(a.x - b.x, a.y - b.y),
          pivot: dayAt((a.x + b.x) / 2, (a.y + b.y) / 2),
          moved: true,
        };
      }
    } else if (pointers.size === 1) {
      gesture = { kind: 'pan', start: chart.viewWindow, from: along, moved: false };
    }
  });
  svg.addEventListener('pointermove', (event) => {
    if (!pointers.has(event.pointerId) || !gesture) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (gesture.kind === 'pinch') {
      const [a, b] = [...pointers.values()];
      if (!a || !b || !gesture.distance || gesture.pivot === undefined) return;
      const factor = Math.hypot(a.x - b.x, a.y - b.y) / gesture.distance;
      chart.setWindow(zoomWindow(gesture.start, factor, gesture.pivot), 'draft');
      return;
    }
    // On touch, a vertical drag in the vertical layout is the page's scroll, not a pan.
    if (event.pointerType === 'touch' && chart.orientation === 'vertical') return;
    const along = chart.orientation === 'horizontal' ? event.clientX : event.clientY;
    const delta = along - gesture.from;
    if (!gesture.moved && Math.abs(delta) < 4) return;
    if (!gesture.moved) {
      gesture.moved = true;
      svg.setPointerCapture(event.pointerId);
      svg.classList.add('is-panning');
      chart.render('pan');
    }
    chart.setWindow(panWindow(gesture.start, -delta * daysPerPx()), 'slide');
  });
  const end = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (gesture?.moved) suppressClick = true;
    if (pointers.size === 0) {
      if (gesture?.moved) chart.scheduleRender('full');
      gesture = undefined;
      box = undefined;
      svg.classList.remove('is-panning');
    }
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);
  chart.addEventListener('pointerleave', () => {
    active = false;
  });
  chart.addEventListener('focusout', (event) => {
    if (!chart.contains(event.relatedTarget as Node | null)) active = false;
  });

  svg.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (suppressClick) {
      suppressClick = false;
      event.preventDefault();
      return;
    }
    const mark = target.closest<SVGAElement>('a[data-event-id]');
    if (mark) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      chart.select(mark.dataset.eventId ?? '', { open: true, focus: 'mark' });
      return;
    }
    const cluster = target.closest<SVGGElement>('g.tl-cluster');
    if (cluster) chart.openCluster(cluster);
  });
}

/** Binds the overview strip: click to move the window there, drag it or its edges. */
export function bindOverview(chart: TimelineChart, overview: SVGSVGElement): void {
  const { extent, width } = chart.data;
  let drag: { offset: number; mode: 'move' | 'from' | 'to' } | undefined;
  const scale = overviewScale(extent, width);
  const dayAt = (clientX: number) => {
    const box = overview.getBoundingClientRect();
    return scale.day(((clientX - box.left) * width) / box.width);
  };
  overview.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const window = chart.viewWindow;
    const day = dayAt(event.clientX);
    const span = window.to - window.from;
    const edge = (extent.to - extent.from) / 150;
    let mode: 'move' | 'from' | 'to' = 'move';
    if (Math.abs(day - window.from) < edge) mode = 'from';
    else if (Math.abs(day - window.to) < edge) mode = 'to';
    else if (day < window.from || day > window.to) {
      chart.setWindow({ from: day - span / 2, to: day + span / 2 });
    }
    drag = { offset: day - chart.viewWindow.from, mode };
    overview.setPointerCapture(event.pointerId);
  });
  overview.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const window = chart.viewWindow;
    const day = dayAt(event.clientX);
    const span = window.to - window.from;
    if (drag.mode === 'move')
      chart.setWindow({ from: day - drag.offset, to: day - drag.offset + span }, 'draft');
    else if (drag.mode === 'from')
      chart.setWindow({ from: Math.min(day, window.to - MIN_DAYS), to: window.to }, 'draft');
    else chart.setWindow({ from: window.from, to: Math.max(day, window.from + MIN_DAYS) }, 'draft');
  });
  const stop = () => {
    drag = undefined;
  };
  overview.addEventListener('pointerup', stop);
  overview.addEventListener('pointercancel', stop);
}
