/**
 * The deck in the link (`diapos`) and in its .json file (#16, src/lib/share/deck/codec.ts), checked on
 * generated decks with fast-check: any deck the operations can make comes back the same from its link
 * (compressed or not) and from its file, and its link is one url.ts carries; every truncation, a future
 * version, 100 slides, an oversize field, a view the atlas does not know, bytes that are not UTF-8 are
 * refused with their reason; hostile titles come back as the same plain text.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AUDIENCE_IDS, AXIS_IDS, FORMAT_IDS, LEVER_IDS, TERRITORY_IDS } from '../../src/lib/data/ids';
import {
  FILE_FORMAT,
  LINK_LIMIT,
  decodeDeck,
  deckFromJson,
  deckLink,
  deckShape,
  deckToJson,
  diaposValue,
  encodeDeck,
  fromBase64url,
  linkLength,
  readDiapos,
  toBase64url,
  type Decoded,
} from '../../src/lib/share/deck/codec';
import {
  MAX_NOTES,
  MAX_SLIDES,
  MAX_TITLE,
  addSlide,
  deleteSlide,
  duplicateSlide,
  emptyDeck,
  moveSlide,
  renameSlide,
  setNotes,
  textLength,
  viewOf,
  viewQuery,
  type Deck,
  type SlideView,
} from '../../src/lib/share/deck/deck';
import { readyMadeDeck } from '../../src/lib/share/deck/ready-made';
import {
  CHARTS,
  MAX_ZOOM,
  MIN_ZOOM,
  VIEWS,
  defaultUrlState,
  needsPush,
  parseUrl,
  serializeUrl,
} from '../../src/lib/state/url';

const RUNS = { numRuns: 200 };

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"]}',
  '\\u0000',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'javascript:alert(1)',
  '\u202Eevil',
  '&lt;b&gt;',
];

const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

// ── Generated decks ──────────────────────────────────────────────────────────────────────────────────

const view: fc.Arbitrary<SlideView> = fc
  .record({
    territoire: fc.option(fc.constantFrom(...TERRITORY_IDS), { nil: null }),
    comparer: fc
      .shuffledSubarray([...TERRITORY_IDS], { minLength: 2, maxLength: 4 })
      .chain((ids) => fc.constantFrom(ids, [] as typeof ids)),
    leviers: fc.shuffledSubarray([...LEVER_IDS]),
    axes: fc.shuffledSubarray([...AXIS_IDS]),
    publics: fc.shuffledSubarray([...AUDIENCE_IDS]),
    formats: fc.shuffledSubarray([...FORMAT_IDS]),
    q: fc.oneof(
      fc.constant(''),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 220 }),
    ),
    vue: fc.constantFrom(...VIEWS),
    graphique: fc.option(fc.constantFrom(...CHARTS), { nil: null }),
    carte: fc.option(
      fc.record({
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
      }),
      { nil: null },
    ),
  })
  .map(viewOf);

/** Any text a user may type or paste: graphemes, any code point, controls, halves of pairs, markup, too long. */
const text = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: max + 20 }) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.constantFrom(
          'a',
          'é',
          '😀',
          '\n',
          '\r',
          '\t',
          '\u0000',
          '\u001F',
          '\u2028',
          '\uD800',
          '\uDC00',
          '"',
          '\\',
          '<',
          '»',
        ),
        maxLength: max + 5,
      }),
    },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  );

type Op =
  | { op: 'add'; view: SlideView; title: string | undefined; at: number }
  | { op: 'move'; from: number; to: number }
  | { op: 'dup'; i: number }
  | { op: 'del'; i: number }
  | { op: 'rename'; i: number; title: string }
  | { op: 'notes'; i: number; notes: string };

const index = fc.nat({ max: 40 });
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      view,
      title: fc.option(text(MAX_TITLE), { nil: undefined }),
      at: index,
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('move' as const), from: index, to: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('dup' as const), i: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('del' as const), i: index }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('rename' as const), i: index, title: text(MAX_TITLE) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('notes' as const), i: index, notes: text(MAX_NOTES) }),
  },
);

function apply(deck: Deck, o: Op): Deck {
  const i = (n: number) => (deck.slides.length ? n % deck.slides.length : 0);
  switch (o.op) {
    case 'add':
      return addSlide(deck, o.view, o.title, o.at) ?? deck;
    case 'move':
      return moveSlide(deck, i(o.from), o.to);
    case 'dup':
      return duplicateSlide(deck, i(o.i)) ?? deck;
    case 'del':
      return deleteSlide(deck, i(o.i))?.deck ?? deck;
    case 'rename':
      return renameSlide(deck, i(o.i), o.title);
    case 'notes':
      return setNotes(deck, i(o.i), o.notes);
  }
}

