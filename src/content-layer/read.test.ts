import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection, readContentTree } from './read';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('readCollection', () => {
  it('reads lists from every file, with file and line', () => {
    const root = folder({
      'content/actors/a.yaml': '- id: one\n  name: One\n- id: two\n  name: Two\n',
      'content/actors/b.yaml': '- id: three\n  name: Three\n',
    });
    const { entries, problems } = readCollection(root, join(root, 'content/actors'), 'actors');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.file, e.line])).toEqual([
      ['one', 'content/actors/a.yaml', 1],
      ['two', 'content/actors/a.yaml', 3],
      ['three', 'content/actors/b.yaml', 1],
    ]);
    expect(entries[0]?.data).toEqual({ name: 'One' });
  });

  it('rejects a duplicate id across files, naming both places', () => {
    const root = folder({
      'content/actors/a.yaml': '- id: one\n  name: One\n',
      'content/actors/b.yaml': '- id: x\n  name: X\n- id: one\n  name: Again\n',
    });
    const { problems } = readCollection(root, join(root, 'content/actors'), 'actors');
    expect(problems).toEqual([
      'content/actors/b.yaml:3: actors › field "id": duplicate id (got "one"), already used at content/actors/a.yaml:1',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const root = folder({ 'content/events/a.yaml': '- id: one\n  title: "unclosed\n' });
    const { problems } = readCollection(root, join(root, 'content/events'), 'events');
    expect(problems[0]).toMatch(/^content\/events\/a\.yaml:\d+: YAML syntax error/);
  });

  it('requires a list and an id', () => {
    const root = folder({
      'content/events/a.yaml': 'id: one\n',
      'content/events/b.yaml': '- title: no id\n- id: Bad Id\n',
    });
    const { problems } = readCollection(root, join(root, 'content/events'), 'events');
    expect(problems).toEqual([
      'content/events/a.yaml:1: expected a list of event entries (each starting with "- ")',
      'content/events/b.yaml:1: events › field "id": is required (missing)',
      'content/events/b.yaml:2: events › field "id": must be lower-case words joined by hyphens, at most 80 characters (got "Bad Id")',
    ]);
  });

  it('derives relation ids and rejects the same relation twice', () => {
    const relation = '- from: a\n  type: met-with\n  to: b\n';
    const root = folder({ 'content/relations/a.yaml': relation + relation });
    const { entries, problems } = readCollection(
      root,
      join(root, 'content/relations'),
      'relations',
    );
    expect(entries.map((e) => e.id)).toEqual(['a:met-with:b']);
    expect(problems).toEqual([
      'content/relations/a.yaml:4: relations › field "id": duplicate id (got "a:met-with:b"), already used at content/relations/a.yaml:1',
    ]);
  });

  it('skips files and folders whose names start with an underscore', () => {
    const root = folder({
      'content/actors/_draft.yaml': '- id: one\n',
      'content/actors/_old/any.txt': 'x',
    });
    expect(readCollection(root, join(root, 'content/actors'), 'actors')).toEqual({
      entries: [],
      problems: [],
    });
  });

  it('names a file that is not YAML instead of leaving it out', () => {
    const root = folder({
      'content/events/more.YAML': '- id: one\n',
      'content/events/notes.json': '[]',
    });
    expect(readCollection(root, join(root, 'content/events'), 'events').problems).toEqual([
      'content/events/more.YAML: events › is not a YAML file: data files end in .yaml or .yml, in lower case; rename it, or start its name with _ to keep it as a draft (got "more.YAML")',
      'content/events/notes.json: events › is not a YAML file: data files end in .yaml or .yml, in lower case; rename it, or start its name with _ to keep it as a draft (got "notes.json")',
    ]);
  });

  it('names the file and line of an alias bomb instead of throwing', () => {
    const bomb = [
      '- id: bomb',
      '  a: &a [x, x, x, x, x, x, x, x, x, x]',
      '  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      '  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      '  d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '- id: fine',
    ].join('\n');
    const root = folder({ 'content/events/bomb.yaml': bomb });
    const { entries, problems } = readCollection(root, join(root, 'content/events'), 'events');
    expect(problems).toEqual([
      'content/events/bomb.yaml:1: YAML could not be read: Excessive alias count indicates a resource exhaustion attack',
    ]);
    expect(entries.map((e) => e.id)).toEqual(['fine']);
  });
});

describe('readContentTree', () => {
  const chapter = '---\ntitle: The hack\norder: 1\n---\n\n# Hack\n';

  it('reads every collection and the chapters', () => {
    const root = folder({
      'content/actors/a.yaml': '- id: one\n  name: One\n',
      'content/stories/hack.mdx': chapter,
    });
    const tree = readContentTree(root, join(root, 'content'));
    expect(tree.problems).toEqual([]);
    expect(tree.dir).toBe('content');
    expect(tree.entries.actors).toHaveLength(1);
    expect(tree.entries.events).toEqual([]);
    expect(tree.stories).toEqual([
      {
        id: 'hack',
        file: 'content/stories/hack.mdx',
        text: chapter,
        data: { title: 'The hack', order: 1 },
      },
    ]);
  });

  it('stops at a content folder that does not exist', () => {
    const root = folder({});
    expect(readContentTree(root, join(root, 'contnet')).problems).toEqual([
      'contnet/: content folder not found; CONTENT_DIR (content/ when unset) names the folder that holds events/, actors/, sources/ and stories/ (got "contnet")',
    ]);
  });

  it('names what sits beside the collections, where the build would never look', () => {
    const root = folder({ 'content/event/a.yaml': '', 'content/_notes/a.txt': '' });
    expect(readContentTree(root, join(root, 'content')).problems).toEqual([
      'content/event: is not a collection folder: content lives in the folders sources, actors, events, relations, quotes, corrections, questions, updates, eras, figures, highlights, stories; move it into one, or start its name with _ to keep it aside (got "event")',
    ]);
  });

  it('refuses Markdown chapters, chapters in sub-folders and file names that are not ids; skips drafts', () => {
    const root = folder({
      'content/stories/hack.md': chapter,
      'content/stories/part/two.mdx': chapter,
      'content/stories/The Hack.mdx': chapter,
      'content/stories/_drafts/three.mdx': chapter,
      'content/stories/_four.mdx': chapter,
      'content/stories/map.png': 'png',
      'content/stories/ok.mdx': 'No front matter.',
    });
    const tree = readContentTree(root, join(root, 'content'));
    expect(tree.stories.map((s) => s.id)).toEqual(['ok']);
    expect(tree.problems).toEqual([
      'content/stories/The Hack.mdx: stories › file name: must be lower-case words joined by hyphens, at most 80 characters, then .mdx; it is the chapter\'s address (got "The Hack.mdx")',
      'content/stories/hack.md: stories › hack › is a Markdown file: chapters are MDX; rename it to hack.mdx (got "hack.md")',
      'content/stories/ok.mdx:1: stories › ok › front matter: is missing; a chapter starts with its fields between two lines of --- (got "No front matter.")',
      'content/stories/part/two.mdx: stories › part/two › is in a sub-folder: chapters sit directly in content/stories/; move it there, or into a folder whose name starts with _ to keep it as a draft (got "part/two.mdx")',
    ]);
  });

  it('names the line of a front matter syntax error', () => {
    const root = folder({ 'content/stories/hack.mdx': '---\ntitle: x\nlabel: "open\n---\n' });
    expect(readContentTree(root, join(root, 'content')).problems[0]).toMatch(
      /^content\/stories\/hack\.mdx:3: YAML syntax error: /,
    );
  });
});
