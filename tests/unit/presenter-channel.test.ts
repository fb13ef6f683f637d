// The presenter view's channel (#16, share/deck/presenter-channel.ts): its parsers take only what the
// protocol allows and rebuild it from known fields; `trusted` wants the expected window and this page's
// origin (the opaque 'null' of file:// matching only itself); the two sides talk through fake windows.
import { afterEach, describe, expect, it, vi } from 'vitest';

import { MAX_NOTES, MAX_SLIDES, MAX_TITLE } from '../../src/lib/share/deck/deck';
import {
  HELLO_EVERY,
  LIMITS,
  PRESENTER_WINDOW,
  connectPresenter,
  openPresenter,
  parseToAudience,
  parseToPresenter,
  targetOrigin,
  trusted,
  type ToPresenter,
} from '../../src/lib/share/deck/presenter-channel';

const slide = (i: number) => ({ title: `Diapo ${i}`, caption: `Carte ${i}`, notes: `Notes\n${i}` });
const state = (over: Record<string, unknown> = {}) => ({
  type: 'atlas-deck',
  v: 1,
  kind: 'state',
  lang: 'fr',
  index: 1,
  slides: [slide(0), slide(1), slide(2)],
  startedAt: 1_700_000_000_000,
  ...over,
});

describe('parseToPresenter', () => {
  it('reads a state and an end, rebuilt from their known fields', () => {
    const m = parseToPresenter({ ...state(), extra: '<script>', __proto__: { polluted: true } });
    expect(m).toEqual(state());
    expect(m).not.toHaveProperty('extra');
    expect(parseToPresenter({ type: 'atlas-deck', v: 1, kind: 'end', slides: 'x' })).toEqual({
      type: 'atlas-deck',
      v: 1,
      kind: 'end',
    });
  });

  it('keeps hostile text as the text it is', () => {
    const title = '<img src=x onerror=alert(1)>';
    const m = parseToPresenter(state({ slides: [{ title, caption: '', notes: '' }], index: 0 }));
    expect(m?.kind === 'state' && m.slides[0]!.title).toBe(title);
  });

  it.each([
    ['not an object', 'state'],
    ['null', null],
    ['an array', [state()]],
    ['another type', state({ type: 'fabrique-atlas:height' })],
    ['a future version', state({ v: 2 })],
    ['a version as text', state({ v: '1' })],
    ['an unknown kind', state({ kind: 'go' })],
    ['an unknown language', state({ lang: 'de' })],
    ['no slides', state({ slides: [], index: 0 })],
    ['slides not a list', state({ slides: { 0: slide(0), length: 1 } })],
    ['31 slides', state({ slides: Array.from({ length: 31 }, (_, i) => slide(i)) })],
    ['an index past the end', state({ index: 3 })],
    ['a negative index', state({ index: -1 })],
    ['a fractional index', state({ index: 0.5 })],
    ['an index as text', state({ index: '1' })],
    ['no start time', state({ startedAt: undefined })],
    ['an infinite start time', state({ startedAt: Infinity })],
    ['a start time that is not a number', state({ startedAt: NaN })],
    ['a slide that is not an object', state({ slides: [slide(0), 'Diapo 1'], index: 0 })],
    ['a title that is not text', state({ slides: [{ ...slide(0), title: 42 }], index: 0 })],
    ['a missing caption', state({ slides: [{ title: 'a', notes: '' }], index: 0 })],
    ['notes that are not text', state({ slides: [{ ...slide(0), notes: ['a'] }], index: 0 })],
  ])('refuses %s', (_, data) => {
    expect(parseToPresenter(data)).toBeNull();
  });

  it('holds the deck’s limits, counted in code points', () => {
    const at = (over: Partial<ReturnType<typeof slide>>) =>
      state({ slides: [{ ...slide(0), ...over }], index: 0 });
    expect(parseToPresenter(at({ title: 'é'.repeat(120) }))).not.toBeNull();
    expect(parseToPresenter(at({ title: 'é'.repeat(121) }))).toBeNull();
    // An emoji is two UTF-16 units and one code point: 120 of them are a title's 120.
    expect(parseToPresenter(at({ title: '🏭'.repeat(120) }))).not.toBeNull();
    expect(parseToPresenter(at({ title: '🏭'.repeat(121) }))).toBeNull();
    expect(parseToPresenter(at({ notes: 'a'.repeat(1000) }))).not.toBeNull();
    expect(parseToPresenter(at({ notes: 'a'.repeat(1001) }))).toBeNull();
    expect(parseToPresenter(at({ caption: 'a'.repeat(1001) }))).toBeNull();
    expect(parseToPresenter(at({ notes: 'a'.repeat(5_000_000) }))).toBeNull();
    expect(
      parseToPresenter(state({ slides: Array.from({ length: 30 }, (_, i) => slide(i)) })),
    ).not.toBeNull();
  });

  it('agrees with the deck’s own limits', () => {
    expect(LIMITS).toMatchObject({ slides: MAX_SLIDES, title: MAX_TITLE, notes: MAX_NOTES });
  });

  it('never throws, even on an object whose fields throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    const getter = {
      type: 'atlas-deck',
      v: 1,
      kind: 'state',
      get slides(): never {
        throw new Error('boom');
      },
    };
    expect(parseToPresenter(hostile)).toBeNull();
    expect(parseToPresenter(getter)).toBeNull();
    expect(parseToAudience(hostile)).toBeNull();
  });
});

