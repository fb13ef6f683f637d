/**
 * SVG files that work under the production CSP (PRODUCT.md « Exports », « Security headers »): a live SVG
 * copied with its computed look written as presentation attributes (no style attribute, no class left
 * to resolve), and the font embedded as a data: URL in the file's own <style>. The font files are
 * fetched from our own origin (connect-src 'self'); nothing else is requested.
 */
import regularUrl from '../../assets/fonts/source-sans-3-latin-400-normal.woff2?url';
import boldUrl from '../../assets/fonts/source-sans-3-latin-700-normal.woff2?url';

export const SVG_NS = 'http://www.w3.org/2000/svg';
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
export function inline(live: Element, copy: Element): void {
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

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * Serialises `doc` with the font's @font-face rules in its <style>. The <style> goes in as text, after
 * serialisation: a <style> element created through the DOM, even in a detached document, is checked
 * against the page's style-src and refused.
 */
export function serializeWithFont(doc: Document, css: string): string {
  return new XMLSerializer().serializeToString(doc).replace(/^(<svg[^>]*>)/, `$1<style>${css}</style>`);
}
