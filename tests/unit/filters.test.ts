/**
 * Filtering and search (src/lib/state/filters.ts): the OR-within / AND-across rules, search
 * normalisation and ranking, on small hand-made cases whose answers are worked out below, then a few
 * checks on the real data that the issue names (« mobilite », « creusot », a commune).
 */
import { describe, expect, it } from 'vitest';

import { actions } from '../../src/lib/data';
import { territoriesFull as territories } from '../../src/lib/data/details';
import type { Action, Territory } from '../../src/lib/data/schema';
import { registerMessages } from '../../src/lib/i18n/messages';
import {
  applyFilters,
  buildIndex,
  facetCount,
  formsScore,
  isActive,
  matchesQuery,
  normalize,
  queryWords,
  wordForms,
  wordScore,
  type Criteria,
  type FilterIndex,
} from '../../src/lib/state/filters';
import { buildSearchIndex, search as searchIn } from '../../src/lib/state/search-index';

/** The search box's ranking comes with the search chunk; here without any vocabulary term. */
const kit = { normalize, wordForms, formsScore, facetCount, registerMessages };
const search = (i: FilterIndex, q: string) => searchIn(buildSearchIndex(i, kit, []), q);

// Three real ids, so the types hold; everything else about these territories is made up.
const T1 = 'bassin-de-brive' as const;
const T2 = 'pays-compiegnois' as const;
const T3 = 'creusot-montceau' as const;

/** A territory with only what search reads; the rest of the record does not matter here. */
function territory(
  id: Territory['id'],
  p: {
    name: string;
    short: string;
    ti: string;
    epcis: string[];
    communes: string[];
    dep: string;
    region: string;
  },
): Territory {
  return {
    id,
    name: p.name,
    shortName: p.short,
    territoireIndustrie: { id: 'ti-1', name: p.ti, sameAsPerimeter: true },
    epcis: p.epcis.map((name, i) => ({ siren: `00000000${i}`, name, type: 'CC' })),
    communes: p.communes.map((name, i) => ({ insee: `0100${i}`, name, epci: '000000000' })),
    departements: [{ code: '01', name: p.dep }],
    region: { code: '01', name: p.region },
    strategy: { original: 'x', corrections: [], text: 'renforce l’offre de formation', en: 'x' },
  } as unknown as Territory;
}

function action(
  id: string,
  t: Territory['id'],
  p: Pick<Action, 'levers' | 'axes' | 'audiences' | 'format' | 'text' | 'textEn'>,
): Action {
  return { id, territory: t, original: p.text, corrections: [], rationale: {}, ...p } as unknown as Action;
}

const fixtureTerritories = [
  territory(T1, {
    name: 'Communauté de communes du Val Fleuri',
    short: 'Val Fleuri',
    ti: 'Grand Fleuri',
    epcis: ['CC du Val Fleuri'],
    communes: ['Fleurville', 'Montagne'],
    dep: 'Doubs',
    region: 'Bourgogne',
  }),
  territory(T2, {
    name: 'Agglomération de Montagne',
    short: 'Montagne',
    ti: 'Montagne',
    epcis: ['CA de Montagne'],
    communes: ['Montagne-Basse', 'Rivière'],
    dep: 'Jura',
    region: 'Bourgogne',
  }),
  territory(T3, {
    name: 'Entente du Nord',
    short: 'Nord',
    ti: 'Nord Industrie',
    epcis: ['CC du Nord'],
    communes: ['Saint-Épargne', 'Fleurac'],
    dep: 'Nord',
    region: 'Hauts',
  }),
];

const fixtureActions = [
  action('a1', T1, {
    levers: ['formation'],
    axes: ['competences'],
    audiences: ['jeunes'],
    format: 'formation',
    text: 'crée une formation de mobilité',
    textEn: 'creates a training course on mobility',
  }),
  action('a2', T1, {
    levers: ['orientation', 'decouverte'],
    axes: ['recrutement'],
    audiences: [],
    format: 'evenement',
    text: 'organise un forum',
    textEn: 'organises a forum',
  }),
  action('a3', T2, {
    levers: ['freins'],
    axes: ['qualite-de-vie'],
    audiences: ['jeunes', 'parents'],
    format: 'dispositif',
    text: 'lève les freins de mobilité',
    textEn: 'removes mobility barriers',
  }),
  action('a4', T3, {
    levers: ['formation', 'freins'],
    axes: ['competences', 'qualite-de-vie'],
    audiences: ['demandeurs-emploi'],
    format: 'support',
    text: 'guide de la formation',
    textEn: 'guide to training forums',
  }),
];

