/**
 * The deck's exports (#16): each slide's picture, drawn for the file (never read from the screen's
 * WebGL canvas), then the PowerPoint file, the PDF (one 16:9 page a slide, through the browser's print)
 * and the offline HTML deck (the single-file atlas opening on this deck in presentation mode).
 *
 * A map slide is drawn from its view alone (share/exports.ts `slideSvg`, the view's filters applied to
 * the data), so the screen does not move. A chart slide needs its chart drawn: its view is shown in the
 * atlas, the chart's own export takes it (charts/export.ts `shownChart`), and the view the user had comes
 * back at the end. The files are in the deck's language and the light theme, whatever the screen shows.
 * Lazy: loaded when the user exports.
 */
import { tick } from 'svelte';

import { shownChart } from '../../charts/export';
import { territories } from '../../data';
import type { TerritoryId } from '../../data/ids';
import { download } from '../../files/download';
import type { ExportedSvg } from '../../files/svg';
import type { MapHandle } from '../../map/handle.svelte';
import type { AppState } from '../../state/app-state.svelte';
import { applyFilters, isActive } from '../../state/filters';
import { filterIndex } from '../../state/app-state.svelte';
import { CHARTS, type Lang, type UrlState } from '../../state/url';
import { COLOURS, FILE_THEME } from '../../theme/colours';
import {
  MAP_LICENCE,
  MAP_LICENCE_EN,
  PICTURE,
  SOURCE_LINE,
  SOURCE_LINE_EN,
  SLIDE,
  chartSlideSvg,
  slideSvg,
  svgToPng,
  type ViewContext,
} from '../exports';
import { slideAlt } from './alt';
import { diaposValue } from './codec';
import { applySlide, say, viewOf, type Deck, type Slide, type SlideView } from './deck';
import './deck-print.css';
import { PUBLIC_URL, liveLink, qrPng, shortLink } from './public-url';

export type Progress = (done: number, total: number) => void;

const isChart = (view: SlideView) => view.vue === 'graphiques';
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** The name a deck's files start with. */
export const DECK_FILE = 'atlas-presentation';

/** What a slide's picture and its sentence are drawn from. */
interface Drawn {
  svg: ExportedSvg;
  alt: string;
  chart: boolean;
}

/**
 * Draws the deck's slides one by one, `bare` (the PPTX's pictures: no title nor source lines) or whole
 * (the PDF's pages), and hands each to `use`. The atlas shows each chart slide's view while it is drawn,
 * in the deck's language and the light theme, and comes back to the view it had.
 */
export async function drawSlides(
  app: AppState,
  map: MapHandle,
  deck: Deck,
  bare: boolean,
  onProgress: Progress,
  use: (drawn: Drawn, slide: Slide, index: number) => Promise<void>,
): Promise<void> {
  const before = $state.snapshot(app.url) as UrlState;
  const quiet = app.quietHistory;
  app.quietHistory = true;
  try {
    for (const [i, slide] of deck.slides.entries()) {
      onProgress(i + 1, deck.slides.length);
      await frame();
      await use(await drawSlide(app, map, deck.lang, slide, bare), slide, i);
    }
  } finally {
    if (deck.slides.some((s) => isChart(s.view)) || app.url.lang !== before.lang) {
      Object.assign(app.url, before);
      await tick();
    }
    app.quietHistory = quiet;
  }
}

async function drawSlide(
  app: AppState,
  map: MapHandle,
  lang: 'fr' | 'en',
  slide: Slide,
  bare: boolean,
): Promise<Drawn> {
  const url: UrlState = { ...($state.snapshot(app.url) as UrlState), ...viewOf(slide.view), lang };
  if (isChart(slide.view)) {
    const id = slide.view.graphique ?? CHARTS[0];
    applySlide(app.url, slide);
    app.url.lang = lang;
    app.url.theme = 'light';
    const shown = await until(() => shownChart(id));
    await tick();
    await frame();
    await frame();
    const chart = await shown.picture();
    const c = context(url, app);
    const svg = await chartSlideSvg(chart, shown.text, c, { bare });
    return { svg, alt: slideAlt(slide.view, lang, app.matches), chart: true };
  }
  const snap = map.snapshot();
  if (!snap) throw new Error('map not ready');
  const c = context(url);
  const camera = slide.view.carte ?? snap.camera;
  const svg = await slideSvg({ ...snap, camera }, c, { bare });
  return {
    svg,
    alt: slideAlt(slide.view, lang, { actions: c.matchingActions, territories: matched(c) }),
    chart: false,
  };
}

