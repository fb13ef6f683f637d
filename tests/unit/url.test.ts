import { describe, expect, it } from 'vitest';

import { TERRITORY_IDS } from '../../src/lib/data/ids';
import { messages } from '../../src/lib/i18n/messages';
import {
  defaultUrlState,
  needsPush,
  parseUrl,
  serializeUrl,
  type DropReason,
  type UrlState,
} from '../../src/lib/state/url';

const full: UrlState = {
  ...defaultUrlState(),
  territoire: 'nord-loiret',
  comparer: ['bassin-de-brive', 'lisieux-normandie', 'terres-de-montaigu'],
  leviers: ['formation', 'freins'],
  axes: ['qualite-de-vie'],
  publics: ['jeunes', 'parents'],
  formats: ['evenement'],
  q: 'mobilité & logement',
  vue: 'graphiques',
  graphique: 'similarite',
  carte: { lon: 2.3522, lat: 48.8566, zoom: 7.25 },
  lang: 'en',
  rendu: 'svg',
  // The atlas without its header: the one embed in which every other parameter applies.
  embed: 'atlas',
  theme: 'dark',
  static: true,
  transparent: true,
  diapos: '1.Ab3_-.zq1Yl',
};

describe('parseUrl', () => {
  it('gives the defaults for an empty query, with nothing dropped', () => {
    expect(parseUrl('')).toEqual({ state: defaultUrlState(), dropped: [] });
    expect(parseUrl('?')).toEqual({ state: defaultUrlState(), dropped: [] });
  });

  it('reads every parameter of the table', () => {
    const q =
      '?territoire=nord-loiret&comparer=bassin-de-brive,lisieux-normandie,terres-de-montaigu&leviers=formation,freins' +
      '&axes=qualite-de-vie&publics=jeunes,parents&formats=evenement&q=mobilit%C3%A9%20%26%20logement&vue=graphiques' +
      '&graphique=similarite&carte=2.3522,48.8566,7.25&lang=en&rendu=svg&embed=atlas&theme=dark&static&transparent' +
      '&diapos=1.Ab3_-.zq1Yl';
    expect(parseUrl(q)).toEqual({ state: full, dropped: [] });
  });

  it('drops an unknown parameter and keeps the rest', () => {
    const { state, dropped } = parseUrl('?territoire=lisieux-normandie&foo=bar');
    expect(state.territoire).toBe('lisieux-normandie');
    expect(dropped).toEqual([{ param: 'foo', value: 'bar', reason: 'unknown-param' }]);
  });

  it('drops values that are not allowed, one by one in lists', () => {
    const { state, dropped } = parseUrl(
      '?territoire=paris&leviers=formation,magie,freins&vue=3d&rendu=canvas',
    );
    expect(state.territoire).toBeNull();
    expect(state.leviers).toEqual(['formation', 'freins']);
    expect(state.vue).toBe('carte');
    expect(state.rendu).toBe('auto');
    expect(dropped.map((d) => [d.param, d.value, d.reason])).toEqual([
      ['territoire', 'paris', 'bad-value'],
      ['leviers', 'magie', 'bad-value'],
      ['vue', '3d', 'bad-value'],
      ['rendu', 'canvas', 'bad-value'],
    ]);
  });

  it('keeps the first of repeated parameters', () => {
    const { state, dropped } = parseUrl('?territoire=nord-loiret&territoire=bassin-de-brive');
    expect(state.territoire).toBe('nord-loiret');
    expect(dropped).toEqual([{ param: 'territoire', value: 'bassin-de-brive', reason: 'repeated' }]);
  });

  it('compares two to four territories: one is too few, five too many', () => {
    expect(parseUrl('?comparer=nord-loiret').state.comparer).toEqual([]);
    expect(parseUrl('?comparer=nord-loiret').dropped[0]?.reason).toBe('too-few');
    const five = parseUrl(
      '?comparer=bassin-de-brive,pays-compiegnois,creusot-montceau,nord-loiret,lisieux-normandie',
    );
    expect(five.state.comparer).toHaveLength(4);
    expect(five.dropped).toEqual([{ param: 'comparer', value: 'lisieux-normandie', reason: 'too-many' }]);
    expect(parseUrl('?comparer=nord-loiret,nord-loiret,bassin-de-brive').state.comparer).toEqual([
      'nord-loiret',
      'bassin-de-brive',
    ]);
  });

  it('rejects malformed or out-of-range cameras', () => {
    for (const bad of [
      '2,48',
      '2,48,7,1',
      'a,b,c',
      '200,48,5',
      '2,90,5',
      '2,48,30',
      '2,48,-1',
      '1e3,48,5',
      '',
    ]) {
      const { state, dropped } = parseUrl(`?carte=${bad}`);
      expect(state.carte, bad).toBeNull();
      expect(dropped[0]?.reason, bad).toBe('bad-value');
    }
  });

  it('cuts an overlong search text and says so', () => {
    const { state, dropped } = parseUrl(`?q=${'a'.repeat(500)}`);
    expect(state.q).toHaveLength(200);
    expect(dropped[0]?.reason).toBe('too-long');
    expect(dropped[0]!.value.length).toBeLessThanOrEqual(60);
  });

  it('carries a deck (diapos) as an opaque value, checking its syntax and length only (#16)', () => {
    expect(parseUrl('?diapos=1.Ab3_-.zq1Yl')).toEqual({
      state: { ...defaultUrlState(), diapos: '1.Ab3_-.zq1Yl' },
      dropped: [],
    });
    // The longest a link may carry; one more is not a deck the atlas wrote.
    const longest = `1.abcde.z${'x'.repeat(8000 - 9)}`;
    expect(parseUrl(`?diapos=${longest}`).state.diapos).toBe(longest);
    for (const bad of [
      `${longest}x`,
      '1.abcde',
      '1..zq1',
      'abc',
      '1.abcde.z q',
      '1.abcde.z+q',
      '1.abc.de.fg',
      '<img src=x onerror=alert(1)>',
      '',
    ]) {
      const { state, dropped } = parseUrl(`?diapos=${encodeURIComponent(bad)}`);
      expect(state.diapos, bad).toBe('');
      expect(
        dropped.map((d) => [d.param, d.reason]),
        bad,
      ).toEqual([['diapos', 'bad-value']]);
      expect(dropped[0]!.value.length).toBeLessThanOrEqual(60);
    }
    // Set by script to anything else, it is not written: the links the atlas writes read back clean.
    expect(serializeUrl({ ...defaultUrlState(), diapos: 'not a deck' })).toBe('');
  });

  it('treats flags given a value other than 1/true as a mistake', () => {
    expect(parseUrl('?static=1').state.static).toBe(true);
    expect(parseUrl('?static=non').state.static).toBe(false);
    expect(parseUrl('?static=non').dropped[0]?.reason).toBe('bad-value');
  });

  it('never throws on hostile input', () => {
    for (const q of [
      '?%E0%A4%A',
      '?territoire=<script>alert(1)</script>',
      '?=&&=&',
      `?${'x'.repeat(10000)}=1`,
    ]) {
      expect(() => parseUrl(q)).not.toThrow();
    }
  });
});

