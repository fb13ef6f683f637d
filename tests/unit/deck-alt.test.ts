/**
 * A slide's kind, caption and alternative text (share/deck/alt.ts, #16): every kind of view in both
 * languages on the real data, each checked against facts computed here from the data (names, counts,
 * shared levers), French typography (DOMAIN.md), no key or `undefined` leaking, the length limit cut
 * between sentences, and the strings of i18n/deck-alt.ts in both languages.
 */
import { describe, expect, it } from 'vitest';

import { leverSets, nearestTerritories } from '../../src/lib/analysis/nearest';
import { actions, programme, territories, territoryById, vocabularies } from '../../src/lib/data';
import type { LeverId, TerritoryId } from '../../src/lib/data/ids';
import { deckAltEn, deckAltFr } from '../../src/lib/i18n/deck-alt';
import { formatNumber } from '../../src/lib/i18n/intl';
import { messages } from '../../src/lib/i18n/messages';
import { NNBSP } from '../../src/lib/i18n/typography';
import {
  MAX_ALT,
  fitSentences,
  slideAlt,
  slideCaption,
  slideKind,
  type SlideKind,
} from '../../src/lib/share/deck/alt';
import { viewOf, type SlideView } from '../../src/lib/share/deck/deck';
import { facetsMatch } from '../../src/lib/state/filters';
import { defaultUrlState, type ChartId } from '../../src/lib/state/url';

const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];
const CHARTS: ChartId[] = ['matrice', 'axes', 'publics', 'similarite', 'frequence'];
const view = (over: Partial<SlideView> = {}): SlideView => viewOf({ ...defaultUrlState(), ...over });
const ids = territories.map((t) => t.id);
const shortName = (id: TerritoryId) => territoryById.get(id)!.shortName;
const leverShort = (lang: Lang, id: LeverId) => vocabularies.levers.find((l) => l.id === id)!.short[lang];
const num = (lang: Lang, n: number) => formatNumber(lang === 'fr' ? 'fr-FR' : 'en-GB', n);
const chartTitle = (lang: Lang, chart: ChartId) => messages[lang][`present.chart.${chart}`];
const leversOf = (id: TerritoryId) =>
  new Set(actions.filter((a) => a.territory === id).flatMap((a) => a.levers));

/** A lever that some territories use and others do not: a filter that keeps part of the data. */
const someLever = vocabularies.levers
  .map((l) => l.id)
  .find((l) => {
    const n = actions.filter((a) => a.levers.includes(l)).length;
    return n > 0 && n < actions.length;
  })!;

/** One view of each kind, and more of some (three territories compared, each chart, filters with them). */
const VIEWS: { kind: SlideKind; view: SlideView }[] = [
  { kind: 'overview', view: view() },
  { kind: 'filtered', view: view({ leviers: [someLever] }) },
  { kind: 'filtered', view: view({ axes: [programme.axes[0]!.id], q: 'forum' }) },
  { kind: 'territory', view: view({ territoire: ids[3]! }) },
  { kind: 'territory', view: view({ territoire: ids[0]!, leviers: [someLever] }) },
  { kind: 'compare', view: view({ comparer: [ids[3]!, ids[1]!] }) },
  { kind: 'compare', view: view({ comparer: [ids[0]!, ids[2]!, ids[5]!] }) },
  { kind: 'compare', view: view({ territoire: ids[0]!, comparer: ids.slice(4, 8), leviers: [someLever] }) },
  ...CHARTS.map((graphique) => ({ kind: 'chart' as const, view: view({ vue: 'graphiques', graphique }) })),
  {
    kind: 'chart',
    view: view({ vue: 'graphiques', graphique: 'matrice', comparer: ids.slice(0, 2), leviers: [someLever] }),
  },
];

