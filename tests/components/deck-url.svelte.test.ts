// The deck in the address (#16): the URL sync (state/url-sync.svelte.ts) with `diapos` values from the deck
// codec (share/deck/codec.ts) in jsdom. Adding, removing or moving a slide pushes a history entry, typing a
// title or a note replaces it; a `diapos` the deck code cannot read is named in the notice through
// `readDiapos` and dropped from the address in place, so Back never returns to it.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { diaposValue, encodeDeck, readDiapos } from '../../src/lib/share/deck/codec';
import { addSlide, moveSlide, renameSlide, setNotes, viewOf, type Deck } from '../../src/lib/share/deck/deck';
import { readyMadeDeck } from '../../src/lib/share/deck/ready-made';
import { AppState } from '../../src/lib/state/app-state.svelte';
import { defaultUrlState, parseUrl } from '../../src/lib/state/url';
import { syncWithUrl } from '../../src/lib/state/url-sync.svelte';

const later = () => new Promise((r) => setTimeout(r, 300));

describe('the deck in the address', () => {
  let stop: () => void = () => {};
  beforeEach(() => history.replaceState(null, '', '/'));
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  function start(search: string): AppState {
    history.replaceState(null, '', `/${search}`);
    const initial = parseUrl(search);
    const app = new AppState(initial.state);
    app.dropped = initial.dropped;
    stop = $effect.root(() => syncWithUrl(app));
    flushSync();
    return app;
  }

  async function show(app: AppState, deck: Deck) {
    app.url.diapos = await diaposValue(deck);
    flushSync();
    await later();
  }

  it('pushes for slides added or moved, replaces while a title or notes are typed', async () => {
    const app = start('?territoire=nord-loiret');
    const push = vi.spyOn(history, 'pushState');
    const replace = vi.spyOn(history, 'replaceState');
    let deck = addSlide(readyMadeDeck('fr'), viewOf(app.url))!;
    await show(app, deck);
    expect(push).toHaveBeenCalledTimes(1);
    expect(new URLSearchParams(location.search).get('diapos')).toBe(app.url.diapos);
    for (const typed of ['N', 'No', 'Nouveau titre']) {
      deck = renameSlide(deck, 10, typed);
      await show(app, deck);
    }
    deck = setNotes(deck, 10, 'Des notes');
    await show(app, deck);
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(4);
    deck = moveSlide(deck, 10, 0);
    await show(app, deck);
    expect(push).toHaveBeenCalledTimes(2);
    // The address holds the deck as it is now.
    const back = await readDiapos(new URLSearchParams(location.search).get('diapos')!);
    expect(back).toEqual({ ok: true, deck });
  });

  it('names a deck it cannot read in the notice and drops it from the address in place', async () => {
    const future = (await encodeDeck(readyMadeDeck('fr'))).replace(/^1\./, '2.');
    const app = start(`?territoire=nord-loiret&diapos=${future}`);
    // url.ts carries it: its syntax is a deck's.
    expect(app.url.diapos).toBe(future);
    expect(app.dropped).toEqual([]);
    const push = vi.spyOn(history, 'pushState');
    // What the lazy deck code does with it (codec.ts readDiapos).
    const read = await readDiapos(app.url.diapos);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      app.dropped = [...app.dropped, read.dropped];
      app.url.diapos = '';
    }
    flushSync();
    await later();
    expect(push).not.toHaveBeenCalled();
    expect(location.search).toBe('?territoire=nord-loiret');
    expect(app.dropped).toHaveLength(1);
    expect(app.dropped[0]).toMatchObject({ param: 'diapos', reason: 'deck-version' });
    expect(app.t(`notice.reason.${app.dropped[0]!.reason}`)).toBe(
      'présentation d’une version plus récente de l’atlas',
    );
  });

  it('drops a value that is not a deck’s syntax before any deck code, like any bad parameter', () => {
    const app = start('?diapos=<img src=x onerror=alert(1)>');
    expect(app.url.diapos).toBe('');
    expect(app.dropped).toEqual([
      { param: 'diapos', value: '<img src=x onerror=alert(1)>', reason: 'bad-value' },
    ]);
    expect({ ...app.url }).toEqual(defaultUrlState());
  });
});