describe('parseUrl: badly encoded text (#13)', () => {
  it('drops a value with a broken percent sequence and shows it as typed, where URLSearchParams said « � »', () => {
    expect(new URLSearchParams('q=%E0%A4%A').get('q')).toBe('\uFFFD%A');
    expect(parseUrl('?q=%E0%A4%A')).toEqual({
      state: defaultUrlState(),
      dropped: [{ param: 'q', value: '%E0%A4%A', reason: 'bad-encoding' }],
    });
  });

  it('tells a broken sequence from a valid one, value by value', () => {
    for (const raw of [
      '%', // a bare percent sign
      '50%', // …even at the end of a word
      '%A', // one hex digit
      '%ZZ', // no hex digit
      '%C3', // the first byte of « é » alone
      'caf%E9', // « é » in Latin-1
      '%ED%A0%80', // an encoded surrogate
      '%C0%AF', // an overlong « / »
      '%F4%90%80%80', // past U+10FFFF
      '%FF',
      'a%2',
    ]) {
      const { state, dropped } = parseUrl(`?territoire=nord-loiret&q=${raw}&leviers=formation`);
      expect(dropped, raw).toEqual([{ param: 'q', value: raw, reason: 'bad-encoding' }]);
      expect(state.q, raw).toBe('');
      // The rest of the link still applies.
      expect(state.territoire, raw).toBe('nord-loiret');
      expect(state.leviers, raw).toEqual(['formation']);
    }
    for (const [raw, text] of [
      ['50%25', '50%'],
      ['caf%C3%A9', 'café'],
      ['caf%c3%a9', 'café'],
      ['a+b', 'a b'],
      ['a%2Bb', 'a+b'],
      ['%F0%9F%98%80', '😀'],
      ['%EF%BB%BF', '\uFEFF'],
    ]) {
      expect(parseUrl(`?q=${raw}`), raw).toEqual({ state: { ...defaultUrlState(), q: text }, dropped: [] });
    }
  });

  it('drops a parameter whose name is badly encoded, and names it as typed', () => {
    expect(parseUrl('?%E0%A4%A').dropped).toEqual([{ param: '%E0%A4%A', value: '', reason: 'bad-encoding' }]);
    expect(parseUrl('?territoire%=nord-loiret&vue=graphiques')).toEqual({
      state: { ...defaultUrlState(), vue: 'graphiques' },
      dropped: [{ param: 'territoire%', value: 'nord-loiret', reason: 'bad-encoding' }],
    });
  });

  it('reads an unknown or repeated parameter whatever its encoding, showing a broken value as typed', () => {
    expect(parseUrl('?foo=%ZZ').dropped).toEqual([{ param: 'foo', value: '%ZZ', reason: 'unknown-param' }]);
    // The first of a repeated parameter is the one read, even when it cannot be.
    expect(parseUrl('?territoire=%ZZ&territoire=nord-loiret')).toEqual({
      state: defaultUrlState(),
      dropped: [
        { param: 'territoire', value: '%ZZ', reason: 'bad-encoding' },
        { param: 'territoire', value: 'nord-loiret', reason: 'repeated' },
      ],
    });
  });

  it('cuts what it shows, and shows a lone surrogate (from script) as « � »', () => {
    const { dropped } = parseUrl(`?q=${'%'.repeat(500)}`);
    expect(dropped[0]?.reason).toBe('bad-encoding');
    expect(dropped[0]!.value).toBe(`${'%'.repeat(57)}…`);
    // `mount(element, { search })` takes any string: half an emoji is not text either.
    expect(parseUrl('?q=a\uD83D&territoire=nord-loiret')).toEqual({
      state: { ...defaultUrlState(), territoire: 'nord-loiret' },
      dropped: [{ param: 'q', value: 'a\uFFFD', reason: 'bad-encoding' }],
    });
    expect(parseUrl('?q=\uD83D\uDE00').state.q).toBe('😀');
  });
});

