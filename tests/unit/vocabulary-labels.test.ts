/**
 * Plain words first (#15): every lever, axis, audience and format has, in both languages, a short label
 * that explains itself (no abbreviation, no two alike in a facet) and a one-line definition, which the
 * atlas shows wherever the label is (ui/definition.ts).
 */
import { describe, expect, it } from 'vitest';

import { programme, vocabularies } from '../../src/lib/data';

type Term = {
  id: string;
  label: { fr: string; en: string };
  short: { fr: string; en: string };
  definition: { fr: string; en: string };
};
const FACETS: [string, readonly Term[]][] = [
  ['levers', vocabularies.levers],
  ['axes', programme.axes],
  ['audiences', vocabularies.audiences],
  ['formats', vocabularies.formats],
];
const LANGS = ['fr', 'en'] as const;

describe('vocabulary labels', () => {
  it('cover the 30 terms of DOMAIN.md', () => {
    expect(FACETS.map(([, terms]) => terms.length)).toEqual([12, 3, 8, 7]);
  });

  describe.each(FACETS)('%s', (facet, terms) => {
    it.each(LANGS)('have a short label without abbreviation in %s, none twice', (lang) => {
      for (const t of terms) {
        const s = t.short[lang];
        expect(s.trim(), `${facet} ${t.id}`).toBe(s);
        expect(s.length, `${facet} ${t.id}`).toBeGreaterThan(2);
        // « Dem. d’emploi », « Qual. de vie », « Coord… »: a dot or an ellipsis is a cut word.
        expect(s, `${facet} ${t.id}`).not.toMatch(/[.…]/);
        // Never longer than the full label it stands for.
        expect(s.length, `${facet} ${t.id}`).toBeLessThanOrEqual(t.label[lang].length);
      }
      const shorts = terms.map((t) => t.short[lang].toLowerCase());
      expect(new Set(shorts).size).toBe(shorts.length);
    });

    it.each(LANGS)('have a one-line definition in %s', (lang) => {
      for (const t of terms) {
        const d = t.definition[lang];
        // « Inventory or study. » is the shortest.
        expect(d.split(/\s+/).length, `${facet} ${t.id}`).toBeGreaterThanOrEqual(2);
        expect(d, `${facet} ${t.id}`).not.toMatch(/\n/);
        expect(d, `${facet} ${t.id}`).toMatch(/[.)]$/);
        // The definition explains the label: it is not the label again.
        expect(d.toLowerCase(), `${facet} ${t.id}`).not.toBe(t.short[lang].toLowerCase());
      }
    });
  });

  it('name what the issue found unclear in full words', () => {
    const lever = (id: string) => vocabularies.levers.find((l) => l.id === id)!.short;
    const audience = (id: string) => vocabularies.audiences.find((a) => a.id === id)!.short;
    expect(lever('freins')).toEqual({ fr: 'Levée des freins', en: 'Removing barriers' });
    expect(audience('demandeurs-emploi')).toEqual({ fr: 'Demandeurs d’emploi', en: 'Job seekers' });
    // A single vague word is not a label: « Image » of what, « Découverte » of what.
    expect(lever('image').fr).toMatch(/industrie/);
    expect(lever('decouverte').fr).toMatch(/métiers/);
  });
});
