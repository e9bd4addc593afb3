/**
 * The details panel of the chart: whether it is open, what it shows (details-card.ts fills it),
 * and where it sits (beside the selected mark, or as a sheet on a phone).
 */
import { fillCard, positionCard, type CardContent } from './details-card';

export class DetailsPanel {
  #open = false;

  constructor(
    readonly element: HTMLElement,
    private readonly root: HTMLElement,
  ) {}

  get isOpen(): boolean {
    return this.#open;
  }

  show(content: CardContent): void {
    this.#open = true;
    fillCard(this.element, content);
  }

  /** Moves the open card beside `mark`; `scroll` brings the mark into view first. */
  place(mark: Element | null, scroll: boolean): void {
    if (this.#open && mark) positionCard(this.element, this.root, mark, { scroll });
  }

  hide(): void {
    this.#open = false;
    this.element.classList.remove('is-open', 'is-card', 'is-sheet');
    this.element.replaceChildren();
    this.element.removeAttribute('aria-labelledby');
  }

  focus(): void {
    this.element.focus({ preventScroll: true });
  }
}
