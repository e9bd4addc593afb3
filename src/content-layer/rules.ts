/**
 * Checks that look across entries rather than at one: collections a site cannot do without,
 * affiliations that loop, actors whose embed address a fixed route takes, chapters whose address a built-in page already takes, and text the
 * share images cannot draw. Each problem names the file, the entry, the field and the value.
 */
import { HEADING_CHAPTERS } from '../data/paths';
import { CARD_FIELDS } from '../data/share';
import { EMBED_TIMELINE_ROUTES } from '../lib/embed';
import { formatValue } from './files';
import type { ContentTree, RawEntry } from './read';
import { locate } from './read';

/** The collections a site cannot be built without, and what one entry of each is called. */
export const REQUIRED_COLLECTIONS = {
  events: 'event',
  actors: 'actor',
  sources: 'source',
  stories: 'chapter',
} as const;

/** An empty required collection, unless reading it already failed (that problem says why). */
export function checkRequired(tree: ContentTree): string[] {
  // A content folder that is not there has already been named.
  if (tree.problems.some((problem) => problem.startsWith(`${tree.dir}/: `))) return [];
  const problems: string[] = [];
  for (const [collection, noun] of Object.entries(REQUIRED_COLLECTIONS)) {
    const folder = `${tree.dir}/${collection}/`;
    const count =
      collection === 'stories'
        ? tree.stories.length
        : tree.entries[collection as Exclude<keyof typeof REQUIRED_COLLECTIONS, 'stories'>].length;
    if (count > 0 || tree.problems.some((problem) => problem.startsWith(folder))) continue;
    const add = collection === 'stories' ? 'an .mdx file' : 'a .yaml file listing them';
    problems.push(
      `${folder}: ${collection} › is empty: the site needs at least one ${noun}; add ${add} (got no ${collection === 'stories' ? 'chapters' : 'entries'})`,
    );
  }
  return problems;
}

/**
 * Affiliations must lead up to an actor that belongs to no other: one that names itself, or a
 * loop (a → b → a), would have no top to draw. Each loop is reported once, at its first entry.
 */
export function checkAffiliations(actors: readonly RawEntry[]): string[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const parentOf = (id: string) => {
    const parent = byId.get(id)?.data.affiliation;
    return typeof parent === 'string' && byId.has(parent) ? parent : undefined;
  };
  const reported = new Set<string>();
  const problems: string[] = [];
  for (const actor of actors) {
    const where = `${locate(actor)}: actors › ${actor.id} › field "affiliation"`;
    const path = [actor.id];
    for (let next = parentOf(actor.id); next !== undefined; next = parentOf(next)) {
      if (next === actor.id) {
        if (path.some((id) => reported.has(id))) break;
        path.forEach((id) => reported.add(id));
        problems.push(
          path.length === 1
            ? `${where}: is the actor itself; an actor cannot belong to itself (got ${formatValue(next)})`
            : `${where}: makes a loop, ${[...path, next].join(' → ')}; affiliations must lead up to an actor that belongs to no other (got ${formatValue(path[1])})`,
        );
        break;
      }
      // A loop further up that this actor is not part of is reported at one of its own members.
      if (path.includes(next)) break;
      path.push(next);
    }
  }
  return problems;
}

/**
 * An actor's timeline embeds at `/embed/timeline/<id>/`; an actor with the id of a fixed route
 * there (`story`, `category`) would have no embed, and its embed code would open that route.
 */
export function checkActorAddresses(actors: readonly RawEntry[]): string[] {
  return actors
    .filter((actor) => EMBED_TIMELINE_ROUTES.includes(actor.id))
    .map(
      (actor) =>
        `${locate(actor)}: actors › ${actor.id} › field "id": /embed/timeline/${actor.id}/ is one of the embed's own routes, so this actor's timeline could not be embedded; choose another id (got ${formatValue(actor.id)})`,
    );
}

/**
 * A chapter's address is its file name (`/hack/`); a chapter named after a page the site builds
 * itself (`/timeline/`) would never be published, while navigation and the feed would link its
 * title to the other page. `reserved` holds those first path segments.
 */
export function checkChapterAddresses(tree: ContentTree, reserved: ReadonlySet<string>): string[] {
  return tree.stories
    .filter((story) => reserved.has(story.id) && !HEADING_CHAPTERS.includes(story.id))
    .map(
      (story) =>
        `${story.file}: stories › ${story.id} › file name: /${story.id}/ is the address of one of the site's own pages, so this chapter would never be published; rename the file (got ${formatValue(`${story.id}.mdx`)})`,
    );
}

/** The characters of a text that the share images cannot draw. */
export type UndrawableCharacters = (text: string) => string[];

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text that goes onto a share image must be drawable in its font: the site is written in
 * English, and a character the font lacks (Chinese, Arabic, Hebrew, an emoji) would come out as
 * an empty box wherever the page is shared.
 */
export function checkDrawable(tree: ContentTree, undrawable: UndrawableCharacters): string[] {
  const problems: string[] = [];
  const check = (where: string, data: Record<string, unknown>, fields: readonly string[]) => {
    for (const field of fields) {
      const value = data[field];
      if (typeof value !== 'string') continue;
      const missing = undrawable(value);
      if (missing.length === 0) continue;
      const list = missing
        .slice(0, 5)
        .map((char) => `${formatValue(char)} (${codePoint(char)})`)
        .join(', ');
      const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
      problems.push(
        `${where} › field "${field}": has characters the share images cannot draw: ${list}${more}; the site is written in English (got ${formatValue(value)})`,
      );
    }
  };
  for (const collection of ['events', 'actors'] as const) {
    for (const entry of tree.entries[collection]) {
      check(`${locate(entry)}: ${collection} › ${entry.id}`, entry.data, CARD_FIELDS[collection]);
    }
  }
  for (const story of tree.stories) {
    if (story.data)
      check(`${story.file}:1: stories › ${story.id}`, story.data, CARD_FIELDS.stories);
  }
  return problems;
}