const index = buildIndex(fixtureActions, fixtureTerritories);
const none: Criteria = { leviers: [], axes: [], publics: [], formats: [], q: '' };
const run = (c: Partial<Criteria>) => {
  const r = applyFilters(index, { ...none, ...c });
  return { actions: [...r.actions].sort(), territories: [...r.territories].sort() };
};

describe('normalize', () => {
  it('folds accents, case, apostrophes and punctuation', () => {
    expect(normalize('Mobilité')).toBe('mobilite');
    expect(normalize('LE CREUSOT')).toBe('le creusot');
    expect(normalize('l’Étoile-d’Or')).toBe('l etoile d or');
    expect(normalize('Saint-Pantaléon-de-Larche')).toBe('saint pantaleon de larche');
    expect(normalize('  «\u202Fclés en main\u202F» ! ')).toBe('cles en main');
    expect(normalize('Œuvre Ça')).toBe('œuvre ca');
    expect(normalize(' … ')).toBe('');
  });

  it('splits a query into distinct words', () => {
    expect(queryWords('  Mobilité  mobilite, LOGEMENT ')).toEqual(['mobilite', 'logement']);
    expect(queryWords('«  »')).toEqual([]);
  });

  it('scores a word 2 when whole, 1 when it starts a word, 0 inside a word', () => {
    expect(wordScore('les freins de mobilite', 'mobilite')).toBe(2);
    expect(wordScore('les freins de mobilite', 'mobil')).toBe(1);
    expect(wordScore('les freins de mobilite', 'obilite')).toBe(0);
    expect(matchesQuery('les freins de mobilite', 'Mobilité FREINS')).toBe(true);
    expect(matchesQuery('les freins de mobilite', 'mobilité logement')).toBe(false);
    expect(matchesQuery('anything', '   ')).toBe(true);
  });
});

describe('applyFilters: OR within a facet, AND across facets and search', () => {
  it('matches everything when nothing is on', () => {
    expect(isActive(none)).toBe(false);
    expect(isActive({ ...none, q: ' « ' })).toBe(false);
    expect(isActive({ ...none, formats: ['jeu'] })).toBe(true);
    expect(run({})).toEqual({ actions: ['a1', 'a2', 'a3', 'a4'], territories: [T1, T3, T2].sort() });
  });

  it('ORs the values of one facet', () => {
    // formation: a1, a4. freins: a3, a4. Either: a1, a3, a4.
    expect(run({ leviers: ['formation'] })).toEqual({ actions: ['a1', 'a4'], territories: [T1, T3].sort() });
    expect(run({ leviers: ['formation', 'freins'] })).toEqual({
      actions: ['a1', 'a3', 'a4'],
      territories: [T1, T2, T3].sort(),
    });
    expect(run({ publics: ['parents', 'demandeurs-emploi'] }).actions).toEqual(['a3', 'a4']);
  });

  it('ANDs the facets', () => {
    // (formation or freins) and jeunes: a1 (formation, jeunes) and a3 (freins, jeunes); a4 has no jeunes.
    expect(run({ leviers: ['formation', 'freins'], publics: ['jeunes'] })).toEqual({
      actions: ['a1', 'a3'],
      territories: [T1, T2].sort(),
    });
    // ... and format dispositif: a3 only.
    expect(run({ leviers: ['formation', 'freins'], publics: ['jeunes'], formats: ['dispositif'] })).toEqual({
      actions: ['a3'],
      territories: [T2],
    });
    expect(run({ axes: ['recrutement'] })).toEqual({ actions: ['a2'], territories: [T1] });
    expect(run({ formats: ['jeu'] })).toEqual({ actions: [], territories: [] });
  });

  it('ANDs the search as one more facet, each of its words too', () => {
    // formation: a1, a4; « mobilite » only in a1 (a3 has it but not the lever).
    expect(run({ leviers: ['formation'], q: 'mobilite' })).toEqual({ actions: ['a1'], territories: [T1] });
    expect(run({ q: 'FORUM' }).actions).toEqual(['a2', 'a4']);
    expect(run({ q: 'guide forum' }).actions).toEqual(['a4']);
    expect(run({ q: 'organise guide' }).actions).toEqual([]);
  });

  it('lets a territory’s names, EPCIs and communes match all its actions', () => {
    // « epargne » is a commune of T3: its one action matches; « montagne » is in T1 (commune) and T2 (name).
    expect(run({ q: 'Épargne' })).toEqual({ actions: ['a4'], territories: [T3] });
    expect(run({ q: 'montagne' })).toEqual({ actions: ['a1', 'a2', 'a3'], territories: [T1, T2].sort() });
    // A word of the action and a word of its territory together.
    expect(run({ q: 'val forum' }).actions).toEqual(['a2']);
  });

  it('does not search the strategy phrase, which would mark every action of a territory', () => {
    // Every fixture territory's strategy says « formation »; only a1 and a4 do themselves.
    expect(run({ q: 'offre' }).actions).toEqual([]);
    expect(run({ q: 'formation' }).actions).toEqual(['a1', 'a4']);
  });
});

