import { describe, expect, it } from 'vitest';
import { checkEmbedParam, parseAccent, parseEmbedStyle, serializeEmbedStyle } from './embed-style';

describe('parseAccent', () => {
  it('reads three or six hex digits, with or without #, as #rrggbb', () => {
    expect(parseAccent('#C00')).toBe('#cc0000');
    expect(parseAccent('1e4fbf')).toBe('#1e4fbf');
    expect(parseAccent(' #1E4FBF ')).toBe('#1e4fbf');
  });

  it('refuses names, functions, CSS and markup', () => {
    for (const raw of [
      'red',
      'red;}</style><script>',
      'url(x)',
      '#12345',
      '#1234567',
      'rgb(0,0,0)',
      'var(--x)',
      '#c00;color:red',
      '',
    ]) {
      expect(parseAccent(raw), raw).toBeUndefined();
    }
  });
});

describe('checkEmbedParam', () => {
  it('accepts only the fixed lists', () => {
    expect(checkEmbedParam('bg', 'white')).toBeUndefined();
    expect(checkEmbedParam('bg', 'default')).toBeUndefined();
    expect(checkEmbedParam('font', 'system')).toBeUndefined();
    expect(checkEmbedParam('mode', 'story')).toBeUndefined();
    expect(checkEmbedParam('font', 'url(x)')).toBe('must be serif, sans or system');
    expect(checkEmbedParam('font', 'Comic Sans MS')).toBe('must be serif, sans or system');
    expect(checkEmbedParam('bg', '#fff')).toBe('must be default, white or transparent');
    expect(checkEmbedParam('mode', 'STORY')).toBe('must be chart or story');
    expect(checkEmbedParam('theme', 'dark')).toBeUndefined();
    expect(checkEmbedParam('theme', 'foo')).toBe('must be auto, light or dark');
    expect(checkEmbedParam('theme', '<img onerror=x>')).toBe('must be auto, light or dark');
    expect(checkEmbedParam('title', '0')).toBeUndefined();
    expect(checkEmbedParam('title', 'no')).toBe('must be 0 or 1');
  });
});

describe('parseEmbedStyle and serializeEmbedStyle', () => {
  it('round-trip, leaving defaults and invalid values out', () => {
    const style = parseEmbedStyle('?bg=white&accent=%23C00&font=system');
    expect(style).toEqual({ bg: 'white', accent: '#cc0000', font: 'system' });
    expect(serializeEmbedStyle(style)).toEqual([
      ['bg', 'white'],
      ['accent', 'cc0000'],
      ['font', 'system'],
    ]);
    expect(parseEmbedStyle('?bg=default&font=serif&accent=url(x)')).toEqual({
      bg: undefined,
      accent: undefined,
      font: undefined,
    });
    expect(serializeEmbedStyle({})).toEqual([]);
  });
});
