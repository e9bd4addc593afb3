/**
 * The content as the tests see it: read from content/ with the same reader the build uses, so
 * tests compare the page with the data instead of with numbers copied into the test.
 */
import { resolve } from 'node:path';
import { readContentTree } from '../../src/content-layer/read';

export const content = readContentTree(resolve('.'), resolve(process.env.CONTENT_DIR ?? 'content'));

export const eventEntries = content.entries.events;