describe('facetCount', () => {
  it('counts the actions a value would match, with the other facets as they are', () => {
    // With no other facet on, freins is used by a3 and a4.
    expect(facetCount(index, { ...none, leviers: ['formation'] }, 'leviers', 'freins')).toBe(2);
    // With jeunes on, only a3 has freins and jeunes.
    expect(facetCount(index, { ...none, publics: ['jeunes'] }, 'leviers', 'freins')).toBe(1);
    // parents and formation never meet.
    expect(facetCount(index, { ...none, leviers: ['formation'] }, 'publics', 'parents')).toBe(0);
    // The search counts too: « mobilite » and jeunes: a1, a3.
    expect(facetCount(index, { ...none, q: 'mobilite' }, 'publics', 'jeunes')).toBe(2);
  });
});

describe('search ranking', () => {
  it('ranks a territory by where its words are met: names, then wider TI and EPCIs, communes, places', () => {
    // montagne: T2's name (whole word, 2 × 8 = 16) before T1's commune (2 × 3 = 6).
    const r = search(index, 'Montagne');
    expect(r.territories.map((h) => [h.id, h.score])).toEqual([
      [T2, 16],
      [T1, 6],
    ]);
    expect(r.territories[0]!.via).toBeNull();
    expect(r.territories[1]!.via).toEqual({ kind: 'commune', label: 'Montagne' });
  });

  it('prefers a whole word to the start of one, and keeps canonical order on ties', () => {
    // fleur: start of T1's name « Fleuri » (1 × 8) and of T3's commune « Fleurac » (1 × 3).
    expect(search(index, 'fleur').territories.map((h) => [h.id, h.score])).toEqual([
      [T1, 8],
      [T3, 3],
    ]);
    // bourgogne: the région of T1 and T2, 2 × 2 each: canonical order.
    expect(search(index, 'bourgogne').territories.map((h) => [h.id, h.score])).toEqual([
      [T1, 4],
      [T2, 4],
    ]);
    // saint épargne: two whole words in one commune, 6 + 6.
    expect(search(index, 'saint épargne').territories).toEqual([
      { id: T3, score: 12, via: { kind: 'commune', label: 'Saint-Épargne' } },
    ]);
  });

  it('lists actions whose own text holds a query word, best first', () => {
    // forum: whole word in a2 (2), start of « forums » in a4's English (1).
    expect(search(index, 'forum').actions.map((h) => [h.id, h.score])).toEqual([
      ['a2', 2],
      ['a4', 1],
    ]);
    // Words met only in the territory bring its territory, not its actions.
    expect(search(index, 'montagne').actions).toEqual([]);
    // One word in the text, one in the territory: a2 (forum) in Val Fleuri.
    expect(search(index, 'val forum').actions.map((h) => h.id)).toEqual(['a2']);
    // French and English alike.
    expect(search(index, 'mobility').actions.map((h) => h.id)).toEqual(['a1', 'a3']);
    expect(search(index, '').actions).toEqual([]);
  });
});

describe('on the atlas’s data', () => {
  const real = buildIndex(actions, territories);

  it('finds « mobilité » from « mobilite »: one action, in Terres de Montaigu', () => {
    const r = applyFilters(real, { ...none, q: 'mobilite' });
    expect([...r.actions]).toEqual(['terres-de-montaigu-1']);
    expect([...r.territories]).toEqual(['terres-de-montaigu']);
    expect(search(real, 'mobilite').actions.map((a) => a.id)).toEqual(['terres-de-montaigu-1']);
  });

  it('finds a territory by its name, and by one of its communes', () => {
    expect(search(real, 'creusot').territories[0]?.id).toBe('creusot-montceau');
    expect(search(real, 'Malemort').territories.map((h) => h.id)).toEqual(['bassin-de-brive']);
    const pithiviers = search(real, 'pithiviers').territories;
    expect(pithiviers.map((h) => h.id)).toEqual(['nord-loiret']);
    expect(pithiviers[0]?.via).toEqual({ kind: 'commune', label: 'Pithiviers' });
  });

  it('counts 25 actions in 8 territories with nothing on', () => {
    const r = applyFilters(real, none);
    expect(r.actions.size).toBe(25);
    expect(r.territories.size).toBe(8);
  });
});
