/**
 * The URL contract (PRODUCT.md « URL »), checked on generated inputs with fast-check: every valid state
 * survives a round trip, any query string at all parses without throwing into a state made only of allowed
 * values, and serializing is idempotent through parsing. Arbitrary bytes, percent-encoded or raw, broken
 * sequences included: every parameter given is used as given or named in the notice (#13).
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
  type Param,
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

/** The syntax of a deck in the link (PRODUCT.md « URL » `diapos`, #16), as url.ts checks it: opaque past that. */
const DIAPOS = /^\d{1,4}\.[\w-]{1,8}\.[\w-]+$/;
const diaposText = fc.oneof(
  fc.stringMatching(/^\d{1,4}\.[\w-]{1,8}\.[\w-]{1,60}$/),
  // Up to the longest a link may carry.
  fc.integer({ min: 1, max: 7990 }).map((n) => `1.AbC-_.z${'x'.repeat(n)}`),
);

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
  diapos: fc.oneof(fc.constant(''), diaposText),
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

/**
 * What a valid state becomes through a link: the search text cut to the limit, the camera rounded, and
 * what would do nothing left out (PRODUCT.md « URL », written out here rather than taken from url.ts): a card
 * needs a territory and shows no comparison; the embeds that show the map or a card show no charts (a chart
 * chosen in the map view is kept: the charts open on it).
 */
function normalised(s: UrlState): UrlState {
  const n = { ...s, q: cut(s.q, MAX_QUERY_LENGTH) };
  if (n.embed === 'fiche' && !n.territoire) n.embed = null;
  if (n.embed === 'fiche') n.comparer = [];
  if (n.embed === 'carte' || n.embed === 'fiche') n.vue = 'carte';
  if (n.embed === 'graphique') n.vue = n.vue === 'graphiques' ? n.vue : 'carte';
  if (n.embed === 'carte' || n.embed === 'fiche') n.graphique = null;
  return n;
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
  expect(state.diapos === '' || (state.diapos.length <= 8000 && DIAPOS.test(state.diapos))).toBe(true);
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

// ── Arbitrary bytes (#13) ──────────────────────────────────────────────────────────────────────────────
const byte = fc.integer({ min: 0, max: 255 });
const hex = (b: number, upper: boolean) => {
  const h = b.toString(16).padStart(2, '0');
  return `%${upper ? h.toUpperCase() : h}`;
};

/** One piece of a query string: a byte percent-encoded or raw, a broken sequence, or structure. */
const byteToken = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(byte, fc.boolean()).map(([b, upper]) => hex(b, upper)) },
  // Raw: the byte as one character (a raw byte of 0x80 or more is U+0080–U+00FF in a JS string).
  { weight: 6, arbitrary: byte.map((b) => String.fromCharCode(b)) },
  // Valid UTF-8 sequences, encoded, so that high bytes also form text.
  {
    weight: 3,
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).map(encodeURIComponent),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '%',
      '%A',
      '%G0',
      '%%',
      '%E0%A4%A',
      '%C3',
      '%ED%A0%80',
      '%C0%AF',
      '%E2%82',
      '%FF',
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom(...PARAMS).map((p) => `&${p}=`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...TERRITORY_IDS, ...LEVER_IDS, ...VIEWS, ...CHARTS, ...EMBEDS, '2.5,46.6,5'),
  },
  { weight: 2, arbitrary: fc.constantFrom('&', '=', ',', '+', '?', ' ') },
  // `mount()` takes any string: raw UTF-16, halves of a pair included.
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDC00', '😀', 'é') },
);

/** Bytes alone: names, values and separators wherever they fall. */
const byteSoup = fc
  .tuple(fc.boolean(), fc.array(byteToken, { maxLength: 40 }))
  .map(([mark, tokens]) => (mark ? '?' : '') + tokens.join(''));

const bytes = (max: number) => fc.array(byteToken, { minLength: 1, maxLength: max }).map((ts) => ts.join(''));

