/**
 * Small DOM helpers the chart elements share.
 */

/** The SVG namespace, for elements a script creates inside a drawing. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The element at `selector`, checked to be of the expected class; throws when missing. */
export function required<T extends Element>(
  root: ParentNode,
  selector: string,
  type: new () => T,
): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`missing ${selector}`);
  return found;
}

type Props = Partial<
  Record<'className' | 'textContent' | 'href' | 'type' | 'target' | 'rel', string>
>;

/** Creates an element with text and properties only: nothing is ever parsed as HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** A disclosure button: each press flips its `aria-expanded` and hands the new state on. */
export function bindDisclosure(button: HTMLButtonElement, onToggle: (open: boolean) => void): void {
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    onToggle(open);
  });
}

/** Runs `load` once the first element matching `selector` comes within 400px of the viewport. */
export function loadWhenNear(selector: string, load: () => unknown): void {
  const targets = document.querySelectorAll(selector);
  if (!('IntersectionObserver' in window)) {
    void load();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void load();
      }
    },
    { rootMargin: '400px' },
  );
  targets.forEach((target) => {
    observer.observe(target);
  });
}

/**
 * Binds `button` on its first click and then replays that click: `bind` loads the code behind
 * the button and binds it. Code a reader may never use is neither loaded nor run while the page
 * starts (the Embed dialog's binding cost a long task on a throttled phone).
 */
export function bindOnFirstClick(button: HTMLElement | null, bind: () => Promise<unknown>): void {
  button?.addEventListener(
    'click',
    () => {
      void bind().then(() => {
        button.click();
      });
    },
    { once: true },
  );
}
