/**
 * Rules for where a source's link may point: the original publisher's own site, or a copy that
 * says it is one. A reader who follows a masthead's name must never land on a scraper's page
 * without being told. Pure: the content test runs it over content/sources, the unit test over
 * made-up sources.
 */
import { formatHost } from '../lib/url';

/** The fields of a source that the rules read. */
export interface SourceLink {
  id: string;
  publisher: string;
  url: string;
  copy?: boolean;
  readVia?: string;
}

/**
 * The sites of every publisher the content cites, by masthead: the part of `publisher` before
 * any parenthesis or semicolon. A new publisher must be added here before a source may cite it.
 */
export const PUBLISHER_HOSTS: Readonly<Record<string, readonly string[]>> = {
  'ABC News': ['abcnews.go.com'],
  AFP: ['afp.com'],
  'Associated Press': ['apnews.com'],
  Axios: ['axios.com'],
  BleepingComputer: ['bleepingcomputer.com'],
  /** A case file whose link is its source in the site's own public repository. */
  'breaches.cloud': ['breaches.cloud', 'github.com'],
  Bloomberg: ['bloomberg.com'],
  'CBS News': ['cbsnews.com'],
  CircleID: ['circleid.com'],
  CISA: ['cisa.gov'],
  'CISA and FBI': ['cisa.gov'],
  'CISA / DHS': ['cisa.gov', 'dhs.gov'],
  'CISA, OMB, ONCD and Microsoft': ['cisa.gov', 'whitehouse.gov', 'microsoft.com'],
  CNBC: ['cnbc.com'],
  CNN: ['cnn.com'],
  CRN: ['crn.com'],
  CyberScoop: ['cyberscoop.com'],
  'Cyber Safety Review Board': ['cisa.gov', 'dhs.gov'],
  'Directions on Microsoft': ['directionsonmicrosoft.com'],
  Easy365Manager: ['easy365manager.com'],
  'Federal Bureau of Investigation': ['fbi.gov'],
  'Global Times': ['globaltimes.cn'],
  'Help Net Security': ['helpnetsecurity.com'],
  IANS: ['ians.in'],
  IMTR: ['imtr.net'],
  'Industrial Cyber': ['industrialcyber.co'],
  MediaNama: ['medianama.com'],
  MeriTalk: ['meritalk.com'],
  Microsoft: ['microsoft.com'],
  'Microsoft Security Response Center': ['microsoft.com'],
  'Microsoft Threat Intelligence': ['microsoft.com'],
  'Ministry of Foreign Affairs of the PRC': ['fmprc.gov.cn', 'china-embassy.gov.cn'],
  'MSSP Alert': ['msspalert.com'],
  'NBC News': ['nbcnews.com'],
  'New York Daily News': ['nydailynews.com'],
  Nogosee: ['nogosee.com'],
  NPR: ['npr.org'],
  'Office of U.S. Sen. Bill Hagerty': ['hagerty.senate.gov'],
  'Office of U.S. Sen. Eric Schmitt': ['schmitt.senate.gov'],
  'Office of U.S. Sen. Ron Wyden': ['wyden.senate.gov'],
  'Omaha World-Herald': ['omaha.com'],
  'Palo Alto Online': ['paloaltoonline.com'],
  POLITICO: ['politico.com'],
  'Potomac Officers Club': ['potomacofficersclub.com'],
  Reuters: ['reuters.com'],
  'SC Media': ['scmagazine.com'],
  Semafor: ['semafor.com'],
  'South China Morning Post': ['scmp.com'],
  Sputnik: ['sputnikglobe.com', 'sputniknews.com'],
  TASS: ['tass.com'],
  'Tech Policy Press': ['techpolicy.press'],
  'TechTarget SearchSecurity': ['techtarget.com'],
  'The Age': ['theage.com.au'],
  'The Daily Beast': ['thedailybeast.com'],
  'The Daily Caller': ['dailycaller.com'],
  'The Hill': ['thehill.com'],
  'The Messenger': ['themessenger.com'],
  'The New York Times': ['nytimes.com'],
  'The Record': ['therecord.media'],
  'The Wall Street Journal': ['wsj.com'],
  'The Washington Post': ['washingtonpost.com'],
  'Thurrott.com': ['thurrott.com'],
  UPI: ['upi.com'],
  'U.S. Department of Homeland Security': ['dhs.gov'],
  'U.S. Department of State': ['state.gov'],
  'U.S. House Committee on Homeland Security': ['congress.gov', 'govinfo.gov', 'house.gov'],
  Verdict: ['verdict.co.uk'],
  WIRED: ['wired.com'],
  Wiz: ['wiz.io'],
  Xinhua: ['xinhuanet.com', 'news.cn'],
};

/** The masthead of a publisher line: `Reuters (republished by TODAY)` → `Reuters`. */
export function formatMasthead(publisher: string): string {
  return publisher.split(/\s*[(;]/, 1)[0]?.trim() ?? publisher;
}

const onSite = (url: string, hosts: readonly string[]) => {
  const host = formatHost(url);
  return hosts.some((site) => host === site || host.endsWith(`.${site}`));
};

const isHttps = (url: string) => URL.canParse(url) && new URL(url).protocol === 'https:';

/**
 * Every broken rule, one message each, naming the source and the value: links are https; no
 * two sources share a link; a link off the publisher's site is flagged as a republication, whose
 * publisher line says so (charts and embeds show only that line); a copy flag or a read-via note
 * agrees with where the link points.
 */
export function checkSourceLinks(sources: readonly SourceLink[]): string[] {
  const problems: string[] = [];
  const byUrl = new Map<string, string>();
  for (const source of sources) {
    const where = `source ${source.id}`;
    for (const [field, url] of [
      ['url', source.url],
      ['readVia', source.readVia],
    ] as const) {
      if (url !== undefined && !isHttps(url))
        problems.push(`${where} › ${field}: must be an https:// address (got "${url}")`);
    }
    if (!isHttps(source.url)) continue;
    const twin = byUrl.get(source.url);
    if (twin)
      problems.push(`${where} › url: also the link of source ${twin} (got "${source.url}")`);
    byUrl.set(source.url, source.id);

    const masthead = formatMasthead(source.publisher);
    const hosts = PUBLISHER_HOSTS[masthead];
    if (!hosts) {
      problems.push(
        `${where} › publisher: no known site for "${masthead}"; add it to PUBLISHER_HOSTS (got "${source.publisher}")`,
      );
      continue;
    }
    const original = onSite(source.url, hosts);
    if (!original && !source.copy) {
      problems.push(
        `${where} › url: links to ${formatHost(source.url)}, not to ${masthead}'s site; link the original or mark the source copy: true (got "${source.url}")`,
      );
    }
    if (source.copy && original) {
      problems.push(
        `${where} › copy: marked a republication, but the link is ${masthead}'s own site (got "${source.url}")`,
      );
    }
    if (source.copy && !/republi/i.test(source.publisher)) {
      problems.push(
        `${where} › publisher: a republication must say so where charts and embeds show it, e.g. "${masthead} (republished by …)" (got "${source.publisher}")`,
      );
    }
    if (source.readVia !== undefined && source.copy) {
      problems.push(
        `${where} › readVia: a republication's link is already the copy read; drop readVia or link the original (got "${source.readVia}")`,
      );
    }
    if (source.readVia !== undefined && source.readVia === source.url) {
      problems.push(`${where} › readVia: is the link itself (got "${source.readVia}")`);
    }
  }
  return problems;
}
