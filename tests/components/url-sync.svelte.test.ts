// The URL sync (state/url-sync.svelte.ts) in jsdom: state → address after a frame (push for selections,
// replace for the camera, one write per frame), popstate → state, title and language follow.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AppState } from '../../src/lib/state/app-state.svelte';
import { parseUrl } from '../../src/lib/state/url';
import { syncWithUrl, viewTitle } from '../../src/lib/state/url-sync.svelte';

const later = () => new Promise((r) => setTimeout(r, 300));

describe('syncWithUrl', () => {
  let stop: () => void = () => {};
  beforeEach(() => history.replaceState(null, '', '/'));
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  function start(search: string): AppState {
    history.replaceState(null, '', `/${search}`);
    const app = new AppState(parseUrl(search).state);
    stop = $effect.root(() => syncWithUrl(app));
    flushSync();
    return app;
  }

  it('pushes a selection, replaces a camera move, and writes once for changes within a frame', async () => {
    const app = start('');
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    app.url.territoire = 'nord-loiret';
    app.url.leviers = ['formation'];
    flushSync();
    expect(push).not.toHaveBeenCalled();
    await later();
    expect(push).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?territoire=nord-loiret&leviers=formation');
    app.url.carte = { lon: 2.5, lat: 46.6, zoom: 6 };
    flushSync();
    await later();
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(location.search).toContain('carte=2.5,46.6,6');
  });

  it('reads the address back on popstate without writing it again', async () => {
    const app = start('?territoire=nord-loiret');
    const push = vi.spyOn(history, 'pushState');
    history.replaceState(null, '', '/?comparer=bassin-de-brive,lisieux-normandie');
    dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    expect(app.url.territoire).toBeNull();
    expect(app.url.comparer).toEqual(['bassin-de-brive', 'lisieux-normandie']);
    await later();
    expect(push).not.toHaveBeenCalled();
  });

  it('names the view in the tab title and sets the page language', async () => {
    const app = start('?territoire=lisieux-normandie&lang=en');
    await later();
    expect(document.title).toBe(viewTitle(app));
    expect(document.title.startsWith('Lisieux')).toBe(true);
    expect(document.documentElement.lang).toBe('en');
    app.url.lang = 'fr';
    flushSync();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('stops with its owner: no write after the root is gone', async () => {
    const app = start('');
    const push = vi.spyOn(history, 'pushState');
    stop();
    stop = () => {};
    app.url.territoire = 'nord-loiret';
    flushSync();
    await later();
    expect(push).not.toHaveBeenCalled();
  });
});
