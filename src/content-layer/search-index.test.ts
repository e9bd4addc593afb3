import { describe, expect, it } from 'vitest';
import { partitionSearchFiles } from './search-index';

describe('partitionSearchFiles', () => {
  const bundle = [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    'pagefind.en_32f626a84a.pf_meta',
    'wasm.en.pagefind',
    'wasm.unknown.pagefind',
    'fragment/en_24924a4.pf_fragment',
    'index/en_1a2b3c.pf_index',
    'filter/en_type.pf_filter',
    'pagefind-ui.js',
    'pagefind-ui.css',
    'pagefind-modular-ui.js',
    'pagefind-modular-ui.css',
    'pagefind-component-ui.js',
    'pagefind-component-ui.css',
    'pagefind-highlight.js',
  ];

  it('keeps what pagefind.js loads for the indexed languages, and leaves out the interfaces', () => {
    const entry = JSON.stringify({ version: '1.6.0', languages: { en: { wasm: 'en' } } });
    const { keep, drop } = partitionSearchFiles(bundle, entry);
    expect(keep).toEqual(bundle.slice(0, 5).concat(bundle.slice(6, 9)));
    expect(drop).toEqual(['wasm.unknown.pagefind', ...bundle.slice(9)]);
  });

  it('keeps the language-neutral module for a language indexed without its own', () => {
    const entry = JSON.stringify({ languages: { xx: { wasm: null } } });
    expect(partitionSearchFiles(bundle, entry).keep).toContain('wasm.unknown.pagefind');
  });

  it('stops without an entry file', () => {
    expect(() => partitionSearchFiles(bundle, undefined)).toThrow(/pagefind-entry\.json/);
  });
});
