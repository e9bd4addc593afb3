/**
 * <story-mode>: one event at a time. Shows the current card and hides the others, steps with
 * the buttons, ←/→/Home/End anywhere in the frame, a horizontal swipe on the card, or the strip
 * (a native slider), and keeps `?event=` in the URL so a link opens on the same event.
 */
import { indexForKey, stepIndex, swipeStep } from '../../lib/story';
import { required } from '../shared/dom';
import { getViewStore } from '../shared/view-store';

class StoryMode extends HTMLElement {
  #index = 0;
  #cards: HTMLElement[] = [];
  #ticks: HTMLElement[] = [];

  connectedCallback(): void {
    this.#cards = [...this.querySelectorAll<HTMLElement>('.st-card')];
    this.#ticks = [...this.querySelectorAll<HTMLElement>('.st-tick')];
    const ids = this.#cards.map((card) => card.dataset.eventId ?? '');
    const store = getViewStore({ events: new Set(ids), actors: new Set() }, { embedded: true });
    const range = required(this, '[data-story-strip]', HTMLInputElement);
    const prev = required(this, '[data-story-prev]', HTMLButtonElement);
    const next = required(this, '[data-story-next]', HTMLButtonElement);
    const live = required(this, '[data-story-live]', HTMLElement);

    const show = (index: number, announce: boolean) => {
      this.#index = stepIndex(index, 0, this.#cards.length);
      this.#cards.forEach((card, i) => {
        if (i === this.#index) card.setAttribute('aria-current', 'true');
        else card.removeAttribute('aria-current');
      });
      this.#ticks.forEach((tick, i) => {
        if (i === this.#index) tick.dataset.current = 'true';
        else delete tick.dataset.current;
      });
      const card = this.#cards[this.#index];
      const title = card?.querySelector('.st-headline')?.textContent.trim() ?? '';
      const date = card?.querySelector('.st-date')?.textContent.trim() ?? '';
      const position = `${this.#index + 1} of ${this.#cards.length}`;
      range.value = String(this.#index + 1);
      range.setAttribute('aria-valuetext', `${position}: ${date}, ${title}`);
      prev.disabled = this.#index === 0;
      next.disabled = this.#index === this.#cards.length - 1;
      if (announce) live.textContent = `${position}. ${date}: ${title}`;
      const id = ids[this.#index];
      if (id && store.state.event !== id) store.update({ event: id }, 'replace');
    };
    const go = (index: number) => {
      if (index !== this.#index) show(index, true);
    };

    const asked = ids.indexOf(store.state.event ?? '');
    show(asked >= 0 ? asked : Math.max(0, ids.indexOf(this.dataset.start ?? '')), false);
    prev.addEventListener('click', () => {
      go(this.#index - 1);
    });
    next.addEventListener('click', () => {
      go(this.#index + 1);
    });
    // The slider moves itself with the keyboard; its value is the event's position.
    range.addEventListener('input', () => {
      go(Number(range.value) - 1);
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target;
      if (event.altKey || event.ctrlKey || event.metaKey || target === range) return;
      if (target instanceof HTMLElement && target.closest('input, textarea, select')) return;
      const index = indexForKey(event.key, this.#index, this.#cards.length);
      if (index === undefined) return;
      event.preventDefault();
      go(index);
    });
    // In-page links between cards (the no-script reading) step the story instead of scrolling.
    this.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      const href = link?.getAttribute('href') ?? '';
      if (!href.startsWith('#story-')) return;
      const index = ids.indexOf(href.slice('#story-'.length));
      if (index < 0) return;
      event.preventDefault();
      go(index);
    });
    const cards = required(this, '.st-cards', HTMLElement);
    let start: { x: number; y: number } | undefined;
    // Touch and pen only: a mouse drag over the card selects text.
    cards.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'mouse') return;
      start = { x: event.clientX, y: event.clientY };
    });
    cards.addEventListener('pointerup', (event) => {
      if (!start) return;
      const step = swipeStep(event.clientX - start.x, event.clientY - start.y);
      start = undefined;
      if (step !== 0) go(this.#index + step);
    });
    cards.addEventListener('pointercancel', () => {
      start = undefined;
    });
    store.subscribe((state) => {
      const index = state.event ? ids.indexOf(state.event) : -1;
      if (index >= 0 && index !== this.#index) show(index, false);
    });
    this.dataset.ready = 'true';
  }
}

customElements.define('story-mode', StoryMode);
