/**
 * Where the site's pages live, without the base path: one place for the addresses that pages,
 * feeds, share images and structured data all write.
 */

/** A chapter: `/hack/`. The `actors` chapter heads the actor index at `/actors/`. */
export const storyPath = (id: string): string => `/${id}/`;

/** Chapters that head one of the site's own pages (`/actors/`) instead of a page of their own. */
export const HEADING_CHAPTERS: readonly string[] = ['actors'];

/** An event's permalink. */
export const eventPath = (id: string): string => `/events/${id}/`;

/** An actor's page. */
export const actorPath = (id: string): string => `/actors/${id}/`;

/** A source's entry in the bibliography. */
export const sourcePath = (id: string): string => `/sources/#${id}`;
