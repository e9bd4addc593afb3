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
      'content/events/b.yaml:2: events › field "id": must be lower-case words joined by hyphens (got "Bad Id")',
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

  it('skips files whose names start with an underscore', () => {
    const root = folder({ 'content/actors/_draft.yaml': '- id: one\n' });
    expect(readCollection(root, join(root, 'content/actors'), 'actors').entries).toEqual([]);
  });
});

describe('readContentTree', () => {
  it('reads every collection and the chapters', () => {
    const root = folder({
      'content/actors/a.yaml': '- id: one\n  name: One\n',
      'content/stories/hack.mdx': '# Hack\n',
    });
    const tree = readContentTree(root, join(root, 'content'));
    expect(tree.entries.actors).toHaveLength(1);
    expect(tree.entries.events).toEqual([]);
    expect(tree.stories).toEqual([{ file: 'content/stories/hack.mdx', text: '# Hack\n' }]);
  });
});
