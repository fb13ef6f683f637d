/**
 * Small pure helpers the panels share: plural messages, dates and numbers through `Intl` in the active
 * locale, vocabulary look-ups, and source texts cut into text and https: links (never HTML).
 */
import { programme, vocabularies } from '../data';
import type { AudienceId, AxisId, FormatId, LeverId } from '../data/ids';
import {
  formatList as listIn,
  formatMonthYear,
  formatNumber as numberIn,
  pluralCategory,
} from '../i18n/intl';
import { messages, translate, type MessageKey, type Vars } from '../i18n/messages';
import type { Facet } from '../state/filters';
import type { Lang } from '../state/url';

/** Message keys that come as a `.one` / `.other` pair (and maybe a `.zero`), named without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
}[MessageKey];

export const localeOf = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/**
 * A count in words: `.zero` when there is one and n is 0 (« aucun levier commun »), else the locale's
 * plural category, where French counts 0 and 1 as singular (« 0 action », « 1 action »).
 */
export function plural(lang: Lang, key: PluralKey, n: number, vars: Vars = {}): string {
  const zero = `${key}.zero`;
  if (n === 0 && zero in messages[lang]) return translate(lang, zero as MessageKey, { n, ...vars });
  const category = pluralCategory(localeOf(lang), n);
  const form = category === 'one' ? 'one' : 'other';
  return translate(lang, `${key}.${form}` as MessageKey, { n, ...vars });
}

export function formatNumber(lang: Lang, n: number): string {
  return numberIn(localeOf(lang), n);
}

/** « octobre 2023 » from « 2023-10 »; read in UTC so that no time zone moves it to September. */
export function monthYear(lang: Lang, yyyyMm: string): string {
  const [y, m] = yyyyMm.split('-').map(Number) as [number, number];
  return formatMonthYear(localeOf(lang), new Date(Date.UTC(y, m - 1, 1)));
}

/** A list read naturally: « Jeunes, Parents et Entreprises », “Young people, Parents and Companies”. */
export function formatList(lang: Lang, items: readonly string[]): string {
  return listIn(localeOf(lang), items);
}

export const leverById = new Map(vocabularies.levers.map((l) => [l.id, l]));
export const audienceById = new Map(vocabularies.audiences.map((a) => [a.id, a]));
export const formatById = new Map(vocabularies.formats.map((f) => [f.id, f]));
export const axisById = new Map(programme.axes.map((a) => [a.id, a]));

export const leverLabel = (lang: Lang, id: LeverId) => leverById.get(id)?.label[lang] ?? id;
export const leverShort = (lang: Lang, id: LeverId) => leverById.get(id)?.short[lang] ?? id;
export const audienceLabel = (lang: Lang, id: AudienceId) => audienceById.get(id)?.label[lang] ?? id;
export const formatLabel = (lang: Lang, id: FormatId) => formatById.get(id)?.label[lang] ?? id;
export const axisShort = (lang: Lang, id: AxisId) => axisById.get(id)?.short[lang] ?? id;

/** A facet value as the filters name it: a lever's or an axis's short label, an audience's or a format's label. */
export function facetLabel(lang: Lang, facet: Facet, id: string): string {
  const label = { leviers: leverShort, axes: axisShort, publics: audienceLabel, formats: formatLabel }[facet];
  return (label as (lang: Lang, id: string) => string)(lang, id);
}

/** A facet value's one-line definition (data/vocabularies.json, data/programme.json), shown where its label is. */
export function facetDefinition(lang: Lang, facet: Facet, id: string): string {
  const terms = { leviers: leverById, axes: axisById, publics: audienceById, formats: formatById }[
    facet
  ] as ReadonlyMap<string, { definition: Record<Lang, string> }>;
  return terms.get(id)?.definition[lang] ?? '';
}

/** Data links must be https: (PRODUCT.md « Security headers »); anything else is shown as text. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export type Segment = { text: string } | { href: string; text: string };

/**
 * Cuts a source text into plain text and https: links, for sources that carry their URLs inline
 * (« ANCT, … : https://github.com/… »). The link text is the host and the first path segment, so a
 * long URL does not swamp the sentence; the full URL stays in the href.
 */
export function linkify(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/https:\/\/[^\s;,)»]+/g)) {
    const start = m.index;
    if (start > last) out.push({ text: text.slice(last, start) });
    const href = safeHref(m[0]);
    if (href) {
      const u = new URL(href);
      const first = u.pathname.split('/').filter(Boolean)[0];
      const rest = u.pathname.length > (first ? first.length + 2 : 1) || u.search;
      out.push({
        href,
        text: `${u.host.replace(/^www\./, '')}${first ? `/${first}` : ''}${rest ? '/…' : ''}`,
      });
    } else out.push({ text: m[0] });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
