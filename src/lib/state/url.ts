/**
 * The URL contract of PRODUCT.md (« URL »): pure parse and serialize functions, no DOM.
 * Every view is a link; a link pasted into a slide years ago must keep meaning the same thing, so the
 * parameter names and values here are a public contract.
 */
import { AUDIENCE_IDS, AXIS_IDS, FORMAT_IDS, LEVER_IDS, TERRITORY_IDS } from '../data/ids';
import type { AudienceId, AxisId, FormatId, LeverId, TerritoryId } from '../data/ids';

export const VIEWS = ['carte', 'graphiques'] as const;
export const CHARTS = ['matrice', 'axes', 'publics', 'similarite', 'frequence'] as const;
export const LANGS = ['fr', 'en'] as const;
export const RENDERERS = ['auto', 'webgl', 'svg'] as const;
export const EMBEDS = ['carte', 'graphique', 'fiche', 'atlas'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;

export type View = (typeof VIEWS)[number];
export type ChartId = (typeof CHARTS)[number];
export type Lang = (typeof LANGS)[number];
export type Renderer = (typeof RENDERERS)[number];
export type Embed = (typeof EMBEDS)[number];
export type Theme = (typeof THEMES)[number];

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  territoire: TerritoryId | null;
  comparer: TerritoryId[];
  leviers: LeverId[];
  axes: AxisId[];
  publics: AudienceId[];
  formats: FormatId[];
  q: string;
  vue: View;
  graphique: ChartId | null;
  carte: Camera | null;
  lang: Lang;
  rendu: Renderer;
  embed: Embed | null;
  theme: Theme | null;
  static: boolean;
  transparent: boolean;
  /**
   * The user's deck (#16), as the link carries it: an opaque `<version>.<shape>.<payload>` that only the
   * lazy deck code reads (share/deck/codec.ts); here it is checked for its syntax and length only, so the
   * first screen carries none of the deck. `''`: no deck.
   */
  diapos: string;
}

export type Param = keyof UrlState;

/**
 * Every parameter, in the order they are written (the table's order), and what a change of it does to
 * the history: a new entry (`push`: what the reader navigated to) or the current one rewritten.
 */
const HISTORY: Record<Param, 'push' | 'replace'> = {
  territoire: 'push',
  comparer: 'push',
  leviers: 'push',
  axes: 'push',
  publics: 'push',
  formats: 'push',
  q: 'replace',
  vue: 'push',
  graphique: 'push',
  carte: 'replace',
  lang: 'replace',
  rendu: 'replace',
  embed: 'replace',
  theme: 'replace',
  static: 'replace',
  transparent: 'replace',
  // A new entry when slides are added, removed or moved: `needsPush` reads the deck's shape.
  diapos: 'replace',
};

export const PARAMS = Object.keys(HISTORY) as readonly Param[];

/** Parameters whose change is a new history entry; the others replace the current one. */
export const PUSH_PARAMS: ReadonlySet<Param> = new Set(PARAMS.filter((p) => HISTORY[p] === 'push'));

export const MAX_QUERY_LENGTH = 200;
export const MAX_ZOOM = 14;
export const MIN_ZOOM = 2;
/** A link longer than this may be refused by a server or cut by a mail client: no deck is written past it. */
export const MAX_LINK_LENGTH = 8000;
/**
 * The syntax of `diapos`: a version, the deck's shape (a hash of its slides' ids in order, which typing a
 * title or a note leaves alone) and a base64url payload. Anything else is dropped before the deck code loads.
 */
const isDiapos = (v: string) => v.length <= MAX_LINK_LENGTH && /^\d{1,4}\.[\w-]{1,8}\.[\w-]+$/.test(v);

export function defaultUrlState(): UrlState {
  return {
    territoire: null,
    comparer: [],
    leviers: [],
    axes: [],
    publics: [],
    formats: [],
    q: '',
    vue: 'carte',
    graphique: null,
    carte: null,
    lang: 'fr',
    rendu: 'auto',
    embed: null,
    theme: null,
    static: false,
    transparent: false,
    diapos: '',
  };
}

