import { describe, expect, it } from 'vitest';
import { actorPath, eventPath, sourcePath, storyPath } from './paths';

describe('paths', () => {
  it('are the public addresses of the site, without the base', () => {
    expect(storyPath('hack')).toBe('/hack/');
    expect(storyPath('actors')).toBe('/actors/');
    expect(eventPath('state-detects')).toBe('/events/state-detects/');
    expect(actorPath('cisa')).toBe('/actors/cisa/');
    expect(sourcePath('msrc')).toBe('/sources/#msrc');
  });
});
