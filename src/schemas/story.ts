import { z } from 'astro/zod';
import { dayDate, text } from './fields';

/** Front matter of an MDX chapter in content/stories/. */
export const storySchema = () =>
  z.strictObject({
    /** Headline of the chapter. */
    title: text(),
    /** Navigation label, one or two words: "The hack". */
    label: text(),
    /** One-sentence standfirst under the headline, also the page description. */
    description: text(),
    /** Position in the reading order, from 1. */
    order: z.number({ error: 'must be a number' }).int().min(1),
    /** Day first published, YYYY-MM-DD. */
    published: dayDate(),
    /** Day last substantially updated, YYYY-MM-DD. */
    updated: dayDate(),
  });
