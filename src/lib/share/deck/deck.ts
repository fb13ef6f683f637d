/**
 * The user's deck (#16): its slides, each a view of the atlas with a title and speaker notes, and the pure
 * operations on it. A slide's view is what the link says of a view (state/url.ts: territory, comparison,
 * filters, search, view, chart, camera), kept in the form a link gives back, so a deck survives its link
 * and its .json file unchanged (codec.ts). The deck is one language's (its titles and notes are).
 *
 * Every operation returns a new deck and never mutates its argument; one that cannot apply (an index out
 * of range, a full deck) returns the same deck, or `null` where the caller must say so (a full deck).
 * Titles and notes are cut at their limit in code points, never inside a surrogate pair.
 * Lazy: nothing here is on the first screen.
 */
import '../../i18n/deck';
import { actions, programme, territoryById, vocabularies } from '../../data';
import type { TerritoryId } from '../../data/ids';
import type { Action } from '../../data/schema';
import { formatList, pluralCategory } from '../../i18n/intl';
import { messages, translate, type MessageKey, type Vars } from '../../i18n/messages';
import { facetsMatch } from '../../state/filters';
import { PARAMS, defaultUrlState, parseUrl, serializeUrl, type Lang, type UrlState } from '../../state/url';

export const DECK_VERSION = 1;
export const MAX_SLIDES = 30;
export const MAX_TITLE = 120;
export const MAX_NOTES = 1000;

/** The link's parameters that make a view (the others — language, renderer, embed, theme — are the page's). */
export const VIEW_PARAMS = [
  'territoire',
  'comparer',
  'leviers',
  'axes',
  'publics',
  'formats',
  'q',
  'vue',
  'graphique',
  'carte',
] as const satisfies readonly (keyof UrlState)[];

export type ViewParam = (typeof VIEW_PARAMS)[number];
export type SlideView = Pick<UrlState, ViewParam>;

export interface Slide {
  /** Unique in its deck and kept by every operation but `duplicateSlide` (a new one): a list's key. */
  readonly id: string;
  readonly view: SlideView;
  /** At most `MAX_TITLE` code points, one line. */
  readonly title: string;
  /** At most `MAX_NOTES` code points; line breaks kept. */
  readonly notes: string;
}

export interface Deck {
  readonly version: typeof DECK_VERSION;
  readonly lang: Lang;
  /** At most `MAX_SLIDES`. */
  readonly slides: readonly Slide[];
}

/** What « Annuler » needs to put the last deleted slide back. */
export interface Deleted {
  readonly slide: Slide;
  readonly index: number;
}

// ── Text ──────────────────────────────────────────────────────────────────────────────────────────────

/** The length the counters show and the limits count: code points (an emoji is one). */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The first `max` code points of `text`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  let n = 0;
  for (const c of text) {
    if (n++ === max) break;
    out += c;
  }
  return out;
}

/** A lone surrogate (from script, or a JSON escape) as U+FFFD: text that UTF-8 and XML can carry. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : '\uFFFD'));

/** Control characters and the non-characters XML refuses (an exported deck is XML): never text. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** A title as the deck keeps it: one line, no control characters, at most `MAX_TITLE` code points. */
export function cleanTitle(text: string): string {
  return clip(
    wellFormed(text)
      .replace(/\r\n|[\t\n\r\u2028\u2029]/g, ' ')
      .replace(CONTROLS, ''),
    MAX_TITLE,
  );
}

/** Notes as the deck keeps them: `\n` line breaks, no other control character, at most `MAX_NOTES` code points. */
export function cleanNotes(text: string): string {
  return clip(
    wellFormed(text)
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(CONTROLS, ''),
    MAX_NOTES,
  );
}

// ── Views ─────────────────────────────────────────────────────────────────────────────────────────────

function pickView(state: SlideView): SlideView {
  return {
    territoire: state.territoire,
    comparer: [...state.comparer],
    leviers: [...state.leviers],
    axes: [...state.axes],
    publics: [...state.publics],
    formats: [...state.formats],
    q: state.q,
    vue: state.vue,
    graphique: state.graphique,
    carte: state.carte && { lon: state.carte.lon, lat: state.carte.lat, zoom: state.carte.zoom },
  };
}

/** A view's query string, without « ? » (`''` for the overview): the link of that view. */
export function viewQuery(view: SlideView): string {
  return serializeUrl({ ...defaultUrlState(), ...pickView(view) }).slice(1);
}

/**
 * The view in `url` (the atlas's state, or any view), as its link gives it back: the camera rounded, the
 * search text cut at its limit, plain arrays (never the state's proxies).
 */
export function viewOf(url: SlideView): SlideView {
  return pickView(parseUrl(viewQuery(url)).state);
}

/**
 * A view read from its query string, or `null` when any of it would be dropped from a link or it sets a
 * parameter that is not a view's (`lang`, `embed`…).
 */
