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

export interface Probe {
  /** A WebGL2 context exists at all. */
  webgl2: boolean;
  /** The unmasked renderer string, or '' when the browser hides it. */
  rendererName: string;
  /** The context was refused with `failIfMajorPerformanceCaveat`. */
  caveat: boolean;
}

/**
 * The renderer a preference gets, given the probe's answer (`webgl-probe.ts` runs it, a chunk of its own:
 * a context to create and release, in a worker if it can). `svg` never calls `probe`.
 */
export function chooseRenderer(pref: Renderer, probe: () => Probe): RendererChoice {
  if (pref === 'svg') return { renderer: 'svg', reason: 'forced' };
  const p = probe();
  if (!p.webgl2) return { renderer: 'svg', reason: 'no-webgl' };
  if (pref === 'webgl') return { renderer: 'webgl', reason: 'forced' };
  if (p.caveat || isSoftwareRenderer(p.rendererName)) return { renderer: 'svg', reason: 'software' };
  return { renderer: 'webgl', reason: 'gpu' };
}
