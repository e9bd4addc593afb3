/**
 * <story-mode>: one event at a time. Shows the current card and hides the others, steps with
 * the buttons, ←/→/Home/End anywhere in the frame, a horizontal swipe on the card, or the strip
 * (a native slider), and keeps `?event=` in the URL so a link opens on the same event.
 */
import { indexForKey, stepIndex, swipeStep } from '../../lib/story';
import { required } from '../shared/dom';
import { getViewStore } from '../shared/view-store';

class StoryMode extends HTMLElement {
  /** Position in `#order`. */
  #index = 0;
  /** Indices of the cards in the story: all, or those the link's actor and category select. */
  #order: number[] = [];
  #cards: HTMLElement[] = [];
  #ticks: HTMLElement[] = [];

  connectedCallback(): void {
    this.#cards = [...this.querySelectorAll<HTMLElement>('.st-card')];
    this.#ticks = [...this.querySelectorAll<HTMLElement>('.st-tick')];
    const ids = this.#cards.map((card) => card.dataset.eventId ?? '');
    const actorIds = new Set(this.#cards.flatMap((card) => (card.dataset.actors ?? '').split(' ')));
    const store = getViewStore({ events: new Set(ids), actors: actorIds }, { embedded: true });
    const range = required(this, '[data-story-strip]', HTMLInputElement);
    const prev = required(this, '[data-story-prev]', HTMLButtonElement);
    const next = required(this, '[data-story-next]', HTMLButtonElement);
    const live = required(this, '[data-story-live]', HTMLElement);

    const show = (index: number, announce: boolean) => {
      const length = this.#order.length;
      this.#index = stepIndex(index, 0, length);
      const current = this.#order[this.#index] ?? 0;
      this.#cards.forEach((card, i) => {
        if (i === current) card.setAttribute('aria-current', 'true');
        else card.removeAttribute('aria-current');
      });
      this.#ticks.forEach((tick, i) => {
        if (i === current) tick.dataset.current = 'true';
        else delete tick.dataset.current;
      });
      const card = this.#cards[current];
      const title = card?.querySelector('.st-headline')?.textContent.trim() ?? '';
      const date = card?.querySelector('.st-date')?.textContent.trim() ?? '';
      const position = `${this.#index + 1} of ${length}`;
      range.value = String(this.#index + 1);
      range.setAttribute('aria-valuetext', `${position}: ${date}, ${title}`);
      prev.disabled = this.#index === 0;
      next.disabled = this.#index === length - 1;
      if (announce) {
        live.textContent = `${position}. ${date}: ${title}`;
        this.dataset.stepped = '';
      }
      const id = ids[current];
      if (id && store.state.event !== id) store.update({ event: id }, 'replace');
    };
    const go = (index: number) => {
      if (index !== this.#index) show(index, true);
    };

    // The story's events: those of the link's actors and categories, when it names any.
    const { actors, categories } = store.state;
    const selected = this.#cards.flatMap((card, i) => {
      const cardActors = (card.dataset.actors ?? '').split(' ');
      const byActor = actors.length === 0 || actors.some((a) => cardActors.includes(a));
      const byCategory =
        categories.length === 0 || categories.some((c) => c === card.dataset.category);
      return byActor && byCategory ? [i] : [];
    });
    this.#order = selected.length > 0 ? selected : this.#cards.map((_, i) => i);
    if (this.#order.length < this.#cards.length) {
      this.#ticks.forEach((tick, i) => {
        tick.hidden = !this.#order.includes(i);
      });
      range.max = String(this.#order.length);
      this.#order.forEach((i, position) => {
        const count = this.#cards[i]?.querySelector('.st-count');
        if (count) count.textContent = `${position + 1} of ${this.#order.length}`;
      });
    }
    const at = (id: string | undefined) => this.#order.indexOf(ids.indexOf(id ?? ''));
    // An oEmbed src names the event twice: `?event=` for this script, `#story-<id>` for a reader
    // without it. The query wins; the fragment is dropped so it can't go stale as the story steps.
    const hash = window.location.hash;
    const fromHash = hash.startsWith('#story-') ? decodeURIComponent(hash.slice(7)) : undefined;
    if (fromHash !== undefined) {
      const url = `${window.location.pathname}${window.location.search}`;
      window.history.replaceState(window.history.state, '', url);
    }
    const asked = at(store.state.event);
    const hashed = at(fromHash);
    const opening = at(this.dataset.start);
    show(asked >= 0 ? asked : hashed >= 0 ? hashed : Math.max(0, opening), false);
    // The browser may already have scrolled to the fragment's card; the story reads from the top.
    if (fromHash !== undefined) window.scrollTo(0, 0);
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
      const index = indexForKey(event.key, this.#index, this.#order.length);
      if (index === undefined) return;
      event.preventDefault();
      go(index);
    });
    // In-page links between cards (the no-script reading) step the story instead of scrolling.
    this.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      const href = link?.getAttribute('href') ?? '';
      if (!href.startsWith('#story-')) return;
      const index = at(href.slice('#story-'.length));
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
      const index = at(state.event);
      if (index >= 0 && index !== this.#index) show(index, false);
    });
    this.dataset.ready = 'true';
  }
}

customElements.define('story-mode', StoryMode);
