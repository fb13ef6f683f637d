/**
 * Search over everything the atlas knows (issue #15), on the real data with the search chunk's index
 * (src/lib/state/search-index.ts): the vocabulary's hits and their counts, synonyms in both languages,
 * stems, near spellings, stop words, names and communes; and that the chunk only ever adds matches to
 * the first screen's index. Where an expected answer is the definition of a tag (« the territories with
 * an action tagged Découverte »), it is computed from actions.json; otherwise it is stated literally,
 * checked by hand against the texts.
 */
import { describe, expect, it } from 'vitest';

import { actions } from '../../src/lib/data';
import { territoriesFull } from '../../src/lib/data/details';
import type { LeverId } from '../../src/lib/data/ids';
import { registerMessages } from '../../src/lib/i18n/messages';
import {
  applyFilters,
  buildIndex,
  facetCount,
  formsScore,
  normalize,
  wordForms,
  type Criteria,
} from '../../src/lib/state/filters';
import {
  buildSearchIndex,
  oneEditApart,
  search,
  stem,
  STOP_WORDS,
  TYPO_MIN,
} from '../../src/lib/state/search-index';

const base = buildIndex(actions, territoriesFull);
/** What app-state.svelte.ts hands the search chunk. */
const kit = { normalize, wordForms, formsScore, facetCount, registerMessages };
const index = buildSearchIndex(base, kit);
const none: Criteria = { leviers: [], axes: [], publics: [], formats: [], q: '' };

const terms = (q: string, c?: Omit<Criteria, 'q'>) =>
  search(index, q, c).vocabulary.map((h) => `${h.kind}:${h.id} ${h.count}`);
const filtered = (q: string, c: Partial<Criteria> = {}) => applyFilters(index, { ...none, ...c, q });
const territoriesOf = (q: string) => [...filtered(q).territories].sort();
const actionsOf = (q: string) => [...filtered(q).actions].sort();
/** The territories with an action tagged with this lever: the definition of what the lever finds. */
const taggedTerritories = (lever: LeverId) =>
  [...new Set(actions.filter((a) => a.levers.includes(lever)).map((a) => a.territory))].sort();
const taggedActions = (lever: LeverId) => actions.filter((a) => a.levers.includes(lever)).map((a) => a.id);

describe('stems', () => {
  it.each([
    ['decouverte', 'decouvrir'],
    ['decouvertes', 'decouvre'],
    ['formation', 'former'],
    ['formations', 'formation'],
    ['logement', 'logements'],
    ['logement', 'loger'],
    ['metiers', 'metier'],
    ['industrielle', 'industriels'],
    ['developpe', 'developpement'],
    ['recrutement', 'recruter'],
    ['coordonne', 'coordonner'],
    ['jeux', 'jeu'],
    ['locaux', 'local'],
    ['companies', 'company'],
    ['industry', 'industrie'],
    ['training', 'train'],
  ])('« %s » and « %s » share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ['mixite', 'mixte'],
    ['mixite', 'mixer'],
    ['formation', 'format'],
    ['formation', 'formel'],
    ['employer', 'employees'],
    ['logement', 'logo'],
    ['metiers', 'mettre'],
    ['jeunes', 'jeu'],
  ])('« %s » and « %s » do not', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('leaves short words and words with a digit alone', () => {
    for (const w of ['bac', 'pro', '3e', '4', 'rse']) expect(stem(w)).toBe(w);
  });
});

describe('near spellings', () => {
  it('reads one edit: a letter changed, added, left out, or two neighbours swapped', () => {
    expect(oneEditApart('logemnet', 'logement')).toBe(true); // swapped
    expect(oneEditApart('courpierre', 'courpiere')).toBe(true); // added
    expect(oneEditApart('mobilte', 'mobilite')).toBe(true); // left out
    expect(oneEditApart('femmez', 'femmes')).toBe(true); // changed
    expect(oneEditApart('femmes', 'femmes')).toBe(false);
    expect(oneEditApart('logmenet', 'logement')).toBe(false); // two edits
    expect(oneEditApart('mixite', 'mixte')).toBe(true); // but see below: « mixite » is known as written
  });

  it('corrects a word of six letters or more that meets nothing, to the indexed words one edit away', () => {
    expect(TYPO_MIN).toBe(6);
    expect(terms('logemnet')).toEqual(['lever:freins 2']);
    expect(actionsOf('logemnet')).toEqual(['lezoux-thiers-ambert-3', 'terres-de-montaigu-1']);
    expect(actionsOf('mobilte')).toEqual(actionsOf('mobilite'));
    expect(terms('femmez')[0]).toBe('audience:femmes 1');
    const courpiere = search(index, 'Courpierre').territories;
    expect(courpiere.map((h) => [h.id, h.via?.label])).toEqual([['lezoux-thiers-ambert', 'Courpière']]);
  });

  it('never corrects a word that is known as written or by its stem, nor one under six letters', () => {
    // « mixite » is one edit from « mixte », which the index does not hold; « formation » is near nothing
    // it would be read as: each is found as written only.
    expect(wordForms(index, 'mixite')).toEqual([['mixite', '~mixit']]);
    expect(wordForms(index, 'formations')).toEqual([['formations', '~form']]);
    // « jenes » (five letters) is not read as « jeunes ».
    const r = search(index, 'jenes');
    expect(r.vocabulary.length + r.territories.length + r.actions.length).toBe(0);
    expect(filtered('zzzzzzz').actions.size).toBe(0);
  });
});

