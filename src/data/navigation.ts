/**
 * The site's navigation: the chapters in reading order, then the reference pages.
 */
import { getStories } from './index';

export interface NavItem {
  /** Site path without the base: `/hack/`. */
  href: string;
  label: string;
}

/** Where a chapter lives: the `actors` chapter heads the actor index. */
export function storyPath(id: string): string {
  return `/${id}/`;
}

export async function getMainNavigation(): Promise<NavItem[]> {
  const stories = await getStories();
  return stories
    .filter((story) => story.id !== 'about')
    .map((story) => ({ href: storyPath(story.id), label: story.label }));
}

export async function getFooterNavigation(): Promise<NavItem[]> {
  return [{ href: '/', label: 'Home' }, ...(await getMainNavigation())];
}
