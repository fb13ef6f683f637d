/**
 * The deck in the link (`diapos`, PRODUCT.md « URL ») and in its .json file (#16). Lazy: the first screen
 * only checks the link's syntax (state/url.ts) and carries its value as an opaque string.
 *
 * The link's form, version 1: `1.<shape>.<form><payload>`.
 * - `shape`: 5 base64url characters, a hash of the slides' ids and views in order. Typing a title or a
 *   note leaves it alone, adding, removing or moving a slide changes it: url.ts `needsPush` reads it to
 *   push or replace the history entry without decoding the deck.
 * - `form`: `z`, the payload is deflate-raw (CompressionStream, in browsers and in Node), or `j`, it is not
 *   (the shorter of the two is written, and `j` where CompressionStream is missing).
 * - `payload`: base64url (no padding) of the UTF-8 JSON `[lang, [id, view, title, notes?], …]`, where `view`
 *   is the view's own query string (`territoire=nord-loiret&leviers=mixite`, `''` for the overview), read
 *   back by url.ts's `parseUrl`: one validation for links and slides.
 * Measured: the ready-made deck (10 slides with notes, French) is 2 209 characters plain and 953
 * compressed; 30 slides with their default titles and no notes, 5 017 and 863. Compression pays, so
 * encoding and decoding are async (the streams are).
 *
 * Decoding never throws and never interprets text: a title is a string, shown as text by whoever shows it.
 * What it refuses has a reason (`notice.reason.deck-*`, i18n/deck.ts) for the atlas's notice of what a link
 * held that was not applied; `readDiapos` is that hook.
 */
import '../../i18n/deck';
import { MAX_LINK_LENGTH, shown, type Dropped, type Lang } from '../../state/url';
import {
  DECK_VERSION,
  MAX_NOTES,
  MAX_SLIDES,
  MAX_TITLE,
  cleanNotes,
  cleanTitle,
  parseView,
  textLength,
  viewQuery,
  type Deck,
  type Slide,
} from './deck';

export type DeckReason = Extract<Dropped['reason'], `deck-${string}`>;
export type Decoded = { ok: true; deck: Deck } | { ok: false; reason: DeckReason };

/** The parameter's name, and the limit of a whole link (url.ts: past it no deck is written). */
export const PARAM = 'diapos';
export const LINK_LIMIT = MAX_LINK_LENGTH;
/** More than any deck within its limits can take once decompressed (30 × 4 KB of text and their views). */
const MAX_JSON_BYTES = 256 * 1024;
/** A .json file larger than this is not one the atlas wrote. */
const MAX_FILE_LENGTH = 1024 * 1024;
/** The `format` field of the .json file. */
export const FILE_FORMAT = 'atlas-fabrique-presentation';
const ID = /^[0-9a-z]{1,6}$/;

const fail = (reason: DeckReason): Decoded => ({ ok: false, reason });

// ── Bytes ─────────────────────────────────────────────────────────────────────────────────────────────

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding (RFC 4648 § 5). */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of canonical base64url without padding, or `null` (a foreign character, a cut length, stray bits). */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ALPHABET.indexOf(text[i]!);
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
      acc &= (1 << bits) - 1;
    }
  }
  return acc === 0 ? out : null;
}

