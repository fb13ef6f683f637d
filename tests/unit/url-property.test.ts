/**
 * The URL contract (PRODUCT.md « URL »), checked on generated inputs with fast-check: every valid state
 * survives a round trip, any query string at all parses without throwing into a state made only of allowed
 * values, and serializing is idempotent through parsing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { AUDIENCE_IDS, AXIS_IDS, FORMAT_IDS, LEVER_IDS, TERRITORY_IDS } from '../../src/lib/data/ids';
import {
  CHARTS,
  EMBEDS,
  LANGS,
  MAX_QUERY_LENGTH,
  MAX_ZOOM,
  MIN_ZOOM,
  PARAMS,
  RENDERERS,
  THEMES,
  VIEWS,
  parseUrl,
  serializeUrl,
  type Camera,
  type UrlState,
} from '../../src/lib/state/url';

const RUNS = { numRuns: 1000 };

/** Lists of known ids: any subset, in any order, without repeats (parseUrl folds repeats). */
const idSubset = <T extends string>(list: readonly T[]) => fc.shuffledSubarray([...list]);

/** Text a user may search for: any well-formed Unicode, astral characters included, sometimes over the limit. */
const queryText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 260 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 190, maxLength: 260 }) },
  {
    weight: 1,
    // Astral characters straddling the 200-unit limit: the case that splits a surrogate pair.
    arbitrary: fc
      .tuple(fc.integer({ min: 195, max: 205 }), fc.constantFrom('😀', '𝄞', '𠀀'))
      .map(([n, astral]) => 'a'.repeat(n) + astral.repeat(4)),
  },
);

const camera: fc.Arbitrary<Camera> = fc.record({
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
  lat: fc.double({ min: -85, max: 85, noNaN: true }),
  zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
});

const validState: fc.Arbitrary<UrlState> = fc.record({
  territoire: fc.option(fc.constantFrom(...TERRITORY_IDS), { nil: null }),
  comparer: fc
    .shuffledSubarray([...TERRITORY_IDS], { minLength: 2, maxLength: 4 })
    .chain((ids) => fc.constantFrom(ids, [] as typeof ids)),
  leviers: idSubset(LEVER_IDS),
  axes: idSubset(AXIS_IDS),
  publics: idSubset(AUDIENCE_IDS),
  formats: idSubset(FORMAT_IDS),
  q: queryText,
  vue: fc.constantFrom(...VIEWS),
  graphique: fc.option(fc.constantFrom(...CHARTS), { nil: null }),
  carte: fc.option(camera, { nil: null }),
  lang: fc.constantFrom(...LANGS),
  rendu: fc.constantFrom(...RENDERERS),
  embed: fc.option(fc.constantFrom(...EMBEDS), { nil: null }),
  theme: fc.option(fc.constantFrom(...THEMES), { nil: null }),
  static: fc.boolean(),
  transparent: fc.boolean(),
});

