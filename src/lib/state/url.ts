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
};

export const PARAMS = Object.keys(HISTORY) as readonly Param[];

/** Parameters whose change is a new history entry; the others replace the current one. */
export const PUSH_PARAMS: ReadonlySet<Param> = new Set(PARAMS.filter((p) => HISTORY[p] === 'push'));

export const MAX_QUERY_LENGTH = 200;
export const MAX_ZOOM = 14;
export const MIN_ZOOM = 2;

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
  };
}

/** Why a parameter, or part of it, was not applied: shown to the user, so kept structured for i18n. */
export interface Dropped {
  param: string;
  /** The raw value, for display as text (never as HTML), cut to a readable length. */
  value: string;
  reason: 'unknown-param' | 'bad-value' | 'repeated' | 'too-many' | 'too-few' | 'too-long';
}

export interface Parsed {
  state: UrlState;
  dropped: Dropped[];
}

/**
 * The first `max` UTF-16 units of `v`, one fewer rather than split a surrogate pair: a lone half cannot be
 * percent-encoded (`encodeURIComponent` throws), so a cut emoji would break every later URL write.
 */
const cut = (v: string, max: number) => v.slice(0, /[\uD800-\uDBFF]/.test(v.charAt(max - 1)) ? max - 1 : max);

const shown = (v: string) => (v.length > 60 ? `${cut(v, 57)}…` : v);

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

/** Reads a query string (with or without « ? »). Never throws: what it cannot use it reports in `dropped`. */
export function parseUrl(search: string | URLSearchParams): Parsed {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultUrlState();
  const dropped: Dropped[] = [];
  const seen = new Set<string>();

  for (const [key, rawValue] of params) {
    const value = rawValue.trim();
    if (!(PARAMS as readonly string[]).includes(key)) {
      dropped.push({ param: shown(key), value: shown(value), reason: 'unknown-param' });
      continue;
    }
    if (seen.has(key)) {
      dropped.push({ param: key, value: shown(value), reason: 'repeated' });
      continue;
    }
    seen.add(key);
    const bad = () => dropped.push({ param: key, value: shown(value), reason: 'bad-value' });
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
        break;
      }
      case 'leviers':
      case 'axes':
      case 'publics':
      case 'formats':
        Object.assign(state, { [param]: idList(param, value, FACET_IDS[param], dropped) });
        break;
      case 'q':
        if (rawValue.length > MAX_QUERY_LENGTH) {
          dropped.push({ param: key, value: shown(rawValue), reason: 'too-long' });
          state.q = cut(rawValue, MAX_QUERY_LENGTH);
        } else state.q = rawValue;
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
      case 'static':
      case 'transparent':
        // Flags take no value; « static=1 » is still read as on, anything else as a mistake.
        if (value === '' || value === '1' || value === 'true') state[key as 'static' | 'transparent'] = true;
        else bad();
        break;
    }
  }
  return { state, dropped };
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return String(Math.round(n * f) / f);
};

/** Writes only what differs from the defaults, in the table's order, so equal states give equal links. */
export function serializeUrl(state: UrlState): string {
  const d = defaultUrlState();
  const parts: string[] = [];
  // A lone surrogate (from script, never from a parsed link) becomes U+FFFD, as URLSearchParams does: never throws.
  const wellFormed = (v: string) =>
    v.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : '\uFFFD'));
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
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Whether going from `a` to `b` deserves a new history entry (PRODUCT.md: push or replace). */
export function needsPush(a: UrlState, b: UrlState): boolean {
  for (const key of PUSH_PARAMS) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return true;
  }
  return false;
}