export function parseView(query: string): SlideView | null {
  const { state, dropped } = parseUrl(query);
  if (dropped.length) return null;
  const d = defaultUrlState();
  const view: readonly string[] = VIEW_PARAMS;
  for (const p of PARAMS) {
    if (!view.includes(p) && JSON.stringify(state[p]) !== JSON.stringify(d[p])) return null;
  }
  return pickView(state);
}

/** Shows the slide's view: its fields written into `url` (the page's own — language, theme… — stay). */
export function applySlide(url: UrlState, slide: Pick<Slide, 'view'>): void {
  Object.assign(url, pickView(slide.view));
}

// ── Operations ────────────────────────────────────────────────────────────────────────────────────────

export function emptyDeck(lang: Lang): Deck {
  return { version: DECK_VERSION, lang, slides: [] };
}

export const isFull = (deck: Deck): boolean => deck.slides.length >= MAX_SLIDES;

/** Ids are base-36 numbers: a new one is one more than the largest in the deck. */
export function newSlideId(deck: Deck): string {
  let max = 0;
  for (const s of deck.slides) max = Math.max(max, parseInt(s.id, 36) || 0);
  return (max + 1).toString(36);
}

const withSlides = (deck: Deck, slides: readonly Slide[]): Deck => ({ ...deck, slides });
const inRange = (deck: Deck, i: number) => Number.isInteger(i) && i >= 0 && i < deck.slides.length;

/**
 * Adds a slide of `view` at `at` (the end by default), titled `title` or, without one, by `defaultTitle`
 * in the deck's language; `null` when the deck is full.
 */
export function addSlide(deck: Deck, view: SlideView, title?: string, at = deck.slides.length): Deck | null {
  if (isFull(deck)) return null;
  const v = viewOf(view);
  const slide: Slide = {
    id: newSlideId(deck),
    view: v,
    title: cleanTitle(title ?? defaultTitle(v, deck.lang)),
    notes: '',
  };
  const i = Math.max(0, Math.min(deck.slides.length, Math.trunc(at) || 0));
  return withSlides(deck, [...deck.slides.slice(0, i), slide, ...deck.slides.slice(i)]);
}

/** Moves the slide at `from` to `to` (clamped to the deck); the same deck when nothing moves. */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
  if (!inRange(deck, from) || !Number.isInteger(to)) return deck;
  const target = Math.max(0, Math.min(deck.slides.length - 1, to));
  if (target === from) return deck;
  const slides = [...deck.slides];
  const [slide] = slides.splice(from, 1);
  slides.splice(target, 0, slide!);
  return withSlides(deck, slides);
}

/** A copy of the slide at `index`, with a new id, right after it; `null` when the deck is full. */
export function duplicateSlide(deck: Deck, index: number): Deck | null {
  if (!inRange(deck, index)) return deck;
  if (isFull(deck)) return null;
  const slide = deck.slides[index]!;
  const copy: Slide = { ...slide, id: newSlideId(deck), view: pickView(slide.view) };
  return withSlides(deck, [...deck.slides.slice(0, index + 1), copy, ...deck.slides.slice(index + 1)]);
}

/** Deletes the slide at `index`: the deck without it, and what `undoDelete` needs; `null` out of range. */
export function deleteSlide(deck: Deck, index: number): { deck: Deck; deleted: Deleted } | null {
  if (!inRange(deck, index)) return null;
  return {
    deck: withSlides(
      deck,
      deck.slides.filter((_, i) => i !== index),
    ),
    deleted: { slide: deck.slides[index]!, index },
  };
}

/**
 * « Annuler »: the deleted slide back at its place (or the end, if the deck is shorter now), with a new id
 * if a slide added since took its one; `null` when the deck is full.
 */
export function undoDelete(deck: Deck, deleted: Deleted): Deck | null {
  if (isFull(deck)) return null;
  const taken = deck.slides.some((s) => s.id === deleted.slide.id);
  const slide = taken ? { ...deleted.slide, id: newSlideId(deck) } : deleted.slide;
  const i = Math.max(0, Math.min(deck.slides.length, deleted.index));
  return withSlides(deck, [...deck.slides.slice(0, i), slide, ...deck.slides.slice(i)]);
}

function edit(deck: Deck, index: number, change: Partial<Pick<Slide, 'title' | 'notes'>>): Deck {
  if (!inRange(deck, index)) return deck;
  return withSlides(
    deck,
    deck.slides.map((s, i) => (i === index ? { ...s, ...change } : s)),
  );
}

/** Renames the slide at `index` (cleaned and cut: `cleanTitle`). Typing: no trimming, spaces stay. */
export const renameSlide = (deck: Deck, index: number, title: string): Deck =>
  edit(deck, index, { title: cleanTitle(title) });

/** Sets the notes of the slide at `index` (cleaned and cut: `cleanNotes`). */
export const setNotes = (deck: Deck, index: number, notes: string): Deck =>
  edit(deck, index, { notes: cleanNotes(notes) });