/** DOMAIN.md's French: ’ not ', U+202F before « : ; ! ? » and inside « ». */
function expectFrench(text: string) {
  expect(text, text).not.toMatch(/'/);
  expect(text, text).not.toMatch(/[ \u00A0][:;!?»]/);
  for (const m of text.matchAll(/[:;!?]/g)) expect(text[m.index - 1], text).toBe(NNBSP);
  for (const m of text.matchAll(/«/g)) expect(text[m.index + 1], text).toBe(NNBSP);
  for (const m of text.matchAll(/»/g)) expect(text[m.index - 1], text).toBe(NNBSP);
}
/** English: no French spacing or guillemets, and none of the French words these sentences use. */
function expectEnglish(text: string) {
  expect(text, text).not.toMatch(/\u202F|[«»']/);
  expect(text, text).not.toMatch(
    /\b(Carte|filtrée|Graphique|Comparaison|leviers?|mobilise|Filtres?|actions nommées)\b/,
  );
  expect(text, text).not.toMatch(/\bterritoires\b/); // « Territoires d’industrie », the programme's name, stays
}
/** No placeholder, key, `undefined` or `NaN` leaking; nothing but single spaces between words. */
function expectClean(text: string) {
  expect(text, text).not.toMatch(/undefined|NaN|null|\[object|[{}]/);
  expect(text, text).not.toMatch(/\b(deck|brief|present|panels|charts)\.[a-z]/);
  expect(text.trim()).toBe(text);
  expect(text, text).not.toMatch(/ {2}/);
}

describe('slideKind', () => {
  it('names the kind the atlas shows: a chart before a comparison before a territory before filters', () => {
    for (const { kind, view: v } of VIEWS) expect(slideKind(v), JSON.stringify(v)).toBe(kind);
    expect(slideKind(view({ comparer: [ids[0]!] }))).toBe('overview');
    expect(slideKind(view({ q: '  ' }))).toBe('overview');
    expect(slideKind(view({ territoire: ids[0]!, vue: 'graphiques' }))).toBe('chart');
  });
});

describe('slideCaption', () => {
  it('names the kind, then the territory, the compared territories, the chart or the filters', () => {
    for (const lang of LANGS) {
      const word = (k: keyof typeof deckAltFr) => messages[lang][k as never] as string;
      expect(slideCaption(view(), lang)).toBe(word('deck.caption.overview'));
      const one = slideCaption(view({ territoire: ids[3]! }), lang);
      expect(one.startsWith(word('deck.caption.territory'))).toBe(true);
      expect(one.endsWith(shortName(ids[3]!))).toBe(true);
      const pair = [ids[3]!, ids[1]!];
      expect(slideCaption(view({ comparer: pair }), lang)).toContain(pair.map(shortName).join(', '));
      expect(slideCaption(view({ comparer: pair }), lang).startsWith(word('deck.caption.compare'))).toBe(
        true,
      );
      for (const graphique of CHARTS) {
        const c = slideCaption(view({ vue: 'graphiques', graphique }), lang);
        expect(c.startsWith(word('deck.caption.chart'))).toBe(true);
        expect(c.endsWith(chartTitle(lang, graphique))).toBe(true);
      }
      expect(slideCaption(view({ leviers: [someLever] }), lang)).toContain(leverShort(lang, someLever));
      for (const { view: v } of VIEWS) {
        const c = slideCaption(v, lang);
        expectClean(c);
        if (lang === 'fr') expectFrench(c);
        else expectEnglish(c);
      }
    }
    expect(slideCaption(view({ comparer: [ids[3]!, ids[1]!] }), 'fr')).toBe(
      `Comparaison · ${shortName(ids[3]!)}, ${shortName(ids[1]!)}`,
    );
    expect(slideCaption(view({ vue: 'graphiques', graphique: 'axes' }), 'en')).toBe(
      `Chart · ${chartTitle('en', 'axes')}`,
    );
  });
});

describe('slideAlt', () => {
  it('is clean, typeset, in the slide’s language and within the limit for every kind of view', () => {
    for (const lang of LANGS)
      for (const { view: v } of VIEWS) {
        const alt = slideAlt(v, lang, null);
        expect(alt.length, alt).toBeGreaterThan(40);
        expect(alt.length, alt).toBeLessThanOrEqual(MAX_ALT);
        expect(alt, alt).toMatch(/[.»”)]$/);
        expectClean(alt);
        if (lang === 'fr') expectFrench(alt);
        else expectEnglish(alt);
      }
  });

  it('says the overview is the map of the programme, with its counts and most used levers', () => {
    const users = (l: LeverId) =>
      new Set(actions.filter((a) => a.levers.includes(l)).map((a) => a.territory)).size;
    const most = Math.max(...vocabularies.levers.map((l) => users(l.id)));
    const top = vocabularies.levers.filter((l) => users(l.id) === most);
    for (const lang of LANGS) {
      const alt = slideAlt(view(), lang, null);
      expect(alt.startsWith(lang === 'fr' ? `Carte${NNBSP}:` : 'Map:')).toBe(true);
      expect(alt).toContain(`${num(lang, actions.length)} `);
      expect(alt).toContain(`${territories.length} `);
      for (const l of top) expect(alt).toContain(l.short[lang]);
    }
  });

  it('names the filters of a filtered map and counts what they keep, from the data', () => {
    const kept = actions.filter((a) => facetsMatch(a, view({ leviers: [someLever] })));
    const where = [...new Set(kept.map((a) => a.territory))];
    for (const lang of LANGS) {
      const alt = slideAlt(view({ leviers: [someLever] }), lang, null);
      expect(alt.startsWith(messages[lang]['deck.alt.filtered' as never])).toBe(true);
      expect(alt).toContain(leverShort(lang, someLever));
      expect(alt).toContain(`${num(lang, kept.length)} `);
      expect(alt).toContain(`${num(lang, actions.length)} `);
      if (where.length <= 4) for (const id of where) expect(alt).toContain(shortName(id));
    }
    // The search text is named too, and counted by the first screen's search when no matching is given.
    const q = slideAlt(view({ q: 'forum' }), 'fr', null);
    expect(q).toContain(`«${NNBSP}forum${NNBSP}»`);
    expect(q).toMatch(/\d+ actions? sur/);
  });

  it('counts what the atlas says its filters keep when it passes them', () => {
    const v = view({ leviers: [someLever] });
    const some = actions.filter((a) => facetsMatch(a, v)).slice(0, 1);
    const other = actions.find((a) => !facetsMatch(a, v))!;
    const matching = {
      actions: new Set([...some.map((a) => a.id), other.id]),
      territories: new Set<string>([...some.map((a) => a.territory), other.territory]),
    };
    for (const lang of LANGS) {
      const alt = slideAlt(v, lang, matching);
      expect(alt).toContain(`${num(lang, matching.actions.size)} `);
      for (const id of matching.territories) expect(alt).toContain(shortName(id as TerritoryId));
      expect(alt).not.toBe(slideAlt(v, lang, null));
    }
  });

  it('names a territory in full, its levers and its nearest territory; with filters, what they keep of it', () => {
    for (const id of ids)
      for (const lang of LANGS) {
        const t = territoryById.get(id)!;
        const alt = slideAlt(view({ territoire: id }), lang, null);
        expect(alt.startsWith(`${lang === 'fr' ? `Carte${NNBSP}:` : 'Map:'} ${t.name}.`), alt).toBe(true);
        expect(alt).toContain(`${num(lang, leversOf(id).size)} `);
        const sets = leverSets(
          ids,
          actions,
          vocabularies.levers.map((l) => l.id),
        );
        const near = nearestTerritories(id, sets, ids, 1)[0];
        if (near && alt.length < MAX_ALT - 60) expect(alt).toContain(shortName(near.id));
      }
    const counts = new Set<number>();
    for (const id of ids) {
      const v = view({ territoire: id, leviers: [someLever] });
      const own = actions.filter((a) => a.territory === id);
      const kept = own.filter((a) => facetsMatch(a, v)).length;
      counts.add(Math.min(kept, 1));
      for (const lang of LANGS) {
        const alt = slideAlt(v, lang, null);
        expect(alt).toContain(leverShort(lang, someLever));
        const total = num(lang, own.length);
        const says =
          lang === 'fr'
            ? kept
              ? `${num(lang, kept)} action${kept > 1 ? 's' : ''} sur ${total} y correspond`
              : `Aucune de ses ${total} actions n’y correspond`
            : kept
              ? `${num(lang, kept)} of its ${total} actions match`
              : `None of its ${total} actions match`;
        expect(alt, alt).toContain(says);
      }
    }
    expect(counts, 'a territory the filter keeps some of, and one it keeps none of').toEqual(new Set([0, 1]));
  });

  it('names the compared territories and counts the levers they share, from the data', () => {
    for (const pick of [[ids[3]!, ids[1]!], [ids[0]!, ids[2]!, ids[5]!], ids.slice(4, 8)])
      for (const lang of LANGS) {
        const alt = slideAlt(view({ comparer: pick }), lang, null);
        const sets = pick.map(leversOf);
        const shared = vocabularies.levers.filter((l) => sets.every((s) => s.has(l.id)));
        for (const id of pick) expect(alt).toContain(shortName(id));
        // The heading sentence names them all, in order.
        const head = alt.slice(0, alt.indexOf('.'));
        let at = 0;
        for (const id of pick) {
          const i = head.indexOf(shortName(id), at);
          expect(i, head).toBeGreaterThanOrEqual(at);
          at = i;
        }
        if (shared.length) {
          const levers = lang === 'fr' ? 'levier' : 'lever';
          expect(alt).toMatch(new RegExp(`\\b${shared.length} ${levers}s?\\b`));
          for (const l of shared) expect(alt).toContain(l.short[lang]);
        } else {
          expect(alt).toMatch(lang === 'fr' ? /aucun levier/i : /no lever/i);
        }
      }
  });

  it('names each chart by its title and reads it as « En bref » does, filters included', () => {
    for (const graphique of CHARTS)
      for (const lang of LANGS) {
        const alt = slideAlt(view({ vue: 'graphiques', graphique }), lang, null);
        const title = chartTitle(lang, graphique);
        expect(
          alt.startsWith(lang === 'fr' ? `Graphique «${NNBSP}${title}${NNBSP}»` : `Chart “${title}”`),
          alt,
        ).toBe(true);
      }
    for (const lang of LANGS) {
      const alt = slideAlt(
        view({ vue: 'graphiques', graphique: 'matrice', leviers: [someLever] }),
        lang,
        null,
      );
      expect(alt).toContain(leverShort(lang, someLever));
      expect(alt).not.toBe(slideAlt(view({ vue: 'graphiques', graphique: 'matrice' }), lang, null));
    }
  });

  it('leaves whole sentences off past the limit, never cutting one', () => {
    // Every lever, axis and audience as filters on a territory: a filter sentence far too long to keep whole.
    const v = view({
      territoire: ids[0]!,
      leviers: vocabularies.levers.map((l) => l.id),
      axes: programme.axes.map((a) => a.id),
      publics: vocabularies.audiences.map((a) => a.id),
    });
    for (const lang of LANGS) {
      const alt = slideAlt(v, lang, null);
      expect(alt.length).toBeLessThanOrEqual(MAX_ALT);
      expect(alt).toMatch(/\.$/);
      expect(alt).toContain(territoryById.get(ids[0]!)!.name);
      expect(alt).not.toContain('…');
      // The filters are named in short, so the territory's reading still fits.
      expect(alt).toContain(leverShort(lang, vocabularies.levers[0]!.id));
      expect(alt).toMatch(lang === 'fr' ? /autres filtres/ : /more filters/);
      const reading = alt.slice(
        alt.indexOf(territoryById.get(ids[0]!)!.name) + territoryById.get(ids[0]!)!.name.length,
      );
      expect(reading).toContain(shortName(ids[0]!));
    }
    expect(fitSentences(['Un.', 'Deux.', 'Trois.'], 9)).toBe('Un. Deux.');
    expect(fitSentences(['Un.', '', 'Deux.'], 100)).toBe('Un. Deux.');
    expect(fitSentences(['Un.', 'Deux.', 'Trois.'], 8)).toBe('Un.');
    const long = fitSentences(['Une phrase bien trop longue pour tenir.'], 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long).toBe('Une phrase bien…');
  });
});

describe('alt strings (i18n/deck-alt.ts)', () => {
  it('exist in both languages with the same placeholders, French typeset', () => {
    expect(Object.keys(deckAltEn).sort()).toEqual(Object.keys(deckAltFr).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const fr = messages.fr as unknown as Record<string, string>;
    const en = messages.en as unknown as Record<string, string>;
    for (const k of Object.keys(deckAltFr)) {
      expect(fr[k], k).toBeTruthy();
      expect(en[k]!.trim(), k).not.toBe('');
      expect(holes(en[k]!), k).toEqual(holes(fr[k]!));
      expect(fr[k], k).not.toMatch(/ [:;!?»]|« |'/);
    }
  });
});
