/**
 * Behaviour of the "Embed" dialog: keeps the snippet and the preview in step with the chart's
 * current state and the options, and copies the snippet to the clipboard.
 */
import { embedSnippet, embedUrl, type EmbedKind, type EmbedTheme } from '../../lib/embed';
import type { ViewState } from '../../lib/url-state';
import { required } from '../shared/dom';

interface DialogConfig {
  kind: EmbedKind;
  title: string;
  /** Absolute URL of the site root, ending in `/`. */
  site: string;
  height: number;
}

/** Only what the embedded kind of chart reads. */
function stateFor(kind: EmbedKind, state: ViewState): ViewState {
  return kind === 'graph'
    ? { actors: [], categories: [], q: '', hops: state.hops, focus: state.focus }
    : { ...state, focus: undefined, hops: 1 };
}

/** Wires the dialog inside `root` to its opening button and to the chart's state. */
export function bindEmbedDialog(root: HTMLElement, currentState: () => ViewState): void {
  const dialog = root.querySelector<HTMLDialogElement>('dialog.embed-dialog');
  const opener = root.querySelector<HTMLButtonElement>('[data-embed-open]');
  if (!dialog || !opener) return;
  const config = JSON.parse(dialog.dataset.embedConfig ?? '{}') as DialogConfig;
  const theme = required(dialog, '[data-embed-theme]', HTMLSelectElement);
  const height = required(dialog, '[data-embed-height]', HTMLInputElement);
  const title = required(dialog, '[data-embed-title]', HTMLInputElement);
  const code = required(dialog, '[data-embed-code]', HTMLTextAreaElement);
  const copied = required(dialog, '[data-embed-copied]', HTMLElement);
  const preview = required(dialog, '[data-embed-preview]', HTMLIFrameElement);
  height.value = String(config.height);

  let previewTimer = 0;
  const update = () => {
    const src = embedUrl(config.site, config.kind, stateFor(config.kind, currentState()), {
      theme: theme.value as EmbedTheme,
      title: title.checked,
    });
    const pixels = Math.min(3000, Math.max(300, Number(height.value) || config.height));
    code.value = embedSnippet(src, config.title, pixels, config.site);
    copied.textContent = '';
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(() => {
      if (preview.src !== src) preview.src = src;
    }, 300);
  };

  opener.addEventListener('click', () => {
    update();
    dialog.showModal();
  });
  for (const control of [theme, height, title]) control.addEventListener('input', update);
  required(dialog, '[data-embed-close]', HTMLButtonElement).addEventListener('click', () => {
    dialog.close();
  });
  required(dialog, '[data-embed-copy]', HTMLButtonElement).addEventListener('click', () => {
    code.select();
    navigator.clipboard.writeText(code.value).then(
      () => {
        copied.textContent = 'Copied.';
      },
      () => {
        copied.textContent = 'Select the code and copy it with Ctrl+C (⌘C on a Mac).';
      },
    );
  });
}
