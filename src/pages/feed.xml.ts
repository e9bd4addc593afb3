/**
 * /feed.xml: an RSS feed of the chapters, by the day each was last updated, and of every entry
 * in the site's log of updates and corrections.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContent } from '../data';
import { storyPath } from '../data/paths';
import { SITE } from '../data/site';
import { formatCalendarDate } from '../lib/calendar-date';
import { escapeMarkup } from '../lib/escape';
import { absoluteUrl } from '../lib/url';

const KIND_TITLES = { published: 'Published', update: 'Update', correction: 'Correction' } as const;

/**
 * A feed item's description is HTML to feed readers, once the XML around it is read: our plain
 * text is escaped as HTML here, and the feed library escapes that again as XML, so "<b>" in an
 * update reaches the reader as the text "<b>", never as markup.
 */
const html = (text: string) => `<p>${escapeMarkup(text)}</p>`;

/** A calendar day as an instant: noon UTC, so no reader's time zone moves it to another day. */
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

export const GET: APIRoute = async ({ site }) => {
  const { stories, updates } = await getContent();
  const absolute = (path: string) => absoluteUrl(path, site);
  const items = [
    ...updates.map((u) => ({
      title: `${KIND_TITLES[u.kind]}, ${formatCalendarDate(u.date)}`,
      link: absolute(`/about/#update-${u.id}`),
      pubDate: noon(u.date),
      description: html(u.text),
      categories: [KIND_TITLES[u.kind]],
    })),
    ...stories.map((s) => ({
      title: s.title,
      link: absolute(storyPath(s.id)),
      pubDate: noon(s.updated),
      description: html(s.description),
      categories: ['Chapter'],
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: SITE.name,
    description: `${SITE.description} Chapters as they are updated, and every correction.`,
    site: absolute('/'),
    items,
    customData: `<language>${SITE.language}</language>`,
  });
};
