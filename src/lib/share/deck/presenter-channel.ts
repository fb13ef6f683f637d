/**
 * The presenter view's channel (#16): the presenting atlas (the « audience » window) and the presenter
 * view it opened (a second window: current slide, next slide, notes, elapsed time) talk through
 * `window.opener` and `postMessage`, without a server. `BroadcastChannel` and storage events would need
 * one origin's storage: they are partitioned inside iframes and unreliable from `file://`, where the
 * single-file atlas runs; a window's reference to the window it opened works in both.
 *
 * Trust: a message counts only when it comes from the one window expected (`event.source`: the popup
 * for the audience, `window.opener` for the presenter) and from this page's origin (`trusted`). Every
 * message is validated field by field before use (`parseToPresenter`, `parseToAudience`), with the deck's
 * limits, and its text is only ever shown as text.
 *
 * `targetOrigin`: this page's origin, so nothing is delivered if the other window has navigated to
 * another site. From `file://` (and in a sandboxed frame) the origin is opaque (`'null'`), which no
 * `targetOrigin` but `'*'` can name: there `'*'` is used, and what protects the other side is `trusted`'s
 * source check (only the window we opened, or our opener, is listened to). The cost, accepted: if the
 * popup itself is navigated elsewhere, the deck's titles and notes of the next message reach that page.
 *
 * Framework-free and small: the presenter window loads it without the atlas. Lazy (never on the first
 * screen).
 */

/** The presenter window's name: src/main.ts reads it (inlined there) to mount the presenter view. */
export const PRESENTER_WINDOW = 'atlas-presentateur';

/** The deck's limits (deck.ts; tests/unit/presenter-channel.test.ts checks they agree), in code points. */
export const LIMITS = { slides: 30, title: 120, caption: 1000, notes: 1000 } as const;

export interface PresenterSlide {
  title: string;
  /** What the slide shows, in one sentence (its picture's alternative text). */
  caption: string;
  notes: string;
}

type Envelope = { type: 'atlas-deck'; v: 1 };

export type PresenterState = Envelope & {
  kind: 'state';
  lang: 'fr' | 'en';
  /** The slide on screen, `0 ≤ index < slides.length`. */
  index: number;
  /** At least one, at most `LIMITS.slides`. */
  slides: PresenterSlide[];
  /** When the presentation started (`Date.now()` of the audience window, the same machine's clock). */
  startedAt: number;
};

/** Audience → presenter: the presentation as it is, or its end. */
export type ToPresenter = PresenterState | (Envelope & { kind: 'end' });

/** Presenter → audience: « I am here » (answered with the state), and « show slide `index` ». */
export type ToAudience = (Envelope & { kind: 'hello' }) | (Envelope & { kind: 'go'; index: number });

export type StateFields = Omit<PresenterState, 'type' | 'v' | 'kind'>;

const ENVELOPE: Envelope = { type: 'atlas-deck', v: 1 };

// ── Validation ────────────────────────────────────────────────────────────────────────────────────────

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A string of at most `max` code points (a code point is one or two UTF-16 units: long input is cut short). */
function text(x: unknown, max: number): string | null {
  if (typeof x !== 'string' || x.length > 2 * max) return null;
  let n = 0;
  for (const _ of x) if (++n > max) return null;
  return x;
}

const isIndex = (x: unknown, length: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < length;

/** The envelope of both directions: an object of this protocol's type and version. */
function envelope(data: unknown): Record<string, unknown> | null {
  return isRecord(data) && data['type'] === ENVELOPE.type && data['v'] === ENVELOPE.v ? data : null;
}

function slide(x: unknown): PresenterSlide | null {
  if (!isRecord(x)) return null;
  const title = text(x['title'], LIMITS.title);
  const caption = text(x['caption'], LIMITS.caption);
  const notes = text(x['notes'], LIMITS.notes);
  return title === null || caption === null || notes === null ? null : { title, caption, notes };
}

/**
 * A message for the presenter view, rebuilt from its known fields only, or `null` when anything in it is
 * not what the protocol allows (another type or version, a field missing or of the wrong kind, an index
 * out of range, more than 30 slides, a text over its limit). Never throws.
 */
export function parseToPresenter(data: unknown): ToPresenter | null {
  try {
    const m = envelope(data);
    if (!m) return null;
    if (m['kind'] === 'end') return { ...ENVELOPE, kind: 'end' };
    if (m['kind'] !== 'state') return null;
    const { lang, index, startedAt, slides: raw } = m;
    if (lang !== 'fr' && lang !== 'en') return null;
    if (!Array.isArray(raw) || raw.length === 0 || raw.length > LIMITS.slides) return null;
    if (!isIndex(index, raw.length)) return null;
    if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt < 0) return null;
    const slides: PresenterSlide[] = [];
    for (const x of raw) {
      const s = slide(x);
      if (!s) return null;
      slides.push(s);
    }
    return { ...ENVELOPE, kind: 'state', lang, index, slides, startedAt };
  } catch {
    return null;
  }
}

/** A message for the presenting atlas, or `null` (see `parseToPresenter`). Never throws. */
export function parseToAudience(data: unknown): ToAudience | null {
  try {
    const m = envelope(data);
    if (!m) return null;
    if (m['kind'] === 'hello') return { ...ENVELOPE, kind: 'hello' };
    if (m['kind'] === 'go' && isIndex(m['index'], LIMITS.slides))
      return { ...ENVELOPE, kind: 'go', index: m['index'] };
    return null;
  } catch {
    return null;
  }
}