describe('the vocabulary’s hits, on the real data', () => {
  it('« mixité » names the lever Mixité, with its one action', () => {
    expect(terms('mixité')[0]).toBe('lever:mixite 1');
    expect(actionsOf('mixité')).toEqual(taggedActions('mixite'));
    expect(territoriesOf('mixite')).toEqual(['lezoux-thiers-ambert']);
  });

  it('is accent- and case-insensitive', () => {
    for (const q of ['Mixité', 'MIXITE', 'mixite', ' mixité ']) expect(terms(q)).toEqual(terms('mixité'));
    expect(terms('DÉCOUVERTE')).toEqual(terms('decouverte'));
  });

  it('« coordination » finds Lisieux and Mulhouse, by the lever and by their actions', () => {
    expect(terms('coordination')).toEqual(['lever:cooperation 2']);
    expect(territoriesOf('coordination')).toEqual(['lisieux-normandie', 'mulhouse-alsace-agglomeration']);
    expect(taggedTerritories('cooperation')).toEqual(territoriesOf('coordination'));
    expect(search(index, 'coordination').actions.map((h) => h.id)).toEqual([
      'lisieux-normandie-2',
      'mulhouse-alsace-agglomeration-1',
    ]);
  });

  it('« découverte des métiers » finds the four territories with an action of that lever', () => {
    expect(terms('découverte des métiers')).toEqual([
      `lever:decouverte ${taggedActions('decouverte').length}`,
    ]);
    expect(territoriesOf('découverte des métiers')).toEqual(taggedTerritories('decouverte'));
    expect(territoriesOf('découverte des métiers')).toEqual([
      'bassin-de-brive',
      'nord-loiret',
      'pays-compiegnois',
      'terres-de-montaigu',
    ]);
  });

  it.each([
    ['femmes', ['audience:femmes 1', 'lever:mixite 1']],
    ['women', ['audience:femmes 1', 'lever:mixite 1']],
    ['logement', ['lever:freins 2']],
    ['mobilité', ['lever:freins 2']],
    ['transport', ['lever:freins 2']],
    ['housing', ['lever:freins 2']],
    ['RSE', ['lever:marque 2']],
    ['CSR', ['lever:marque 2']],
    ['réseau', ['lever:cooperation 2']],
    ['partenariat', ['lever:cooperation 2']],
    ['diversity', ['lever:mixite 1']],
    ['stage', ['lever:decouverte 6']],
    ['escape game', ['format:jeu 1']],
    ['qualité de vie', ['axis:qualite-de-vie 4']],
  ])('« %s » names %j', (q, expected) => {
    expect(terms(q)).toEqual(expected);
  });

  it('counts each term’s actions as the filters do (the other facets on, the search aside)', () => {
    const jeunes = actions.filter((a) => a.audiences.includes('jeunes')).length;
    expect(terms('jeunes')).toEqual([`audience:jeunes ${jeunes}`]);
    // Under « publics = jeunes », Mixité's one action (for women) is not counted.
    expect(terms('mixité', { ...none, publics: ['jeunes'] })[0]).toBe('lever:mixite 0');
    // A lever chosen replaces the levers already ticked: Freins counts its own actions.
    expect(terms('logement', { ...none, leviers: ['formation'] })).toEqual(['lever:freins 2']);
  });

  it('ranks a term named exactly first, its short label before a synonym', () => {
    expect(terms('formation').slice(0, 2)).toEqual(['lever:formation 3', 'format:formation 3']);
    expect(terms('formation')[2]).toBe('audience:acteurs-emploi-formation 1');
    expect(terms('femmes')[0]).toBe('audience:femmes 1');
  });

  it('answers a question by the terms it names, stop words aside', () => {
    expect(STOP_WORDS.has('qui')).toBe(true);
    expect(terms('Qui travaille sur la mixité ?')[0]).toBe('lever:mixite 1');
    // Stop words alone, typed on the way to « découverte », name no term.
    expect(terms('de')).toEqual([]);
    // A place that meets every word leaves out a term that meets only one of them.
    expect(terms('grand est')).toEqual([]);
    expect(search(index, 'grand est').territories[0]?.id).toBe('mulhouse-alsace-agglomeration');
  });
});

