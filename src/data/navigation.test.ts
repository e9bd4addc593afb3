import { describe, expect, it } from 'vitest';
import { currentOf, footerNavigation, mainNavigation } from './navigation';

const stories = [
  { id: 'hack', label: 'The hack' },
  { id: 'actors', label: "Who's who" },
  { id: 'about', label: 'About' },
];

describe('mainNavigation', () => {
  it('lists the chapters but the about page, then the reference pages', () => {
    expect(mainNavigation(stories).map((item) => item.href)).toEqual([
      '/hack/',
      '/actors/',
      '/timeline/',
      '/graph/',
      '/sources/',
      '/data/',
    ]);
  });
});

describe('footerNavigation', () => {
  it('lists every chapter, every section and the ways to reuse the work', () => {
    const groups = footerNavigation(stories);
    expect(groups.map((group) => group.label)).toEqual(['The story', 'Explore', 'Reuse']);
    const hrefs = groups.flatMap((group) => group.items.map((item) => item.href));
    for (const item of mainNavigation(stories)) expect(hrefs).toContain(item.href);
    expect(hrefs).toEqual(
      expect.arrayContaining(['/', '/about/', '/search/', '/embed/timeline/', '/feed.xml']),
    );
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});

describe('currentOf', () => {
  it('marks the page itself, and the section a page belongs to', () => {
    expect(currentOf('/hack/', '/hack/')).toBe('page');
    expect(currentOf('/events/state-soc-alert/', '/timeline/')).toBe('true');
    expect(currentOf('/actors/gina-raimondo/', '/actors/')).toBe('true');
    expect(currentOf('/actors/', '/actors/')).toBe('page');
    expect(currentOf('/hack/', '/timeline/')).toBeUndefined();
  });
});
