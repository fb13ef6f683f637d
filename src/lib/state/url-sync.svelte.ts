/**
 * One atlas's state and the page's address, kept in step (the standalone page only, PRODUCT.md « URL »):
 * one effect writes the URL, `popstate` reads it back (and shows the notice for what it ignored), and the
 * tab's title and the page's language follow.
 * Embeds never push: the host's Back button stays the host's. The writes wait for the next frame
 * (`schedule/idle.ts afterNextPaint`): the first history entry of a page costs Chromium 2–11 ms, which a
 * click's answer on screen does not need to wait for. Changes within one frame make one write.
 */
import { untrack } from 'svelte';

import { territoryById } from '../data';
import { afterNextPaint } from '../schedule/idle';
import type { AppState } from './app-state.svelte';
import { needsPush, parseUrl, serializeUrl, type UrlState } from './url';

/** `document.title` names the current view (PRODUCT.md « Public-sector obligations »). */
export function viewTitle(app: AppState): string {
  const base = app.t('app.title');
  if (app.url.vue === 'graphiques') return `${app.t('title.charts')} — ${base}`;
  if (app.panelMode === 'methode') return `${app.t('title.method')} — ${base}`;
  if (app.panelMode === 'compare') {
    const names = app.url.comparer.map((id) => territoryById.get(id)?.shortName ?? id);
    return `${app.t('title.compare')} : ${names.join(', ')} — ${base}`.replace(
      ' :',
      app.lang === 'fr' ? '\u202F:' : ':',
    );
  }
  const t = app.selected ? territoryById.get(app.selected) : undefined;
  return t ? `${t.shortName} — ${base}` : base;
}

/**
 * Starts the sync for `app`. Call it while a component initialises (it creates effects, removed with the
 * component).
 */
export function syncWithUrl(app: AppState): void {
  let written = untrack(() => ({ ...$state.snapshot(app.url) }));
  let pending: UrlState | null = null;
  /** A change made while `app.quietHistory` (a deck presented or exported) replaces, even written later. */
  let quiet = false;

  function write() {
    const next = pending;
    const replace = quiet;
    pending = null;
    quiet = false;
    if (!next) return;
    const url = `${location.pathname}${serializeUrl(next)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (needsPush(written, next) && !next.embed && !replace) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    written = next;
  }

  function schedule(next: UrlState) {
    const scheduled = pending !== null;
    pending = next;
    quiet ||= app.quietHistory;
    if (!scheduled) afterNextPaint(write);
  }

  $effect(() => {
    const next = $state.snapshot(app.url);
    untrack(() => schedule(next));
  });

  $effect(() => {
    // An entry may hold what this page never writes (one written by an older version of the atlas, or by
    // a script's pushState): the notice names what it ignored, as on load, and the address is rewritten
    // without it. An entry with nothing to report leaves an earlier notice until the reader dismisses it.
    const onPop = () => {
      const parsed = parseUrl(location.search);
      pending = null;
      written = parsed.state;
      Object.assign(app.url, parsed.state);
      if (parsed.dropped.length) {
        app.dropped = parsed.dropped;
        schedule(parsed.state);
      }
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });

  $effect(() => {
    const title = viewTitle(app);
    afterNextPaint(() => (document.title = title));
  });
  $effect(() => {
    document.documentElement.lang = app.lang;
  });
}
