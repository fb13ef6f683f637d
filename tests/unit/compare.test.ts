/**
 * Comparison of territories by lever (src/lib/panels/compare.ts) and the panels' counting helpers.
 * Expectations are worked out by hand from data/actions.json: each territory's levers are listed in
 * the comments, in vocabulary order (formation, orientation, decouverte, image, evenements,
 * ambassadeurs, employabilite, mixite, freins, accueil, marque, cooperation).
 */
import { describe, expect, it } from 'vitest';

import { actions } from '../../src/lib/data';
import type { Action } from '../../src/lib/data/schema';
import { NNBSP } from '../../src/lib/i18n/typography';
// The territory view's strings, registered as its lazy chunk does when it loads.
import '../../src/lib/i18n/panels-views';
import { compareLevers, compareSummary } from '../../src/lib/panels/compare';
import { formatList, linkify, monthYear, plural, safeHref } from '../../src/lib/panels/format';

describe('compareLevers on the atlas’s data', () => {
  it('Brive and Nord Loiret: two shared levers, one of Nord Loiret’s own', () => {
    // Brive: orientation ×2, decouverte. Nord Loiret: decouverte ×3, evenements, orientation.
    const c = compareLevers(['bassin-de-brive', 'nord-loiret'], actions);
    expect(c.used).toEqual(['orientation', 'decouverte', 'evenements']);
    expect(c.shared).toEqual(['orientation', 'decouverte']);
    expect([...c.unique]).toEqual([['evenements', 'nord-loiret']]);
    expect(c.counts.get('bassin-de-brive')?.get('orientation')).toBe(2);
    expect(c.counts.get('nord-loiret')?.get('decouverte')).toBe(3);
    expect(c.counts.get('bassin-de-brive')?.has('evenements')).toBe(false);
    expect(compareSummary('fr', c)).toBe('2 leviers communs, 1 propre à un seul territoire');
    expect(compareSummary('en', c)).toBe('2 shared levers, 1 unique to one territory');
  });

  it('Pays Compiégnois and Mulhouse: image and events shared, three levers of one only', () => {
    // Pays Compiégnois: decouverte, image, evenements, ambassadeurs. Mulhouse: image, evenements, cooperation.
    const c = compareLevers(['pays-compiegnois', 'mulhouse-alsace-agglomeration'], actions);
    expect(c.shared).toEqual(['image', 'evenements']);
    expect([...c.unique]).toEqual([
      ['decouverte', 'pays-compiegnois'],
      ['ambassadeurs', 'pays-compiegnois'],
      ['cooperation', 'mulhouse-alsace-agglomeration'],
    ]);
    expect(compareSummary('fr', c)).toBe('2 leviers communs, 3 propres à un seul territoire');
  });

  it('Brive and Creusot Montceau: one shared lever (singular)', () => {
    // Brive: orientation, decouverte. Creusot Montceau: formation, orientation, employabilite.
    const c = compareLevers(['bassin-de-brive', 'creusot-montceau'], actions);
    expect(c.shared).toEqual(['orientation']);
    expect(c.unique.size).toBe(3);
    expect(compareSummary('fr', c)).toBe('1 levier commun, 3 propres à un seul territoire');
    expect(compareSummary('en', c)).toBe('1 shared lever, 3 unique to one territory');
  });

  it('four territories with nothing in common', () => {
    // Creusot: formation, orientation, employabilite. Montaigu: formation ×2, decouverte, freins.
    // Lezoux – Thiers – Ambert: image, mixite, freins, accueil. Lisieux: image, marque ×2, cooperation.
    const ids = [
      'creusot-montceau',
      'lezoux-thiers-ambert',
      'lisieux-normandie',
      'terres-de-montaigu',
    ] as const;
    const c = compareLevers(ids, actions);
    expect(c.used).toEqual([
      'formation',
      'orientation',
      'decouverte',
      'image',
      'employabilite',
      'mixite',
      'freins',
      'accueil',
      'marque',
      'cooperation',
    ]);
    expect(c.shared).toEqual([]);
    // formation (2 users), image (2), freins (2) are neither shared nor unique.
    expect([...c.unique.keys()]).toEqual([
      'orientation',
      'decouverte',
      'employabilite',
      'mixite',
      'accueil',
      'marque',
      'cooperation',
    ]);
    expect(compareSummary('fr', c)).toBe('Aucun levier commun, 7 propres à un seul territoire');
    expect(compareSummary('en', c)).toBe('No shared lever, 7 unique to one territory');
  });
});

