import { z } from 'astro/zod';
import { dayDate, position, text } from './fields';

/** Front matter of an MDX chapter in content/stories/. */
export const storySchema = () =>
  z.strictObject({
    /** Headline of the chapter. */
    title: text('title'),
    /** Navigation label, one or two words: "The hack". */
    label: text('label'),
    /** One-sentence standfirst under the headline, also the page description. */
    description: text('sentence'),
    /** Position in the reading order, from 1. */
    order: position(),
    /** Day first published, YYYY-MM-DD. */
    published: dayDate(),
    /** Day last substantially updated, YYYY-MM-DD. */
    updated: dayDate(),
  });
