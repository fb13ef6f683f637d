import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';

import { actions, territories } from '../../src/lib/data';
import Panel from '../../src/lib/panels/Panel.svelte';
import { AppState } from '../../src/lib/state/app-state.svelte';
import Harness from './Harness.svelte';

describe('Panel', () => {
  it('lists the eight territories in canonical order when nothing is selected', () => {
    const state = new AppState();
    render(Harness, { state, component: Panel });
    const buttons = screen.getByTestId('territory-list').querySelectorAll('button');
    expect([...buttons].map((b) => b.dataset['id'])).toEqual(territories.map((t) => t.id));
  });

  it('opens a territory from the list and shows every one of its actions', async () => {
    const state = new AppState();
    render(Harness, { state, component: Panel });
    const button = screen.getByTestId('territory-list').querySelector('[data-id="nord-loiret"]')!;
    await fireEvent.click(button);
    flushSync();
    expect(state.selected).toBe('nord-loiret');
    expect(screen.getByTestId('panel-heading').textContent).toBe('Entente économique du Nord Loiret');
    const expected = actions.filter((a) => a.territory === 'nord-loiret').map((a) => a.text);
    expect(screen.getAllByTestId('action').map((li) => li.textContent)).toEqual(expected);
  });

  it('speaks English when asked', () => {
    const state = new AppState({ lang: 'en', territoire: 'lisieux-normandie' });
    render(Harness, { state, component: Panel });
    const expected = actions.filter((a) => a.territory === 'lisieux-normandie').map((a) => a.textEn);
    expect(screen.getAllByTestId('action').map((li) => li.textContent)).toEqual(expected);
  });
});
