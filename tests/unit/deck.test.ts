/**
 * The user's deck (#16, src/lib/share/deck/): operations and their limits, default titles in both
 * languages with French typography, the ready-made deck from the tour, and the deck kept on this computer.
 */
import { describe, expect, it, vi } from 'vitest';

import { actions, programme, territories, vocabularies } from '../../src/lib/data';
import { TERRITORY_IDS } from '../../src/lib/data/ids';
import { deckEn, deckFr } from '../../src/lib/i18n/deck';
import { messages } from '../../src/lib/i18n/messages';
import { NNBSP } from '../../src/lib/i18n/typography';
import { decodeDeck, deckLink, encodeDeck, type DeckReason } from '../../src/lib/share/deck/codec';
import {
  MAX_NOTES,
  MAX_SLIDES,
  MAX_TITLE,
  addSlide,
  applySlide,
  cleanNotes,
  cleanTitle,
  clip,
  defaultTitle,
  deleteSlide,
  duplicateSlide,
  emptyDeck,
  moveSlide,
  parseView,
  renameSlide,
  setNotes,
  textLength,
  undoDelete,
  viewOf,
  viewQuery,
  type Deck,
  type SlideView,
} from '../../src/lib/share/deck/deck';
import { READY_MADE_STEPS, readyMadeDeck, readyMadeName } from '../../src/lib/share/deck/ready-made';
import { DECK_STORAGE_KEY, deckStorage, deckToOffer, resumeLabel } from '../../src/lib/share/deck/storage';
import { TOUR } from '../../src/lib/share/tour';
import { defaultUrlState, type UrlState } from '../../src/lib/state/url';

const view = (over: Partial<SlideView> = {}): SlideView => viewOf({ ...defaultUrlState(), ...over });
const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** A deck of `n` slides, one per territory in turn, made by the operations themselves. */
function deckOf(n: number, lang: 'fr' | 'en' = 'fr'): Deck {
  let deck = emptyDeck(lang);
  for (let i = 0; i < n; i++) deck = addSlide(deck, view({ territoire: TERRITORY_IDS[i % 8]! }))!;
  return deck;
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
}

