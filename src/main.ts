/**
 * The atlas's one entry point. `mount()` is the public API for embedding: each call creates its own
 * state, so two atlases on one page never share a selection, filters or theme.
 */
// First: the atlas's lazy chunks are imported through it (a failed one is asked for under a fresh URL).
import './lib/load/fresh-import';
import { hydrate as svelteHydrate, mount as svelteMount, unmount } from 'svelte';

import 'virtual:atlas-theme/atlas.css';
import './app.css';
// index.html's message for a page whose scripts cannot run: in the page's one stylesheet, which a module
// that fails still leaves loaded (no request of its own, and none that waits in the body).
import './fallback.css';
import App from './App.svelte';
import { FIRST_SCREEN_GEO, fetchTopology } from './lib/data/geo';
import { MapHandle, readFirstScreenPaths } from './lib/map/handle.svelte';
import { prefetchGestures } from './lib/map/camera-control.svelte';
import { startWebgl } from './lib/map/handover.svelte';
import { freshEntry, setRunningEntry } from './lib/load/deploy';

// After a redeploy, a failed chunk asks whether this entry is still the one the server serves.
setRunningEntry(import.meta.url);

export interface MountOptions {
  /** Query string to start from (defaults to the page's own `location.search` when `syncUrl` is on). */
  search?: string;
  /** Read and write the page's URL and history. On for the standalone page, off for a second atlas in a host page. */
  syncUrl?: boolean;
  /** Address of the full atlas, for « Ouvrir l’atlas complet » and the embed dialog (defaults to this page). */
  atlasUrl?: string;
  /**
   * The target holds the build's prerendered default view (index.html, #17): hydrate it rather than
   * render again. Only for the default view (`search` empty, or `?rendu=…`), with the first screen's
   * geodata parsed.
   */
  hydrate?: boolean;
}

export interface AtlasHandle {
  destroy: () => void;
}

export function mount(target: HTMLElement, options: MountOptions = {}): AtlasHandle {
  const syncUrl = options.syncUrl ?? false;
  const search = options.search ?? (syncUrl ? location.search : '');
  const base = { syncUrl, ...(options.atlasUrl ? { atlasUrl: options.atlasUrl } : {}) };
  let destroy: () => void = () => undefined;
  /**
   * « Recharger l’atlas » in a host page: the host's page stays, the atlas is mounted again with the
   * state it had. After a redeploy it is the new build that is mounted (its entry, read from the
   * server's index.html), since the old build's chunks are gone.
   */
  const reload = async (state: string) => {
    destroy();
    const entry = await freshEntry();
    if (entry) {
      try {
        const next = (await import(/* @vite-ignore */ entry)) as { mount: typeof mount };
        destroy = next.mount(target, { ...options, search: state }).destroy;
        return;
      } catch {
        /* the new build could not come either: mount this one again, which says so again */
      }
    }
    start(state);
  };
  const start = (state: string, hydrate = false) => {
    const props = { ...base, search: state, onReload: reload, prerendered: hydrate };
    // Hydrating the prerendered view, its map takes its path data from the HTML (map/handle.svelte.ts).
    if (hydrate) {
      const handle = new MapHandle();
      // The page's own prerender: its paths were read once already, to choose how to hydrate (below).
      handle.firstScreenPaths = target === root && firstScreen ? firstScreen : readFirstScreenPaths(target);
      Object.assign(props, { handle });
    }
    const app = hydrate ? svelteHydrate(App, { target, props }) : svelteMount(App, { target, props });
    destroy = () => void unmount(app);
  };
  start(search, !!options.hydrate);
  return { destroy: () => destroy() };
}

// index.html's message for a page whose scripts cannot run (src/fallback.css): they run.
document.getElementById('atlas-fallback')?.remove();

const root = document.getElementById('app');
// The presenter view (#16): the window a presenting atlas opened shows the speaker's page instead
// (share/deck/presenter-channel.ts names it). Should its chunk fail, the atlas shows instead.
const presenter = window.name === 'atlas-presentateur' && !!window.opener;
// A link that asks for MapLibre (`rendu=webgl`) fetches it and probes WebGL before the app mounts, not
// after; any other the SVG map's gestures (a chunk of their own, camera-control.svelte.ts), once the
// prerender has hydrated (below: they only move the map after it).
const webgl = !presenter && /[?&]rendu=webgl(&|$)/.test(location.search);
if (webgl) startWebgl();
/**
 * The build's prerendered default view (#17) is hydrated where it is the view asked for: no query, or
 * only the renderer's (`rendu`: the same view, drawn by MapLibre once it is ready). Any other query, the
 * offline deck and the presenter's window had it hidden before the first paint, by the page's first
 * script (vite.config.ts `firstScreenScript`, the one reading of the query): it is cleared, and the
 * view they ask for rendered in its place.
 */
const hydrating =
  root?.dataset['prerendered'] !== undefined && !document.documentElement.classList.contains('atlas-linked');
/** The prerendered map's paths, read back from the HTML once (null when it holds none). */
const firstScreen = root && hydrating ? readFirstScreenPaths(root) : null;
if (root && !hydrating && root.dataset['prerendered'] !== undefined) {
  root.replaceChildren();
  delete root.dataset['prerendered'];
  document.documentElement.classList.remove('atlas-linked');
}
if (root && presenter && !root.dataset['manual']) {
  void import('./lib/share/deck/presenter-page').then(
    (page) => page.mountPresenter(root),
    () => mount(root, { syncUrl: true }),
  );
} else if (root && hydrating && firstScreen) {
  // The default view is in the HTML, its map's paths too: hydrated at once, the map drawn from those
  // paths while its geodata (preloaded by index.html; in the single file, inside it) is parsed after the
  // hydration, not before it (AtlasMap.svelte). Should the geodata not come, the map says so over them.
  mount(root, { syncUrl: true, hydrate: true });
} else if (root && hydrating) {
  // A prerender without its map's paths: hydrated once the geodata it was rendered from has come (the
  // map then renders the same paths from it). Should it not come, the atlas renders afresh and says so
  // on the map, as without a prerender.
  Promise.all(FIRST_SCREEN_GEO.map((file) => fetchTopology(file))).then(
    () => mount(root, { syncUrl: true, hydrate: true }),
    () => {
      root.replaceChildren();
      mount(root, { syncUrl: true });
    },
  );
} else if (root && !root.dataset['manual']) {
  // The two geodata files are preloaded by index.html and usually arrive before this module has run.
  // Mounting once they are parsed draws the map in the first render instead of a frame later (the panel
  // follows on map-first, App.svelte). A slow network does not hold the page: after 400 ms the app
  // mounts without them and the map follows when its files arrive.
  let mounted = false;
  const start = () => {
    if (mounted) return;
    mounted = true;
    mount(root, { syncUrl: true });
  };
  Promise.all(FIRST_SCREEN_GEO.map((file) => fetchTopology(file))).then(start, start);
  setTimeout(start, 400);
}
if (!presenter && !webgl) prefetchGestures();
