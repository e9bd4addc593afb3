/**
 * Which pages get their own share image, and what each one says. Chapters, events and actors
 * have one; every other page shares the site's card.
 */
import type { ShareCard } from '../lib/share-card';
import { formatDateRange } from '../lib/calendar-date';
import { ACTOR_KIND_LABELS, CATEGORY_LABELS, CONFIDENCE_LABELS } from '../lib/vocabulary';
import type { Actor, NewsEvent, Story } from './model';
import { actorPath, eventPath, storyPath } from './paths';
import { SITE } from './site';

export interface SharePage {
  /** Site path of the page, without the base: `/events/x/`. */
  page: string;
  /** Site path of its image, without the base: `/og/events/x.png`. */
  image: string;
  /** Text alternative of the image, for `og:image:alt`. */
  alt: string;
  card: ShareCard;
}

/**
 * The content fields that `sharePages` draws onto the cards, by collection: the integrity pass
 * checks that the card's font can draw every character of them.
 */
export const CARD_FIELDS = {
  stories: ['title', 'label', 'description'],
  events: ['title'],
  actors: ['name', 'role', 'country'],
} as const satisfies Record<string, readonly string[]>;

/** The site-wide card, for pages without their own. */
export const SITE_SHARE_IMAGE = '/og/site.png';

/** Where the image of a page lives: `/hack/` → `/og/hack.png`, `/` → the site's card. */
export function shareImagePath(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? SITE_SHARE_IMAGE : `/og/${trimmed}.png`;
}

function entry(page: string, card: ShareCard): SharePage {
  const image = page === '/' ? SITE_SHARE_IMAGE : shareImagePath(page);
  const alt = [card.kicker, card.title, card.badge].filter(Boolean).join(' · ');
  return { page, image, alt, card };
}

/** Every page with a share card of its own, the home page first. */
export function sharePages(content: {
  stories: readonly Story[];
  events: readonly NewsEvent[];
  actors: readonly Actor[];
}): SharePage[] {
  const masthead = SITE.masthead;
  return [
    entry('/', { kicker: 'An explainer', title: SITE.name, subtitle: SITE.description, masthead }),
    ...content.stories.map((story) =>
      entry(storyPath(story.id), {
        kicker: `Chapter ${story.order} · ${story.label}`,
        title: story.title,
        subtitle: story.description,
        masthead,
      }),
    ),
    ...content.events.map((event) =>
      entry(eventPath(event.id), {
        kicker: `${formatDateRange(event.date, event.end)} · ${CATEGORY_LABELS[event.category]}`,
        title: event.title,
        badge: CONFIDENCE_LABELS[event.confidence],
        masthead,
      }),
    ),
    ...content.actors.map((actor) =>
      entry(actorPath(actor.id), {
        kicker: `${ACTOR_KIND_LABELS[actor.kind]} · ${actor.country}`,
        title: actor.name,
        subtitle: actor.role,
        masthead,
      }),
    ),
  ];
}

const indexes = new WeakMap<object, ReadonlyMap<string, SharePage>>();

/**
 * The share page for a path, from an index built once per content model: every page looks its
 * card up, so a scan of the whole list per page would make the build quadratic in events.
 */
export function sharePageFor(
  content: Parameters<typeof sharePages>[0],
  page: string,
): SharePage | undefined {
  let index = indexes.get(content);
  if (!index) {
    index = new Map(sharePages(content).map((entry) => [entry.page, entry]));
    indexes.set(content, index);
  }
  return index.get(page);
}
