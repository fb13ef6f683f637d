/** The loader inside Svelte's reactivity (client runtime, hence jsdom): the unit tests are in tests/unit/load.svelte.test.ts. */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';

import { Lazy } from '../../src/lib/load/lazy.svelte';

const flaky = (failures: number) => {
  let calls = 0;
  return vi.fn(() => {
    calls += 1;
    return calls <= failures ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(calls);
  });
};

describe('Lazy in an effect', () => {
  it('an effect asking for a load does not run again when the load fails (no retry storm)', async () => {
    const factory = flaky(100);
    const lazy = new Lazy(factory, { retryAfter: 0 });
    let runs = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        runs += 1;
        void lazy.load();
      });
    });
    flushSync();
    for (let i = 0; i < 5; i++) {
      await Promise.resolve();
      await new Promise((r) => setTimeout(r));
      flushSync();
    }
    expect(lazy.status).toBe('failed');
    expect(runs).toBe(1);
    expect(factory).toHaveBeenCalledTimes(1);
    stop();
  });
});