describe('parseUrl: parameters that need another (#13)', () => {
  const d = defaultUrlState();

  it('says a card needs a territory, and drops the card', () => {
    expect(parseUrl('?embed=fiche')).toEqual({
      state: d,
      dropped: [{ param: 'embed', value: 'fiche', reason: 'needs-territoire' }],
    });
    // An unknown territory is named too: both, in the link's order.
    expect(parseUrl('?embed=fiche&territoire=paris&theme=dark')).toEqual({
      state: { ...d, theme: 'dark' },
      dropped: [
        { param: 'territoire', value: 'paris', reason: 'bad-value' },
        { param: 'embed', value: 'fiche', reason: 'needs-territoire' },
      ],
    });
    expect(parseUrl('?embed=fiche&territoire=nord-loiret')).toEqual({
      state: { ...d, embed: 'fiche', territoire: 'nord-loiret' },
      dropped: [],
    });
  });

  it('tells which parameter the card needs, with a valid example, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const text = messages[lang]['notice.reason.needs-territoire'];
      const example = /territoire=([a-z-]+)/.exec(text)?.[1];
      expect(TERRITORY_IDS as readonly (string | undefined)[], text).toContain(example);
    }
  });

  it('drops a comparison from a card, which shows one territory', () => {
    expect(
      parseUrl('?embed=fiche&territoire=nord-loiret&comparer=bassin-de-brive,lisieux-normandie'),
    ).toEqual({
      state: { ...d, embed: 'fiche', territoire: 'nord-loiret' },
      dropped: [
        { param: 'comparer', value: 'bassin-de-brive,lisieux-normandie', reason: 'card-one-territory' },
      ],
    });
    // Elsewhere a comparison and a selection live side by side.
    expect(parseUrl('?territoire=nord-loiret&comparer=bassin-de-brive,lisieux-normandie').dropped).toEqual(
      [],
    );
    expect(
      parseUrl('?embed=carte&territoire=nord-loiret&comparer=bassin-de-brive,lisieux-normandie').dropped,
    ).toEqual([]);
  });

  it('keeps a chart chosen in the map view: the charts open on it (PRODUCT.md: an independent parameter)', () => {
    expect(parseUrl('?graphique=similarite')).toEqual({
      state: { ...d, graphique: 'similarite' },
      dropped: [],
    });
    expect(parseUrl('?vue=carte&graphique=axes').dropped).toEqual([]);
    expect(parseUrl(serializeUrl({ ...d, graphique: 'axes' }))).toEqual({
      state: { ...d, graphique: 'axes' },
      dropped: [],
    });
  });

  it('says where the embed mode, not the view, decides what is shown', () => {
    expect(parseUrl('?embed=carte&vue=graphiques&graphique=axes')).toEqual({
      state: { ...d, embed: 'carte' },
      dropped: [
        { param: 'vue', value: 'graphiques', reason: 'not-in-embed' },
        { param: 'graphique', value: 'axes', reason: 'not-in-embed' },
      ],
    });
    expect(parseUrl('?embed=fiche&territoire=nord-loiret&vue=graphiques').dropped).toEqual([
      { param: 'vue', value: 'graphiques', reason: 'not-in-embed' },
    ]);
    expect(parseUrl('?embed=graphique&vue=carte').dropped).toEqual([
      { param: 'vue', value: 'carte', reason: 'not-in-embed' },
    ]);
    expect(parseUrl('?embed=graphique&vue=graphiques').dropped).toEqual([]);
    // A card without its territory is no card: the rest is read as in the full atlas.
    expect(parseUrl('?embed=fiche&vue=graphiques&graphique=axes')).toEqual({
      state: { ...d, vue: 'graphiques', graphique: 'axes' },
      dropped: [{ param: 'embed', value: 'fiche', reason: 'needs-territoire' }],
    });
  });

  it('has every reason in French and English', () => {
    const reasons: DropReason[] = [
      'unknown-param',
      'bad-value',
      'repeated',
      'too-many',
      'too-few',
      'too-long',
      'bad-encoding',
      'needs-territoire',
      'card-one-territory',
      'not-in-embed',
    ];
    for (const r of reasons) {
      expect(messages.fr[`notice.reason.${r}`], r).toBeTruthy();
      expect(messages.en[`notice.reason.${r}`], r).toBeTruthy();
    }
  });
});

