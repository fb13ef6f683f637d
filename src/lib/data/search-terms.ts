/**
 * The vocabulary as search reads it: every lever, axis, audience and format with its labels and its
 * synonyms in both languages. The synonyms are kept out of the first screen (vite.config.ts
 * `atlas:core-terms`): this module reads the whole files, in the search chunk.
 */
import programmeJson from '../../../data/programme.json';
import vocabulariesJson from '../../../data/vocabularies.json';

import type { Localized, Programme, Vocabularies } from './schema';

export type TermKind = 'lever' | 'axis' | 'audience' | 'format';

export interface SearchTerm {
  kind: TermKind;
  id: string;
  label: Localized;
  short: Localized;
  synonyms: { fr: readonly string[]; en: readonly string[] };
}

const vocabularies = vocabulariesJson as unknown as Vocabularies;
const programme = programmeJson as unknown as Programme;

const of = (kind: TermKind, list: readonly Omit<SearchTerm, 'kind'>[]): SearchTerm[] =>
  list.map(({ id, label, short, synonyms }) => ({ kind, id, label, short, synonyms }));

/** In the order the search lists them when they score alike: levers, axes, audiences, formats. */
export const searchTerms: readonly SearchTerm[] = [
  ...of('lever', vocabularies.levers),
  ...of('axis', programme.axes),
  ...of('audience', vocabularies.audiences),
  ...of('format', vocabularies.formats),
];
