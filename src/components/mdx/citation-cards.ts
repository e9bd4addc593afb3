/**
 * Hover and focus cards for citations: a citation link shows a copy of its source note in a
 * small card next to it. The note stays the source of truth; without JavaScript the link
 * simply jumps to it.
 */

let card: HTMLDivElement | undefined;
let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;

function getCard(doc: Document): HTMLDivElement {
  if (card) return card;
  card = doc.createElement('div');
  card.id = 'citation-card';
  card.setAttribute('role', 'tooltip');
  card.className =
    'citation-card fixed z-40 hidden max-w-xs rounded border border-rule bg-raised p-3 font-sans text-sm shadow-lg';
  card.addEventListener('mouseenter', () => {
    window.clearTimeout(hideTimer);
  });
  card.addEventListener('mouseleave', hide);
  doc.body.append(card);
  return card;
}

function hide(): void {
  card?.classList.add('hidden');
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

/** Places the card under the link, or above it when there is no room below. */
function place(link: HTMLAnchorElement, target: HTMLDivElement): void {
  const box = link.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  target.style.width = `${width}px`;
  target.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
  const height = target.offsetHeight;
  const below = box.bottom + 8;
  target.style.top = `${below + height > window.innerHeight ? Math.max(8, box.top - height - 8) : below}px`;
}

function show(link: HTMLAnchorElement): void {
  const body = document
    .getElementById(`note-${link.dataset.sourceId ?? ''}`)
    ?.querySelector('.note-body');
  if (!body) return;
  window.clearTimeout(hideTimer);
  hide();
  const target = getCard(document);
  target.replaceChildren(...Array.from(body.childNodes, (node) => node.cloneNode(true)));
  target.classList.remove('hidden');
  link.setAttribute('aria-describedby', target.id);
  current = link;
  place(link, target);
}

/** Binds the cards to every citation link in `root`; safe to call more than once. */
export function bindCitationCards(root: Document): void {
  if (root.documentElement.dataset.citationCards === 'on') return;
  root.documentElement.dataset.citationCards = 'on';
  const isCitation = (target: EventTarget | null): target is HTMLAnchorElement =>
    target instanceof HTMLAnchorElement && target.classList.contains('cite-link');
  root.addEventListener('mouseover', (event) => {
    if (isCitation(event.target)) show(event.target);
  });
  root.addEventListener('mouseout', (event) => {
    if (isCitation(event.target)) hideTimer = window.setTimeout(hide, 250);
  });
  root.addEventListener('focusin', (event) => {
    if (isCitation(event.target)) show(event.target);
  });
  root.addEventListener('focusout', (event) => {
    if (isCitation(event.target)) hide();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  // The card is fixed to the viewport, so it follows its link when the page scrolls.
  window.addEventListener(
    'scroll',
    () => {
      if (current && card) place(current, card);
    },
    { passive: true },
  );
}
