/**
 * The one loader of the atlas: every lazy chunk (`import()`) and every fetch that can fail goes through a
 * `Lazy`. It loads once, shares the value, and heals: a failed load is tried again once by itself after a
 * short delay, and again each time something asks for it. A failure never escapes as an uncaught error;
 * it is a state (`failed`) the view shows where the content would have been, with « Réessayer ».
 *
 * A browser keeps a failed module fetch in its module map (Chromium 150 does), so a chunk's retry asks
 * for it under a fresh address (fresh-import.ts; tests/e2e/faults.test.ts proves it). Where a chunk's
 * own static import failed, that one cannot be renamed: the retry fails again and the view offers
 * « Recharger l’atlas », which always works and keeps the user's state (see `reloadAtlas` in App.svelte).
 */
import { untrack } from 'svelte';

import { freshEntry } from './deploy';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface LazyOptions {
  /** Milliseconds before the one automatic retry (0 for none). */
  retryAfter?: number;
}

/** The automatic retry's delay: long enough for a blip of the network to pass, short enough to wait for. */
export const RETRY_AFTER = 1500;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Lazy<T> {
  status: LoadStatus = $state('idle');
  value: T | undefined = $state.raw(undefined);
  /** The last failure (for logs and tests; the views show their own sentences, never this). */
  error: unknown = $state.raw(undefined);
  /** After a failure: the server now serves another build of the atlas (a redeploy), so reloading is the cure. */
  stale = $state(false);
  #pending: Promise<T | undefined> | null = null;
  readonly #factory: () => Promise<T>;
  readonly #retryAfter: number;

  constructor(factory: () => Promise<T>, options: LazyOptions = {}) {
    this.#factory = factory;
    this.#retryAfter = options.retryAfter ?? RETRY_AFTER;
  }

  /**
   * The value, loading it if needed; after a failure, loads again. Never rejects: it resolves with
   * undefined when the load failed, and `status` says so.
   */
  load(): Promise<T | undefined> {
    // Untracked: an effect that asks for a load must not run again because the load's status changed
    // (it would retry a failure at once, for ever).
    return untrack(() => {
      if (this.status === 'ready') return Promise.resolve(this.value);
      this.#pending ??= this.#run().finally(() => (this.#pending = null));
      return this.#pending;
    });
  }

  /**
   * For background preloads (idle time): a first load, never a retry. A failed load is tried again only
   * when someone asks for it, so an idle preload never turns a failure back into « Chargement… ».
   */
  prefetch(): void {
    untrack(() => {
      if (this.status === 'idle') void this.load();
    });
  }

  /** The same as `load()`, named for the « Réessayer » button. */
  retry(): Promise<T | undefined> {
    return this.load();
  }

  async #run(): Promise<T | undefined> {
    this.status = 'loading';
    this.stale = false;
    try {
      return this.#done(await this.#attempt());
    } catch {
      if (this.#retryAfter > 0) {
        await sleep(this.#retryAfter);
        try {
          return this.#done(await this.#attempt());
        } catch {
          /* reported below */
        }
      }
    }
    this.stale = (await freshEntry()) !== undefined;
    this.status = 'failed';
    return undefined;
  }

  #attempt(): Promise<T> {
    return this.#factory().catch((e: unknown) => {
      this.error = e;
      throw e;
    });
  }

  #done(value: T): T {
    this.value = value;
    this.error = undefined;
    this.status = 'ready';
    return value;
  }
}