/**
 * Why a parameter, or part of it, was not applied: shown to the user, so kept structured for i18n (each
 * reason is a message `notice.reason.<reason>`).
 * - `bad-encoding`: a `%` not followed by two hex digits, or bytes that are not UTF-8, in the name or the
 *   value; the whole parameter is ignored and its text shown as typed.
 * - `needs-territoire`: `embed=fiche` without a (valid) `territoire`: no card to show.
 * - `card-one-territory`: `comparer` in a card (`embed=fiche`), which shows one territory.
 * - `not-in-embed`: `vue` or `graphique` where the embed mode decides what is shown.
 */
export interface Dropped {
  param: string;
  /** The raw value, for display as text (never as HTML), cut to a readable length. */
  value: string;
  reason:
    | 'unknown-param'
    | 'bad-value'
    | 'repeated'
    | 'too-many'
    | 'too-few'
    | 'too-long'
    | 'bad-encoding'
    | 'needs-territoire'
    | 'card-one-territory'
    | 'not-in-embed'
    // Found by the deck code (share/deck/codec.ts, strings in i18n/deck.ts), not by parseUrl.
    | 'deck-damaged'
    | 'deck-version'
    | 'deck-too-many'
    | 'deck-too-long'
    | 'deck-bad-view'
    | 'deck-unsupported';
}

export type DropReason = Dropped['reason'];

export interface Parsed {
  state: UrlState;
  dropped: Dropped[];
}

/**
 * The first `max` UTF-16 units of `v`, one fewer rather than split a surrogate pair: a lone half cannot be
 * percent-encoded (`encodeURIComponent` throws), so a cut emoji would break every later URL write.
 */
const cut = (v: string, max: number) => v.slice(0, /[\uD800-\uDBFF]/.test(v.charAt(max - 1)) ? max - 1 : max);

/** A lone surrogate (from script, never from a parsed link) as U+FFFD, as URLSearchParams does: never throws. */
const wellFormed = (v: string) =>
  v.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : '\uFFFD'));

/** A value as the notice shows it: well-formed text, at most 60 units. */
export const shown = (v: string) => {
  const w = wellFormed(v);
  return w.length > 60 ? `${cut(w, 57)}…` : w;
};

