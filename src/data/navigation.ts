/**
 * The site's navigation: the chapters in reading order, then the reference pages.
 */
import { getStories } from './index';
import { storyPath } from './paths';

export { storyPath };

export interface NavItem {
  /** Site path without the base: `/hack/`. */
  href: string;
  label: string;
}

const chapterItems = async (): Promise<NavItem[]> =>
  (await getStories()).map((story) => ({ href: storyPath(story.id), label: story.label }));

/** The header: the chapters except the about page, then the reference pages. */
export async function getMainNavigation(): Promise<NavItem[]> {
  const chapters = (await chapterItems()).filter((item) => item.href !== storyPath('about'));
  return [
    ...chapters,
    { href: '/timeline/', label: 'Timeline' },
    { href: '/graph/', label: 'Graph' },
    { href: '/sources/', label: 'Sources' },
    { href: '/data/', label: 'Data' },
  ];
}

/** The footer: everything, the about page included. */
export async function getFooterNavigation(): Promise<NavItem[]> {
  return [
    { href: '/', label: 'Home' },
    ...(await chapterItems()),
    { href: '/sources/', label: 'Sources' },
  ];
}