/** `input` through a (de)compression stream, or `null` when it fails or passes `max` bytes (a zip bomb). */
async function through(
  stream: CompressionStream | DecompressionStream,
  input: Uint8Array<ArrayBuffer>,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const writer = stream.writable.getWriter();
  const written = writer
    .write(input)
    .then(() => writer.close())
    .catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) {
        reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  await written;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const canCompress = () => typeof CompressionStream === 'function';
const canDecompress = () => typeof DecompressionStream === 'function';

// ── Shape ─────────────────────────────────────────────────────────────────────────────────────────────

/** FNV-1a of the slides' ids and views, 30 bits as 5 base64url characters. */
function shapeOf(rows: readonly (readonly [id: string, view: string])[]): string {
  let h = 0x811c9dc5;
  const text = rows.map(([id, view]) => `${id} ${view}`).join('\n');
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let out = '';
  for (let k = 0; k < 5; k++) out += ALPHABET[(h >>> (6 * k)) & 63];
  return out;
}

/** The `shape` part of the deck's `diapos` value (see the file's comment). */
export const deckShape = (deck: Deck): string => shapeOf(deck.slides.map((s) => [s.id, viewQuery(s.view)]));

// ── Validation, shared by the link and the file ───────────────────────────────────────────────────────

interface Row {
  id: unknown;
  view: unknown;
  title: unknown;
  notes: unknown;
}

const isLang = (v: unknown): v is Lang => v === 'fr' || v === 'en';

/** The deck the rows make, or why not: too many slides, a damaged field, a text too long, a bad view. */
function deckOf(lang: Lang, rows: readonly Row[]): Decoded {
  if (rows.length > MAX_SLIDES) return fail('deck-too-many');
  const slides: Slide[] = [];
  const ids = new Set<string>();
  for (const r of rows) {
    const { id, view, title, notes } = r;
    if (typeof id !== 'string' || !ID.test(id) || ids.has(id)) return fail('deck-damaged');
    if (typeof view !== 'string' || typeof title !== 'string' || typeof notes !== 'string')
      return fail('deck-damaged');
    if (textLength(title) > MAX_TITLE || textLength(notes) > MAX_NOTES) return fail('deck-too-long');
    const v = parseView(view);
    if (!v) return fail('deck-bad-view');
    ids.add(id);
    slides.push({ id, view: v, title: cleanTitle(title), notes: cleanNotes(notes) });
  }
  return { ok: true, deck: { version: DECK_VERSION, lang, slides } };
}

// ── The link ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * The deck as `diapos` carries it. `form` forces the compressed (`z`) or plain (`j`) payload (tests);
 * by default the shorter.
 */
export async function encodeDeck(deck: Deck, form: 'auto' | 'z' | 'j' = 'auto'): Promise<string> {
  const rows = deck.slides.map((s) => {
    const row = [s.id, viewQuery(s.view), s.title];
    return s.notes ? [...row, s.notes] : row;
  });
  const json = new TextEncoder().encode(JSON.stringify([deck.lang, ...rows]));
  const head = `${DECK_VERSION}.${deckShape(deck)}.`;
  const plain = `j${toBase64url(json)}`;
  if (form === 'j' || !canCompress()) return head + plain;
  const packed = await through(new CompressionStream('deflate-raw'), json, Infinity);
  if (!packed) return head + plain;
  const z = `z${toBase64url(packed)}`;
  return head + (form === 'z' || z.length < plain.length ? z : plain);
}

/** Reads a `diapos` value. Never throws; a refusal says why. */
export async function decodeDeck(text: string): Promise<Decoded> {
  if (typeof text !== 'string') return fail('deck-damaged');
  const version = /^(\d+)\./.exec(text)?.[1];
  if (version && Number(version) > DECK_VERSION) return fail('deck-version');
  if (text.length > MAX_LINK_LENGTH) return fail('deck-damaged');
  const m = /^1\.([\w-]{5})\.([zj])([\w-]*)$/.exec(text);
  if (!m) return fail('deck-damaged');
  const [, shape, form, payload] = m as unknown as [string, string, 'z' | 'j', string];
  if (form === 'z' && !canDecompress()) return fail('deck-unsupported');
  const bytes = fromBase64url(payload);
  if (!bytes || bytes.length === 0) return fail('deck-damaged');
  const json =
    form === 'z' ? await through(new DecompressionStream('deflate-raw'), bytes, MAX_JSON_BYTES) : bytes;
  if (!json || json.length > MAX_JSON_BYTES) return fail('deck-damaged');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(json));
  } catch {
    return fail('deck-damaged');
  }
  if (!Array.isArray(value) || !isLang(value[0])) return fail('deck-damaged');
  const items: unknown[] = value.slice(1);
  if (items.length > MAX_SLIDES) return fail('deck-too-many');
  const rows: Row[] = [];
  for (const item of items) {
    if (!Array.isArray(item) || (item.length !== 3 && item.length !== 4)) return fail('deck-damaged');
    const [id, view, title, notes = ''] = item as unknown[];
    rows.push({ id, view, title, notes });
  }
  const decoded = deckOf(value[0], rows);
  // The shape the encoder wrote, from the ids and views as written: a link cut or altered in between is refused.
  if (decoded.ok && shapeOf(rows.map((r) => [r.id as string, r.view as string])) !== shape)
    return fail('deck-damaged');
  return decoded;
}

