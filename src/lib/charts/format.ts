/**
 * Numbers and counted nouns in the active locale, for chart labels, tooltips and tables.
 */
// The charts' strings are registered by their own module: whatever chart code loads first brings them.
import '../i18n/charts';
import { formatList, formatNumber, pluralCategory } from '../i18n/intl';
import type { MessageKey, Vars } from '../i18n/messages';

export type Translate = (key: MessageKey, vars?: Vars) => string;
export type Noun = 'actions' | 'levers' | 'territories' | 'tags';

const numberCache = new Map<string, Intl.NumberFormat>();

/** « 1 action », « 3 actions » (French: « 0 action »; English: « 0 actions »). */
export function count(t: Translate, noun: Noun, n: number, locale: string): string {
  const form = pluralCategory(locale, n) === 'one' ? 'one' : 'other';
  // Formatted here with a cached formatter: translate() would build a new Intl.NumberFormat per call.
  return t(`charts.count.${noun}.${form}` as MessageKey, { n: num(n, locale) });
}

/** An integer or a decimal in the locale, with at most `digits` decimals. */
export function num(n: number, locale: string, digits = 0): string {
  return formatNumber(locale, n, digits);
}

/** A Jaccard index for a cell: two decimals, « 0,67 » in French. */
export function index(n: number, locale: string): string {
  const key = `${locale}|j`;
  let f = numberCache.get(key);
  if (!f)
    numberCache.set(
      key,
      (f = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })),
    );
  return n === 0 || n === 1 ? num(n, locale) : f.format(n);
}

/** A list joined the locale's way: « A, B et C ». */
export function list(items: readonly string[], locale: string): string {
  return formatList(locale, items);
}
