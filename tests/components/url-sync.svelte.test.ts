// The URL sync (state/url-sync.svelte.ts) in jsdom: state → address after a frame (push for selections,
// replace for the camera, one write per frame), popstate → state and the notice of what it ignored, title
// and language follow.
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

  /** Back to an entry the atlas did not write itself (a script's pushState, an older version's link). */
  async function backTo(search: string) {
    history.pushState(null, '', `/${search}`);
    history.pushState(null, '', '/?territoire=nord-loiret');
    const popped = new Promise((r) => addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    flushSync();
  }

  it('on Back to a badly encoded link, names what it ignored and rewrites the address without it', async () => {
    const app = start('?territoire=nord-loiret');
    expect(app.dropped).toEqual([]);
    await backTo('?territoire=lisieux-normandie&q=%E0%A4%A&foo=1');
    expect(location.search).toBe('?territoire=lisieux-normandie&q=%E0%A4%A&foo=1');
    expect(app.url.territoire).toBe('lisieux-normandie');
    expect(app.url.q).toBe('');
    expect(app.dropped).toEqual([
      { param: 'q', value: '%E0%A4%A', reason: 'bad-encoding' },
      { param: 'foo', value: '1', reason: 'unknown-param' },
    ]);
    expect(app.t(`notice.reason.${app.dropped[0]!.reason}`)).toBe(
      'caractères mal codés, séquence % invalide',
    );
    const push = vi.spyOn(history, 'pushState');
    await later();
    // The entry is rewritten in place: Forward still leads where it led.
    expect(push).not.toHaveBeenCalled();
    expect(location.search).toBe('?territoire=lisieux-normandie');
  });

  it('on Back to a card without its territory, says so, even when nothing else changes', async () => {
    const app = start('');
    await backTo('?embed=fiche');
    expect(app.url.embed).toBeNull();
    expect(app.dropped).toEqual([{ param: 'embed', value: 'fiche', reason: 'needs-territoire' }]);
    // The address is rewritten without it, though the state is the one it had.
    await later();
    expect(location.search).toBe('');
    expect(app.t('notice.reason.needs-territoire')).toContain('territoire=nord-loiret');
    app.url.lang = 'en';
    expect(app.t('notice.reason.needs-territoire')).toBe(
      'a card needs the territoire parameter, e.g. territoire=nord-loiret',
    );
  });

  it('keeps the notice of the opening link when Back leads to an entry with nothing to report', async () => {
    const app = start('?territoire=nord-loiret');
    app.dropped = [{ param: 'foo', value: 'bar', reason: 'unknown-param' }];
    await backTo('?territoire=bassin-de-brive');
    expect(app.url.territoire).toBe('bassin-de-brive');
    expect(app.dropped).toEqual([{ param: 'foo', value: 'bar', reason: 'unknown-param' }]);
    // And a Back that brings its own bad values replaces it.
    await backTo('?embed=carte&graphique=similarite');
    expect(app.url.graphique).toBeNull();
    expect(app.dropped).toEqual([{ param: 'graphique', value: 'similarite', reason: 'not-in-embed' }]);
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