describe('serializeUrl', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrl(defaultUrlState())).toBe('');
  });

  it('round-trips a full state', () => {
    const q = serializeUrl(full);
    expect(q).toBe(
      '?territoire=nord-loiret&comparer=bassin-de-brive,lisieux-normandie,terres-de-montaigu&leviers=formation,freins' +
        '&axes=qualite-de-vie&publics=jeunes,parents&formats=evenement&q=mobilit%C3%A9%20%26%20logement&vue=graphiques' +
        '&graphique=similarite&carte=2.3522,48.8566,7.25&lang=en&rendu=svg&embed=atlas&theme=dark&static&transparent' +
        '&diapos=1.Ab3_-.zq1Yl',
    );
    expect(parseUrl(q).state).toEqual(full);
  });

  it('round-trips each parameter alone (a chart with the charts, which it needs)', () => {
    const d = defaultUrlState();
    for (const key of Object.keys(full) as (keyof UrlState)[]) {
      const state = {
        ...d,
        ...(key === 'graphique' ? { vue: 'graphiques' as const } : {}),
        [key]: full[key],
      };
      expect(parseUrl(serializeUrl(state)), key).toEqual({ state, dropped: [] });
    }
  });

  it('never writes what would do nothing, so its links read back with nothing dropped', () => {
    const d = defaultUrlState();
    // A chart kept while the map is on view is carried: the charts open on it.
    expect(serializeUrl({ ...d, graphique: 'axes' })).toBe('?graphique=axes');
    // A chart in a map's embed does nothing.
    expect(serializeUrl({ ...d, embed: 'carte', graphique: 'axes' })).toBe('?embed=carte');
    // A card without a territory, or with a comparison.
    expect(serializeUrl({ ...d, embed: 'fiche' })).toBe('');
    expect(
      serializeUrl({
        ...d,
        embed: 'fiche',
        territoire: 'nord-loiret',
        comparer: ['bassin-de-brive', 'lisieux-normandie'],
      }),
    ).toBe('?territoire=nord-loiret&embed=fiche');
    // The charts view in an embed that shows the map or a card (« Intégrer » from the charts view).
    expect(serializeUrl({ ...d, vue: 'graphiques', graphique: 'axes', embed: 'carte' })).toBe('?embed=carte');
    expect(serializeUrl({ ...d, vue: 'graphiques', graphique: 'axes', embed: 'graphique' })).toBe(
      '?vue=graphiques&graphique=axes&embed=graphique',
    );
    expect(serializeUrl({ ...d, graphique: 'axes', embed: 'graphique' })).toBe(
      '?graphique=axes&embed=graphique',
    );
  });

  it('rounds the camera so links stay short', () => {
    const q = serializeUrl({
      ...defaultUrlState(),
      carte: { lon: 2.123456789, lat: 46.987654321, zoom: 5.4321 },
    });
    expect(q).toBe('?carte=2.1235,46.9877,5.43');
  });
});

