/**
 * A chart as a file (PRODUCT.md « Exports »): the live chart (files/svg.ts), wrapped with its title, the
 * reading guide and the source line; PNG and CSV come from `files/`.
 */
// The charts' strings are registered by their own module: whatever chart code loads first brings them.
import '../i18n/charts';
import {
  FONT_FAMILY,
  SVG_NS,
  embeddedFontCss,
  inline,
  serializeWithFont,
  type ExportedSvg,
} from '../files/svg';
import { COLOURS, FILE_THEME } from '../theme/colours';
import { wrap } from '../theme/text';

export interface ExportText {
  title: string;
  guide: string;
  note?: string | undefined;
  source: string;
}

/**
 * The chart in `figure` (its <svg class="chart-svg">, and the canvas of a dense chart) as a standalone
 * SVG document that looks like the screen.
 */
export async function chartSvg(
  figure: HTMLElement,
  text: ExportText,
  options: { bare?: boolean } = {},
): Promise<ExportedSvg> {
  const live = figure.querySelector<SVGSVGElement>('svg.chart-svg');
  if (!live) throw new Error('no chart to export');
  const css = await embeddedFontCss();
  const chartW = Number(live.getAttribute('width')) || live.clientWidth;
  const chartH = Number(live.getAttribute('height')) || live.clientHeight;
  const pad = 16;
  const width = Math.ceil(chartW + 2 * pad);
  // The chart's own theme, as on screen (its marks are copied with their computed colours); without the
  // stylesheet (no CSS in the document), the files' theme from the table.
  const rootStyle = getComputedStyle(figure);
  const fallback = COLOURS[FILE_THEME].tokens;
  const token = (name: 'surface' | 'text' | 'text-muted') =>
    rootStyle.getPropertyValue(`--${name}`).trim() || fallback[name];
  const bg = token('surface');
  const ink = token('text');
  const muted = token('text-muted');

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement;
  const el = (name: string, attrs: Record<string, string | number>, content?: string) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (content !== undefined) e.textContent = content;
    return e;
  };

  let y = pad;
  const block = (lines: string[], size: number, weight: 400 | 700, fill: string) => {
    const lh = Math.round(size * 1.25);
    const t = el('text', { x: pad, 'font-size': size, 'font-weight': weight, fill });
    lines.forEach((line, k) => {
      t.appendChild(el('tspan', { x: pad, y: y + size + k * lh }, line));
    });
    y += lines.length * lh + 6;
    return t;
  };

  const background = el('rect', { width, height: 0, fill: bg });
  svg.appendChild(background);
  // Bare: the chart alone, for a slide that writes its own title and source line (share/exports.ts).
  if (!options.bare) {
    svg.appendChild(block(wrap(text.title, width - 2 * pad, { size: 20, weight: 700 }), 20, 700, ink));
    svg.appendChild(block(wrap(text.guide, width - 2 * pad, { size: 14 }), 14, 400, muted));
    if (text.note) svg.appendChild(block(wrap(text.note, width - 2 * pad, { size: 14 }), 14, 400, muted));
    y += 6;
  }

  const chart = el('g', { transform: `translate(${pad} ${y})` });
  // A dense chart draws its marks on a canvas laid exactly under the SVG: they go in first, as an image.
  const canvas = figure.querySelector<HTMLCanvasElement>('canvas.chart-canvas');
  if (canvas) {
    chart.appendChild(
      el('image', { href: canvas.toDataURL('image/png'), x: 0, y: 0, width: chartW, height: chartH }),
    );
  }
  const copy = live.cloneNode(true) as SVGSVGElement;
  inline(live, copy);
  for (const child of [...copy.childNodes]) chart.appendChild(doc.importNode(child, true));
  svg.appendChild(chart);
  y += chartH + 10;
  if (!options.bare) svg.appendChild(block(wrap(text.source, width - 2 * pad, { size: 12 }), 12, 400, muted));
  const height = Math.ceil(y + pad - 6);

  background.setAttribute('height', String(height));
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('lang', document.documentElement.lang || 'fr');
  return { svg: serializeWithFont(doc, css), width, height };
}

/**
 * The charts on screen, by id, for the header's « Exporter » (share/): on the charts view its « Diapositive »
 * is the current chart's slide. A ChartFrame registers itself while it is mounted.
 */
export interface ShownChart {
  text: ExportText;
  /** The chart alone (no title, guide or source: the slide writes its own). */
  picture: () => Promise<ExportedSvg>;
}
const shown = new Map<string, ShownChart>();
export function showChart(id: string, chart: ShownChart): () => void {
  shown.set(id, chart);
  return () => {
    if (shown.get(id) === chart) shown.delete(id);
  };
}
export function shownChart(id: string): ShownChart | undefined {
  return shown.get(id);
}

/** File names that say what they hold (PRODUCT.md « Exports »). */
export const FILE_BASE = {
  matrice: 'atlas-leviers-matrice',
  axes: 'atlas-axes-profil',
  publics: 'atlas-publics',
  similarite: 'atlas-leviers-similarite',
  frequence: 'atlas-leviers-frequence',
} as const;
