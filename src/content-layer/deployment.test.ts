import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, deploymentFromEnv, normaliseBasePath, normaliseSiteUrl } from './deployment';

describe('normaliseBasePath', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['storm-0558', '/storm-0558/'],
    ['/storm-0558', '/storm-0558/'],
    ['storm-0558/', '/storm-0558/'],
    [' //news//storm-0558// ', '/news/storm-0558/'],
  ])('reads %j as %j', (value, base) => {
    expect(normaliseBasePath(value)).toBe(base);
  });

  it.each(['/storm 0558/', '/a?b/', '/a#b/', '/../x/', '/caf%C3%A9/'])('refuses %j', (value) => {
    expect(() => normaliseBasePath(value)).toThrow(
      `BASE_PATH must be a path such as /storm-0558/: letters, digits, ".", "_", "~" and "-" between slashes (got ${JSON.stringify(value)})`,
    );
  });
});

describe('normaliseSiteUrl', () => {
  it.each([
    ['https://news.example', 'https://news.example'],
    ['https://news.example/', 'https://news.example'],
    ['https://News.Example:443/', 'https://news.example'],
    ['http://127.0.0.1:4321', 'http://127.0.0.1:4321'],
    ['http://localhost:8080/', 'http://localhost:8080'],
  ])('reads %j as %j', (value, site) => {
    expect(normaliseSiteUrl(value)).toBe(site);
  });

  it.each([
    [
      'news.example',
      'SITE_URL must be the site\'s public origin, such as https://news.example (got "news.example")',
    ],
    [
      'http://news.example',
      'SITE_URL must start with https:// (http:// is allowed only for 127.0.0.1 and localhost) (got "http://news.example")',
    ],
    [
      'ftp://news.example',
      'SITE_URL must start with https:// (http:// is allowed only for 127.0.0.1 and localhost) (got "ftp://news.example")',
    ],
    [
      'https://news.example/storm-0558/',
      'SITE_URL must be an origin without a path; give the sub-path as BASE_PATH=/storm-0558/ (got "https://news.example/storm-0558/")',
    ],
    [
      'https://news.example/?x=1',
      'SITE_URL must be an origin alone, without a user, query or fragment (got "https://news.example/?x=1")',
    ],
  ])('refuses %j', (value, message) => {
    expect(() => normaliseSiteUrl(value)).toThrow(message);
  });
});

describe('deploymentFromEnv', () => {
  it('builds for the local preview when nothing is set', () => {
    expect(deploymentFromEnv({})).toEqual({ site: DEFAULT_SITE, base: '/', siteFromEnv: false });
  });

  it('normalises both variables', () => {
    expect(
      deploymentFromEnv({ SITE_URL: 'https://news.example/', BASE_PATH: 'storm-0558' }),
    ).toEqual({ site: 'https://news.example', base: '/storm-0558/', siteFromEnv: true });
  });

  it('refuses an empty SITE_URL, which a missing CI secret leaves behind', () => {
    expect(() => deploymentFromEnv({ SITE_URL: '' })).toThrow(
      'SITE_URL is set but empty: give the public origin, such as https://news.example, or leave it unset for a local build (got "")',
    );
  });
});
