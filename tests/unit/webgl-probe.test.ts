import { afterEach, describe, expect, it, vi } from 'vitest';

import { probeCanvas, probeEarly, probeOffThread } from '../../src/lib/map/webgl-probe';

/** A canvas whose WebGL2 context is refused with the performance caveat, or not, or absent. */
function canvas(kind: 'gpu' | 'caveat' | 'none', name = 'ANGLE (Intel(R) UHD Graphics 620)') {
  const lost = vi.fn();
  const gl = {
    RENDERER: 0x1f01,
    getExtension: (ext: string) =>
      ext === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 0x9246 } : { loseContext: lost },
    getParameter: (p: number) => (p === 0x9246 ? name : 'WebKit WebGL'),
  };
  const getContext = vi.fn((_type: string, options?: { failIfMajorPerformanceCaveat?: boolean }) => {
    if (kind === 'none') return null;
    if (kind === 'caveat' && options?.failIfMajorPerformanceCaveat) return null;
    return gl;
  });
  return { canvas: { getContext } as unknown as OffscreenCanvas, getContext, lost };
}

describe('the WebGL probe (webgl-probe.ts)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the unmasked renderer, sees the performance caveat, and releases its context', () => {
    const gpu = canvas('gpu');
    expect(probeCanvas(gpu.canvas)).toEqual({
      webgl2: true,
      rendererName: 'ANGLE (Intel(R) UHD Graphics 620)',
      caveat: false,
    });
    expect(gpu.lost).toHaveBeenCalledOnce();
    const soft = canvas('caveat', 'SwiftShader');
    expect(probeCanvas(soft.canvas)).toEqual({ webgl2: true, rendererName: 'SwiftShader', caveat: true });
    expect(soft.getContext).toHaveBeenCalledTimes(2);
    expect(probeCanvas(canvas('none').canvas)).toEqual({ webgl2: false, rendererName: '', caveat: false });
  });

  /** A page whose main-thread canvas answers `main`, with a Worker that behaves as `worker` says. */
  function page(worker: 'answers' | 'fails' | 'garbles' | 'silent' | 'absent') {
    const main = canvas('caveat', 'main thread');
    vi.stubGlobal('document', { createElement: () => main.canvas });
    vi.stubGlobal('OffscreenCanvas', class {});
    const started: string[] = [];
    const terminated = vi.fn();
    if (worker !== 'absent')
      vi.stubGlobal(
        'Worker',
        class {
          onmessage: ((e: { data: unknown }) => void) | null = null;
          onerror: ((e: { preventDefault(): void }) => void) | null = null;
          terminate = terminated;
          constructor(url: URL, options: WorkerOptions) {
            started.push(`${url.pathname.split('/').pop()} ${options.type}`);
            setTimeout(() => {
              if (worker === 'answers')
                this.onmessage?.({ data: { webgl2: true, rendererName: 'in the worker', caveat: false } });
              else if (worker === 'garbles') this.onmessage?.({ data: { webgl2: 'yes' } });
              else if (worker === 'fails') this.onerror?.({ preventDefault: () => undefined });
            });
          }
        },
      );
    return { main, started, terminated };
  }

  it('probes in a module worker and ends it, leaving the main thread alone', async () => {
    const p = page('answers');
    await expect(probeOffThread()).resolves.toEqual({
      webgl2: true,
      rendererName: 'in the worker',
      caveat: false,
    });
    expect(p.started).toEqual(['webgl-probe.worker.ts module']);
    expect(p.main.getContext).not.toHaveBeenCalled();
    expect(p.terminated).toHaveBeenCalledOnce();
  });

  it('probes on the main thread when the worker fails, answers nonsense, or cannot exist', async () => {
    for (const kind of ['fails', 'garbles', 'absent'] as const) {
      const p = page(kind);
      await expect(probeOffThread(), kind).resolves.toEqual({
        webgl2: true,
        rendererName: 'main thread',
        caveat: true,
      });
      expect(p.main.getContext, kind).toHaveBeenCalled();
      vi.unstubAllGlobals();
    }
  });

  it('does not wait for a silent worker beyond its timeout', async () => {
    vi.useFakeTimers();
    try {
      const p = page('silent');
      const probe = probeOffThread();
      await vi.advanceTimersByTimeAsync(3000);
      await expect(probe).resolves.toMatchObject({ rendererName: 'main thread' });
      expect(p.terminated).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts rendu=webgl’s early probe once, in the worker, and answers every later ask with it', async () => {
    const p = page('answers');
    const first = probeEarly();
    expect(probeEarly()).toBe(first);
    await expect(first).resolves.toMatchObject({ rendererName: 'in the worker' });
    expect(probeEarly()).toBe(first);
    expect(p.started).toEqual(['webgl-probe.worker.ts module']);
    expect(p.main.getContext).not.toHaveBeenCalled();
  });
});