describe('needsPush', () => {
  it('pushes for a selection, replaces for the camera, language and search', () => {
    const a = defaultUrlState();
    expect(needsPush(a, { ...a, territoire: 'nord-loiret' })).toBe(true);
    expect(needsPush(a, { ...a, leviers: ['formation'] })).toBe(true);
    expect(needsPush(a, { ...a, carte: { lon: 1, lat: 46, zoom: 6 } })).toBe(false);
    expect(needsPush(a, { ...a, lang: 'en' })).toBe(false);
    expect(needsPush(a, { ...a, q: 'forum' })).toBe(false);
  });

  it('pushes a deck whose shape changes (slides added, removed, moved), replaces one typed in or dropped (#16)', () => {
    const a = { ...defaultUrlState(), diapos: '1.AAAAA.zq1Yl' };
    // A first slide, another slide or a move: a new shape.
    expect(needsPush(defaultUrlState(), a)).toBe(true);
    expect(needsPush(a, { ...a, diapos: '1.BBBBB.zq1Yl' })).toBe(true);
    // A title or a note typed: the same shape, another payload.
    expect(needsPush(a, { ...a, diapos: '1.AAAAA.zXYZ' })).toBe(false);
    // A deck that goes (the deck code drops one it cannot read): never a new entry to return to.
    expect(needsPush(a, { ...a, diapos: '' })).toBe(false);
  });
});
