/**
 * The WebGL probe behind the renderer's choice (renderer.ts, PRODUCT.md « Renderer »): one WebGL2
 * context created, read and released. Creating it costs 5 to 40 ms, more on a software renderer, so `auto`
 * probes in a worker on an OffscreenCanvas, off the main thread the page is hydrating on (#17); where no
 * worker can start (the single file from disk, an old browser) it probes on the main thread, as before.
 * A chunk of its own: the first screen's JavaScript never carries it.
 */
import type { Probe } from './renderer';

/** Creates, reads and immediately releases one WebGL2 context: at most one context per page stays alive. */
export function probeCanvas(canvas: HTMLCanvasElement | OffscreenCanvas): Probe {
  let gl = canvas.getContext('webgl2', {
    failIfMajorPerformanceCaveat: true,
  }) as WebGL2RenderingContext | null;
  let caveat = false;
  if (!gl) {
    gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
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

/** On the main thread. */
export function probeWebGL(doc: Document = document): Probe {
  return probeCanvas(doc.createElement('canvas'));
}

const isProbe = (x: unknown): x is Probe =>
  !!x &&
  typeof (x as Probe).webgl2 === 'boolean' &&
  typeof (x as Probe).rendererName === 'string' &&
  typeof (x as Probe).caveat === 'boolean';

/** How long the worker may take (start and probe) before the main thread probes instead. */
const WORKER_TIMEOUT_MS = 3000;

/** In a worker when one can start; otherwise, or if it fails or stays silent, on the main thread. */
export function probeOffThread(): Promise<Probe> {
  if (
    import.meta.env.MODE === 'single' ||
    typeof Worker === 'undefined' ||
    typeof OffscreenCanvas === 'undefined'
  )
    return Promise.resolve(probeWebGL());
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    let settled = false;
    const settle = (probe: Probe | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker?.terminate();
      resolve(probe ?? probeWebGL());
    };
    const timer = setTimeout(() => settle(undefined), WORKER_TIMEOUT_MS);
    try {
      worker = new Worker(new URL('./webgl-probe.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<unknown>) => settle(isProbe(e.data) ? e.data : undefined);
      worker.onerror = (e) => {
        e.preventDefault();
        settle(undefined);
      };
    } catch {
      settle(undefined);
    }
  });
}

let early: Promise<Probe> | undefined;

/**
 * `rendu=webgl`'s probe, started once: main.ts starts it as the page's module runs (`startWebgl`,
 * handover.svelte.ts), off the main thread, so its answer is there when the map has hydrated (#17).
 */
export function probeEarly(): Promise<Probe> {
  return (early ??= probeOffThread());
}
