/**
 * Chart exports that work under the production CSP (PRODUCT.md « Exports », « Security headers »):
 * - SVG: the live chart cloned with its computed styles written as presentation attributes (no style
 *   attribute, no class left to resolve), wrapped with the title, the reading guide and the source line,
 *   with the font embedded as a data: URL in the file's own <style>;
 * - PNG: that SVG drawn at 2× into a canvas through an Image loaded from a blob: URL (img-src blob:);
 * - CSV: csv.ts.
 * The font files are fetched from our own origin (connect-src 'self'); nothing else is requested.
 */
// The charts' strings are registered by their own module: whatever chart code loads first brings them.
import '../i18n/charts';
import regularUrl from '../../assets/fonts/source-sans-3-latin-400-normal.woff2?url';
import boldUrl from '../../assets/fonts/source-sans-3-latin-700-normal.woff2?url';
import { wrap } from './text';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const FONT_FAMILY = "'Source Sans 3', 'Segoe UI', system-ui, sans-serif";

/** Presentation properties copied from the screen into the file. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
] as const;
/** Geometry that the charts animate through CSS (style:r, style:transform): written back as attributes. */
const GEOMETRY = ['r', 'x', 'y', 'width', 'height', 'cx', 'cy'] as const;

let fontCss: Promise<string> | null = null;

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^;,]*/, 'data:font/woff2'));
    reader.onerror = () => reject(reader.error ?? new Error('font not readable'));
    reader.readAsDataURL(blob);
  });
}

/** The @font-face rules of the exported files, the font embedded (fetched once per page). */
export function embeddedFontCss(): Promise<string> {
  fontCss ??= Promise.all([dataUrl(regularUrl), dataUrl(boldUrl)])
    .then(
      ([regular, bold]) =>
        `@font-face{font-family:'Source Sans 3';font-weight:400;src:url(${regular}) format('woff2')}` +
        `@font-face{font-family:'Source Sans 3';font-weight:700;src:url(${bold}) format('woff2')}`,
    )
    .catch((e: unknown) => {
      fontCss = null;
      throw e;
    });
  return fontCss;
}

function isHidden(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Copies `live`'s computed look onto `copy` (same structure), dropping what only the screen needs. */
function inline(live: Element, copy: Element): void {
  const style = getComputedStyle(live);
  for (const p of PROPS) {
    const v = style.getPropertyValue(p);
    if (v && (v !== 'none' || p === 'fill' || p === 'stroke')) copy.setAttribute(p, v);
  }
  if (live instanceof SVGGraphicsElement && style.transform && style.transform !== 'none') {
    copy.setAttribute('transform', style.transform.replace(/,/g, ' '));
  }
  for (const g of GEOMETRY) {
    const v = style.getPropertyValue(g);
    if (v && v !== 'auto' && live.hasAttribute(g) === false && /^-?[\d.]+px$/.test(v))
      copy.setAttribute(g, v.replace('px', ''));
  }
  for (const attr of [...copy.attributes]) {
    if (
      attr.name === 'style' ||
      attr.name === 'class' ||
      attr.name === 'tabindex' ||
      attr.name === 'role' ||
      attr.name === 'id' ||
      attr.name.startsWith('aria-') ||
      attr.name.startsWith('data-')
    )
      copy.removeAttribute(attr.name);
  }
  const liveKids = [...live.children];
  const copyKids = [...copy.children];
  liveKids.forEach((child, k) => {
    const c = copyKids[k];
    if (!c) return;
    if (isHidden(getComputedStyle(child)) || child.tagName.toLowerCase() === 'title') c.remove();
    else inline(child, c);
  });
}

export interface ExportText {
  title: string;
  guide: string;
  note?: string | undefined;
  source: string;
}

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * The chart in `figure` (its <svg class="chart-svg">, and the canvas of a dense chart) as a standalone
 * SVG document that looks like the screen.
 */
export async function chartSvg(figure: HTMLElement, text: ExportText): Promise<ExportedSvg> {
  const live = figure.querySelector<SVGSVGElement>('svg.chart-svg');
  if (!live) throw new Error('no chart to export');
  const css = await embeddedFontCss();
  const chartW = Number(live.getAttribute('width')) || live.clientWidth;
  const chartH = Number(live.getAttribute('height')) || live.clientHeight;
  const pad = 16;
  const width = Math.ceil(chartW + 2 * pad);
  const rootStyle = getComputedStyle(figure);
  const bg = rootStyle.getPropertyValue('--surface').trim() || '#ffffff';
  const ink = rootStyle.getPropertyValue('--text').trim() || '#1c1f23';
  const muted = rootStyle.getPropertyValue('--text-muted').trim() || '#4f5660';

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
  svg.appendChild(block(wrap(text.title, width - 2 * pad, { size: 20, weight: 700 }), 20, 700, ink));
  svg.appendChild(block(wrap(text.guide, width - 2 * pad, { size: 14 }), 14, 400, muted));
  if (text.note) svg.appendChild(block(wrap(text.note, width - 2 * pad, { size: 14 }), 14, 400, muted));
  y += 6;

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
  svg.appendChild(block(wrap(text.source, width - 2 * pad, { size: 12 }), 12, 400, muted));
  const height = Math.ceil(y + pad - 6);

  background.setAttribute('height', String(height));
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('lang', document.documentElement.lang || 'fr');
  // The font's <style> goes in as text, after serialisation: a <style> element created through the DOM,
  // even in a detached document, is checked against the page's style-src and refused.
  const markup = new XMLSerializer()
    .serializeToString(doc)
    .replace(/^(<svg[^>]*>)/, `$1<style>${css}</style>`);
  return { svg: markup, width, height };
}

/** Rasterises an exported SVG at `scale` (2× by default), through an Image from a blob: URL. */
export async function svgToPng(exported: ExportedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([exported.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = exported.width;
    img.height = exported.height;
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(exported.width * scale);
    canvas.height = Math.round(exported.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, exported.width, exported.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the browser's download manager (an <a download> on a blob: URL). */
export function download(blob: Blob, filename: string, host: HTMLElement = document.body): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  host.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next task: the download has taken its copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** File names that say what they hold (PRODUCT.md « Exports »). */
export const FILE_BASE = {
  matrice: 'atlas-leviers-matrice',
  axes: 'atlas-axes-profil',
  publics: 'atlas-publics',
  similarite: 'atlas-leviers-similarite',
  frequence: 'atlas-leviers-frequence',
} as const;