describe('compareLevers on hand-made actions', () => {
  const a = (id: string, territory: Action['territory'], levers: Action['levers']) =>
    ({ id, territory, levers }) as unknown as Action;

  it('says « aucun propre » when every lever is shared, and ignores territories not compared', () => {
    const list = [
      a('x1', 'bassin-de-brive', ['formation', 'image']),
      a('y1', 'nord-loiret', ['image']),
      a('y2', 'nord-loiret', ['formation']),
      a('z1', 'lisieux-normandie', ['freins']),
    ];
    const c = compareLevers(['bassin-de-brive', 'nord-loiret'], list);
    expect(c.used).toEqual(['formation', 'image']);
    expect(c.shared).toEqual(['formation', 'image']);
    expect(c.unique.size).toBe(0);
    expect(compareSummary('fr', c)).toBe('2 leviers communs, aucun propre à un seul territoire');
    expect(compareSummary('en', c)).toBe('2 shared levers, none unique to one territory');
  });

  it('counts a lever once per action, however many territories share it', () => {
    const list = [a('x1', 'bassin-de-brive', ['formation']), a('x2', 'bassin-de-brive', ['formation'])];
    const c = compareLevers(['bassin-de-brive', 'nord-loiret'], list);
    expect(c.counts.get('bassin-de-brive')?.get('formation')).toBe(2);
    expect(c.shared).toEqual([]);
    expect([...c.unique]).toEqual([['formation', 'bassin-de-brive']]);
  });
});

describe('panel formatting helpers', () => {
  it('picks the locale’s plural form, French counting 0 and 1 as singular, and .zero where it exists', () => {
    expect(plural('fr', 'panels.count.actions', 0)).toBe('0 action');
    expect(plural('fr', 'panels.count.actions', 1)).toBe('1 action');
    expect(plural('fr', 'panels.count.actions', 1200)).toBe(`1${NNBSP}200 actions`);
    expect(plural('en', 'panels.count.actions', 0)).toBe('0 actions');
    expect(plural('en', 'panels.count.actions', 1)).toBe('1 action');
    expect(plural('en', 'panels.count.actions', 1200)).toBe('1,200 actions');
    expect(plural('fr', 'panels.compare.shared', 0)).toBe('aucun levier commun');
    // French « many » (a million) reads like any plural.
    expect(plural('fr', 'panels.territory.inhabitants', 1_000_000)).toBe(`1${NNBSP}000${NNBSP}000 habitants`);
  });

  it('writes months, lists and links for the locale', () => {
    expect(monthYear('fr', '2023-10')).toBe('octobre 2023');
    expect(monthYear('en', '2024-10')).toBe('October 2024');
    expect(formatList('fr', ['Jeunes', 'parents', 'entreprises'])).toBe('Jeunes, parents et entreprises');
    expect(formatList('en', ['Young people', 'parents'])).toBe('Young people and parents');
    expect(safeHref('https://cner-france.com/?p=1331')).toBe('https://cner-france.com/?p=1331');
    expect(safeHref('http://example.org/')).toBeNull();
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });

  it('cuts a source text into text and https: links, never anything else', () => {
    expect(
      linkify('ANCT (ti-3207) : https://github.com/anct-carto/superposeur-V2/blob/x.geojson ; suite'),
    ).toEqual([
      { text: 'ANCT (ti-3207) : ' },
      {
        href: 'https://github.com/anct-carto/superposeur-V2/blob/x.geojson',
        text: 'github.com/anct-carto/…',
      },
      { text: ' ; suite' },
    ]);
    expect(linkify('voir http://exemple.fr et javascript:x')).toEqual([
      { text: 'voir http://exemple.fr et javascript:x' },
    ]);
    expect(linkify('https://www.npmjs.com/')).toEqual([
      { href: 'https://www.npmjs.com/', text: 'npmjs.com' },
    ]);
  });
});
