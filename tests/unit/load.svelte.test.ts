/**
 * The loader (src/lib/load/): one load shared by every caller, an automatic retry after a delay, a
 * failure as a state (never a rejection), a new load on the next request, and the redeploy check.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { entryOf, freshEntry, setRunningEntry } from '../../src/lib/load/deploy';
import { Lazy } from '../../src/lib/load/lazy.svelte';

/** A factory that fails its first `failures` calls, then resolves with its call count. */
function flaky(failures: number) {
  let calls = 0;
  const factory = vi.fn(() => {
    calls += 1;
    return calls <= failures ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(calls);
  });
  return factory;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Lazy', () => {
  it('loads once for every caller and keeps the value', async () => {
    const factory = flaky(0);
    const lazy = new Lazy(factory);
    expect(lazy.status).toBe('idle');
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect([a, b]).toEqual([1, 1]);
    expect(await lazy.load()).toBe(1);
    expect(factory).toHaveBeenCalledTimes(1);
    expect(lazy.status).toBe('ready');
  });

  it('retries once by itself after the delay, and is ready if that works', async () => {
    vi.useFakeTimers();
    const factory = flaky(1);
    const lazy = new Lazy(factory, { retryAfter: 1500 });
    const p = lazy.load();
    await vi.advanceTimersByTimeAsync(1499);
    expect(factory).toHaveBeenCalledTimes(1);
    expect(lazy.status).toBe('loading');
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toBe(2);
    expect(lazy.status).toBe('ready');
    expect(lazy.error).toBeUndefined();
  });

  it('ends failed without rejecting, then loads again when asked', async () => {
    vi.useFakeTimers();
    const factory = flaky(2);
    const lazy = new Lazy(factory, { retryAfter: 1000 });
    const p = lazy.load();
    await vi.advanceTimersByTimeAsync(1000);
    await expect(p).resolves.toBeUndefined();
    expect(lazy.status).toBe('failed');
    expect(lazy.error).toBeInstanceOf(TypeError);
    expect(lazy.stale).toBe(false);
    expect(factory).toHaveBeenCalledTimes(2);
    // The next request (« Réessayer », another click) tries again at once.
    const again = lazy.retry();
    expect(lazy.status).toBe('loading');
    expect(await again).toBe(3);
    expect(lazy.status).toBe('ready');
  });

  it('with no automatic retry, fails after one attempt', async () => {
    const factory = flaky(1);
    const lazy = new Lazy(factory, { retryAfter: 0 });
    expect(await lazy.load()).toBeUndefined();
    expect(lazy.status).toBe('failed');
    expect(factory).toHaveBeenCalledTimes(1);
    expect(await lazy.load()).toBe(2);
  });

  it('a failed factory that throws synchronously is a failure too', async () => {
    const lazy = new Lazy<number>(
      () => {
        throw new Error('boom');
      },
      { retryAfter: 0 },
    );
    expect(await lazy.load()).toBeUndefined();
    expect(lazy.status).toBe('failed');
  });
});

describe('redeploy', () => {
  it('reads the entry script an index.html names', () => {
    const html = `<!doctype html><head><link rel="modulepreload" href="./assets/x.js">
      <script type="module" crossorigin src="./assets/index-NEW.js"></script></head>`;
    expect(entryOf(html, 'https://atlas.example/fr/index.html')).toBe(
      'https://atlas.example/fr/assets/index-NEW.js',
    );
    expect(entryOf('<script src="legacy.js"></script>', 'https://a.example/')).toBeNull();
    // The build lists the entry's static imports as module scripts too: the one named like the running entry wins.
    const built = `<script type="module" crossorigin src="./assets/data-DXQl_eGM.js"></script>
      <script type="module" crossorigin src="./assets/main-NEWHASH1.js"></script>
      <script type="module" crossorigin src="./assets/Button-B9ipkNTH.js"></script>`;
    expect(entryOf(built, 'https://a.example/index.html', 'https://a.example/assets/main-OLDHASH1.js')).toBe(
      'https://a.example/assets/main-NEWHASH1.js',
    );
    expect(entryOf(built, 'https://a.example/index.html')).toBe(
      'https://a.example/assets/Button-B9ipkNTH.js',
    );
    expect(entryOf('no script', 'https://a.example/')).toBeNull();
  });

  it('is stale only when the running entry is gone and index.html answers', async () => {
    setRunningEntry('https://atlas.example/assets/index-OLD.js');
    const serve = (entryStatus: number, index: string | null) =>
      vi.fn((url: string) =>
        Promise.resolve(
          url.endsWith('index-OLD.js')
            ? new Response(null, { status: entryStatus })
            : index === null
              ? new Response('', { status: 503 })
              : new Response(index, { status: 200 }),
        ),
      );
    const newIndex = '<script type="module" src="./assets/index-NEW.js"></script>';
    vi.stubGlobal('fetch', serve(200, newIndex));
    expect(await freshEntry()).toBeUndefined();
    vi.stubGlobal('fetch', serve(404, newIndex));
    expect(await freshEntry()).toBe('https://atlas.example/assets/index-NEW.js');
    vi.stubGlobal('fetch', serve(404, null));
    expect(await freshEntry()).toBeUndefined();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    expect(await freshEntry()).toBeUndefined();
  });

  it('a Lazy that fails after a redeploy is stale', async () => {
    setRunningEntry('https://atlas.example/assets/index-OLD.js');
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        Promise.resolve(
          url.endsWith('index-OLD.js')
            ? new Response(null, { status: 404 })
            : new Response('<script type="module" src="./assets/index-NEW.js"></script>'),
        ),
      ),
    );
    const lazy = new Lazy(flaky(5), { retryAfter: 0 });
    await lazy.load();
    expect(lazy.status).toBe('failed');
    expect(lazy.stale).toBe(true);
  });
});

describe('Lazy.prefetch', () => {
  it('starts a first load, but never retries a failure (only a request does)', async () => {
    setRunningEntry('file:///atlas.html'); // nothing to ask a server
    const factory = flaky(1);
    const lazy = new Lazy(factory, { retryAfter: 0 });
    lazy.prefetch();
    await vi.waitFor(() => expect(lazy.status).toBe('failed'));
    lazy.prefetch();
    expect(factory).toHaveBeenCalledTimes(1);
    expect(lazy.status).toBe('failed');
    expect(await lazy.load()).toBe(2);
  });
});
