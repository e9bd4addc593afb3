import { describe, expect, it } from 'vitest';
import { checkSourceLinks, formatMasthead, type SourceLink } from './source-links';

const good: SourceLink = {
  id: 'politico-1',
  publisher: 'POLITICO',
  url: 'https://www.politico.com/news/2023/09/15/x',
};

describe('formatMasthead', () => {
  it.each([
    ['Reuters (republished by TODAY)', 'Reuters'],
    ['Microsoft (Brad Smith on the On the Issues blog; republished by csupport.net)', 'Microsoft'],
    [
      'CISA, OMB, ONCD and Microsoft (joint release, republished by techno.express)',
      'CISA, OMB, ONCD and Microsoft',
    ],
    ['U.S. Department of State', 'U.S. Department of State'],
  ])('%j → %j', (publisher, masthead) => {
    expect(formatMasthead(publisher)).toBe(masthead);
  });
});

describe('checkSourceLinks', () => {
  it('accepts an original link, a flagged republication and an original read via a copy', () => {
    expect(
      checkSourceLinks([
        good,
        {
          id: 'nyt-1',
          publisher: 'The New York Times (republished by 1worldsolutions)',
          url: 'https://1worldsolutions.com/blog/?p=1',
          copy: true,
        },
        {
          id: 'ap-1',
          publisher: 'Associated Press',
          url: 'https://apnews.com/article/x',
          readVia: 'https://ktvz.com/news/x',
        },
      ]),
    ).toEqual([]);
  });

  it('rejects a masthead linking to another site without a republication flag', () => {
    const [problem] = checkSourceLinks([
      { id: 'wired-1', publisher: 'WIRED', url: 'https://www.kayakbin.com/2023/11/x.html' },
    ]);
    expect(problem).toMatch(/source wired-1 › url: links to kayakbin\.com, not to WIRED's site/);
  });

  it('rejects a republication whose publisher line does not say so', () => {
    expect(
      checkSourceLinks([
        { id: 'cnn-1', publisher: 'CNN', url: 'https://exbulletin.com/x/', copy: true },
      ]),
    ).toEqual([expect.stringMatching(/cnn-1 › publisher: a republication must say so/)]);
  });

  it('rejects plain http, shared links, unknown publishers and contradictory flags', () => {
    const problems = checkSourceLinks([
      { id: 'a', publisher: 'POLITICO', url: 'http://www.politico.com/x' },
      good,
      { ...good, id: 'b' },
      { id: 'c', publisher: 'Nobody Gazette', url: 'https://nobody.example/x' },
      { ...good, id: 'd', url: 'https://www.politico.com/y', copy: true },
      {
        id: 'e',
        publisher: 'Reuters (republished by CNA)',
        url: 'https://www.channelnewsasia.com/x',
        copy: true,
        readVia: 'https://other.example/x',
      },
      {
        ...good,
        id: 'f',
        url: 'https://www.politico.com/z',
        readVia: 'https://www.politico.com/z',
      },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/source a › url: must be an https:\/\/ address/),
      expect.stringMatching(/source b › url: also the link of source politico-1/),
      expect.stringMatching(/source c › publisher: no known site for "Nobody Gazette"/),
      expect.stringMatching(
        /source d › copy: marked a republication, but the link is POLITICO's own site/,
      ),
      expect.stringMatching(/source d › publisher: a republication must say so/),
      expect.stringMatching(/source e › readVia: a republication's link is already the copy read/),
      expect.stringMatching(/source f › readVia: is the link itself/),
    ]);
  });
});
