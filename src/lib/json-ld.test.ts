import { describe, expect, it } from 'vitest';
import { jsonLdText } from './json-ld';

describe('jsonLdText', () => {
  it('cannot close its script element or open a comment, and parses back to the same value', () => {
    const value = { name: '</script><!-- & >' };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
