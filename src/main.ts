/**
 * The atlas's one entry point. `mount()` is the public API for embedding: each call creates its own
 * state, so two atlases on one page never share a selection, filters or theme.
 */
import { mount as svelteMount, unmount } from 'svelte';

import './app.css';
import App from './App.svelte';

export interface MountOptions {
  /** Query string to start from (defaults to the page's own `location.search` when `syncUrl` is on). */
  search?: string;
  /** Read and write the page's URL and history. On for the standalone page, off for a second atlas in a host page. */
  syncUrl?: boolean;
}

export interface AtlasHandle {
  destroy: () => void;
}

export function mount(target: HTMLElement, options: MountOptions = {}): AtlasHandle {
  const syncUrl = options.syncUrl ?? false;
  const search = options.search ?? (syncUrl ? location.search : '');
  const app = svelteMount(App, { target, props: { search, syncUrl } });
  return { destroy: () => void unmount(app) };
}

const root = document.getElementById('app');
if (root && !root.dataset['manual']) mount(root, { syncUrl: true });
