/**
 * The closed vocabularies of the data model and their reader-facing labels.
 * Schemas validate against these lists; charts and pages label with them.
 */

export const CATEGORIES = [
  'intrusion',
  'detection',
  'disclosure',
  'diplomacy',
  'response',
  'investigation',
  'context',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  intrusion: 'Intrusion',
  detection: 'Detection',
  disclosure: 'Disclosure',
  diplomacy: 'Diplomacy',
  response: 'Response',
  investigation: 'Investigation',
  context: 'Context',
};

export const CONFIDENCE_LEVELS = ['confirmed', 'reported', 'alleged', 'disputed'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  alleged: 'Alleged',
  disputed: 'Disputed',
};

/** One sentence per level, shown in legends; the about page states the full rule. */
export const CONFIDENCE_MEANINGS: Record<Confidence, string> = {
  confirmed:
    'On the record, without a hedge, from a party in a position to know, or found by an official inquiry.',
  reported:
    'Resting on unnamed sources, a single outlet or summary, or an assessment its author hedges.',
  alleged: 'An unhedged accusation one party makes on the record, not otherwise established.',
  disputed: 'Contradicted by other evidence, or corrected or withdrawn by whoever first said it.',
};

export const ACTOR_KINDS = [
  'person',
  'government-body',
  'company',
  'threat-actor',
  'state',
  'media',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  'government-body': 'Government body',
  company: 'Company',
  'threat-actor': 'Threat actor',
  state: 'State',
  media: 'News organization',
};

/** Plural headings for grouped lists. */
export const ACTOR_KIND_PLURALS: Record<ActorKind, string> = {
  person: 'People',
  'government-body': 'Government bodies',
  company: 'Companies',
  'threat-actor': 'Threat actors',
  state: 'States',
  media: 'News organizations',
};

export const RELATION_TYPES = [
  'accused',
  'attributed-to',
  'briefed',
  'called-on',
  'compromised',
  'compromised-mailbox-of',
  'contradicted',
  'denied',
  'detected',
  'investigated',
  'met-with',
  'notified',
  'part-of',
  'pressed',
  'raised-hack-with',
  'reported-to',
  'targeted',
  'traveled-with',
  'visited',
  'works-for',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** How a relation reads between its two actors: "<from> <label> <to>". */
export const RELATION_LABELS: Record<RelationType, string> = {
  accused: 'accused',
  'attributed-to': 'is attributed to',
  briefed: 'briefed',
  'called-on': 'called on',
  compromised: 'compromised',
  'compromised-mailbox-of': 'broke into the mailbox of',
  contradicted: 'challenged the account of',
  denied: 'rejected the accusations about',
  detected: 'detected',
  investigated: 'investigated',
  'met-with': 'met',
  notified: 'notified',
  'part-of': 'is part of',
  pressed: 'pressed',
  'raised-hack-with': 'raised the hack with',
  'reported-to': 'reported to',
  targeted: 'targeted',
  'traveled-with': 'traveled with',
  visited: 'visited',
  'works-for': 'works for',
};

export const SOURCE_KINDS = ['primary-government', 'primary-company', 'news', 'analysis'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'primary-government': 'Government documents',
  'primary-company': 'Company statements',
  news: 'News reports',
  analysis: 'Analysis',
};