/** What `app.url.diapos` should hold for `deck`: `''` for no slides (no deck in the link). */
export const diaposValue = (deck: Deck): Promise<string> =>
  deck.slides.length ? encodeDeck(deck) : Promise.resolve('');

export interface DeckLink {
  /** The `diapos` value (`''` for an empty deck). */
  value: string;
  /** The whole link's length with it: `url` and `&diapos=…`. */
  length: number;
  /** Whether that link stays within `LINK_LIMIT`; when not, offer the .json file (`deck.linkTooLong`). */
  fits: boolean;
}

/**
 * The deck's link from `url`, the view's link without `diapos` (url.ts writes `diapos` last, so it is
 * appended): its value, length and whether it fits.
 */
export async function deckLink(deck: Deck, url = ''): Promise<DeckLink> {
  const value = await diaposValue(deck);
  const length = value ? url.length + 1 + PARAM.length + 1 + value.length : url.length;
  return { value, length, fits: length <= LINK_LIMIT };
}

export const linkLength = async (deck: Deck, url = ''): Promise<number> => (await deckLink(deck, url)).length;

/**
 * The hook for the deck a link carries (`app.url.diapos`, whose syntax url.ts checked): the deck, or the
 * entry to add to the notice of what the link held that was not applied. Call it whenever `app.url.diapos`
 * holds a value the deck code did not write itself (the opening link, Back and Forward); the lazy code
 * that reads it does:
 *
 *     const raw = app.url.diapos;
 *     const read = await readDiapos(raw);
 *     if (app.url.diapos !== raw) return; // the link changed meanwhile (Back, a newer write)
 *     if (read.ok) deck = read.deck;
 *     else { app.dropped = [...app.dropped, read.dropped]; app.url.diapos = ''; }
 *
 * App.svelte shows the notice whenever `app.dropped` is not empty (`notice.reason.deck-*` are this chunk's
 * strings, registered with it), and the URL sync rewrites the address without the deck, replacing the
 * history entry (url.ts `needsPush`: a deck that goes never pushes), so Back never returns to it.
 */
export async function readDiapos(
  raw: string,
): Promise<{ ok: true; deck: Deck } | { ok: false; dropped: Dropped }> {
  const decoded = await decodeDeck(raw);
  if (decoded.ok) return decoded;
  return { ok: false, dropped: { param: PARAM, value: shown(raw), reason: decoded.reason } };
}

// ── The file ──────────────────────────────────────────────────────────────────────────────────────────

/** The deck as a small .json file, readable and editable by hand: each view as its link's query string. */
export function deckToJson(deck: Deck): string {
  return `${JSON.stringify(
    {
      format: FILE_FORMAT,
      version: DECK_VERSION,
      lang: deck.lang,
      slides: deck.slides.map((s) => ({ id: s.id, view: viewQuery(s.view), title: s.title, notes: s.notes })),
    },
    null,
    2,
  )}\n`;
}

/** Reads a .json file `deckToJson` wrote (or one edited by hand), with the link's checks. Never throws. */
export function deckFromJson(text: string): Decoded {
  if (typeof text !== 'string' || text.length > MAX_FILE_LENGTH) return fail('deck-damaged');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('deck-damaged');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('deck-damaged');
  const file = value as Record<string, unknown>;
  if (file['format'] !== FILE_FORMAT) return fail('deck-damaged');
  if (typeof file['version'] === 'number' && file['version'] > DECK_VERSION) return fail('deck-version');
  if (file['version'] !== DECK_VERSION || !isLang(file['lang'])) return fail('deck-damaged');
  const slides = file['slides'];
  if (!Array.isArray(slides)) return fail('deck-damaged');
  if (slides.length > MAX_SLIDES) return fail('deck-too-many');
  const rows: Row[] = [];
  for (const s of slides as unknown[]) {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) return fail('deck-damaged');
    const r = s as Record<string, unknown>;
    rows.push({ id: r['id'], view: r['view'], title: r['title'], notes: r['notes'] ?? '' });
  }
  return deckOf(file['lang'], rows);
}
