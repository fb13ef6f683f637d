/**
 * « En bref » (analysis/brief.ts): every view kind in both languages on the real data, each sentence
 * checked against facts computed here from the data (not copied from the output), French typography
 * (DOMAIN.md), plural agreement on small synthetic cases, and no « Jaccard » or « sériation » anywhere.
 */
import { describe, expect, it } from 'vitest';

import {
  brief,
  briefText,
  chartBrief,
  compareBrief,
  filterBrief,
  overviewBrief,
  territoryBrief,
  type BriefChart,
} from '../../src/lib/analysis/brief';
import { fromDataset, type ChartData } from '../../src/lib/analysis/model';
import { leverSets, nearestTerritories } from '../../src/lib/analysis/nearest';
import { dataset } from '../../src/lib/data';
import type { LeverId } from '../../src/lib/data/ids';
import { NNBSP } from '../../src/lib/i18n/typography';

const LANGS = ['fr', 'en'] as const;
const CHARTS: BriefChart[] = ['matrice', 'axes', 'publics', 'similarite', 'frequence'];
const data = { fr: fromDataset(dataset, 'fr'), en: fromDataset(dataset, 'en') };
const ids = data.fr.territories.map((t) => t.id);

/** DOMAIN.md's French: ’ not ', U+202F before « : ; ! ? » and inside « », never a plain or no-break space there. */
function expectFrench(text: string) {
  expect(text, text).not.toMatch(/'/);
  expect(text, text).not.toMatch(/[ \u00A0][:;!?»]/);
  expect(text, text).not.toMatch(/«[ \u00A0]/);
  for (const m of text.matchAll(/[:;!?]/g)) expect(text[m.index - 1], text).toBe(NNBSP);
  for (const m of text.matchAll(/«/g)) expect(text[m.index + 1], text).toBe(NNBSP);
  for (const m of text.matchAll(/»/g)) expect(text[m.index - 1], text).toBe(NNBSP);
}
/** English: no French spacing, no guillemets, typographic apostrophes. */
function expectEnglish(text: string) {
  expect(text, text).not.toMatch(/\u202F[:;!?]/);
  expect(text, text).not.toMatch(/[«»']/);
}
/** One or two sentences, each ending with a full stop, none of the words kept for « Méthode ». */
function expectBrief(lang: 'fr' | 'en', sentences: readonly string[]) {
  expect(sentences.length).toBeGreaterThanOrEqual(1);
  expect(sentences.length).toBeLessThanOrEqual(2);
  for (const s of sentences) {
    expect(s.trim()).toBe(s);
    expect(s, s).toMatch(/^\p{Lu}|^\d/u);
    expect(s, s).toMatch(/\.$/);
  }
  const text = briefText(sentences);
  expect(text).not.toMatch(/jaccard|s[ée]riation|indice|index\b/i);
  if (lang === 'fr') expectFrench(text);
  else expectEnglish(text);
  return text;
}

const short = (lang: 'fr' | 'en', id: string) => data[lang].levers.find((l) => l.id === id)!.short;
const name = (id: string) => data.fr.territories.find((t) => t.id === id)!.short;
const list = (lang: 'fr' | 'en', items: string[]) =>
  items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${items.at(-1)}`;
const reach = (actions: ChartData['actions']) =>
  new Map(
    data.fr.levers.map((l) => [
      l.id,
      new Set(actions.filter((a) => a.levers.includes(l.id)).map((a) => a.territory)).size,
    ]),
  );

describe('overview', () => {
  it.each(LANGS)('counts territories and actions and names the most and least used levers (%s)', (lang) => {
    const text = expectBrief(lang, overviewBrief(data[lang]));
    expect(text).toContain(lang === 'fr' ? '8 territoires' : '8 territories');
    expect(text).toContain(
      lang === 'fr' ? `${dataset.actions.length} actions nommées` : `${dataset.actions.length} named actions`,
    );
    const r = reach(data[lang].actions);
    const max = Math.max(...r.values());
    const min = Math.min(...[...r.values()].filter((n) => n > 0));
    const top = [...r].filter(([, n]) => n === max).map(([id]) => short(lang, id));
    const rare = [...r].filter(([, n]) => n === min).map(([id]) => short(lang, id));
    expect(text).toContain(list(lang, top));
    expect(text).toContain(list(lang, rare));
    expect(text).toContain(
      lang === 'fr'
        ? `Leviers les plus mobilisés${NNBSP}: ${list(lang, top)} (${max} territoires chacun)`
        : `Most used levers: ${list(lang, top)} (${max} territories each)`,
    );
    expect(text).toContain(lang === 'fr' ? `(${min} territoire chacun)` : `(${min} territory each)`);
    expect(brief(data[lang], { kind: 'overview' })).toEqual(overviewBrief(data[lang]));
  });
});

describe('territory', () => {
  const sets = leverSets(
    ids,
    data.fr.actions,
    data.fr.levers.map((l) => l.id),
  );
  it.each(LANGS.flatMap((lang) => ids.map((id) => [lang, id] as const)))(
    'names the levers of %s · %s and its nearest territory',
    (lang, id) => {
      const text = expectBrief(lang, territoryBrief(data[lang], id));
      const own = data[lang].actions.filter((a) => a.territory === id);
      const levers = new Set(own.flatMap((a) => a.levers));
      expect(text.startsWith(name(id))).toBe(true);
      expect(text).toContain(lang === 'fr' ? `${levers.size} leviers` : `${levers.size} levers`);
      for (const l of levers) expect(text).toContain(short(lang, l));
      const [near] = nearestTerritories(id, sets, ids, 1);
      const tied = [near!.id, ...near!.tiedWith];
      for (const t of tied) expect(text).toContain(name(t));
      const shared = near!.shared.length;
      expect(text).toContain(
        lang === 'fr'
          ? `${shared} levier${shared > 1 ? 's' : ''} en commun sur ${near!.union}`
          : `${shared} lever${shared > 1 ? 's' : ''} in common out of ${near!.union}`,
      );
      expect(text.includes(lang === 'fr' ? 'à égalité' : 'tied')).toBe(tied.length > 1);
    },
  );

  it('says « surtout » for the levers most of its actions use, and « nommées » where the source says there are more', () => {
    // Nord Loiret: découverte in 3 of its 4 actions.
    const nl = briefText(territoryBrief(data.fr, 'nord-loiret'));
    expect(nl).toContain(`surtout ${short('fr', 'decouverte')} (3 actions)`);
    expect(nl).toContain('ses 4 actions,');
    const brive = briefText(territoryBrief(data.fr, 'bassin-de-brive'));
    expect(brive).toContain('actions nommées');
    expect(briefText(territoryBrief(data.en, 'bassin-de-brive'))).toContain('named actions');
  });
});

describe('comparison', () => {
  it.each(LANGS)('says what Brive and Nord Loiret share and what is unique (%s)', (lang) => {
    const text = expectBrief(lang, compareBrief(data[lang], ['bassin-de-brive', 'nord-loiret']));
    expect(text).toContain(list(lang, [short(lang, 'orientation'), short(lang, 'decouverte')]));
    expect(text).toContain(`${short(lang, 'evenements')} (Nord Loiret)`);
    expect(text).toContain(lang === 'fr' ? 'aucun pour Brive' : 'none for Brive');
  });

  it.each(LANGS)('with three or four territories, names each one’s own levers (%s)', (lang) => {
    const three = ['bassin-de-brive', 'lisieux-normandie', 'terres-de-montaigu'] as const;
    const text = expectBrief(lang, compareBrief(data[lang], three));
    expect(text).toContain(
      lang === 'fr' ? 'Aucun levier n’est commun aux 3 territoires' : 'all 3 territories',
    );
    for (const id of three) expect(text).toContain(`(${name(id)})`);
    const four = expectBrief(
      lang,
      brief(data[lang], {
        kind: 'compare',
        ids: ['bassin-de-brive', 'pays-compiegnois', 'nord-loiret', 'terres-de-montaigu'],
      }),
    );
    // Découverte is the one lever all four use.
    expect(four).toContain(
      lang === 'fr'
        ? `en commun 1 levier${NNBSP}: ${short(lang, 'decouverte')}`
        : `1 lever in common: ${short(lang, 'decouverte')}`,
    );
  });
});

describe('charts', () => {
  it.each(LANGS.flatMap((lang) => CHARTS.map((c) => [lang, c] as const)))(
    'reads chart %s · %s',
    (lang, chart) => {
      const text = expectBrief(lang, chartBrief(data[lang], chart, null));
      expect(brief(data[lang], { kind: 'chart', chart, matching: null })).toEqual(
        chartBrief(data[lang], chart, null),
      );
      expect(text.length).toBeGreaterThan(40);
    },
  );

  it('names the closest pair and counts the pairs with nothing in common (similarity)', () => {
    const text = briefText(chartBrief(data.fr, 'similarite', null));
    expect(text).toContain('Brive et Nord Loiret : 2 leviers en commun sur 3'.replace(' :', `${NNBSP}:`));
    const sets = leverSets(
      ids,
      data.fr.actions,
      data.fr.levers.map((l) => l.id),
    );
    let none = 0;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        if (![...sets.get(ids[i]!)!].some((l) => sets.get(ids[j]!)!.has(l))) none++;
    expect(text).toContain(`${none} paires n’ont aucun levier en commun`);
  });

  it('counts the actions that name no audience, and the territories on all three axes', () => {
    const unspecified = data.en.actions.filter((a) => a.audiences.length === 0).length;
    expect(briefText(chartBrief(data.en, 'publics', null))).toContain(
      `${unspecified} of ${data.en.actions.length} actions name no audience`,
    );
    const all = ids.filter(
      (id) => new Set(data.fr.actions.filter((a) => a.territory === id).flatMap((a) => a.axes)).size === 3,
    );
    const text = briefText(chartBrief(data.fr, 'axes', null));
    expect(text).toContain(list('fr', all.map(name)));
  });

  it.each(LANGS)('reads the filtered data, and says when the filters retain nothing (%s)', (lang) => {
    const training = new Set(
      data[lang].actions.filter((a) => a.levers.includes('formation')).map((a) => a.id),
    );
    for (const chart of CHARTS) expectBrief(lang, chartBrief(data[lang], chart, training));
    const freq = briefText(chartBrief(data[lang], 'frequence', training));
    const used = new Set(data[lang].actions.filter((a) => training.has(a.id)).flatMap((a) => a.levers));
    expect(freq).toContain(String(data[lang].levers.length - used.size));
    for (const chart of CHARTS)
      expect(chartBrief(data[lang], chart, new Set())).toEqual([
        lang === 'fr' ? 'Les filtres ne retiennent aucune action.' : 'The filters retain no action.',
      ]);
  });
});

describe('filtered state', () => {
  const label = (facet: string, id: string) => `<${facet}/${id}>`;
  const match = (pred: (a: ChartData['actions'][number]) => boolean) => {
    const kept = data.fr.actions.filter(pred);
    return { actions: new Set(kept.map((a) => a.id)), territories: new Set(kept.map((a) => a.territory)) };
  };
  const none = { leviers: [], axes: [], publics: [], formats: [], q: '' };

  it.each(LANGS)('names the filters and counts what remains, with the territories’ names (%s)', (lang) => {
    const m = match((a) => a.levers.includes('mixite'));
    const sentences = filterBrief(data[lang], { ...none, leviers: ['mixite'] }, m, label);
    expectBrief(lang, sentences);
    const [filters, remains] = sentences as [string, string];
    expect(filters).toBe(
      lang === 'fr' ? `Filtre${NNBSP}: levier <leviers/mixite>.` : 'Filter: lever <leviers/mixite>.',
    );
    const [only] = [...m.territories];
    expect(remains).toContain(`${name(only!)}.`);
    expect(remains).toMatch(
      lang === 'fr'
        ? /^1 action sur 25 y correspond, dans 1 territoire/
        : /^1 of 25 actions matches, in 1 territory/,
    );
  });

  it.each(LANGS)(
    'joins values of one filter with « ou », filters with « et », and quotes the search (%s)',
    (lang) => {
      const m = match((a) => a.levers.includes('formation') || a.levers.includes('decouverte'));
      const text = expectBrief(
        lang,
        filterBrief(
          data[lang],
          { ...none, leviers: ['formation', 'decouverte'], publics: ['jeunes'], q: ' mobilité ' },
          m,
          label,
        ),
      );
      expect(text).toContain(
        lang === 'fr'
          ? `Filtres${NNBSP}: leviers <leviers/formation> ou <leviers/decouverte>, public <publics/jeunes> et recherche «${NNBSP}mobilité${NNBSP}».`
          : 'Filters: levers <leviers/formation> or <leviers/decouverte>, audience <publics/jeunes> and search “mobilité”.',
      );
      // More than four territories: counted, not named.
      expect(m.territories.size).toBeGreaterThan(4);
      expect(text).toContain(
        lang === 'fr' ? `${m.territories.size} territoires sur 8` : `${m.territories.size} of 8 territories`,
      );
      expect(text).toContain(
        lang === 'fr'
          ? `${m.actions.size} actions sur 25 y correspondent`
          : `${m.actions.size} of 25 actions match`,
      );
    },
  );

  it.each(LANGS)('says when nothing matches, and says nothing without a filter (%s)', (lang) => {
    const empty = { actions: new Set<string>(), territories: new Set<string>() };
    const text = expectBrief(lang, filterBrief(data[lang], { ...none, q: 'zzz' }, empty, label));
    expect(text).toContain(
      lang === 'fr' ? 'Aucune des 25 actions n’y correspond.' : 'None of the 25 actions matches.',
    );
    expect(filterBrief(data[lang], { ...none, q: '   ' }, empty, label)).toEqual([]);
  });
});

describe('plural agreement (synthetic)', () => {
  /** Territories a, b, c with the levers given, one action per lever list. */
  function synthetic(lang: 'fr' | 'en', own: Record<string, LeverId[][]>): ChartData {
    const base = data[lang];
    return {
      ...base,
      territories: Object.keys(own).map((id) => ({
        id,
        name: id.toUpperCase(),
        short: id.toUpperCase(),
        openEnded: false,
      })),
      actions: Object.entries(own).flatMap(([t, lists]) =>
        lists.map((levers, i) => ({
          id: `${t}-${i + 1}`,
          territory: t,
          text: '',
          gloss: null,
          levers,
          axes: [],
          audiences: [],
        })),
      ),
    };
  }

  it.each(LANGS)('writes one lever, one action and one pair in the singular (%s)', (lang) => {
    const d = synthetic(lang, { a: [['formation']], b: [['formation', 'image']] });
    const t = expectBrief(lang, territoryBrief(d, 'a'));
    expect(t).toContain(
      lang === 'fr' ? 'A mobilise 1 levier dans son action' : 'A uses 1 lever in its action',
    );
    expect(t).toContain(
      lang === 'fr' ? `B${NNBSP}: 1 levier en commun sur 2` : 'B: 1 lever in common out of 2',
    );
    const c = expectBrief(lang, compareBrief(d, ['a', 'b']));
    expect(c).toContain(
      lang === 'fr'
        ? `Levier propre à un seul territoire${NNBSP}: ${short('fr', 'image')} (B)`
        : `Lever unique to one territory: ${short('en', 'image')} (B)`,
    );
    const s = expectBrief(lang, chartBrief(d, 'similarite', null));
    expect(s).toContain(
      lang === 'fr'
        ? 'Les deux territoires les plus proches sont A et B'
        : 'The two closest territories are A and B',
    );
  });

  it.each(LANGS)('says ties « chacun » and a territory with nothing in common (%s)', (lang) => {
    const d = synthetic(lang, {
      a: [['formation'], ['image']],
      b: [['formation']],
      c: [['image']],
      d: [['mixite']],
    });
    const t = expectBrief(lang, territoryBrief(d, 'a'));
    expect(t).toContain(
      lang === 'fr'
        ? `à égalité, sont B et C${NNBSP}: 1 levier en commun sur 2 chacun`
        : 'tied, are B and C: 1 lever in common out of 2 each',
    );
    expect(briefText(territoryBrief(d, 'd'))).toContain(
      lang === 'fr'
        ? 'Aucun autre territoire ne mobilise l’un de ses leviers.'
        : 'No other territory uses any of its levers.',
    );
    const m = expectBrief(lang, chartBrief(d, 'matrice', null));
    expect(m).toContain(lang === 'fr' ? 'B, C et D le moins (1 chacun)' : 'B, C and D the fewest (1 each)');
    const c = expectBrief(lang, compareBrief(d, ['b', 'c', 'd']));
    expect(c).toContain(
      lang === 'fr'
        ? 'Aucun levier n’est commun aux 3 territoires.'
        : 'No lever is common to all 3 territories.',
    );
  });
});
