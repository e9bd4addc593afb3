import { z } from 'astro/zod';
import { SOURCE_KINDS } from '../lib/vocabulary';
import { sourceTitleProblem } from '../lib/source-title';
import { dayDate, httpsUrl, oneOf, text } from './fields';

/** A document the site relies on. Its id is the anchor on /sources/ (`/sources/#<id>`). */
export const sourceSchema = () =>
  z.strictObject({
    /** Who published it, as the fact base names them: "CISA and FBI", "Reuters (via TODAY)". */
    publisher: text('title'),
    /**
     * Headline or document title, verbatim; where the headline was not recorded, our description
     * of the document in [brackets], which pages show as a description (src/lib/source-title.ts).
     */
    title: text('sentence').superRefine((value, ctx) => {
      const problem = sourceTitleProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', input: value, message: problem });
    }),
    /** The original publisher's URL, https only. */
    url: httpsUrl(),
    /** Day of publication, YYYY-MM-DD; omit when the page carried no reliable date. */
    published: dayDate().optional(),
    /** Day of a later revision, YYYY-MM-DD. */
    updated: dayDate().optional(),
    /** primary-government, primary-company, news or analysis. */
    kind: oneOf(SOURCE_KINDS, 'source kind'),
    /** Authors, where known. */
    byline: text('title').optional(),
    /** True when `url` is a republication because the original could not be found. */
    copy: z.boolean({ error: 'must be true or false' }).default(false),
    /** The copy we actually read, when it is not `url` (the original's address, linked above). */
    readVia: httpsUrl().optional(),
    /** A note for readers on dating, access or how the document was read. */
    note: text('paragraph').optional(),
  });
