/**
 * The "/" key focuses the header's search box, as on most sites with search, unless the reader
 * is typing somewhere or holds a modifier. On a narrow screen the box sits in the closed menu,
 * which opens first.
 */
document.addEventListener('keydown', (event) => {
  if (
    event.key !== '/' ||
    event.defaultPrevented ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey
  ) {
    return;
  }
  const target = event.target instanceof Element ? event.target : null;
  if (
    target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')
  ) {
    return;
  }
  const input = document.querySelector<HTMLInputElement>('#site-search-q');
  if (!input) return;
  event.preventDefault();
  const menu = input.closest<HTMLElement>('[popover]');
  if (menu && !input.checkVisibility()) menu.showPopover();
  input.focus();
  input.select();
});