/** A deck the operations made: any language, any slides within the limits, ids with gaps. */
const deck: fc.Arbitrary<Deck> = fc
  .tuple(fc.constantFrom('fr' as const, 'en' as const), fc.array(op, { maxLength: 45 }))
  .map(([lang, ops]) => ops.reduce(apply, emptyDeck(lang)));

function expectWithinLimits(d: Deck) {
  expect(d.slides.length).toBeLessThanOrEqual(MAX_SLIDES);
  expect(new Set(d.slides.map((s) => s.id)).size).toBe(d.slides.length);
  for (const s of d.slides) {
    expect(s.id).toMatch(/^[0-9a-z]{1,6}$/);
    expect(textLength(s.title)).toBeLessThanOrEqual(MAX_TITLE);
    expect(textLength(s.notes)).toBeLessThanOrEqual(MAX_NOTES);
    expect(hasLoneSurrogate(s.title) || hasLoneSurrogate(s.notes)).toBe(false);
    expect(s.title).not.toMatch(/[\n\r]/);
    expect(viewOf(s.view)).toEqual(s.view);
  }
}

// ── Forged links, for what the encoder never writes ─────────────────────────────────────────────────

const utf8 = (s: string) => new TextEncoder().encode(s);

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const cs = new CompressionStream('deflate-raw');
  const w = cs.writable.getWriter();
  void w.write(bytes).then(() => w.close());
  return new Uint8Array(await new Response(cs.readable).arrayBuffer());
}

/** A `diapos` value with this payload (JSON, or raw bytes), compressed or not, and any shape. */
async function forge(payload: unknown, form: 'z' | 'j' = 'z', shape = 'AAAAA'): Promise<string> {
  const bytes = payload instanceof Uint8Array ? new Uint8Array(payload) : utf8(JSON.stringify(payload));
  return `1.${shape}.${form}${toBase64url(form === 'z' ? await deflate(bytes) : bytes)}`;
}

const reason = (d: Decoded) => (d.ok ? 'ok' : d.reason);

afterEach(() => vi.unstubAllGlobals());

