/**
 * A territory's communes both ways (issue #14): a search by a commune opens its territory and highlights
 * the commune until another view; the territory view's list sets and shows the hovered commune, with one
 * Tab stop and the arrow keys inside it.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';

import { territoriesFull } from '../../src/lib/data/details';
import Panel from '../../src/lib/panels/Panel.svelte';
import { AppState } from '../../src/lib/state/app-state.svelte';
import type { UrlState } from '../../src/lib/state/url';
import Harness from './Harness.svelte';

function mount(initial: Partial<UrlState> = {}) {
  const state = new AppState(initial);
  const view = render(Harness, { state, component: Panel });
  return { state, ...view };
}

const inseeOf = (territory: string, name: string) =>
  territoriesFull.find((t) => t.id === territory)!.communes.find((c) => c.name === name)!.insee;
const COURPIERE = inseeOf('lezoux-thiers-ambert', 'Courpière');

/** A territory opened from the panel shows its heading first, the rest of its view after the next frame. */
const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 10)));
const items = () => screen.getAllByTestId('commune-item');
const item = (insee: string) => items().find((b) => b.dataset['insee'] === insee)!;

async function searchCourpiere(state: AppState, how: 'click' | 'enter') {
  const input = screen.getByTestId('search-input');
  await fireEvent.input(input, { target: { value: 'Courpière' } });
  const hit = screen.getAllByTestId('search-result')[0]!;
  expect(hit.dataset['id']).toBe('lezoux-thiers-ambert');
  if (how === 'click') await fireEvent.click(hit);
  else await fireEvent.keyDown(input, { key: 'Enter' });
  flushSync();
  expect(state.selected).toBe('lezoux-thiers-ambert');
  await nextFrame();
  flushSync();
}

describe('searching a commune', () => {
  it('opens « Courpière »’s territory and highlights the commune, marked in the list', async () => {
    const { state } = mount({ territoire: 'bassin-de-brive' });
    await searchCourpiere(state, 'click');
    expect(COURPIERE).toBe('63125');
    expect(state.highlightedCommune).toBe(COURPIERE);
    // The territory it left does not take the new highlight away.
    flushSync();
    expect(state.highlightedCommune).toBe(COURPIERE);
    // Marked and pressed in the list, and the list's Tab stop.
    const courpiere = item(COURPIERE);
    expect(courpiere.textContent).toBe('Courpière');
    expect(courpiere.getAttribute('aria-pressed')).toBe('true');
    expect(items().filter((b) => b.tabIndex === 0)).toEqual([courpiere]);
  });

  it('highlights from Enter in the field too; a result found otherwise clears the highlight', async () => {
    const { state } = mount();
    await searchCourpiere(state, 'enter');
    expect(state.highlightedCommune).toBe(COURPIERE);
    const input = screen.getByTestId('search-input');
    await fireEvent.input(input, { target: { value: 'Thiers' } });
    // « Thiers » is in the territory's own name: no commune to highlight.
    await fireEvent.keyDown(input, { key: 'Enter' });
    flushSync();
    expect(state.selected).toBe('lezoux-thiers-ambert');
    expect(state.highlightedCommune).toBeNull();
  });

  it('clears the highlight when another territory is selected', async () => {
    const { state } = mount();
    await searchCourpiere(state, 'click');
    await fireEvent.click(screen.getByTestId('next-territory'));
    flushSync();
    expect(state.selected).not.toBe('lezoux-thiers-ambert');
    expect(state.highlightedCommune).toBeNull();
  });

  it('clears it on the way back to the overview, into a comparison, and from the map or Back', async () => {
    const { state } = mount();
    await searchCourpiere(state, 'click');
    await fireEvent.click(screen.getByTestId('back-overview'));
    flushSync();
    expect(state.highlightedCommune).toBeNull();

    await searchCourpiere(state, 'click');
    state.url.comparer = ['lezoux-thiers-ambert', 'nord-loiret'];
    flushSync();
    expect(state.panelMode).toBe('compare');
    expect(state.highlightedCommune).toBeNull();
    state.url.comparer = [];

    await searchCourpiere(state, 'click');
    // What the map's markers, the charts and history do: the selection changes without the panel.
    state.select('nord-loiret');
    flushSync();
    expect(state.highlightedCommune).toBeNull();
  });

  it('is not part of the link: a territory opened fresh highlights nothing', () => {
    const { state } = mount({ territoire: 'lezoux-thiers-ambert' });
    expect(state.highlightedCommune).toBeNull();
    expect(items().filter((b) => b.getAttribute('aria-pressed') === 'true')).toHaveLength(0);
    expect(items()[0]!.tabIndex).toBe(0);
  });
});