function oneOf<T extends string>(allowed: readonly T[], v: string): T | null {
  return (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

/** A comma list of known ids: unknown ones are dropped one by one, duplicates folded, order kept. */
function idList<T extends string>(
  param: string,
  raw: string,
  allowed: readonly T[],
  dropped: Dropped[],
): T[] {
  const out: T[] = [];
  for (const part of raw.split(',')) {
    const v = part.trim();
    if (!v) continue;
    const id = oneOf(allowed, v);
    if (id === null) dropped.push({ param, value: shown(v), reason: 'bad-value' });
    else if (!out.includes(id)) out.push(id);
  }
  return out;
}

function parseCamera(raw: string): Camera | null {
  const parts = raw.split(',');
  if (parts.length !== 3) return null;
  if (!parts.every((p) => /^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (lon < -180 || lon > 180 || lat < -85 || lat > 85 || zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  return { lon, lat, zoom };
}

/** The parameters whose value is a list of vocabulary ids. */
const FACET_IDS = { leviers: LEVER_IDS, axes: AXIS_IDS, publics: AUDIENCE_IDS, formats: FORMAT_IDS } as const;
/** The parameters whose value is one word of a closed list. */
const CHOICES = { vue: VIEWS, lang: LANGS, rendu: RENDERERS, embed: EMBEDS, theme: THEMES } as const;

/**
 * A name or a value of a query string, decoded as URLSearchParams decodes it (« + » is a space), or `null`
 * where it is badly encoded: a `%` not followed by two hex digits, percent-encoded bytes that are not
 * UTF-8 (a cut sequence, an encoded surrogate, an overlong form), or a lone surrogate in the string itself.
 * URLSearchParams would turn those into « � » or keep a bare « % » without a word; the link's reader is
 * told instead.
 */
function decodeStrict(raw: string): string | null {
  try {
    const text = decodeURIComponent(raw.replace(/\+/g, ' '));
    return wellFormed(text) === text ? text : null;
  } catch {
    return null;
  }
}

interface Pair {
  /** The decoded name and value, `null` where badly encoded. */
  key: string | null;
  value: string | null;
  /** The same as typed, for the notice. */
  rawKey: string;
  rawValue: string;
}

/** The `name=value` pairs of a query string, in order, split as URLSearchParams splits them (on « & »). */
function pairs(search: string | URLSearchParams): Pair[] {
  if (typeof search !== 'string') {
    // Already decoded: what was badly encoded is « � » by now, and read as text like any other.
    return [...search].map(([key, value]) => ({ key, value, rawKey: key, rawValue: value }));
  }
  const out: Pair[] = [];
  for (const part of (search.startsWith('?') ? search.slice(1) : search).split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    out.push({ key: decodeStrict(rawKey), value: decodeStrict(rawValue), rawKey, rawValue });
  }
  return out;
}

/**
 * Parameters that a link may hold but that do nothing next to the others (a card without a territory, a
 * chart in a map's embed): the rules, in the order they apply, each reading the state the previous ones
 * left. `parseUrl` drops and names each one it was given; `serializeUrl` never writes one, so the links the
 * atlas writes (address bar, « Intégrer », exports) always read back with nothing dropped.
 */
const IGNORED: readonly { param: Param; reason: DropReason; when: (s: UrlState) => boolean }[] = [
  { param: 'embed', reason: 'needs-territoire', when: (s) => s.embed === 'fiche' && !s.territoire },
  {
    param: 'comparer',
    reason: 'card-one-territory',
    when: (s) => s.embed === 'fiche' && s.comparer.length > 0,
  },
  {
    param: 'vue',
    reason: 'not-in-embed',
    when: (s) =>
      ((s.embed === 'carte' || s.embed === 'fiche') && s.vue === 'graphiques') ||
      (s.embed === 'graphique' && s.vue !== 'graphiques'),
  },
  {
    param: 'graphique',
    reason: 'not-in-embed',
    when: (s) => s.graphique !== null && (s.embed === 'carte' || s.embed === 'fiche'),
  },
];

/**
 * Applies the IGNORED rules to `state` (in place): each field a rule finds ignored goes back to its default
 * and is passed to `onIgnored`, if `given(param)` says the link set it.
 */
function dropIgnored(
  state: UrlState,
  given: (p: Param) => boolean,
  onIgnored: (p: Param, reason: DropReason) => void = () => {},
): void {
  const d = defaultUrlState();
  for (const rule of IGNORED) {
    if (!given(rule.param) || !rule.when(state)) continue;
    onIgnored(rule.param, rule.reason);
    Object.assign(state, { [rule.param]: d[rule.param] });
  }
}

/** Reads a query string (with or without « ? »). Never throws: what it cannot use it reports in `dropped`. */
export function parseUrl(search: string | URLSearchParams): Parsed {
  const state = defaultUrlState();
  const dropped: Dropped[] = [];
  const seen = new Set<string>();
  /** The parameters applied (in full or in part), with their value as the notice would show it. */
  const applied = new Map<Param, string>();

  for (const pair of pairs(search)) {
    const { key, value: decoded } = pair;
    if (key === null) {
      dropped.push({ param: shown(pair.rawKey), value: shown(pair.rawValue), reason: 'bad-encoding' });
      continue;
    }
    const text = decoded ?? pair.rawValue;
    const value = text.trim();
    if (!(PARAMS as readonly string[]).includes(key)) {
      dropped.push({ param: shown(key), value: shown(value), reason: 'unknown-param' });
      continue;
    }
    if (seen.has(key)) {
      dropped.push({ param: key, value: shown(value), reason: 'repeated' });
      continue;
    }
    seen.add(key);
    if (decoded === null) {
      dropped.push({ param: key, value: shown(pair.rawValue), reason: 'bad-encoding' });
      continue;
    }
    let ok = true;
    const bad = () => {
      ok = false;
      dropped.push({ param: key, value: shown(value), reason: 'bad-value' });
    };
    const param = key as Param;
    switch (param) {
      case 'territoire': {
        const id = oneOf(TERRITORY_IDS, value);
        if (id) state.territoire = id;
        else bad();
        break;
      }
      case 'comparer': {
        const ids = idList(key, value, TERRITORY_IDS, dropped);
        if (ids.length > 4) {
          dropped.push({ param: key, value: shown(ids.slice(4).join(',')), reason: 'too-many' });
          state.comparer = ids.slice(0, 4);
        } else if (ids.length === 1) {
          dropped.push({ param: key, value: ids[0]!, reason: 'too-few' });
        } else state.comparer = ids;
        ok = state.comparer.length > 0;
        break;
      }
      case 'leviers':
      case 'axes':
      case 'publics':
      case 'formats':
        Object.assign(state, { [param]: idList(param, value, FACET_IDS[param], dropped) });
        break;
      case 'q':
        if (text.length > MAX_QUERY_LENGTH) {
          dropped.push({ param: key, value: shown(text), reason: 'too-long' });
          state.q = cut(text, MAX_QUERY_LENGTH);
        } else state.q = text;
        break;
      case 'graphique':
        state.graphique = oneOf(CHARTS, value) ?? (bad(), null);
        break;
      case 'carte':
        state.carte = parseCamera(value) ?? (bad(), null);
        break;
      case 'vue':
      case 'lang':
      case 'rendu':
      case 'embed':
      case 'theme':
        // A bad value keeps the default (`vue`, `lang`, `rendu`) or none (`embed`, `theme`).
        Object.assign(state, { [param]: oneOf<string>(CHOICES[param], value) ?? (bad(), state[param]) });
        break;
      case 'diapos':
        if (isDiapos(value)) state.diapos = value;
        else bad();
        break;
      case 'static':
      case 'transparent':
        // Flags take no value; « static=1 » is still read as on, anything else as a mistake.
        if (value === '' || value === '1' || value === 'true') state[key as 'static' | 'transparent'] = true;
        else bad();
        break;
    }
    if (ok) applied.set(param, shown(value));
  }
  dropIgnored(
    state,
    (p) => applied.has(p),
    (param, reason) => {
      dropped.push({ param, value: applied.get(param)!, reason });
      applied.delete(param);
    },
  );
  return { state, dropped };
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return String(Math.round(n * f) / f);
};

/** Writes only what differs from the defaults, in the table's order, so equal states give equal links. */
export function serializeUrl(input: UrlState): string {
  const d = defaultUrlState();
  // What would do nothing next to the rest (a chart kept while the map is on view) is not written.
  const state = { ...input };
  dropIgnored(state, (p) => JSON.stringify(state[p]) !== JSON.stringify(d[p]));
  const parts: string[] = [];
  // A lone surrogate (from script, never from a parsed link) becomes U+FFFD (`wellFormed`): never throws.
  const put = (k: string, v: string) =>
    parts.push(v === '' ? k : `${k}=${encodeURIComponent(wellFormed(v)).replace(/%2C/g, ',')}`);
  for (const key of PARAMS) {
    switch (key) {
      case 'territoire':
      case 'graphique':
      case 'embed':
      case 'theme':
        if (state[key]) put(key, state[key]);
        break;
      case 'comparer':
        if (state.comparer.length >= 2) put(key, state.comparer.slice(0, 4).join(','));
        break;
      case 'leviers':
      case 'axes':
      case 'publics':
      case 'formats':
        if (state[key].length) put(key, state[key].join(','));
        break;
      case 'q':
        if (state.q) put(key, cut(state.q, MAX_QUERY_LENGTH));
        break;
      case 'vue':
      case 'lang':
      case 'rendu':
        if (state[key] !== d[key]) put(key, state[key]);
        break;
      case 'carte':
        if (state.carte)
          put(
            key,
            [round(state.carte.lon, 4), round(state.carte.lat, 4), round(state.carte.zoom, 2)].join(','),
          );
        break;
      case 'static':
      case 'transparent':
        if (state[key]) put(key, '');
        break;
      case 'diapos':
        if (isDiapos(state.diapos)) put(key, state.diapos);
        break;
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * Whether going from `a` to `b` deserves a new history entry (PRODUCT.md: push or replace). A deck pushes
 * when its shape changes (a slide added, removed or moved), not while a title or a note is typed; and never
 * when it goes (`''`): the deck code drops a `diapos` it cannot read that way, so Back does not return to it.
 */
export function needsPush(a: UrlState, b: UrlState): boolean {
  for (const key of PUSH_PARAMS) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return true;
  }
  return !!b.diapos && a.diapos.split('.')[1] !== b.diapos.split('.')[1];
}
