/**
 * Reads the MDX chapters of content/stories/: each file directly in the folder is one chapter,
 * its file name the chapter's id and address. Anything an author could mean as a chapter but the
 * site would not publish as one is a problem naming the file: a `.md` file, a chapter in a
 * sub-folder, a file name that is not an id, front matter that cannot be read. Files and folders
 * whose names start with `_` are drafts and are skipped.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { ID_PATTERN, MAX_ID_LENGTH } from '../schemas/fields';
import { firstLine, fromRoot, listFiles } from './files';

/** An MDX chapter: its id, where it is, its front matter as written and its text. */
export interface StoryFile {
  /** The file name without `.mdx`: the chapter's address, `/hack/`. */
  readonly id: string;
  /** Path from the project root: `content/stories/hack.mdx`. */
  readonly file: string;
  /** The front matter's fields, before validation; undefined when it could not be read. */
  readonly data?: Record<string, unknown>;
  readonly text: string;
}

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);

/** The front matter between the opening and closing `---` lines, parsed. */
function readFrontMatter(
  file: string,
  id: string,
  text: string,
): { data?: Record<string, unknown>; problem?: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!match) {
    return {
      problem: `${file}:1: stories › ${id} › front matter: is missing; a chapter starts with its fields between two lines of --- (got ${JSON.stringify(text.slice(0, 40))})`,
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1] ?? '', { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    // The front matter starts on the file's second line.
    const line = lineCounter.linePos(error.pos[0]).line + 1;
    return { problem: `${file}:${line}: YAML syntax error: ${firstLine(error)}` };
  }
  if (!isMap(doc.contents)) {
    return { problem: `${file}:2: stories › ${id} › front matter: must be a set of fields` };
  }
  try {
    return { data: doc.contents.toJS(doc) as Record<string, unknown> };
  } catch (cause) {
    return { problem: `${file}:2: YAML could not be read: ${firstLine(cause)}` };
  }
}

/** Reads every chapter under `dir` (content/stories/); `root` is the project root. */
export function readStories(
  root: string,
  dir: string,
): { stories: StoryFile[]; problems: string[] } {
  const stories: StoryFile[] = [];
  const problems: string[] = [];
  for (const path of listFiles(dir)) {
    const file = fromRoot(root, path);
    const inside = relative(dir, path).split(sep).join('/');
    const extension = extname(path);
    const id = basename(path, extension);
    if (MARKDOWN.has(extension.toLowerCase())) {
      problems.push(
        `${file}: stories › ${id} › is a Markdown file: chapters are MDX; rename it to ${id}.mdx (got ${JSON.stringify(inside)})`,
      );
      continue;
    }
    // Anything else (an image a chapter shows, say) is not a chapter.
    if (extension.toLowerCase() !== '.mdx') continue;
    if (inside.includes('/')) {
      problems.push(
        `${file}: stories › ${inside.slice(0, -extension.length)} › is in a sub-folder: chapters sit directly in ${fromRoot(root, dir)}/; move it there, or into a folder whose name starts with _ to keep it as a draft (got ${JSON.stringify(inside)})`,
      );
      continue;
    }
    if (extension !== '.mdx' || !ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
      problems.push(
        `${file}: stories › file name: must be lower-case words joined by hyphens, at most ${MAX_ID_LENGTH} characters, then .mdx; it is the chapter's address (got ${JSON.stringify(inside)})`,
      );
      continue;
    }
    const text = readFileSync(join(dir, inside), 'utf8');
    const { data, problem } = readFrontMatter(file, id, text);
    if (problem) problems.push(problem);
    stories.push({ id, file, text, ...(data ? { data } : {}) });
  }
  return { stories, problems };
}
