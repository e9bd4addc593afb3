import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, pagePolicy } from './host-headers';

describe('headersFile', () => {
  const file = headersFile(
    '/storm-0558/',
    ['_astro', 'embed', 'events', 'index.html', 'robots.txt', 'timeline'],
    "default-src 'self'",
  );

  it('lets any site frame the embeds and only this site frame the rest', () => {
    expect(file).toContain(
      "/storm-0558/embed/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors *",
    );
    expect(file).toContain(
      "/storm-0558/events/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'",
    );
    expect(file).toContain(
      "/storm-0558/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'",
    );
    expect(file).toContain('/storm-0558/robots.txt\n');
  });

  it('never gives a rule that matches /embed/ the site policy', () => {
    const rules = file.split('\n\n').filter((rule) => rule.includes("frame-ancestors 'self'"));
    for (const rule of rules) {
      const path = rule.split('\n')[0] ?? '';
      expect(
        path.endsWith('*') ? `/storm-0558/embed/x`.startsWith(path.slice(0, -1)) : false,
        path,
      ).toBe(false);
    }
    expect(file).not.toMatch(/\/storm-0558\/_astro\/\*\n {2}Content-Security-Policy/);
  });

  it('caches the fingerprinted bundles for a year, and nothing else', () => {
    expect(file).toContain(
      '/storm-0558/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
    expect(file.match(/Cache-Control/g)).toHaveLength(1);
  });

  it('hardens every path', () => {
    expect(file).toMatch(
      /^\/storm-0558\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: /m,
    );
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