describe('the territory view’s commune list', () => {
  it('lists every commune in French alphabetical order, as buttons with one Tab stop', () => {
    mount({ territoire: 'lezoux-thiers-ambert' });
    const t = territoriesFull.find((x) => x.id === 'lezoux-thiers-ambert')!;
    const names = items().map((b) => b.textContent);
    expect(names).toHaveLength(t.communes.length);
    expect(names).toEqual(t.communes.map((c) => c.name).sort(new Intl.Collator('fr').compare));
    expect(items().every((b) => b.getAttribute('type') === 'button')).toBe(true);
    expect(items().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    // Named by its summary, in the details it always lived in.
    const list = screen.getByTestId('commune-list');
    const label = document.getElementById(list.getAttribute('aria-labelledby')!);
    expect(label?.tagName).toBe('SUMMARY');
    expect(label?.textContent).toBe('Liste des communes');
  });

  it('sets the hovered commune on hover and focus, clears it on leave and blur, and marks it', async () => {
    const { state } = mount({ territoire: 'lezoux-thiers-ambert' });
    const courpiere = item(COURPIERE);
    await fireEvent.pointerEnter(courpiere);
    expect(state.hoveredCommune).toBe(COURPIERE);
    expect(courpiere.classList.contains('hovered')).toBe(true);
    await fireEvent.pointerLeave(courpiere);
    expect(state.hoveredCommune).toBeNull();
    expect(courpiere.classList.contains('hovered')).toBe(false);

    const first = items()[0]!;
    first.focus();
    flushSync();
    expect(state.hoveredCommune).toBe(first.dataset['insee']);
    first.blur();
    flushSync();
    expect(state.hoveredCommune).toBeNull();
  });

  it('marks the commune the map’s pointer is on, and leaves a newer hover alone on leave', async () => {
    const { state } = mount({ territoire: 'lezoux-thiers-ambert' });
    state.hoveredCommune = COURPIERE;
    flushSync();
    expect(item(COURPIERE).classList.contains('hovered')).toBe(true);
    expect(items().filter((b) => b.classList.contains('hovered'))).toHaveLength(1);
    // The pointer crossed another item on its way to the map, which then set its own commune.
    const other = items()[0]!;
    await fireEvent.pointerEnter(other);
    state.hoveredCommune = COURPIERE;
    await fireEvent.pointerLeave(other);
    expect(state.hoveredCommune).toBe(COURPIERE);
  });

  it('moves the focus with the arrow keys, Home, End and first letters, and highlights with a press', async () => {
    const { state } = mount({ territoire: 'lezoux-thiers-ambert' });
    const all = items();
    all[0]!.focus();
    await fireEvent.keyDown(all[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(all[1]);
    flushSync();
    // The Tab stop follows the focus, so Tab out and back lands where the reader was.
    expect(all[1]!.tabIndex).toBe(0);
    expect(all[0]!.tabIndex).toBe(-1);
    expect(state.hoveredCommune).toBe(all[1]!.dataset['insee']);
    await fireEvent.keyDown(all[1]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(all[0]);
    await fireEvent.keyDown(all[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(all[0]);
    await fireEvent.keyDown(all[0]!, { key: 'End' });
    expect(document.activeElement).toBe(all.at(-1));
    await fireEvent.keyDown(all.at(-1)!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(all.at(-1));
    await fireEvent.keyDown(all.at(-1)!, { key: 'Home' });
    expect(document.activeElement).toBe(all[0]);
    // Letters typed together: the first commune that starts with them (« courp », accents folded).
    for (const key of ['c', 'o', 'u', 'r', 'p']) await fireEvent.keyDown(document.activeElement!, { key });
    expect(document.activeElement).toBe(item(COURPIERE));
    // A press (Enter and Space click a button) highlights it; again takes it off.
    await fireEvent.click(item(COURPIERE));
    expect(state.highlightedCommune).toBe(COURPIERE);
    expect(item(COURPIERE).getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(item(COURPIERE));
    expect(state.highlightedCommune).toBeNull();
  });
});
