/**
 * Behaviour of the "Embed" dialog: keeps the code and the preview in step with the chart's
 * current state and the options, and copies the code to the clipboard. The preview loads the
 * embed from this origin (a relative address, which the page's CSP allows wherever the site is
 * served); the code always points at SITE_URL.
 */
import {
  EMBED_MAX_HEIGHT,
  embedIframe,
  embedSnippet,
  STORY_TITLE,
  embedUrl,
  oembedPagePath,
  type CodeFormat,
  type EmbedKind,
  type EmbedMode,
  type EmbedOptions,
  type EmbedTheme,
  type EmbedView,
} from '../../lib/embed';
import { parseAccent, type EmbedBackground, type EmbedFont } from '../../lib/embed-style';
import type { ViewState } from '../../lib/url-state';
import { required } from '../shared/dom';

interface DialogConfig {
  kind: EmbedKind;
  title: string;
  /** Absolute URL of the site root, ending in `/`. */
  site: string;
  /** The base path alone, ending in `/`: the preview's root on whichever origin serves it. */
  base: string;
  heights: Record<EmbedView, number>;
}

/** Only what the embedded kind of chart reads. */
function stateFor(kind: EmbedKind, mode: EmbedMode, state: ViewState): ViewState {
  if (kind === 'graph')
    return { actors: [], categories: [], q: '', hops: state.hops, focus: state.focus };
  if (mode === 'story')
    return {
      actors: state.actors,
      categories: state.categories,
      q: '',
      hops: 1,
      event: state.event,
    };
  return { ...state, focus: undefined, hops: 1 };
}

/** Wires the dialog inside `root` to its opening button and to the chart's state. */
export function bindEmbedDialog(root: HTMLElement, currentState: () => ViewState): void {
  const dialog = root.querySelector<HTMLDialogElement>('dialog.embed-dialog');
  const opener = root.querySelector<HTMLButtonElement>('[data-embed-open]');
  if (!dialog || !opener) return;
  const config = JSON.parse(dialog.dataset.embedConfig ?? '{}') as DialogConfig;
  const field = <T extends Element>(name: string, type: new () => T) =>
    required(dialog, `[data-embed-${name}]`, type);
  const mode = dialog.querySelector<HTMLSelectElement>('[data-embed-mode]');
  const theme = field('theme', HTMLSelectElement);
  const bg = field('bg', HTMLSelectElement);
  const accent = field('accent', HTMLInputElement);
  const font = field('font', HTMLSelectElement);
  const height = field('height', HTMLInputElement);
  const title = field('title', HTMLInputElement);
  const width = field('width', HTMLSelectElement);
  const code = field('code', HTMLTextAreaElement);
  const hint = field('hint', HTMLElement);
  const size = field('size', HTMLElement);
  const copied = field('copied', HTMLElement);
  const preview = field('preview', HTMLIFrameElement);
  const formats = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const view = (): EmbedView => (mode?.value === 'story' ? 'story' : config.kind);
  height.value = String(config.heights[view()]);

  let previewTimer = 0;
  const update = () => {
    const chosenMode: EmbedMode = mode?.value === 'story' ? 'story' : 'chart';
    const state = stateFor(config.kind, chosenMode, currentState());
    const options: EmbedOptions = {
      theme: theme.value as EmbedTheme,
      title: title.checked,
      mode: chosenMode,
      style: {
        bg: bg.value === 'default' ? undefined : (bg.value as Exclude<EmbedBackground, 'default'>),
        accent: parseAccent(accent.value),
        font: font.value === 'serif' ? undefined : (font.value as Exclude<EmbedFont, 'serif'>),
      },
    };
    accent.setAttribute('aria-invalid', String(accent.value !== '' && !options.style?.accent));
    const src = embedUrl(config.site, config.kind, state, options);
    const pixels = Math.min(3000, Math.max(300, Number(height.value) || config.heights[view()]));
    const format = (formats.find((f) => f.checked)?.value ?? 'script') as CodeFormat;
    const frameTitle = chosenMode === 'story' ? STORY_TITLE : config.title;
    const page = oembedPagePath(config.kind, chosenMode, state);
    code.value =
      format === 'url'
        ? new URL(page.slice(1), config.site).href
        : format === 'iframe'
          ? embedIframe(src, frameTitle, pixels)
          : embedSnippet(src, frameTitle, pixels, config.site);
    hint.textContent =
      format === 'url'
        ? 'Paste this address on a line of its own: the CMS finds the embed through oEmbed. It shows the default view; for filters, theme and colours use the frame code.'
        : format === 'iframe'
          ? `The frame keeps its ${String(pixels)} px height and scrolls inside when the content is taller.`
          : `The script fits the frame to its content, up to ${EMBED_MAX_HEIGHT.toLocaleString('en-US')} px; without it the frame is ${String(pixels)} px tall.`;
    copied.textContent = '';
    // The preview: this origin's copy of the same embed, at the chosen width and the code's height.
    const local = embedUrl(config.base, config.kind, state, options);
    const columns = width.value === 'full' ? '100%' : `${width.value}px`;
    preview.style.width = columns;
    preview.style.height = `${String(pixels)}px`;
    size.textContent = `${width.value === 'full' ? 'Full width' : `${width.value} px`} × ${String(pixels)} px`;
    window.clearTimeout(previewTimer);
    previewTimer = window.setTimeout(() => {
      if (preview.getAttribute('src') !== local) preview.src = local;
    }, 300);
  };

  opener.addEventListener('click', () => {
    update();
    dialog.showModal();
  });
  mode?.addEventListener('input', () => {
    height.value = String(config.heights[view()]);
  });
  for (const control of [mode, theme, bg, accent, font, height, title, width, ...formats])
    control?.addEventListener('input', update);
  field('close', HTMLButtonElement).addEventListener('click', () => {
    dialog.close();
  });
  field('copy', HTMLButtonElement).addEventListener('click', () => {
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
