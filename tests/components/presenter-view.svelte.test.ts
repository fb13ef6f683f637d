// The presenter view (#16, share/deck/PresenterView.svelte) in jsdom: the page of the second window, fed
// by a fake opener (the presenting atlas) whose postMessage is recorded and whose messages arrive as
// MessageEvents from it. Slide n / N, the current and the next slide, notes as text, the keys, the end.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { NNBSP } from '../../src/lib/i18n/typography';
import PresenterView from '../../src/lib/share/deck/PresenterView.svelte';
import type { PresenterSlide } from '../../src/lib/share/deck/presenter-channel';

/** The presenting atlas as the presenter window sees it: `window.opener`. */
function fakeOpener() {
  const posted: unknown[] = [];
  return {
    posted,
    closed: false,
    postMessage(message: unknown) {
      posted.push(structuredClone(message));
    },
  };
}
type Opener = ReturnType<typeof fakeOpener>;

let opener: Opener;

function receive(data: unknown, source: unknown = opener, origin = location.origin) {
  const event = new MessageEvent('message', { data, origin });
  // jsdom's MessageEvent takes only real windows as its source.
  Object.defineProperty(event, 'source', { value: source });
  window.dispatchEvent(event);
  flushSync();
}

const slides: PresenterSlide[] = [
  {
    title: 'Vue d’ensemble',
    caption: 'Carte : huit territoires',
    notes: 'Bonjour.\nPremière ligne\n  indentée',
  },
  {
    title: '<img src=x onerror="window.__pwned=1">',
    caption: '<b>gras</b>',
    notes: '<script>window.__pwned=2</script>',
  },
  { title: 'Matrice', caption: 'Graphique : leviers', notes: '' },
];
const startedAt = Date.now() - 83_000;
const state = (index: number, over: Record<string, unknown> = {}) => ({
  type: 'atlas-deck',
  v: 1,
  kind: 'state',
  lang: 'fr',
  index,
  slides,
  startedAt,
  ...over,
});
const gos = () => opener.posted.filter((m) => (m as { kind: string }).kind === 'go');

