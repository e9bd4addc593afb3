import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, pagePolicy } from './host-headers';

describe('headersFile', () => {
  const file = headersFile('/storm-0558/', "default-src 'self'");
  const rules = file
    .split('\n\n')
    .map((block) =>
      block
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n')
        .trimEnd(),
    )
    .filter((rule) => rule.startsWith('/'));
  const rule = (path: string) => rules.find((r) => r.split('\n')[0] === path) ?? '';

  it('gives every path under the base, unknown ones included, the strict defaults', () => {
    expect(rule('/storm-0558/*')).toBe(
      [
        '/storm-0558/*',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=()',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'",
        '  X-Frame-Options: SAMEORIGIN',
      ].join('\n'),
    );
  });

  it('lets any site frame the embeds, replacing the defaults after them', () => {
    expect(rules.map((r) => r.split('\n')[0])).toEqual([
      '/storm-0558/*',
      '/storm-0558/embed/*',
      '/storm-0558/_astro/*',
    ]);
    expect(rule('/storm-0558/embed/*')).toBe(
      [
        '/storm-0558/embed/*',
        '  ! Content-Security-Policy',
        '  ! X-Frame-Options',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors *",
      ].join('\n'),
    );
  });

  it('caches the fingerprinted bundles for a year, and nothing else', () => {
    expect(rule('/storm-0558/_astro/*')).toBe(
      '/storm-0558/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
    );
    expect(file.match(/Cache-Control/g)).toHaveLength(1);
  });
});

describe('mergePolicies', () => {
  it('allows every source any page needs, each once, directive by directive', () => {
    expect(
      mergePolicies([
        "default-src 'self'; style-src 'self' 'sha256-a'; script-src 'self' 'sha256-x'",
        "default-src 'self'; style-src 'self' 'sha256-b' 'sha256-a'; script-src 'self' 'sha256-x'",
      ]),
    ).toBe(
      "default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b'; script-src 'self' 'sha256-x'",
    );
  });
});

describe('pagePolicy', () => {
  it('reads the policy of a built page', () => {
    expect(
      pagePolicy(
        `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`,
      ),
    ).toBe("default-src 'self'");
    expect(() => pagePolicy('<html>')).toThrow(/No Content-Security-Policy/);
  });
});
