/**
 * Who publishes the site and what it is called: the names that titles, share images, feeds and
 * structured data repeat.
 */
export const SITE = {
  /** The full name, used as the home page title and the feed title. */
  name: 'Storm-0558: how China-linked hackers read US officials’ email',
  /** The name after a page title: "The hack · Storm-0558". */
  shortName: 'Storm-0558',
  /** The masthead under the title on share images. */
  masthead: 'Storm-0558 · the email hack',
  /** The publisher named in structured data and feeds. */
  publisher: 'The Storm-0558 explainer',
  /** One sentence for the home page, the feed and search engines. */
  description:
    'How a group that Microsoft links to China forged Microsoft tokens to read US officials’ email in 2023, as Secretary Blinken prepared to visit Beijing, and what it meant for diplomacy.',
  /** The language of every page. */
  language: 'en',
} as const;