// ── Trust ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Whether a message event may be trusted: it comes from `expected` (the one window this side talks to)
 * and from `origin` (this page's). From `file://` both origins are `'null'`, which compare equal here:
 * then only the source check tells our window from another (see the module's comment).
 */
export function trusted(
  event: MessageEvent,
  expected: Window | null,
  origin: string = location.origin,
): boolean {
  return !!expected && event.source === expected && event.origin === origin;
}

/** `postMessage`'s target: this page's origin when it has one a target can name, else `'*'` (`file://`). */
export function targetOrigin(origin: string): string {
  return /^https?:\/\//.test(origin) ? origin : '*';
}

function post(target: Window, message: ToPresenter | ToAudience, origin: string): void {
  try {
    target.postMessage(message, targetOrigin(origin));
  } catch {
    /* a closed window, or one that navigated away: the other side's own checks say so */
  }
}

// ── The audience side ─────────────────────────────────────────────────────────────────────────────────

export interface PresenterLink {
  /** The presentation as it is now: sent at once and again whenever the presenter view says hello. */
  send(state: StateFields): void;
  /** Tells the presenter view the presentation ended, and stops listening. */
  close(): void;
  /** The presenter window (to focus it, or to see whether the user closed it). */
  readonly window: Window;
}

const clip = (s: string, max: number) => (s.length <= max ? s : Array.from(s).slice(0, max).join(''));

/** The state within the limits the presenter view checks, so a valid deck is never refused there. */
function bounded(state: StateFields): PresenterState {
  const slides = state.slides.slice(0, LIMITS.slides).map((s) => ({
    title: clip(s.title, LIMITS.title),
    caption: clip(s.caption, LIMITS.caption),
    notes: clip(s.notes, LIMITS.notes),
  }));
  const index = Math.max(0, Math.min(slides.length - 1, Math.trunc(state.index)));
  return { ...ENVELOPE, kind: 'state', lang: state.lang, index, slides, startedAt: state.startedAt };
}

/**
 * Opens the presenter view (this page's address `href` in a window named `PRESENTER_WINDOW`; one already
 * open by that name is reused) and links it to this window, or returns `null` when a popup blocker
 * refused it. `onGo` receives the presenter's requests to show a slide (an index the caller clamps to its
 * deck). Leaving the page (`pagehide`) tells the presenter view the presentation ended; coming back from
 * the back-forward cache sends the state again.
 */
export function openPresenter(
  href: string,
  onGo: (index: number) => void,
  win: Window = window,
): PresenterLink | null {
  let popup: Window | null;
  try {
    popup = win.open(href, PRESENTER_WINDOW, 'popup,width=1100,height=720');
  } catch {
    // A sandboxed frame without `allow-popups` may throw rather than return null.
    popup = null;
  }
  if (!popup) return null;
  const target = popup;
  const origin = win.location.origin;
  let last: PresenterState | null = null;

  const onMessage = (event: MessageEvent) => {
    if (!trusted(event, target, origin)) return;
    const m = parseToAudience(event.data);
    if (m?.kind === 'hello' && last) post(target, last, origin);
    else if (m?.kind === 'go') onGo(m.index);
  };
  const onPageHide = () => post(target, { ...ENVELOPE, kind: 'end' }, origin);
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && last) post(target, last, origin);
  };
  win.addEventListener('message', onMessage);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);
  let open = true;

  return {
    window: target,
    send(state) {
      if (!open || !state.slides.length) return;
      last = bounded(state);
      post(target, last, origin);
    },
    close() {
      if (!open) return;
      open = false;
      win.removeEventListener('message', onMessage);
      win.removeEventListener('pagehide', onPageHide);
      win.removeEventListener('pageshow', onPageShow);
      post(target, { ...ENVELOPE, kind: 'end' }, origin);
    },
  };
}

// ── The presenter side ────────────────────────────────────────────────────────────────────────────────

/** How often the presenter view says hello until the audience answers, and checks that it is still open. */
export const HELLO_EVERY = 1000;

export interface PresenterConnection {
  /** Asks the presenting atlas to show slide `index`. */
  go(index: number): void;
  /** Stops listening (the page is leaving). */
  close(): void;
}

/**
 * The presenter view's side: listens to `win.opener` only, says hello (again every `HELLO_EVERY` ms until
 * the first state, since the audience may still be loading its deck), and hands each valid message to
 * `onMessage`. When the opener window is closed, `onMessage` receives one more `end` (the caller tells it
 * from the audience's own by `win.opener.closed`). `null` when this window has no opener.
 */
export function connectPresenter(
  onMessage: (m: ToPresenter) => void,
  win: Window = window,
): PresenterConnection | null {
  const opener = win.opener as Window | null;
  if (!opener) return null;
  const origin = win.location.origin;
  let answered = false;

  const listener = (event: MessageEvent) => {
    if (!trusted(event, opener, origin)) return;
    const m = parseToPresenter(event.data);
    if (!m) return;
    if (m.kind === 'state') answered = true;
    onMessage(m);
  };
  const hello = () => post(opener, { ...ENVELOPE, kind: 'hello' }, origin);
  const tick = () => {
    let closed: boolean;
    try {
      closed = opener.closed;
    } catch {
      closed = true;
    }
    if (closed) {
      // Once: the window that opened this one is gone for good.
      win.clearInterval(timer);
      onMessage({ ...ENVELOPE, kind: 'end' });
    } else if (!answered) hello();
  };
  win.addEventListener('message', listener);
  hello();
  const timer = win.setInterval(tick, HELLO_EVERY);

  return {
    go(index) {
      if (Number.isInteger(index) && index >= 0 && index < LIMITS.slides) {
        post(opener, { ...ENVELOPE, kind: 'go', index }, origin);
      }
    },
    close() {
      win.clearInterval(timer);
      win.removeEventListener('message', listener);
    },
  };
}