/** The first `max` UTF-16 units of `s`, one fewer if the cut would split a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const last = s.charCodeAt(max - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** At most `digits` decimals: x × 10^digits is an integer, up to floating-point noise. */
const decimalsAtMost = (x: number, digits: number) => {
  const scaled = x * 10 ** digits;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

function expectCameraClose(actual: Camera | null, expected: Camera | null) {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  const a = actual!;
  expect(Math.abs(a.lon - expected.lon)).toBeLessThanOrEqual(0.5e-4 + 1e-9);
  expect(Math.abs(a.lat - expected.lat)).toBeLessThanOrEqual(0.5e-4 + 1e-9);
  expect(Math.abs(a.zoom - expected.zoom)).toBeLessThanOrEqual(0.5e-2 + 1e-9);
  expect(decimalsAtMost(a.lon, 4) && decimalsAtMost(a.lat, 4) && decimalsAtMost(a.zoom, 2)).toBe(true);
}

/** What a valid state becomes through a link: the search text cut to the limit, the camera rounded. */
function normalised(s: UrlState): UrlState {
  return { ...s, q: cut(s.q, MAX_QUERY_LENGTH) };
}

/** Every field holds an allowed value (the state any link may produce). */
function expectAllowed(state: UrlState) {
  const within = (list: readonly string[], v: string | null) => v === null || list.includes(v);
  expect(within(TERRITORY_IDS, state.territoire)).toBe(true);
  expect(state.comparer.length === 0 || (state.comparer.length >= 2 && state.comparer.length <= 4)).toBe(
    true,
  );
  expect(new Set(state.comparer).size).toBe(state.comparer.length);
  for (const [list, ids] of [
    [TERRITORY_IDS, state.comparer],
    [LEVER_IDS, state.leviers],
    [AXIS_IDS, state.axes],
    [AUDIENCE_IDS, state.publics],
    [FORMAT_IDS, state.formats],
  ] as [readonly string[], string[]][]) {
    expect(ids.every((id) => list.includes(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  }
  expect(typeof state.q).toBe('string');
  expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(hasLoneSurrogate(state.q)).toBe(false);
  expect(VIEWS).toContain(state.vue);
  expect(within(CHARTS, state.graphique)).toBe(true);
  expect(LANGS).toContain(state.lang);
  expect(RENDERERS).toContain(state.rendu);
  expect(within(EMBEDS, state.embed)).toBe(true);
  expect(within(THEMES, state.theme)).toBe(true);
  expect(typeof state.static).toBe('boolean');
  expect(typeof state.transparent).toBe('boolean');
  if (state.carte) {
    const { lon, lat, zoom } = state.carte;
    expect([lon, lat, zoom].every(Number.isFinite)).toBe(true);
    expect(lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85).toBe(true);
    expect(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM).toBe(true);
  }
  expect(Object.keys(state).sort()).toEqual([...PARAMS].sort());
}

// ── Hostile query strings ────────────────────────────────────────────────────────────────────────────────
const NASTY = [
  '%',
  '%%',
  '%E0%A4%A',
  '%ZZ',
  '%ED%A0%80',
  '&',
  '=',
  ',',
  '+',
  '#',
  '?',
  ' ',
  '\u0000',
  '\uD800',
  '\uDC00',
  '😀',
  '\u202E',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '1e3',
  'NaN',
  'Infinity',
  '-0',
];

const fragment = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.constantFrom(...PARAMS),
  fc.constantFrom(...TERRITORY_IDS, ...LEVER_IDS, ...AXIS_IDS, ...AUDIENCE_IDS, ...FORMAT_IDS),
  fc.constantFrom(...VIEWS, ...CHARTS, ...LANGS, ...RENDERERS, ...EMBEDS, ...THEMES),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.double().map(String),
  fc.integer().map(String),
);

/** A key or a value: a few fragments glued, occasionally huge, sometimes percent-encoded. */
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.array(fragment, { maxLength: 4 }).map((xs) => xs.join('')) },
  { weight: 2, arbitrary: fc.array(fragment, { maxLength: 6 }).map((xs) => xs.join(',')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 61, max: 20_000 }), fc.constantFrom('x', 'é', '😀', '%', ',', '<'))
      .map(([n, c]) => c.repeat(n)),
  },
  {
    weight: 1,
    // Odd offsets put an astral character across every cut (200 for q, 57 for the notice).
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 20, max: 400 }))
      .map(([n, k]) => 'a'.repeat(n) + '😀'.repeat(k)),
  },
  {
    weight: 1,
    arbitrary: fc.array(fragment, { maxLength: 4 }).map((xs) => {
      const s = xs.join('');
      return hasLoneSurrogate(s) ? s : encodeURIComponent(s);
    }),
  },
);

const pair = fc.oneof(
  fc.tuple(piece, piece).map(([k, v]) => `${k}=${v}`),
  fc.tuple(fc.constantFrom(...PARAMS), piece).map(([k, v]) => `${k}=${v}`),
  piece,
);

const hostileQuery = fc
  .tuple(fc.boolean(), fc.array(pair, { maxLength: 8 }), fc.constantFrom('&', '&&', ';', '&amp;'))
  .map(([mark, pairs, sep]) => (mark ? '?' : '') + pairs.join(sep));

describe('URL properties (fast-check, 1 000 cases each)', () => {
  it('cuts an overlong search text without splitting an emoji (regression: serializeUrl threw URIError)', () => {
    for (const n of [198, 199, 200]) {
      const { state } = parseUrl(`?q=${'a'.repeat(n)}${'😀'.repeat(5)}`);
      expect(hasLoneSurrogate(state.q)).toBe(false);
      expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(() => serializeUrl(state)).not.toThrow();
    }
    // A lone surrogate set by script is written as U+FFFD, as URLSearchParams would, rather than throwing.
    expect(serializeUrl({ ...parseUrl('').state, q: 'a\uD800b' })).toBe('?q=a%EF%BF%BDb');
  });

  it('(a) every valid state survives serialize → parse, with nothing dropped', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const { state, dropped } = parseUrl(serializeUrl(s));
        expect(dropped).toEqual([]);
        const expected = normalised(s);
        expect({ ...state, carte: null }).toEqual({ ...expected, carte: null });
        expectCameraClose(state.carte, expected.carte);
      }),
      RUNS,
    );
  });

  it('(b) any query string parses without throwing into allowed values, with short dropped strings', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const { state, dropped } = parseUrl(query);
        expectAllowed(state);
        for (const d of dropped) {
          const display = `${d.param}${d.value ? `=${d.value}` : ''}`;
          expect(d.param.length).toBeLessThanOrEqual(60);
          expect(d.value.length).toBeLessThanOrEqual(60);
          expect(display.length).toBeLessThanOrEqual(121);
        }
        // Also as a URLSearchParams object, the other input parseUrl accepts.
        expectAllowed(parseUrl(new URLSearchParams(query)).state);
      }),
      RUNS,
    );
  });

  it('(c) serialize is idempotent through parse, for valid states and for any link', () => {
    fc.assert(
      fc.property(fc.oneof(validState.map(serializeUrl), hostileQuery), (query) => {
        const once = serializeUrl(parseUrl(query).state);
        const { state, dropped } = parseUrl(once);
        expect(dropped).toEqual([]);
        expect(serializeUrl(state)).toBe(once);
      }),
      RUNS,
    );
  });
});
