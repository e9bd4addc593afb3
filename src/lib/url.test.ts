import { describe, expect, it } from 'vitest';
import { formatHost, joinBase } from './url';

describe('joinBase', () => {
  it.each([
    ['/', '/events/x/', '/events/x/'],
    ['/', 'events/x/', '/events/x/'],
    ['/storm-0558/', '/events/x/', '/storm-0558/events/x/'],
    ['/storm-0558', '/events/x/', '/storm-0558/events/x/'],
    ['/storm-0558', '/', '/storm-0558/'],
    ['/storm-0558/', 'data/events.json', '/storm-0558/data/events.json'],
  ])('base %j + %j → %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it.each(['https://example.org/x', '#sources', 'mailto:desk@example.org', '//cdn.example/x'])(
    'leaves %j alone',
    (path) => {
      expect(joinBase('/storm-0558/', path)).toBe(path);
    },
  );
});

describe('formatHost', () => {
  it.each([
    ['https://www.state.gov/briefings/x/', 'state.gov'],
    ['https://cdn.dailycaller.com/2023/09/03/x/', 'cdn.dailycaller.com'],
    [
      'https://slowaroundthesun.blogspot.com/2023/09/chinese-hackers.html',
      'slowaroundthesun.blogspot.com',
    ],
  ])('%j → %j', (url, host) => {
    expect(formatHost(url)).toBe(host);
  });
});