const matched = (c: ViewContext): ReadonlySet<string> =>
  new Set(territories.map((t) => t.id).filter((id) => !c.dimmed.has(id)));

/** The view's context for the export code: its filters applied to the data. */
function context(url: UrlState, app?: AppState): ViewContext {
  const filtering = isActive(url);
  const matches = app ? app.matches : applyFilters(filterIndex.current, url);
  const dimmed = new Set<TerritoryId>(
    filtering ? territories.map((t) => t.id).filter((id) => !matches.territories.has(id)) : [],
  );
  return {
    lang: url.lang,
    theme: 'light',
    url,
    selected: url.territoire,
    dimmed,
    matchingActions: matches.actions,
    filtering,
  };
}

async function until<T>(get: () => T | undefined, ms = 10_000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (performance.now() > end) throw new Error('the chart did not come');
    await frame();
  }
}

const dataUrl = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable picture'));
    reader.readAsDataURL(blob);
  });

const hex = (colour: string) => colour.replace(/^#/, '').slice(0, 6).toUpperCase();

/** The source lines a slide carries: the data's, and the base map's for a map. */
export function sourceLine(lang: 'fr' | 'en', chart: boolean): string {
  const source = lang === 'fr' ? SOURCE_LINE : SOURCE_LINE_EN;
  return chart ? source : `${source}. ${lang === 'fr' ? MAP_LICENCE : MAP_LICENCE_EN}`;
}

/** The deck's title slide: the atlas's name, and what the deck holds on which date. */
function titles(deck: Deck): { title: string; subtitle: string } {
  const date = new Intl.DateTimeFormat(deck.lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(),
  );
  return {
    title: say(deck.lang, 'deck.file.title'),
    subtitle: say(deck.lang, 'deck.file.subtitle', { date }),
  };
}

/** The PowerPoint file: pictures drawn (« Diapositive 3 / 10 »), then the file assembled. */
export async function exportPptx(
  app: AppState,
  map: MapHandle,
  deck: Deck,
  onProgress: Progress,
): Promise<string> {
  const [{ buildPptx }, slides] = await Promise.all([import('./pptx'), collect(app, map, deck, onProgress)]);
  const tokens = COLOURS[FILE_THEME].tokens;
  const blob = await buildPptx(
    {
      lang: deck.lang,
      ...titles(deck),
      slides,
      sourcesTitle: say(deck.lang, 'deck.file.sources'),
      sources: [
        deck.lang === 'fr' ? SOURCE_LINE : SOURCE_LINE_EN,
        deck.lang === 'fr' ? MAP_LICENCE : MAP_LICENCE_EN,
        say(deck.lang, 'deck.file.fonts'),
        say(deck.lang, 'deck.file.made'),
      ],
    },
    { text: hex(tokens.text), muted: hex(tokens['text-muted']), accent: hex(tokens['accent-strong']) },
  );
  const name = `${DECK_FILE}.pptx`;
  download(blob, name);
  return name;
}

/** A slide's link and QR code to its live view (only when the build knows the public address). */
async function livePart(lang: Lang, view: SlideView): Promise<import('./pptx').PptxLive> {
  const link = liveLink(PUBLIC_URL, view, lang);
  const short = shortLink(link);
  return {
    link,
    label: say(lang, 'deck.file.live', { link: short }),
    qr: (await qrPng(link)).data,
    qrAlt: say(lang, 'deck.file.qrAlt', { link: short }),
  };
}

async function collect(app: AppState, map: MapHandle, deck: Deck, onProgress: Progress) {
  const out: import('./pptx').PptxSlide[] = [];
  await drawSlides(app, map, deck, true, onProgress, async (drawn, slide) => {
    const png = await svgToPng(drawn.svg, PICTURE.scale);
    out.push({
      title: slide.title,
      notes: slide.notes,
      picture: {
        data: await dataUrl(png),
        width: Math.round(PICTURE.width * PICTURE.scale),
        height: Math.round(PICTURE.height * PICTURE.scale),
      },
      alt: drawn.alt,
      source: sourceLine(deck.lang, drawn.chart),
      ...(PUBLIC_URL ? { live: await livePart(deck.lang, slide.view) } : {}),
    });
  });
  return out;
}

/**
 * The PDF: every slide whole (title, picture, source lines) as a 16:9 page, in a print-only sheet
 * (deck-print.css), then the browser's print dialog, where « Enregistrer au format PDF » makes the file.
 * The sheet goes after printing.
 */
export async function printDeck(
  app: AppState,
  map: MapHandle,
  deck: Deck,
  onProgress: Progress,
): Promise<void> {
  document.querySelector('.deck-print')?.remove();
  const sheet = document.createElement('div');
  sheet.className = 'deck-print';
  sheet.lang = deck.lang;
  const urls: string[] = [];
  await drawSlides(app, map, deck, false, onProgress, async (drawn, slide) => {
    const url = URL.createObjectURL(await svgToPng(drawn.svg, 1));
    urls.push(url);
    const page = document.createElement('figure');
    page.className = 'deck-print-page';
    const img = document.createElement('img');
    img.src = url;
    img.alt = drawn.alt;
    img.width = SLIDE.width;
    img.height = SLIDE.height;
    page.append(img);
    const caption = document.createElement('figcaption');
    caption.className = 'visually-hidden';
    caption.textContent = slide.title;
    page.append(caption);
    sheet.append(page);
  });
  await Promise.all([...sheet.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  document.body.append(sheet);
  document.body.classList.add('deck-printing');
  const done = () => {
    document.body.classList.remove('deck-printing');
    sheet.remove();
    for (const url of urls) URL.revokeObjectURL(url);
    removeEventListener('afterprint', done);
  };
  addEventListener('afterprint', done);
  window.print();
}

/** The single-file atlas served beside index.html (`npm run build`); absent in development. */
export const OFFLINE_FILE = './atlas-hors-ligne.html';

/**
 * The offline HTML deck: the single-file atlas with this deck written into its head (`<meta
 * name="atlas-diapos">`, read by main.ts), so that it opens on the deck, presenting. `null` when the
 * single file is not served here.
 */
export async function offlineDeck(deck: Deck): Promise<string | null> {
  const res = await fetch(OFFLINE_FILE).catch(() => null);
  if (!res?.ok) return null;
  const html = await res.text();
  const value = await diaposValue(deck);
  // The value is the link's own (base64url and dots): nothing in it needs escaping in an attribute.
  if (!/^[\w.-]+$/.test(value)) return null;
  const meta = `<meta name="atlas-diapos" content="${value}">`;
  const out = html.replace(/<head>/i, `<head>${meta}`);
  if (out === html) return null;
  const name = `${DECK_FILE}-hors-ligne.html`;
  download(new Blob([out], { type: 'text/html;charset=utf-8' }), name);
  return name;
}

/** The slide's image on the clipboard (a PNG of the whole slide), where the browser allows it. */
export const canCopyImages = (): boolean =>
  typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function';

export async function copySlide(app: AppState, map: MapHandle, deck: Deck, index: number): Promise<void> {
  const slide = deck.slides[index];
  if (!slide) return;
  const one: Deck = { ...deck, slides: [slide] };
  // The clipboard item is handed over at once (the click's permission), its picture drawn meanwhile.
  const png = new Promise<Blob>((resolve, reject) => {
    void drawSlides(
      app,
      map,
      one,
      false,
      () => undefined,
      async (drawn) => {
        resolve(await svgToPng(drawn.svg, 1));
      },
    ).catch(reject);
  });
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
