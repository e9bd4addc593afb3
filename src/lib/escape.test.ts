import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape';

describe('escapeMarkup', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves other text alone', () => {
    expect(escapeMarkup('Blinken’s trip · 2023')).toBe('Blinken’s trip · 2023');
  });
});
