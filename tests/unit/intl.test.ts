import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatList, formatMonthYear, formatNumber, pluralCategory } from '../../src/lib/i18n/intl';

const LOCALES = ['fr-FR', 'en-GB'] as const;

describe('formatNumber: the integer fast path writes what Intl writes', () => {
  for (const locale of LOCALES) {
    const intl = new Intl.NumberFormat(locale);
    it(`${locale}: edge integers`, () => {
      for (const n of [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 123_456, 1_000_000, 2 ** 53 - 1])
        expect(formatNumber(locale, n)).toBe(intl.format(n));
    });
    it(`${locale}: 1 000 random integers`, () => {
      fc.assert(
        fc.property(fc.maxSafeNat(), (n) => {
          expect(formatNumber(locale, n)).toBe(intl.format(n));
        }),
        { numRuns: 1000 },
      );
    });
    it(`${locale}: negative and decimal numbers go to Intl`, () => {
      for (const n of [-1, -1234, 0.5, 1234.567, 1e21]) expect(formatNumber(locale, n)).toBe(intl.format(n));
      expect(formatNumber(locale, 2.345, 1)).toBe(
        new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(2.345),
      );
    });
  }
  it('groups French thousands with a narrow no-break space', () => {
    expect(formatNumber('fr-FR', 123456)).toBe('123\u202F456');
  });
  it('falls back to Intl for other locales', () => {
    expect(formatNumber('de-DE', 1234)).toBe(new Intl.NumberFormat('de-DE').format(1234));
  });
});

describe('pluralCategory agrees with Intl.PluralRules', () => {
  for (const locale of LOCALES) {
    const rules = new Intl.PluralRules(locale);
    it(locale, () => {
      for (let n = 0; n <= 2000; n++) expect(pluralCategory(locale, n)).toBe(rules.select(n));
      for (const n of [1.5, 0.5, 1_000_000, 2_000_000])
        expect(pluralCategory(locale, n)).toBe(rules.select(n));
    });
  }
});

describe('cached list and date formats', () => {
  it('joins 0 to 6 items as Intl does, in both languages', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
      const items = ['Jeunes', 'Parents', 'Entreprises', 'Demandeurs d’emploi', 'Élus', 'Écoles'];
      for (let n = 0; n <= items.length; n++)
        expect(formatList(locale, items.slice(0, n))).toBe(intl.format(items.slice(0, n)));
    }
  });
  it('joins lists as Intl does', () => {
    expect(formatList('fr-FR', ['A', 'B', 'C'])).toBe('A, B et C');
    expect(formatList('en-GB', ['A', 'B', 'C'])).toBe(
      new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(['A', 'B', 'C']),
    );
  });
  it('names every month as Intl does, in both languages', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(2024, m, 1));
        expect(formatMonthYear(locale, d)).toBe(intl.format(d));
      }
    }
  });
  it('writes month and year in UTC', () => {
    expect(formatMonthYear('fr-FR', new Date(Date.UTC(2023, 9, 1)))).toBe('octobre 2023');
  });
});