/** A value the parameter would read. */
const CHOICE_VALUES: Record<Param, fc.Arbitrary<string>> = {
  territoire: fc.constantFrom(...TERRITORY_IDS),
  comparer: fc
    .shuffledSubarray([...TERRITORY_IDS], { minLength: 1, maxLength: 5 })
    .map((ids) => ids.join(',')),
  leviers: idSubset(LEVER_IDS).map((ids) => ids.join(',')),
  axes: idSubset(AXIS_IDS).map((ids) => ids.join(',')),
  publics: idSubset(AUDIENCE_IDS).map((ids) => ids.join(',')),
  formats: idSubset(FORMAT_IDS).map((ids) => ids.join(',')),
  q: fc.string({ unit: 'grapheme', maxLength: 8 }).map(encodeURIComponent),
  vue: fc.constantFrom(...VIEWS),
  graphique: fc.constantFrom(...CHARTS),
  carte: camera.map((c) => `${c.lon.toFixed(3)},${c.lat.toFixed(3)},${c.zoom.toFixed(1)}`),
  lang: fc.constantFrom(...LANGS),
  rendu: fc.constantFrom(...RENDERERS),
  embed: fc.constantFrom(...EMBEDS),
  theme: fc.constantFrom(...THEMES),
  static: fc.constantFrom('', '1', 'true'),
  transparent: fc.constantFrom('', '1', 'true'),
  diapos: diaposText,
};

/** A parameter with its value: mostly one it reads, else bytes, or a good value with bytes after it. */
const bytePair = fc
  .constantFrom(...PARAMS)
  .chain((p) =>
    fc.tuple(
      fc.constant(p),
      fc.oneof(
        { weight: 6, arbitrary: CHOICE_VALUES[p] },
        { weight: 2, arbitrary: bytes(6) },
        { weight: 2, arbitrary: fc.tuple(CHOICE_VALUES[p], bytes(2)).map(([v, b]) => v + b) },
      ),
    ),
  );

/** Pairs built on the parameters, so that real links come out and the rules between parameters meet. */
const byteLink = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: bytePair.map(([k, v]) => `${k}=${v}`) },
      { weight: 1, arbitrary: fc.tuple(bytes(4), bytes(4)).map(([k, v]) => `${k}=${v}`) },
    ),
    { maxLength: 8 },
  )
  .map((ps) => `?${ps.join('&')}`);

const byteQuery = fc.oneof(byteSoup, byteLink);

/** Plain arbitrary bytes, each percent-encoded or raw at random. */
const rawBytes = fc
  .array(fc.tuple(byte, fc.constantFrom('raw', 'upper', 'lower')), { maxLength: 60 })
  .map((bs) =>
    bs.map(([b, how]) => (how === 'raw' ? String.fromCharCode(b) : hex(b, how === 'upper'))).join(''),
  );

const anyBytes = fc.oneof(byteQuery, rawBytes);

const utf8 = new TextEncoder();
const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The form-urlencoded reading of one name or value, written apart from url.ts: « + » is a space, `%XX` a
 * byte, any other character its UTF-8 bytes; then the bytes must be UTF-8 (TextDecoder, fatal). `null`: a
 * `%` without two hex digits, a lone surrogate, or bytes that are not UTF-8.
 */
function strictDecode(raw: string): string | null {
  const s = raw.replace(/\+/g, ' ');
  if (/%(?![0-9A-Fa-f]{2})/.test(s) || hasLoneSurrogate(s)) return null;
  const chunks = [...s.matchAll(/([^%]+)|%([0-9A-Fa-f]{2})/g)].map(([, run, h]) =>
    run !== undefined ? utf8.encode(run) : Uint8Array.of(parseInt(h!, 16)),
  );
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

/** The pairs of a query string as WHATWG splits them: one leading « ? » off, on « & », empty ones skipped. */
function rawPairs(query: string): [string, string][] {
  return (query.startsWith('?') ? query.slice(1) : query)
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
    });
}

/** How the notice shows `text`: well-formed, cut to 57 units and « … » past 60. */
const asShown = (text: string) => {
  const w = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return w.length > 60 ? `${cut(w, 57)}…` : w;
};

const uniqueParts = (v: string) => [
  ...new Set(
    v
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  ),
];