export const slideIndex = (deck: Deck, id: string): number => deck.slides.findIndex((s) => s.id === id);

// ── Default titles ────────────────────────────────────────────────────────────────────────────────────

export const say = (lang: Lang, key: MessageKey, vars?: Vars): string => translate(lang, key, vars);

/** A count in words: `key.zero` for 0 when there is one, else `.one` / `.other` by the locale's plural rule. */
export function count(lang: Lang, key: string, n: number, vars: Vars = {}): string {
  if (n === 0 && `${key}.zero` in messages[lang])
    return say(lang, `${key}.zero` as MessageKey, { ...vars, n });
  const form = pluralCategory(lang === 'fr' ? 'fr-FR' : 'en-GB', n) === 'one' ? 'one' : 'other';
  return say(lang, `${key}.${form}` as MessageKey, { ...vars, n });
}

const nameOf = (id: TerritoryId) => territoryById.get(id)?.shortName ?? id;
const namesOf = (lang: Lang, ids: readonly TerritoryId[]) =>
  formatList(lang === 'fr' ? 'fr-FR' : 'en-GB', ids.map(nameOf));

export const isFiltered = (view: SlideView): boolean =>
  view.leviers.length + view.axes.length + view.publics.length + view.formats.length > 0 || !!view.q.trim();

/** The filters of a view, named: « Mixité, Formation et 2 autres filtres », « « forum » ». */
export function filtersLabel(view: SlideView, lang: Lang): string {
  const short = (
    list: readonly { id: string; short: { fr: string; en: string } }[],
    ids: readonly string[],
  ) => ids.map((id) => list.find((t) => t.id === id)?.short[lang] ?? id);
  const labels = [
    ...short(vocabularies.levers, view.leviers),
    ...short(programme.axes, view.axes),
    ...short(vocabularies.audiences, view.publics),
    ...short(vocabularies.formats, view.formats),
  ];
  const q = view.q.trim().replace(/\s+/g, ' ');
  if (q) labels.push(say(lang, 'deck.filters.query', { q: clip(q, 40) }));
  if (labels.length <= 2) return labels.join(', ');
  return count(lang, 'deck.filters.more', labels.length - 2, { list: labels.slice(0, 2).join(', ') });
}

/**
 * The title a slide of `view` starts with, in `lang`: « Nord Loiret : 4 actions, 3 leviers »; a comparison
 * names its territories and their shared levers, a chart its name, a filtered view its filters, with the
 * counts of what they keep. `matching`: the ids of the actions the view's filters keep (the atlas's
 * `app.matches.actions`); without it the search text `q` is named but not counted (the four filters are).
 */
export function defaultTitle(view: SlideView, lang: Lang, matching?: ReadonlySet<string>): string {
  const filtered = isFiltered(view);
  const filters = filtered ? filtersLabel(view, lang) : '';
  const keep = (a: Action) => !filtered || (matching ? matching.has(a.id) : facetsMatch(a, view));
  const kept = actions.filter(keep);
  const levers = (list: readonly Action[]) => new Set(list.flatMap((a) => a.levers)).size;
  const extend = (title: string, more: string) =>
    more ? say(lang, 'deck.title.with', { title, more }) : title;
  let title: string;
  if (view.vue === 'graphiques') {
    const focus =
      view.comparer.length >= 2
        ? namesOf(lang, view.comparer)
        : view.territoire
          ? nameOf(view.territoire)
          : '';
    title = extend(
      say(lang, `present.chart.${view.graphique ?? 'matrice'}`),
      [focus, filters].filter(Boolean).join(', '),
    );
  } else if (view.comparer.length >= 2) {
    const sets = view.comparer.map(
      (id) => new Set(actions.filter((a) => a.territory === id).flatMap((a) => a.levers)),
    );
    const shared = [...sets[0]!].filter((l) => sets.every((s) => s.has(l))).length;
    title = extend(
      say(lang, 'deck.title.compare', {
        names: namesOf(lang, view.comparer),
        shared: count(lang, 'deck.count.shared', shared),
      }),
      filters,
    );
  } else if (view.territoire) {
    const own = kept.filter((a) => a.territory === view.territoire);
    title = say(lang, filtered ? 'deck.title.territoryFiltered' : 'deck.title.territory', {
      name: nameOf(view.territoire),
      filters,
      actions: count(lang, 'deck.count.actions', own.length),
      levers: count(lang, 'deck.count.levers', levers(own)),
    });
  } else {
    title = say(lang, filtered ? 'deck.title.overviewFiltered' : 'deck.title.overview', {
      filters,
      actions: count(lang, 'deck.count.actions', kept.length),
      territories: count(lang, 'deck.count.territories', new Set(kept.map((a) => a.territory)).size),
    });
  }
  return textLength(title) > MAX_TITLE ? `${clip(title, MAX_TITLE - 1)}…` : title;
}