describe('names, communes and texts, on the real data', () => {
  it('finds territories by name, with no term', () => {
    for (const [q, id] of [
      ['Lisieux', 'lisieux-normandie'],
      ['mulhouse', 'mulhouse-alsace-agglomeration'],
      ['Creusot', 'creusot-montceau'],
      ['terres de montaigu', 'terres-de-montaigu'],
    ] as const) {
      expect(search(index, q).territories[0]?.id, q).toBe(id);
      expect(terms(q), q).toEqual([]);
    }
  });

  it('finds a territory by one of its communes, with or without accents', () => {
    for (const [q, id, commune] of [
      ['Pithiviers', 'nord-loiret', 'Pithiviers'],
      ['Courpière', 'lezoux-thiers-ambert', 'Courpière'],
      ['courpiere', 'lezoux-thiers-ambert', 'Courpière'],
    ] as const) {
      const hits = search(index, q).territories;
      expect(hits.map((h) => [h.id, h.via])).toEqual([[id, { kind: 'commune', label: commune }]]);
    }
  });

  it('does not stem names: « logement » does not find Courcy-aux-Loges (Nord Loiret)', () => {
    expect(search(index, 'logement').territories).toEqual([]);
    expect(territoriesOf('logement')).toEqual(['lezoux-thiers-ambert', 'terres-de-montaigu']);
  });

  it('meets « faire découvrir » from « découverte », and « formation » from « formations »', () => {
    const forms = wordForms(index, 'découverte')[0]!;
    const text = index.actionText.get('pays-compiegnois-2')!; // « … dans le but de faire découvrir aux jeunes… »
    expect(formsScore(text, forms)).toBe(1);
    expect(formsScore(base.actionText.get('pays-compiegnois-2')!, ['decouverte'])).toBe(0);
    expect(search(index, 'découverte').actions[0]?.id).toBe('pays-compiegnois-2');
    expect(formsScore(index.actionText.get('creusot-montceau-1')!, wordForms(index, 'formation')[0]!)).toBe(
      1,
    );
  });

  it('keeps « formation » to what speaks of training: six actions in three territories, not all', () => {
    expect(actionsOf('formation')).toEqual([
      'bassin-de-brive-1',
      'bassin-de-brive-2',
      'creusot-montceau-1',
      'terres-de-montaigu-1',
      'terres-de-montaigu-2',
      'terres-de-montaigu-3',
    ]);
    // A word met as written outranks a stem or a tag: « formation » itself before « formations ».
    const ranked = search(index, 'formation').actions;
    expect(ranked.slice(0, 3).map((h) => h.score)).toEqual([2, 2, 2]);
    expect(ranked.at(-1)).toEqual({
      id: 'terres-de-montaigu-2',
      territory: 'terres-de-montaigu',
      score: 0.5,
    });
  });

  it('does not let « mixité » meet a word that only starts like it', () => {
    expect(actionsOf('mixité')).toEqual(['lezoux-thiers-ambert-1']);
    expect(filtered('mix').actions.size).toBe(1); // « mix » as a word start meets « Mixité » alone
    expect(actionsOf('mixte')).toEqual([]);
  });
});

describe('the search chunk only adds matches', () => {
  // Every word of every action (both languages) and every name and commune, and the queries.
  const words = new Set<string>();
  for (const a of actions) for (const w of `${a.text} ${a.textEn}`.split(/[\s,.;:()«»“”’']+/)) words.add(w);
  for (const t of territoriesFull)
    for (const n of [t.name, t.shortName, ...t.communes.map((c) => c.name)]) words.add(n);
  const queries = [
    ...[...words].filter(Boolean),
    'mixité',
    'coordination',
    'découverte des métiers',
    'creusot formation',
    'grand est',
    'qui travaille sur la mixité ?',
  ];

  it('keeps every action and territory the first screen’s filter keeps, for every query', () => {
    expect(queries.length).toBeGreaterThan(300);
    for (const q of queries) {
      const before = applyFilters(base, { ...none, q });
      const after = applyFilters(index, { ...none, q });
      for (const id of before.actions) expect(after.actions.has(id), `${q}: ${id}`).toBe(true);
      for (const id of before.territories) expect(after.territories.has(id), `${q}: ${id}`).toBe(true);
    }
  });
});