/** Whether `state` holds what `key=value` says (the parameter's first and only reading). */
function usedAsGiven(state: UrlState, key: Param, value: string): boolean {
  const v = value.trim();
  switch (key) {
    case 'comparer':
    case 'leviers':
    case 'axes':
    case 'publics':
    case 'formats':
      return JSON.stringify(state[key]) === JSON.stringify(uniqueParts(value));
    case 'q':
      return state.q === value;
    case 'carte': {
      const parts = v.split(',').map(Number);
      return (
        state.carte !== null &&
        JSON.stringify([state.carte.lon, state.carte.lat, state.carte.zoom]) === JSON.stringify(parts)
      );
    }
    case 'static':
    case 'transparent':
      return state[key];
    default:
      return state[key] === v;
  }
}

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
      fc.property(fc.oneof(hostileQuery, anyBytes), (query) => {
        const { state, dropped } = parseUrl(query);
        expectAllowed(state);
        for (const d of dropped) {
          const display = `${d.param}${d.value ? `=${d.value}` : ''}`;
          expect(d.param.length).toBeLessThanOrEqual(60);
          expect(d.value.length).toBeLessThanOrEqual(60);
          expect(display.length).toBeLessThanOrEqual(121);
          expect(hasLoneSurrogate(display)).toBe(false);
        }
        // Also as a URLSearchParams object, the other input parseUrl accepts.
        expectAllowed(parseUrl(new URLSearchParams(query)).state);
      }),
      RUNS,
    );
  });

  it('(c) serialize is idempotent through parse, for valid states and for any link', () => {
    fc.assert(
      fc.property(fc.oneof(validState.map(serializeUrl), hostileQuery, anyBytes), (query) => {
        const once = serializeUrl(parseUrl(query).state);
        const { state, dropped } = parseUrl(once);
        expect(dropped).toEqual([]);
        expect(serializeUrl(state)).toBe(once);
      }),
      RUNS,
    );
  });

  it('(d) any bytes: every parameter given is used as given or named in the notice', () => {
    fc.assert(
      fc.property(fc.oneof(anyBytes, hostileQuery), (query) => {
        const { state, dropped } = parseUrl(query);
        const names = (param: string, reason?: string) =>
          dropped.some((d) => d.param === param && (reason === undefined || d.reason === reason));
        const seen = new Set<string>();
        for (const [rawKey, rawValue] of rawPairs(query)) {
          const key = strictDecode(rawKey);
          if (key === null) {
            expect(names(asShown(rawKey), 'bad-encoding'), `name ${JSON.stringify(rawKey)}`).toBe(true);
            continue;
          }
          if (!(PARAMS as readonly string[]).includes(key)) {
            expect(names(asShown(key), 'unknown-param'), `name ${JSON.stringify(key)}`).toBe(true);
            continue;
          }
          if (seen.has(key)) {
            expect(names(key, 'repeated'), `repeated ${key}`).toBe(true);
            continue;
          }
          seen.add(key);
          const value = strictDecode(rawValue);
          if (value === null) {
            expect(dropped, `${key}=${JSON.stringify(rawValue)}`).toContainEqual({
              param: key,
              value: asShown(rawValue),
              reason: 'bad-encoding',
            });
            continue;
          }
          if (!names(key))
            expect(usedAsGiven(state, key as Param, value), `${key}=${JSON.stringify(value)}`).toBe(true);
        }
        // Where every name and value is well encoded, the reading is URLSearchParams's.
        if (rawPairs(query).every(([k, v]) => strictDecode(k) !== null && strictDecode(v) !== null)) {
          expect(parseUrl(new URLSearchParams(query))).toEqual({ state, dropped });
        }
      }),
      RUNS,
    );
  });

  it('(e) any bytes: the state read, written back, reads as the same state with nothing dropped', () => {
    fc.assert(
      fc.property(fc.oneof(anyBytes, hostileQuery), (query) => {
        const { state } = parseUrl(query);
        const again = parseUrl(serializeUrl(state));
        expect(again.dropped).toEqual([]);
        expect({ ...again.state, carte: null }).toEqual({ ...state, carte: null });
        expectCameraClose(again.state.carte, state.carte);
      }),
      RUNS,
    );
  });

  it('(f) any valid state, whatever its parameters do together, is written so that it reads back clean', () => {
    fc.assert(
      fc.property(validState, (s) => {
        expect(parseUrl(serializeUrl(s)).dropped).toEqual([]);
      }),
      RUNS,
    );
  });
});