describe('diapos codec: round trips (fast-check)', () => {
  it('any deck the operations make stays within the limits', () => {
    fc.assert(fc.property(deck, expectWithinLimits), { numRuns: 500 });
  });

  it('any deck comes back the same from its link, compressed or not, and from its .json file', async () => {
    await fc.assert(
      fc.asyncProperty(deck, async (d) => {
        for (const form of ['auto', 'z', 'j'] as const) {
          const value = await encodeDeck(d, form);
          expect(await decodeDeck(value)).toEqual({ ok: true, deck: d });
        }
        expect(deckFromJson(deckToJson(d))).toEqual({ ok: true, deck: d });
      }),
      RUNS,
    );
  });

  it('writes a value url.ts carries as it is: parsed, written back, unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(deck, async (d) => {
        const value = await encodeDeck(d);
        expect(value).toMatch(/^1\.[\w-]{5}\.[zj][\w-]+$/);
        if (value.length > LINK_LIMIT) return;
        const { state, dropped } = parseUrl(`?diapos=${value}`);
        expect(dropped).toEqual([]);
        expect(state.diapos).toBe(value);
        expect(serializeUrl(state)).toBe(`?diapos=${value}`);
        // « Compact »: the shorter of the two forms.
        const [z, j] = [await encodeDeck(d, 'z'), await encodeDeck(d, 'j')];
        expect(value.length).toBe(Math.min(z.length, j.length));
      }),
      RUNS,
    );
  });

  it('keeps its shape while a title or notes are typed, and changes it when slides are added, removed or moved', async () => {
    await fc.assert(
      fc.asyncProperty(
        deck,
        text(MAX_TITLE),
        text(MAX_NOTES),
        fc.nat(),
        fc.nat(),
        async (d, title, notes, a, b) => {
          const url = async (x: Deck) => ({ ...defaultUrlState(), diapos: await diaposValue(x) });
          const before = await url(d);
          if (d.slides.length === 0) {
            expect(before.diapos).toBe('');
            const one = addSlide(d, viewOf(defaultUrlState()))!;
            expect(needsPush(before, await url(one))).toBe(true);
            return;
          }
          const i = a % d.slides.length;
          expect(needsPush(before, await url(setNotes(renameSlide(d, i, title), i, notes)))).toBe(false);
          expect(deckShape(renameSlide(d, i, title))).toBe(deckShape(d));
          const changed = [
            addSlide(d, d.slides[i]!.view, d.slides[i]!.title),
            duplicateSlide(d, i),
            d.slides.length > 1 ? deleteSlide(d, i)!.deck : null,
            d.slides.length > 1
              ? moveSlide(d, i, (i + 1 + (b % (d.slides.length - 1))) % d.slides.length)
              : null,
          ].filter((x): x is Deck => x !== null && x !== d);
          for (const next of changed) expect(needsPush(before, await url(next))).toBe(true);
          // The last slide deleted: no deck left in the link, and no entry to go back to (url.ts).
          if (d.slides.length === 1)
            expect(needsPush(before, await url(deleteSlide(d, 0)!.deck))).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps hostile titles and notes as the same plain text', async () => {
    let d = emptyDeck('fr');
    for (const h of HOSTILE) d = setNotes(addSlide(d, viewOf(defaultUrlState()), h)!, d.slides.length, h);
    for (const form of ['z', 'j'] as const) {
      const back = await decodeDeck(await encodeDeck(d, form));
      expect(back.ok && back.deck.slides.map((s) => [s.title, s.notes])).toEqual(HOSTILE.map((h) => [h, h]));
    }
    const file = deckFromJson(deckToJson(d));
    expect(file.ok && file.deck.slides.map((s) => s.title)).toEqual(HOSTILE);
  });
});

describe('diapos codec: what it refuses', () => {
  it('refuses every truncation of a link, at every length, in both forms', async () => {
    const decks = [
      readyMadeDeck('fr'),
      readyMadeDeck('en'),
      addSlide(emptyDeck('en'), viewOf(defaultUrlState()), '😀')!,
    ];
    for (const d of decks) {
      for (const form of ['z', 'j'] as const) {
        const value = await encodeDeck(d, form);
        for (let n = 0; n < value.length; n++) {
          const got = await decodeDeck(value.slice(0, n));
          expect(got.ok, `${form} ${n}/${value.length}`).toBe(false);
        }
      }
    }
  });

  it('refuses every truncation of generated links (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        deck.filter((d) => d.slides.length > 0 && d.slides.length <= 4),
        fc.constantFrom('z' as const, 'j' as const),
        async (d, form) => {
          const value = await encodeDeck(d, form);
          for (let n = 0; n < value.length; n++) expect((await decodeDeck(value.slice(0, n))).ok).toBe(false);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('says a deck is from a future version', async () => {
    const value = await encodeDeck(readyMadeDeck('fr'));
    for (const v of [value.replace(/^1\./, '2.'), '2.abcde.zAAAA', '10.x', '9999.anything at all', '2.'])
      expect(reason(await decodeDeck(v)), v).toBe('deck-version');
    const file = JSON.parse(deckToJson(readyMadeDeck('fr'))) as Record<string, unknown>;
    expect(reason(deckFromJson(JSON.stringify({ ...file, version: 2 })))).toBe('deck-version');
    expect(reason(deckFromJson(JSON.stringify({ ...file, version: 0 })))).toBe('deck-damaged');
  });

  it('refuses 100 slides (and 31), in the link and in the file', async () => {
    for (const n of [31, 100]) {
      const rows = Array.from({ length: n }, (_, i) => [i.toString(36), '', `Diapositive ${i}`]);
      for (const form of ['z', 'j'] as const)
        expect(reason(await decodeDeck(await forge(['fr', ...rows], form)))).toBe('deck-too-many');
      const slides = rows.map(([id, view, title]) => ({ id, view, title, notes: '' }));
      expect(
        reason(deckFromJson(JSON.stringify({ format: FILE_FORMAT, version: 1, lang: 'fr', slides }))),
      ).toBe('deck-too-many');
    }
    // 30 is the limit, not past it (the shape is checked after the rest).
    const rows = Array.from({ length: 30 }, (_, i) => [i.toString(36), '', 'x']);
    expect(reason(await decodeDeck(await forge(['fr', ...rows])))).toBe('deck-damaged');
  });

  it('refuses oversize titles and notes, counted in code points', async () => {
    const cases: [string, string, string][] = [
      ['a'.repeat(MAX_TITLE + 1), '', 'deck-too-long'],
      ['😀'.repeat(MAX_TITLE + 1), '', 'deck-too-long'],
      ['x', 'n'.repeat(MAX_NOTES + 1), 'deck-too-long'],
      ['x', '𝄞'.repeat(MAX_NOTES + 1), 'deck-too-long'],
      // At the limit they pass this check (and meet the shape's: this one was forged).
      ['😀'.repeat(MAX_TITLE), '𝄞'.repeat(MAX_NOTES), 'deck-damaged'],
    ];
    for (const [title, notes, why] of cases) {
      expect(
        reason(await decodeDeck(await forge(['fr', ['1', '', title, notes]]))),
        `${title.length} ${notes.length}`,
      ).toBe(why);
      const slides = [{ id: '1', view: '', title, notes }];
      const file = deckFromJson(JSON.stringify({ format: FILE_FORMAT, version: 1, lang: 'fr', slides }));
      expect(reason(file)).toBe(why === 'deck-damaged' ? 'ok' : why);
    }
  });

  it('refuses a slide whose view the atlas does not know', async () => {
    for (const v of [
      'territoire=paris',
      'leviers=magie',
      'lang=en',
      'embed=carte',
      'rendu=webgl',
      'diapos=1.abcde.zx',
      'foo=1',
      'q=%E0%A4%A',
      `q=${'a'.repeat(201)}`,
      'carte=500,0,3',
      'comparer=nord-loiret',
      'vue=carte&vue=carte',
    ]) {
      expect(reason(await decodeDeck(await forge(['fr', ['1', v, 'x']]))), v).toBe('deck-bad-view');
      const slides = [{ id: '1', view: v, title: 'x', notes: '' }];
      expect(
        reason(deckFromJson(JSON.stringify({ format: FILE_FORMAT, version: 1, lang: 'fr', slides }))),
        v,
      ).toBe('deck-bad-view');
    }
  });

  it('refuses bytes that are not UTF-8, and anything but a deck, as damaged', async () => {
    const notUtf8 = [
      Uint8Array.of(0xff, 0xfe),
      Uint8Array.of(0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d),
      Uint8Array.of(0xed, 0xa0, 0x80),
    ];
    for (const bytes of notUtf8)
      for (const form of ['z', 'j'] as const)
        expect(reason(await decodeDeck(await forge(bytes, form)))).toBe('deck-damaged');
    for (const payload of [
      {},
      [],
      ['de'],
      ['fr', 'x'],
      ['fr', [1, '', 'x']],
      ['fr', ['1', '', 'x', 'notes', 'more']],
      ['fr', ['1', '']],
      ['fr', ['1', '', 'a'], ['1', '', 'b']],
      ['fr', ['A', '', 'x']],
      ['fr', ['__proto__', '', 'x']],
      ['fr', ['1', '', null]],
      null,
      'fr',
    ])
      expect(reason(await decodeDeck(await forge(payload))), JSON.stringify(payload)).toBe('deck-damaged');
    for (const v of [
      '',
      '1',
      '1.',
      '1.abcde',
      '1.abcde.',
      '1.abcde.z',
      '1.abcde.x0000',
      '1.abcde.zA',
      '1.abcd.zAAAA',
      '01.abcde.zAAAA',
      '1.abcde.z====',
      '1.abcde.z+/AA',
      'x'.repeat(9000),
    ])
      expect(reason(await decodeDeck(v)), v.slice(0, 20)).toBe('deck-damaged');
    // Not a base64url of its own (stray bits after the last byte).
    expect(fromBase64url('QR')).toBeNull();
    expect(fromBase64url('QQ')).toEqual(Uint8Array.of(0x41));
    // A link whose shape does not match its slides was cut or altered.
    const value = await encodeDeck(readyMadeDeck('fr'));
    const other = value.replace(/^1\.[\w-]{5}/, '1.AAAAA');
    expect(reason(await decodeDeck(other))).toBe('deck-damaged');
  });

  it('refuses a payload that decompresses past any deck’s size (a zip bomb)', async () => {
    const bomb = await forge(new Uint8Array(3 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(LINK_LIMIT);
    expect(reason(await decodeDeck(bomb))).toBe('deck-damaged');
  });

  it('never throws, whatever the string (fast-check)', async () => {
    const b64 = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
      maxLength: 200,
    });
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.tuple(fc.constantFrom('1.', '2.', '1.AAAAA.z', '1.AAAAA.j', '1.x.z'), b64).map(([h, p]) => h + p),
    );
    await fc.assert(
      fc.asyncProperty(anyText, async (s) => {
        const got = await decodeDeck(s);
        expect(typeof got.ok).toBe('boolean');
        if (got.ok) expectWithinLimits(got.deck);
        const file = deckFromJson(s);
        if (file.ok) expectWithinLimits(file.deck);
      }),
      { numRuns: 500 },
    );
  });

  it('says where this browser cannot decompress, and writes the plain form where it cannot compress', async () => {
    const d = readyMadeDeck('en');
    const z = await encodeDeck(d, 'z');
    vi.stubGlobal('DecompressionStream', undefined);
    expect(reason(await decodeDeck(z))).toBe('deck-unsupported');
    vi.stubGlobal('CompressionStream', undefined);
    const plain = await encodeDeck(d);
    expect(plain).toMatch(/^1\.[\w-]{5}\.j/);
    expect(await decodeDeck(plain)).toEqual({ ok: true, deck: d });
  });
});

describe('the .json file', () => {
  it('is readable: the format, the version, each view as its link’s query string', () => {
    const d = readyMadeDeck('fr');
    const file = JSON.parse(deckToJson(d)) as {
      format: string;
      version: number;
      lang: string;
      slides: { view: string }[];
    };
    expect(file.format).toBe(FILE_FORMAT);
    expect(file.version).toBe(1);
    expect(file.lang).toBe('fr');
    expect(file.slides.map((s) => s.view)).toEqual(d.slides.map((s) => viewQuery(s.view)));
  });

  it('is read with a byte-order mark or without notes, and refused when it is not a deck file', () => {
    const d = readyMadeDeck('fr');
    expect(deckFromJson(`\uFEFF${deckToJson(d)}`)).toEqual({ ok: true, deck: d });
    const slides = [{ id: '1', view: 'territoire=nord-loiret', title: 'Nord Loiret' }];
    const read = deckFromJson(JSON.stringify({ format: FILE_FORMAT, version: 1, lang: 'en', slides }));
    expect(read.ok && read.deck.slides[0]!.notes).toBe('');
    for (const bad of [
      '',
      'not json',
      '[]',
      'null',
      JSON.stringify({ version: 1, lang: 'fr', slides: [] }),
      JSON.stringify({ format: FILE_FORMAT, version: 1, lang: 'de', slides: [] }),
      JSON.stringify({ format: FILE_FORMAT, version: 1, lang: 'fr', slides: {} }),
      JSON.stringify({ format: FILE_FORMAT, version: 1, lang: 'fr', slides: [null] }),
      JSON.stringify({
        format: FILE_FORMAT,
        version: 1,
        lang: 'fr',
        slides: [{ id: '1', view: '', title: 1 }],
      }),
      `{"format":"${FILE_FORMAT}","version":1,"lang":"fr","slides":[],"x":"${'a'.repeat(1024 * 1024)}"}`,
    ])
      expect(reason(deckFromJson(bad)), bad.slice(0, 40)).toBe('deck-damaged');
  });
});

describe('the link’s length', () => {
  it('counts the whole link with the deck, and says when it passes 8 000 characters', async () => {
    const url = 'https://atlas.example.org/?territoire=nord-loiret';
    const d = readyMadeDeck('fr');
    const value = await encodeDeck(d);
    expect(await deckLink(d, url)).toEqual({
      value,
      length: url.length + '&diapos='.length + value.length,
      fits: true,
    });
    expect(await linkLength(d)).toBe('?diapos='.length + value.length);
    expect(await deckLink(emptyDeck('fr'), url)).toEqual({ value: '', length: url.length, fits: true });
    // Thirty slides of notes that do not compress: past the limit, so the .json file is offered instead.
    let big = emptyDeck('fr');
    let seed = 1;
    const noise = () =>
      Array.from({ length: MAX_NOTES }, () =>
        String.fromCodePoint(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000)),
      ).join('');
    for (let i = 0; i < MAX_SLIDES; i++)
      big = setNotes(addSlide(big, viewOf(defaultUrlState()))!, i, noise());
    const link = await deckLink(big, url);
    expect(link.fits).toBe(false);
    expect(link.length).toBeGreaterThan(LINK_LIMIT);
    // url.ts never writes such a value into the address.
    expect(serializeUrl({ ...defaultUrlState(), diapos: link.value })).toBe('');
  });
});

describe('readDiapos, the notice’s hook', () => {
  it('gives the deck, or the entry the notice shows: diapos, the value cut for display, the reason', async () => {
    const d = readyMadeDeck('en');
    expect(await readDiapos(await encodeDeck(d))).toEqual({ ok: true, deck: d });
    const bad = `2.${'x'.repeat(300)}`;
    const read = await readDiapos(bad);
    expect(read).toEqual({
      ok: false,
      dropped: { param: 'diapos', value: expect.any(String), reason: 'deck-version' },
    });
    expect(!read.ok && read.dropped.value.length).toBeLessThanOrEqual(60);
  });
});
