/**
 * Which renderer draws the map (PRODUCT.md « Renderer »). The SVG always paints first; MapLibre takes
 * over only on a real GPU (`auto`) or when forced (`webgl`). Public-sector PCs often run with GPU
 * acceleration disabled by policy: there WebGL is software-rendered, slower than the SVG, so `auto`
 * keeps the SVG.
 */
import type { Renderer } from '../state/url';

export type RendererChoice =
  | { renderer: 'svg'; reason: 'forced' | 'no-webgl' | 'software' | 'not-loaded' }
  | { renderer: 'webgl'; reason: 'forced' | 'gpu' };

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

interface Probe {
  /** A WebGL2 context exists at all. */
  webgl2: boolean;
  /** The unmasked renderer string, or '' when the browser hides it. */
  rendererName: string;
  /** The context was refused with `failIfMajorPerformanceCaveat`. */
  caveat: boolean;
}

/** Creates, reads and immediately releases one WebGL2 context: at most one context per page stays alive. */
export function probeWebGL(doc: Document = document): Probe {
  const canvas = doc.createElement('canvas');
  let gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
  let caveat = false;
  if (!gl) {
    gl = canvas.getContext('webgl2');
    caveat = !!gl;
  }
  if (!gl) return { webgl2: false, rendererName: '', caveat: false };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const rendererName = info
    ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
    : String(gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { webgl2: true, rendererName, caveat };
}

export function chooseRenderer(pref: Renderer, probe: () => Probe = probeWebGL): RendererChoice {
  if (pref === 'svg') return { renderer: 'svg', reason: 'forced' };
  const p = probe();
  if (!p.webgl2) return { renderer: 'svg', reason: 'no-webgl' };
  if (pref === 'webgl') return { renderer: 'webgl', reason: 'forced' };
  if (p.caveat || isSoftwareRenderer(p.rendererName)) return { renderer: 'svg', reason: 'software' };
  return { renderer: 'webgl', reason: 'gpu' };
}
