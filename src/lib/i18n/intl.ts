/**
 * Cached `Intl` formatters, and a fast path for the integers the first screen shows. Building the
 * first `Intl.NumberFormat` or `Intl.PluralRules` of a page loads the locale's ICU data: 20 to 60 ms of
 * main thread on the first paint, for « 173 » and « 25 actions ». Integers in French and British English
 * are formatted here the way `Intl` does (the unit tests compare them); anything else goes to `Intl`,
 * built once per locale and options.
 */
const GROUP: Record<string, string> = { 'fr-FR': '\u202F', 'en-GB': ',' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** A number in the locale, with at most `digits` decimals (0 by default, as `Intl.NumberFormat`'s 3 for others). */
export function formatNumber(locale: string, n: number, digits?: number): string {
  const group = GROUP[locale];
  if (group !== undefined && Number.isSafeInteger(n) && n >= 0) {
    const s = String(n);
    if (s.length <= 3) return s;
    let out = '';
    for (let i = s.length; i > 0; i -= 3) out = s.slice(Math.max(0, i - 3), i) + (out ? group + out : '');
    return out;
  }
  const options: Intl.NumberFormatOptions = digits === undefined ? {} : { maximumFractionDigits: digits };
  return cached(
    numberFormats,
    `${locale}|${digits ?? ''}`,
    () => new Intl.NumberFormat(locale, options),
  ).format(n);
}

/** The plural category of a count: French counts 0 and 1 as « one », English only 1. */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  if (Number.isSafeInteger(n) && n >= 0 && n < 1_000_000) {
    if (locale === 'fr-FR') return n <= 1 ? 'one' : 'other';
    if (locale === 'en-GB') return n === 1 ? 'one' : 'other';
  }
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(n);
}

const AND: Record<string, string> = { 'fr-FR': 'et', 'en-GB': 'and' };

/** « A, B et C » (no serial comma in either language), as `Intl.ListFormat` writes it. */
export function formatList(
  locale: string,
  items: readonly string[],
  style: Intl.ListFormatStyle = 'long',
): string {
  const and = style === 'long' ? AND[locale] : undefined;
  if (and !== undefined) {
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
  }
  return cached(
    listFormats,
    `${locale}|${style}`,
    () => new Intl.ListFormat(locale, { style, type: 'conjunction' }),
  ).format(items);
}

const MONTHS: Record<string, readonly string[]> = {
  'fr-FR': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  'en-GB': 'January February March April May June July August September October November December'.split(' '),
};

/** « octobre 2023 »: month and year, read in UTC. */
export function formatMonthYear(locale: string, date: Date): string {
  const month = MONTHS[locale]?.[date.getUTCMonth()];
  const year = date.getUTCFullYear();
  if (month && year >= 1000 && year <= 9999) return `${month} ${year}`;
  return cached(
    dateFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}
