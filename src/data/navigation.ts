/**
 * The site's navigation: the chapters in reading order, then the reference pages. The header
 * shows the sections a reader moves between; the footer lists every page a reader can reach,
 * with the ways to reuse the work (data, embeds, feed).
 */
import { getStories } from './index';
import type { StoryRef } from './model';
import { storyPath } from './paths';

export { storyPath };

export interface NavItem {
  /** Site path without the base: `/hack/`. */
  href: string;
  label: string;
}

/** A titled list of links in the footer. */
export interface NavGroup {
  /** Heading of the group, also its accessible name. */
  label: string;
  items: NavItem[];
}

/** The reference pages, in the order the header shows them after the chapters. */
const REFERENCE: readonly NavItem[] = [
  { href: '/timeline/', label: 'Timeline' },
  { href: '/graph/', label: 'Graph' },
  { href: '/sources/', label: 'Sources' },
  { href: '/data/', label: 'Data' },
];

const chapterItem = (story: Pick<StoryRef, 'id' | 'label'>): NavItem => ({
  href: storyPath(story.id),
  label: story.label,
});

/** The header's sections: the chapters except the about page, then the reference pages. */
export function mainNavigation(stories: readonly Pick<StoryRef, 'id' | 'label'>[]): NavItem[] {
  return [...stories.filter((story) => story.id !== 'about').map(chapterItem), ...REFERENCE];
}

/**
 * The footer: the story (home and every chapter, the about page included), the reference pages
 * with search, and what a newsroom or researcher reuses: the data, the two embeds, the feed.
 */
export function footerNavigation(stories: readonly Pick<StoryRef, 'id' | 'label'>[]): NavGroup[] {
  return [
    { label: 'The story', items: [{ href: '/', label: 'Home' }, ...stories.map(chapterItem)] },
    { label: 'Explore', items: [...REFERENCE.slice(0, 3), { href: '/search/', label: 'Search' }] },
    {
      label: 'Reuse',
      items: [
        { href: '/data/', label: 'Open data' },
        { href: '/embed/timeline/', label: 'Embed the timeline' },
        { href: '/embed/graph/', label: 'Embed the graph' },
        { href: '/feed.xml', label: 'Updates feed (RSS)' },
      ],
    },
  ];
}

/** The header's sections, from the content. */
export const getMainNavigation = async (): Promise<NavItem[]> => mainNavigation(await getStories());

/** The footer's groups, from the content. */
export const getFooterNavigation = async (): Promise<NavGroup[]> =>
  footerNavigation(await getStories());

/** Pages that belong to a section without being its own page: events to the timeline. */
const SECTION_OF: readonly { prefix: string; section: string }[] = [
  { prefix: '/events/', section: '/timeline/' },
  { prefix: '/actors/', section: '/actors/' },
];

/**
 * How a navigation link relates to the page being read, as `aria-current`: `page` on the page
 * itself, `true` on the section a page belongs to (an event's timeline, an actor's index), else
 * nothing.
 */
export function currentOf(current: string, href: string): 'page' | 'true' | undefined {
  if (current === href) return 'page';
  const section = SECTION_OF.find((entry) => current.startsWith(entry.prefix))?.section;
  return section === href ? 'true' : undefined;
}