describe('parseToAudience', () => {
  it('reads hello and go', () => {
    expect(parseToAudience({ type: 'atlas-deck', v: 1, kind: 'hello' })).toEqual({
      type: 'atlas-deck',
      v: 1,
      kind: 'hello',
    });
    expect(parseToAudience({ type: 'atlas-deck', v: 1, kind: 'go', index: 29, more: 1 })).toEqual({
      type: 'atlas-deck',
      v: 1,
      kind: 'go',
      index: 29,
    });
  });

  it.each([
    ['a go past 30 slides', { type: 'atlas-deck', v: 1, kind: 'go', index: 30 }],
    ['a negative go', { type: 'atlas-deck', v: 1, kind: 'go', index: -1 }],
    ['a go without index', { type: 'atlas-deck', v: 1, kind: 'go' }],
    ['a go as text', { type: 'atlas-deck', v: 1, kind: 'go', index: '2' }],
    ['a state sent the wrong way', state()],
    ['another version', { type: 'atlas-deck', v: 2, kind: 'hello' }],
    ['another type', { type: 'other', v: 1, kind: 'hello' }],
    ['a string', 'hello'],
  ])('refuses %s', (_, data) => {
    expect(parseToAudience(data)).toBeNull();
  });
});

describe('trusted', () => {
  const mine = { name: 'popup' } as unknown as Window;
  const other = { name: 'other' } as unknown as Window;
  const event = (source: unknown, origin: string) => ({ source, origin }) as unknown as MessageEvent;

  it('wants the expected window and this page’s origin', () => {
    expect(trusted(event(mine, 'https://atlas.example'), mine, 'https://atlas.example')).toBe(true);
    expect(trusted(event(other, 'https://atlas.example'), mine, 'https://atlas.example')).toBe(false);
    expect(trusted(event(mine, 'https://evil.example'), mine, 'https://atlas.example')).toBe(false);
    expect(trusted(event(null, 'https://atlas.example'), mine, 'https://atlas.example')).toBe(false);
    expect(trusted(event(null, 'https://atlas.example'), null, 'https://atlas.example')).toBe(false);
  });

  it('from file://, the opaque origin matches only itself, and the source still has to be ours', () => {
    expect(trusted(event(mine, 'null'), mine, 'null')).toBe(true);
    expect(trusted(event(other, 'null'), mine, 'null')).toBe(false);
    expect(trusted(event(mine, 'null'), mine, 'https://atlas.example')).toBe(false);
    expect(trusted(event(mine, 'https://atlas.example'), mine, 'null')).toBe(false);
  });

  it('posts to this origin, and to any only when the origin cannot be named', () => {
    expect(targetOrigin('https://atlas.example')).toBe('https://atlas.example');
    expect(targetOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(targetOrigin('null')).toBe('*');
    expect(targetOrigin('file://')).toBe('*');
  });
});

/** A window the channel posts to: `postMessage` recorded. */
class PlainWindow extends EventTarget {
  posted: { message: unknown; target: string }[] = [];
  closed = false;
  postMessage(message: unknown, target: string) {
    this.posted.push({ message: structuredClone(message), target });
  }
}

/** A window as the channel sees it: events, `open`, timers, an origin, and a message arriving in it. */
class FakeWindow extends PlainWindow {
  opener: PlainWindow | null = null;
  opened: { href: string; name: string; features: string }[] = [];
  popup: PlainWindow | null = new PlainWindow();
  location: { origin: string };
  constructor(origin = 'https://atlas.example') {
    super();
    this.location = { origin };
  }
  open(href: string, name: string, features: string) {
    this.opened.push({ href, name, features });
    return this.popup;
  }
  setInterval = (f: () => void, ms: number) => setInterval(f, ms);
  clearInterval = (id: ReturnType<typeof setInterval>) => clearInterval(id);
  receive(data: unknown, source: unknown, origin = this.location.origin) {
    const e = new Event('message') as Event & { data: unknown; source: unknown; origin: string };
    Object.assign(e, { data, source, origin });
    this.dispatchEvent(e);
  }
}

const asWindow = (w: PlainWindow) => w as unknown as Window;
const fields = { lang: 'fr' as const, index: 0, slides: [slide(0), slide(1)], startedAt: 5 };

describe('openPresenter (the presenting atlas)', () => {
  it('opens the named popup, sends the state, answers hello with it, and hands over go', () => {
    const audience = new FakeWindow();
    const onGo = vi.fn();
    const link = openPresenter('https://atlas.example/?diapos=x', onGo, asWindow(audience))!;
    expect(audience.opened).toEqual([
      {
        href: 'https://atlas.example/?diapos=x',
        name: PRESENTER_WINDOW,
        features: 'popup,width=1100,height=720',
      },
    ]);
    const popup = audience.popup!;
    expect(link.window).toBe(popup);

    link.send(fields);
    expect(popup.posted.at(-1)).toEqual({
      message: { type: 'atlas-deck', v: 1, kind: 'state', ...fields },
      target: 'https://atlas.example',
    });

    audience.receive({ type: 'atlas-deck', v: 1, kind: 'hello' }, popup);
    expect(popup.posted).toHaveLength(2);
    expect(parseToPresenter(popup.posted[1]!.message)).toMatchObject({ kind: 'state', index: 0 });

    audience.receive({ type: 'atlas-deck', v: 1, kind: 'go', index: 1 }, popup);
    expect(onGo).toHaveBeenCalledWith(1);
  });

  it('ignores another window, another origin and a malformed go', () => {
    const audience = new FakeWindow();
    const onGo = vi.fn();
    openPresenter('/', onGo, asWindow(audience))!.send(fields);
    const popup = audience.popup!;
    const stranger = new PlainWindow();
    audience.receive({ type: 'atlas-deck', v: 1, kind: 'go', index: 1 }, stranger);
    audience.receive({ type: 'atlas-deck', v: 1, kind: 'go', index: 1 }, popup, 'https://evil.example');
    audience.receive({ type: 'atlas-deck', v: 1, kind: 'go', index: '1' }, popup);
    audience.receive({ type: 'atlas-deck', v: 1, kind: 'hello' }, stranger);
    expect(onGo).not.toHaveBeenCalled();
    expect(popup.posted).toHaveLength(1);
    expect(stranger.posted).toHaveLength(0);
  });

  it('cuts an over-long deck to the limits the presenter view checks', () => {
    const audience = new FakeWindow();
    const link = openPresenter('/', () => {}, asWindow(audience))!;
    link.send({
      ...fields,
      index: 40,
      slides: Array.from({ length: 35 }, () => ({ ...slide(0), title: '🏭'.repeat(200) })),
    });
    const m = parseToPresenter(audience.popup!.posted[0]!.message);
    expect(m?.kind === 'state' && [m.slides.length, m.index, [...m.slides[0]!.title].length]).toEqual([
      30, 29, 120,
    ]);
  });

  it('from file://, posts to any origin (the source check is what protects)', () => {
    const audience = new FakeWindow('null');
    const onGo = vi.fn();
    const link = openPresenter('file:///atlas.html', onGo, asWindow(audience))!;
    link.send(fields);
    expect(audience.popup!.posted[0]!.target).toBe('*');
    audience.receive({ type: 'atlas-deck', v: 1, kind: 'go', index: 1 }, new PlainWindow(), 'null');
    expect(onGo).not.toHaveBeenCalled();
    audience.receive({ type: 'atlas-deck', v: 1, kind: 'go', index: 1 }, audience.popup, 'null');
    expect(onGo).toHaveBeenCalledWith(1);
  });

  it('close() says end once and stops listening; leaving the page says end', () => {
    const audience = new FakeWindow();
    const onGo = vi.fn();
    const link = openPresenter('/', onGo, asWindow(audience))!;
    const popup = audience.popup!;
    audience.dispatchEvent(new Event('pagehide'));
    expect(popup.posted.at(-1)?.message).toEqual({ type: 'atlas-deck', v: 1, kind: 'end' });
    link.close();
    link.close();
    expect(popup.posted.filter((p) => (p.message as ToPresenter).kind === 'end')).toHaveLength(2);
    audience.receive({ type: 'atlas-deck', v: 1, kind: 'go', index: 1 }, popup);
    link.send(fields);
    expect(onGo).not.toHaveBeenCalled();
    expect(popup.posted).toHaveLength(2);
  });

  it('returns null when the popup is blocked (null, or a throw in a sandboxed frame)', () => {
    const audience = new FakeWindow();
    audience.popup = null;
    expect(openPresenter('/', () => {}, asWindow(audience))).toBeNull();
    audience.open = () => {
      throw new Error('blocked');
    };
    expect(openPresenter('/', () => {}, asWindow(audience))).toBeNull();
  });
});

describe('connectPresenter (the presenter view)', () => {
  afterEach(() => vi.useRealTimers());

  it('is null without an opener', () => {
    expect(connectPresenter(() => {}, asWindow(new FakeWindow()))).toBeNull();
  });

  it('says hello until answered, hands over trusted messages only, and sends go', () => {
    vi.useFakeTimers();
    const presenter = new FakeWindow();
    const opener = new PlainWindow();
    presenter.opener = opener;
    const got: ToPresenter[] = [];
    const link = connectPresenter((m) => got.push(m), asWindow(presenter))!;
    const hello = { type: 'atlas-deck', v: 1, kind: 'hello' };
    expect(opener.posted).toEqual([{ message: hello, target: 'https://atlas.example' }]);
    vi.advanceTimersByTime(HELLO_EVERY * 2);
    expect(opener.posted).toHaveLength(3);

    presenter.receive(state(), new PlainWindow());
    presenter.receive(state(), opener, 'https://evil.example');
    presenter.receive(state({ v: 2 }), opener);
    expect(got).toEqual([]);
    presenter.receive(state(), opener);
    expect(got).toEqual([state()]);
    vi.advanceTimersByTime(HELLO_EVERY * 3);
    expect(opener.posted).toHaveLength(3);

    link.go(2);
    link.go(-1);
    link.go(1.5);
    expect(opener.posted.slice(3)).toEqual([
      { message: { type: 'atlas-deck', v: 1, kind: 'go', index: 2 }, target: 'https://atlas.example' },
    ]);
    link.close();
    presenter.receive(state({ index: 2 }), opener);
    expect(got).toHaveLength(1);
  });

  it('reports an end once when the opener window is closed', () => {
    vi.useFakeTimers();
    const presenter = new FakeWindow();
    const opener = new PlainWindow();
    presenter.opener = opener;
    const got: ToPresenter[] = [];
    connectPresenter((m) => got.push(m), asWindow(presenter));
    opener.closed = true;
    vi.advanceTimersByTime(HELLO_EVERY * 5);
    expect(got).toEqual([{ type: 'atlas-deck', v: 1, kind: 'end' }]);
  });
});