describe('deck operations', () => {
  it('adds slides at the end or at a place, each with a new id, never past 30', () => {
    let deck = deckOf(3);
    expect(deck.slides.map((s) => s.view.territoire)).toEqual(TERRITORY_IDS.slice(0, 3));
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(3);
    deck = addSlide(deck, view(), 'Début', 0)!;
    expect(deck.slides[0]!.title).toBe('Début');
    expect(deck.slides[0]!.view.territoire).toBeNull();
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(4);
    const full = deckOf(MAX_SLIDES);
    expect(full.slides).toHaveLength(30);
    expect(addSlide(full, view())).toBeNull();
    expect(duplicateSlide(full, 0)).toBeNull();
  });

  it('never changes the deck it is given', () => {
    const deck = deepFreeze(deckOf(4));
    const before = JSON.stringify(deck);
    addSlide(deck, view());
    moveSlide(deck, 0, 3);
    duplicateSlide(deck, 1);
    deleteSlide(deck, 2);
    renameSlide(deck, 0, 'x');
    setNotes(deck, 0, 'y');
    expect(JSON.stringify(deck)).toBe(before);
  });

  it('moves a slide from one place to another, clamped, and leaves the deck as it is for no move', () => {
    const deck = deckOf(4);
    const ids = deck.slides.map((s) => s.id);
    expect(moveSlide(deck, 0, 2).slides.map((s) => s.id)).toEqual([ids[1], ids[2], ids[0], ids[3]]);
    expect(moveSlide(deck, 3, 0).slides.map((s) => s.id)).toEqual([ids[3], ids[0], ids[1], ids[2]]);
    expect(moveSlide(deck, 1, 99).slides.map((s) => s.id)).toEqual([ids[0], ids[2], ids[3], ids[1]]);
    expect(moveSlide(deck, 2, 2)).toBe(deck);
    expect(moveSlide(deck, 7, 0)).toBe(deck);
    expect(moveSlide(deck, -1, 0)).toBe(deck);
    expect(moveSlide(deck, 0, Number.NaN)).toBe(deck);
  });

  it('duplicates a slide right after it, with a new id and its own copy of the view', () => {
    const deck = setNotes(renameSlide(deckOf(3), 1, 'Titre'), 1, 'Notes');
    const next = duplicateSlide(deck, 1)!;
    expect(next.slides).toHaveLength(4);
    const [a, b] = [next.slides[1]!, next.slides[2]!];
    expect({ ...b, id: a.id }).toEqual(a);
    expect(b.id).not.toBe(a.id);
    expect(b.view).not.toBe(a.view);
    expect(new Set(next.slides.map((s) => s.id)).size).toBe(4);
  });

  it('deletes a slide and « Annuler » puts it back where it was, with its id', () => {
    const deck = deckOf(4);
    const { deck: less, deleted } = deleteSlide(deck, 1)!;
    expect(less.slides.map((s) => s.id)).toEqual(deck.slides.filter((_, i) => i !== 1).map((s) => s.id));
    expect(undoDelete(less, deleted)).toEqual(deck);
    expect(deleteSlide(deck, 4)).toBeNull();
    // A slide added since took its id: it comes back with a new one; at the end if the deck is shorter.
    const { deck: last, deleted: gone } = deleteSlide(deck, 3)!;
    const added = addSlide(last, view())!;
    expect(added.slides.at(-1)!.id).toBe(gone.slide.id);
    const back = undoDelete(added, gone)!;
    expect(new Set(back.slides.map((s) => s.id)).size).toBe(5);
    expect(back.slides[3]!.title).toBe(gone.slide.title);
    const shorter = deleteSlide(deleteSlide(last, 0)!.deck, 0)!.deck;
    expect(undoDelete(shorter, gone)!.slides.at(-1)!.id).toBe(gone.slide.id);
    // Not past 30.
    const full = deckOf(MAX_SLIDES);
    const { deleted: d30 } = deleteSlide(full, 0)!;
    expect(undoDelete(full, d30)).toBeNull();
  });

  it('renames and sets notes, cut at their limits in code points, never inside a surrogate pair', () => {
    const deck = deckOf(1);
    for (const n of [117, 118, 119, 120]) {
      const title = renameSlide(deck, 0, 'a'.repeat(n) + '😀'.repeat(5)).slides[0]!.title;
      expect(textLength(title)).toBe(MAX_TITLE);
      expect(hasLoneSurrogate(title)).toBe(false);
      expect(title).toBe('a'.repeat(n) + '😀'.repeat(MAX_TITLE - n));
    }
    // 120 emoji are 240 UTF-16 units and fit.
    expect(renameSlide(deck, 0, '😀'.repeat(125)).slides[0]!.title).toBe('😀'.repeat(120));
    const notes = setNotes(deck, 0, '𝄞'.repeat(1200)).slides[0]!.notes;
    expect(textLength(notes)).toBe(MAX_NOTES);
    expect(notes).toBe('𝄞'.repeat(MAX_NOTES));
    // Typing: spaces are kept as typed.
    expect(renameSlide(deck, 0, 'Nord ').slides[0]!.title).toBe('Nord ');
    // Out of range: the same deck.
    expect(renameSlide(deck, 3, 'x')).toBe(deck);
    expect(setNotes(deck, -1, 'x')).toBe(deck);
  });

  it('keeps titles to one line and text free of control characters and lone surrogates', () => {
    expect(cleanTitle('Nord\nLoiret\t:\r\nx\u2028y')).toBe('Nord Loiret : x y');
    expect(cleanTitle('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\uFFFE')).toBe('abcdef');
    expect(cleanTitle('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(cleanNotes('un\r\ndeux\rtrois\u2029quatre\tcinq\u0000')).toBe('un\ndeux\ntrois\nquatre\tcinq');
    // Text is text: markup is kept as typed, for whoever shows it to show as text.
    const hostile = '<img src=x onerror=alert(1)>';
    expect(renameSlide(deckOf(1), 0, hostile).slides[0]!.title).toBe(hostile);
    expect(clip('ab😀c', 3)).toBe('ab😀');
    expect(textLength('ab😀c')).toBe(4);
  });
});

describe('slide views', () => {
  it('keeps what a link keeps of a view, and nothing of the page (language, theme, embed)', () => {
    const url: UrlState = {
      ...defaultUrlState(),
      territoire: 'nord-loiret',
      leviers: ['mixite'],
      q: 'a'.repeat(250),
      carte: { lon: 2.123456789, lat: 46.987654321, zoom: 5.4321 },
      lang: 'en',
      theme: 'dark',
      embed: 'atlas',
      diapos: '1.abcde.zxx',
    };
    const v = viewOf(url);
    expect(Object.keys(v).sort()).toEqual(
      [
        'axes',
        'carte',
        'comparer',
        'formats',
        'graphique',
        'leviers',
        'publics',
        'q',
        'territoire',
        'vue',
      ].sort(),
    );
    expect(v.q).toHaveLength(200);
    expect(v.carte).toEqual({ lon: 2.1235, lat: 46.9877, zoom: 5.43 });
    expect(v.leviers).not.toBe(url.leviers);
    expect(viewOf(v)).toEqual(v);
    expect(viewQuery(v)).toMatch(/^territoire=nord-loiret&leviers=mixite&q=a+&carte=2.1235,46.9877,5.43$/);
    expect(parseView(viewQuery(v))).toEqual(v);
    expect(viewQuery(view())).toBe('');
  });

  it('reads a view from its query string, or refuses what is not a view or would be dropped', () => {
    expect(parseView('')).toEqual(view());
    expect(parseView('?vue=graphiques&graphique=axes')).toEqual(
      view({ vue: 'graphiques', graphique: 'axes' }),
    );
    for (const bad of [
      'territoire=paris',
      'lang=en',
      'embed=carte',
      'theme=dark',
      'static',
      'diapos=1.abcde.zxx',
      'foo=1',
      `q=${'a'.repeat(201)}`,
      'q=%E0%A4%A',
      'comparer=nord-loiret',
      'territoire=nord-loiret&territoire=bassin-de-brive',
    ])
      expect(parseView(bad), bad).toBeNull();
  });

  it('shows a slide: its view in the URL state, the page’s own fields kept', () => {
    const url: UrlState = {
      ...defaultUrlState(),
      lang: 'en',
      theme: 'dark',
      comparer: ['nord-loiret', 'bassin-de-brive'],
    };
    applySlide(url, {
      view: view({ territoire: 'lisieux-normandie', vue: 'graphiques', graphique: 'publics' }),
    });
    expect(url).toEqual({
      ...defaultUrlState(),
      lang: 'en',
      theme: 'dark',
      territoire: 'lisieux-normandie',
      vue: 'graphiques',
      graphique: 'publics',
    });
  });
});

describe('default titles', () => {
  const own = (id: string) => actions.filter((a) => a.territory === id);
  const leverCount = (list: typeof actions) => new Set(list.flatMap((a) => a.levers)).size;

  it('names a territory with its actions and levers: « Nord Loiret : 4 actions, 3 leviers »', () => {
    expect(defaultTitle(view({ territoire: 'nord-loiret' }), 'fr')).toBe(
      `Nord Loiret${NNBSP}: 4 actions, 3 leviers`,
    );
    expect(defaultTitle(view({ territoire: 'nord-loiret' }), 'en')).toBe('Nord Loiret: 4 actions, 3 levers');
    for (const t of territories) {
      const n = own(t.id).length;
      const l = leverCount(own(t.id));
      expect(defaultTitle(view({ territoire: t.id }), 'fr')).toBe(
        `${t.shortName}${NNBSP}: ${n} action${n > 1 ? 's' : ''}, ${l} levier${l > 1 ? 's' : ''}`,
      );
      expect(defaultTitle(view({ territoire: t.id }), 'en')).toBe(
        `${t.shortName}: ${n} action${n === 1 ? '' : 's'}, ${l} lever${l === 1 ? '' : 's'}`,
      );
    }
  });

  it('names the overview, a comparison with its shared levers, and a chart', () => {
    const n = actions.length;
    expect(defaultTitle(view(), 'fr')).toBe(`Vue d’ensemble${NNBSP}: ${n} actions, 8 territoires`);
    expect(defaultTitle(view(), 'en')).toBe(`Overview: ${n} actions, 8 territories`);
    const ids = ['nord-loiret', 'pays-compiegnois'] as const;
    const [a, b] = ids.map((id) => new Set(own(id).flatMap((x) => x.levers)));
    const shared = [...a!].filter((l) => b!.has(l)).length;
    const sharedFr =
      shared === 0
        ? 'aucun levier commun'
        : `${shared} levier${shared > 1 ? 's' : ''} commun${shared > 1 ? 's' : ''}`;
    expect(defaultTitle(view({ comparer: [...ids] }), 'fr')).toBe(
      `Nord Loiret et Pays Compiégnois${NNBSP}: ${sharedFr}`,
    );
    expect(defaultTitle(view({ comparer: [...ids] }), 'en')).toMatch(
      /^Nord Loiret and Pays Compiégnois: (no shared lever|1 shared lever|\d+ shared levers)$/,
    );
    expect(defaultTitle(view({ vue: 'graphiques', graphique: 'similarite' }), 'fr')).toBe(
      'Similarité des stratégies',
    );
    expect(defaultTitle(view({ vue: 'graphiques' }), 'en')).toBe('Lever matrix');
    expect(
      defaultTitle(view({ vue: 'graphiques', graphique: 'axes', territoire: 'nord-loiret' }), 'fr'),
    ).toBe('Profil par axe — Nord Loiret');
  });

  it('names the filters of a filtered view and counts what they keep', () => {
    const fr = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
    const en = (n: number, word: string, words: string) => `${n} ${n === 1 ? word : words}`;
    const short = (id: string) => vocabularies.levers.find((l) => l.id === id)!.short;
    const mixite = actions.filter((a) => a.levers.includes('mixite'));
    const t = new Set(mixite.map((a) => a.territory)).size;
    expect(defaultTitle(view({ leviers: ['mixite'] }), 'fr')).toBe(
      `${short('mixite').fr}${NNBSP}: ${fr(mixite.length, 'action')}, ${fr(t, 'territoire')}`,
    );
    expect(defaultTitle(view({ leviers: ['mixite'] }), 'en')).toBe(
      `${short('mixite').en}: ${en(mixite.length, 'action', 'actions')}, ${en(t, 'territory', 'territories')}`,
    );
    // A territory filtered.
    const nl = own('nord-loiret').filter((a) => a.levers.includes('decouverte'));
    expect(defaultTitle(view({ territoire: 'nord-loiret', leviers: ['decouverte'] }), 'en')).toBe(
      `Nord Loiret, ${short('decouverte').en}: ${en(nl.length, 'action', 'actions')}, ${en(leverCount(nl), 'lever', 'levers')}`,
    );
    // A search text, quoted, counted from the matches given (the atlas's app.matches.actions).
    const matching = new Set([actions[0]!.id, actions[5]!.id]);
    const mt = new Set([actions[0]!.territory, actions[5]!.territory]).size;
    expect(defaultTitle(view({ q: ' forum ' }), 'fr', matching)).toBe(
      `«${NNBSP}forum${NNBSP}»${NNBSP}: 2 actions, ${fr(mt, 'territoire')}`,
    );
    expect(defaultTitle(view({ q: 'forum' }), 'en', matching)).toBe(
      `“forum”: 2 actions, ${en(mt, 'territory', 'territories')}`,
    );
    // Many filters: the first two named, the others counted.
    const many = view({ leviers: ['formation', 'image'], axes: ['competences'], formats: ['jeu'] });
    expect(defaultTitle(many, 'fr', new Set())).toBe(
      `${short('formation').fr}, ${short('image').fr} et 2 autres filtres${NNBSP}: 0 action, 0 territoire`,
    );
    expect(defaultTitle(view({ axes: ['competences'], q: 'x' }), 'en', new Set())).toBe(
      `${programme.axes[0]!.short.en}, “x”: 0 actions, 0 territories`,
    );
    expect(defaultTitle(view({ axes: ['competences'], q: 'x', formats: ['jeu'] }), 'en', new Set())).toBe(
      `${programme.axes[0]!.short.en}, ${vocabularies.formats.find((f) => f.id === 'jeu')!.short.en} and 1 more filter: 0 actions, 0 territories`,
    );
    // A chart or a comparison keeps its own title, the filters after it.
    expect(defaultTitle(view({ vue: 'graphiques', graphique: 'frequence', leviers: ['mixite'] }), 'fr')).toBe(
      `Fréquence des leviers — ${short('mixite').fr}`,
    );
  });

  it('writes French with its typography and English without it, within the title limit', () => {
    const views = [
      view(),
      view({ territoire: 'lezoux-thiers-ambert' }),
      view({
        comparer: [
          'bassin-de-brive',
          'mulhouse-alsace-agglomeration',
          'creusot-montceau',
          'terres-de-montaigu',
        ],
      }),
      view({ q: 'x'.repeat(200), leviers: ['mixite'], publics: ['jeunes', 'femmes'] }),
      view({ vue: 'graphiques', graphique: 'publics', comparer: ['nord-loiret', 'lisieux-normandie'] }),
    ];
    for (const v of views) {
      const fr = defaultTitle(v, 'fr');
      const en = defaultTitle(v, 'en');
      expect(fr, fr).not.toMatch(/ [:;!?»]|« |'/);
      expect(en, en).not.toContain(NNBSP);
      for (const t of [fr, en]) {
        expect(textLength(t)).toBeLessThanOrEqual(MAX_TITLE);
        expect(cleanTitle(t)).toBe(t);
      }
    }
  });
});

describe('the ready-made deck', () => {
  it('is the tour’s overview, eight territories and lever matrix: « La Fabrique en 10 diapositives »', () => {
    expect(READY_MADE_STEPS).toHaveLength(10);
    expect(READY_MADE_STEPS.every((s) => TOUR.includes(s))).toBe(true);
    expect(readyMadeName('fr')).toBe('La Fabrique en 10 diapositives');
    expect(readyMadeName('en')).toBe('The Fabrique in 10 slides');
    for (const lang of ['fr', 'en'] as const) {
      const deck = readyMadeDeck(lang);
      expect(deck.lang).toBe(lang);
      expect(deck.slides.map((s) => viewQuery(s.view))).toEqual([
        '',
        ...TERRITORY_IDS.map((id) => `territoire=${id}`),
        'vue=graphiques&graphique=matrice',
      ]);
      expect(new Set(deck.slides.map((s) => s.id)).size).toBe(10);
      expect(deck.slides.map((s) => s.title)).toEqual([
        messages[lang]['present.overview'],
        ...territories.map((t) => t.shortName),
        messages[lang]['present.chart.matrice'],
      ]);
      for (const [i, s] of deck.slides.entries()) {
        expect(s.notes.length, `${lang} ${i}`).toBeGreaterThan(20);
        expect(textLength(s.notes)).toBeLessThanOrEqual(MAX_NOTES);
        if (lang === 'fr') expect(s.notes).not.toMatch(/ [:;!?»]|« |'/);
      }
      // A territory's notes: its strategy, in the deck's language.
      const t = territories[3]!;
      expect(deck.slides[4]!.notes).toContain(lang === 'fr' ? t.strategy.text : t.strategy.en);
    }
    // A fresh deck each time, to edit.
    expect(readyMadeDeck('fr')).not.toBe(readyMadeDeck('fr'));
  });

  it('fits in a link and comes back from it unchanged', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const deck = readyMadeDeck(lang);
      const link = await deckLink(deck, 'https://example.org/atlas/?lang=en');
      expect(link.fits).toBe(true);
      expect(await decodeDeck(await encodeDeck(deck))).toEqual({ ok: true, deck });
    }
  });
});

describe('deck strings (i18n/deck.ts)', () => {
  it('exist in both languages with the same placeholders, French typeset', () => {
    expect(Object.keys(deckEn).sort()).toEqual(Object.keys(deckFr).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(deckFr) as (keyof typeof deckFr)[]) {
      const fr = messages.fr[k];
      expect(fr, k).toBeTruthy();
      expect(messages.en[k].trim(), k).not.toBe('');
      expect(holes(messages.en[k]), k).toEqual(holes(fr));
      expect(fr, k).not.toMatch(/ [:;!?»]|« |'/);
    }
  });

  it('say why a deck was not applied, in the notice, for every reason the codec gives', () => {
    const reasons: DeckReason[] = [
      'deck-damaged',
      'deck-version',
      'deck-too-many',
      'deck-too-long',
      'deck-bad-view',
      'deck-unsupported',
    ];
    for (const r of reasons) {
      expect(messages.fr[`notice.reason.${r}`], r).toBeTruthy();
      expect(messages.en[`notice.reason.${r}`], r).toBeTruthy();
    }
    expect(messages.fr['notice.reason.deck-too-many']).toContain(String(MAX_SLIDES));
    expect(messages.fr['notice.reason.deck-too-long']).toContain(`${MAX_TITLE}`);
    expect(messages.fr['notice.reason.deck-too-long']).toContain(`1${NNBSP}000`);
  });
});

/** A Storage held in a Map, with spies. */
function memoryStorage(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: vi.fn(() => map.clear()),
    getItem: vi.fn((k: string) => map.get(k) ?? null),
    key: vi.fn((i: number) => [...map.keys()][i] ?? null),
    removeItem: vi.fn((k: string) => void map.delete(k)),
    setItem: vi.fn((k: string, v: string) => void map.set(k, String(v))),
  };
}

describe('the deck kept on this computer', () => {
  it('keeps a deck and reads it back; an empty deck removes it', () => {
    const storage = memoryStorage();
    const store = deckStorage(() => storage, { embed: false });
    expect(store.read()).toBeNull();
    const deck = setNotes(deckOf(5), 2, 'Notes <b>');
    expect(store.write(deck)).toBe(true);
    expect(storage.map.has(DECK_STORAGE_KEY)).toBe(true);
    expect(store.read()).toEqual(deck);
    expect(store.write(emptyDeck('fr'))).toBe(true);
    expect(storage.map.has(DECK_STORAGE_KEY)).toBe(false);
  });

  it('never reads or writes storage in an embed', () => {
    const storage = memoryStorage();
    storage.map.set(DECK_STORAGE_KEY, 'x');
    const getter = vi.fn(() => storage);
    const store = deckStorage(getter, { embed: true });
    expect(store.write(deckOf(2))).toBe(false);
    expect(store.read()).toBeNull();
    expect(getter).not.toHaveBeenCalled();
    expect(storage.setItem).not.toHaveBeenCalled();
    expect(storage.getItem).not.toHaveBeenCalled();
  });

  it('treats blocked, full or damaged storage as no deck kept, never an error', () => {
    const blocked = deckStorage(
      () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      { embed: false },
    );
    expect(blocked.read()).toBeNull();
    expect(blocked.write(deckOf(1))).toBe(false);
    const full = memoryStorage();
    full.setItem = vi.fn(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(deckStorage(() => full, { embed: false }).write(deckOf(1))).toBe(false);
    expect(deckStorage(() => null, { embed: false }).read()).toBeNull();
    const damaged = memoryStorage();
    damaged.map.set(DECK_STORAGE_KEY, '{"format":"atlas-fabrique-presentation","version":1,');
    expect(deckStorage(() => damaged, { embed: false }).read()).toBeNull();
    // A future version's deck is left where it is.
    damaged.map.set(DECK_STORAGE_KEY, '{"format":"atlas-fabrique-presentation","version":2}');
    expect(deckStorage(() => damaged, { embed: false }).read()).toBeNull();
    expect(damaged.map.has(DECK_STORAGE_KEY)).toBe(true);
  });

  it('offers a different kept deck beside the link’s: « Reprendre la présentation enregistrée (5 diapositives) »', () => {
    const kept = deckOf(5);
    expect(deckToOffer(null, kept)).toBe(kept);
    expect(deckToOffer(deckOf(2), kept)).toBe(kept);
    // The same deck (ids aside) is not offered; nor an empty one.
    const same = { ...kept, slides: kept.slides.map((s, i) => ({ ...s, id: `z${i}` })) };
    expect(deckToOffer(same, kept)).toBeNull();
    expect(deckToOffer(null, emptyDeck('fr'))).toBeNull();
    expect(deckToOffer(deckOf(2), null)).toBeNull();
    expect(deckToOffer(renameSlide(kept, 0, 'autre'), kept)).toBe(kept);
    expect(resumeLabel('fr', kept)).toBe('Reprendre la présentation enregistrée (5 diapositives)');
    expect(resumeLabel('en', kept)).toBe('Resume the saved presentation (5 slides)');
    expect(resumeLabel('fr', deckOf(1))).toBe('Reprendre la présentation enregistrée (1 diapositive)');
    expect(resumeLabel('en', deckOf(1))).toBe('Resume the saved presentation (1 slide)');
  });
});