describe('the presenter view', () => {
  beforeEach(() => {
    opener = fakeOpener();
    Object.defineProperty(window, 'opener', { value: opener, configurable: true, writable: true });
  });
  afterEach(() => {
    Object.defineProperty(window, 'opener', { value: null, configurable: true, writable: true });
    vi.useRealTimers();
  });

  it('says hello to its opener and waits, then shows slide n / N, the slide, the next one and the notes', () => {
    render(PresenterView);
    expect(opener.posted[0]).toEqual({ type: 'atlas-deck', v: 1, kind: 'hello' });
    expect(screen.getByTestId('pv-message')).toHaveTextContent('Connexion à la fenêtre de présentation');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    receive(state(0));
    expect(screen.queryByTestId('pv-message')).toBeNull();
    expect(screen.getByTestId('pv-progress')).toHaveTextContent('Diapositive 1 / 3');
    expect(screen.getByTestId('pv-progress')).toHaveTextContent('Diapositive 1 sur 3');
    expect(screen.getByTestId('pv-current-title')).toHaveTextContent('Vue d’ensemble');
    expect(screen.getByTestId('pv-current-caption')).toHaveTextContent('Carte : huit territoires');
    expect(screen.getByTestId('pv-next-title')).toHaveTextContent('<img src=x onerror="window.__pwned=1">');
    // Line breaks and indents kept, as text.
    expect(screen.getByTestId('pv-notes').textContent).toBe(slides[0]!.notes);
    expect(screen.getByTestId('pv-elapsed')).toHaveTextContent('01:23');
    expect(screen.getByTestId('pv-elapsed')).toHaveAttribute('aria-hidden', 'true');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Vue présentateur — Vue d’ensemble');
    expect(screen.getByTestId('presenter-view')).toHaveAttribute('data-theme');
  });

  it('shows hostile titles and notes as text: nothing is parsed, nothing runs', () => {
    render(PresenterView);
    receive(state(1));
    const view = screen.getByTestId('presenter-view');
    expect(screen.getByTestId('pv-current-title').textContent).toBe(slides[1]!.title);
    expect(screen.getByTestId('pv-current-caption').textContent).toBe('<b>gras</b>');
    expect(screen.getByTestId('pv-notes').textContent).toBe(slides[1]!.notes);
    expect(view.querySelector('img, b, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    // The last slide's next is the end.
    receive(state(2));
    expect(screen.getByTestId('pv-next-title')).toHaveTextContent('Fin de la présentation');
    expect(screen.getByTestId('pv-notes')).toHaveTextContent('Pas de notes pour cette diapositive.');
  });

  it('ignores messages from another window, another origin, or another version', () => {
    render(PresenterView);
    receive(state(0), fakeOpener());
    receive(state(0), opener, 'https://evil.example');
    receive(state(0, { v: 2 }));
    receive(state(0, { slides: Array.from({ length: 31 }, () => slides[0]) }));
    expect(screen.queryByTestId('pv-current-title')).toBeNull();
    expect(screen.getByTestId('pv-message')).toBeInTheDocument();
  });

  it('sends go for the clicker’s keys and the buttons, within the deck', async () => {
    render(PresenterView);
    receive(state(0));
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await fireEvent.keyDown(window, { key: ' ' });
    // Optimistic: the view moves at once, the audience's echo confirms.
    expect(screen.getByTestId('pv-progress')).toHaveTextContent('Diapositive 3 / 3');
    await fireEvent.keyDown(window, { key: 'PageDown' });
    await fireEvent.keyDown(window, { key: 'Home' });
    await fireEvent.keyDown(window, { key: 'End' });
    await fireEvent.keyDown(window, { key: 'ArrowLeft' });
    await fireEvent.keyDown(window, { key: 'PageUp' });
    // Alt+← is the browser's Back: not ours.
    await fireEvent.keyDown(window, { key: 'ArrowLeft', altKey: true });
    expect(gos().map((m) => (m as { index: number }).index)).toEqual([1, 2, 0, 2, 1, 0]);

    const prev = screen.getByRole('button', { name: /Précédente/ });
    expect(prev).toHaveAttribute('aria-disabled', 'true');
    await fireEvent.click(screen.getByRole('button', { name: /Suivante/ }));
    expect(gos().at(-1)).toEqual({ type: 'atlas-deck', v: 1, kind: 'go', index: 1 });
    // The audience decided otherwise (a key on its side): its state wins.
    receive(state(2));
    expect(screen.getByTestId('pv-progress')).toHaveTextContent('Diapositive 3 / 3');
    expect(screen.getByRole('button', { name: /Suivante/ })).toHaveAttribute('aria-disabled', 'true');
  });

  it('an end says the presentation is over; a closed opener says the window is closed; keys do nothing then', async () => {
    render(PresenterView);
    receive(state(1));
    receive({ type: 'atlas-deck', v: 1, kind: 'end' });
    expect(screen.getByTestId('pv-message')).toHaveTextContent('La présentation est terminée.');
    expect(screen.queryByRole('button', { name: /Suivante/ })).toBeNull();
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(gos()).toEqual([]);
    // The slide stays readable, its notes too.
    expect(screen.getByTestId('pv-current-title').textContent).toBe(slides[1]!.title);

    opener.closed = true;
    receive({ type: 'atlas-deck', v: 1, kind: 'end' });
    expect(screen.getByTestId('pv-message')).toHaveTextContent('La fenêtre de présentation est fermée.');
    expect(screen.getByRole('button', { name: 'Fermer cette fenêtre' })).toBeInTheDocument();
  });

  it('notices by itself that the opener was closed', () => {
    vi.useFakeTimers();
    render(PresenterView);
    receive(state(0));
    opener.closed = true;
    vi.advanceTimersByTime(2000);
    flushSync();
    expect(screen.getByTestId('pv-message')).toHaveTextContent('La fenêtre de présentation est fermée.');
  });

  it('says so when the opener never answers, and offers the atlas instead', () => {
    vi.useFakeTimers();
    render(PresenterView);
    vi.advanceTimersByTime(6000);
    flushSync();
    expect(screen.getByTestId('pv-message').textContent).toContain(
      `La fenêtre de présentation ne répond pas. Lancez «${NNBSP}Présenter${NNBSP}»`,
    );
    expect(screen.getByTestId('pv-show-atlas')).toBeInTheDocument();
    // It kept saying hello meanwhile.
    expect(opener.posted.length).toBeGreaterThan(3);
  });

  it('speaks the deck’s language', () => {
    render(PresenterView);
    receive(state(2, { lang: 'en' }));
    expect(screen.getByTestId('pv-progress')).toHaveTextContent('Slide 3 / 3');
    expect(screen.getByTestId('pv-next-title')).toHaveTextContent('End of the presentation');
    expect(screen.getByRole('button', { name: /Previous/ })).toBeInTheDocument();
    expect(screen.getByTestId('presenter-view')).toHaveAttribute('lang', 'en');
    expect(document.documentElement.lang).toBe('en');
  });
});
