/**
 * The side panel in jsdom: the overview, every territory with every action and its chips, the
 * comparison, the Méthode page, filters and search, focus and Escape, and English throughout.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';

import { actions, territories, vocabularies } from '../../src/lib/data';
import { messages } from '../../src/lib/i18n/messages';
import Panel from '../../src/lib/panels/Panel.svelte';
import { AppState } from '../../src/lib/state/app-state.svelte';
import type { UrlState } from '../../src/lib/state/url';
import Harness from './Harness.svelte';

const short = (lang: 'fr' | 'en', id: string) => vocabularies.levers.find((l) => l.id === id)!.short[lang];
const audience = (lang: 'fr' | 'en', id: string) =>
  vocabularies.audiences.find((a) => a.id === id)!.label[lang];
const format = (lang: 'fr' | 'en', id: string) => vocabularies.formats.find((f) => f.id === id)!.label[lang];

function mount(initial: Partial<UrlState> = {}) {
  const state = new AppState(initial);
  const view = render(Harness, { state, component: Panel });
  return { state, ...view };
}

const heading = () => screen.getByTestId('panel-heading');
const items = () => screen.getAllByTestId('action');

describe('overview', () => {
  it('lists the eight territories in canonical order, with the key counts', () => {
    mount();
    const buttons = screen.getByTestId('territory-list').querySelectorAll(':scope > li > button');
    expect([...buttons].map((b) => (b as HTMLElement).dataset['id'])).toEqual(territories.map((t) => t.id));
    const stats = screen.getByTestId('overview-stats').textContent ?? '';
    expect(stats).toMatch(/8\s*territoires/);
    expect(stats).toMatch(/25\s*actions nommées/);
    expect(stats).toMatch(/12\s*leviers mobilisés/);
    expect(document.body.textContent).toContain('octobre 2023 – octobre 2024');
    expect(document.body.textContent).toContain('Banque des Territoires');
  });

  it('opens a territory from the list and moves the focus to its heading', async () => {
    const { state } = mount();
    const button = screen
      .getByTestId('territory-list')
      .querySelector<HTMLElement>('[data-id="nord-loiret"]')!;
    button.focus();
    await fireEvent.click(button);
    flushSync();
    expect(state.selected).toBe('nord-loiret');
    expect(heading().textContent?.trim()).toBe('Entente économique du Nord Loiret');
    expect(document.activeElement).toBe(heading());
  });

  it('answers a click with the heading in the next frame, the actions right after it', async () => {
    const { state } = mount();
    await fireEvent.click(
      screen.getByTestId('territory-list').querySelector<HTMLElement>('[data-id="lisieux-normandie"]')!,
    );
    flushSync();
    expect(state.selected).toBe('lisieux-normandie');
    expect(heading().textContent?.trim()).toBe('Communauté d’agglomération Lisieux Normandie');
    // Only the head so far: the actions, facts, perimeter and sources follow the frame.
    expect(screen.queryAllByTestId('action')).toHaveLength(0);
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 10)));
    flushSync();
    const expected = actions.filter((a) => a.territory === 'lisieux-normandie').length;
    expect(items()).toHaveLength(expected);
    expect(screen.getByTestId('territory-panel').textContent).toContain('SIREN');
    // Next territory: the view stays, and shows the next one whole at once.
    await fireEvent.click(screen.getByTestId('next-territory'));
    flushSync();
    const next = territories[territories.findIndex((t) => t.id === 'lisieux-normandie') + 1]!;
    expect(items()).toHaveLength(actions.filter((a) => a.territory === next.id).length);
  });

  it('comes back to the overview with the focus on the territory just left', async () => {
    mount({ territoire: 'lisieux-normandie' });
    await fireEvent.click(screen.getByTestId('back-overview'));
    flushSync();
    expect(document.activeElement?.getAttribute('data-id')).toBe('lisieux-normandie');
  });
});

describe('territory panel', () => {
  it.each(territories.map((t) => t.id))(
    'renders every action of %s with its chips, audiences and format',
    (id) => {
      mount({ territoire: id });
      const own = actions.filter((a) => a.territory === id);
      expect(items().map((li) => li.dataset['id'])).toEqual(own.map((a) => a.id));
      items().forEach((li, i) => {
        const a = own[i]!;
        expect(within(li).getByTestId('action-text').textContent).toBe(a.text);
        const chips = within(li).getAllByTestId('lever-chip');
        expect(chips.map((c) => c.dataset['lever'])).toEqual(a.levers);
        expect(chips.map((c) => c.textContent?.trim())).toEqual(a.levers.map((l) => short('fr', l)));
        const audiences = within(li).getByTestId('action-audiences').textContent ?? '';
        if (a.audiences.length === 0) expect(audiences).toBe('public non précisé par la source');
        else
          for (const au of a.audiences)
            expect(audiences.toLowerCase()).toContain(audience('fr', au).toLowerCase());
        expect(within(li).getByTestId('action-format').textContent).toBe(format('fr', a.format));
      });
    },
  );

  it('says the source mentions more actions for Brive and the Pays Compiégnois only', () => {
    for (const t of territories) {
      const { unmount } = mount({ territoire: t.id });
      expect(screen.queryByTestId('open-ended') !== null, t.id).toBe(t.openEnded);
      unmount();
    }
    expect(territories.filter((t) => t.openEnded).map((t) => t.id)).toEqual([
      'bassin-de-brive',
      'pays-compiegnois',
    ]);
  });

  it('names the wider Territoire d’industrie where it differs', () => {
    mount({ territoire: 'bassin-de-brive' });
    expect(screen.getByTestId('wider-ti').textContent).toContain('Brive – Tulle – Périgord Noir');
  });

  it('shows the rationale on demand, quoted from the text', () => {
    mount({ territoire: 'terres-de-montaigu' });
    const first = items()[0]!;
    const details = first.querySelector('details.why')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.textContent).toContain('face aux freins périphériques (mobilité et logement)');
    // The recorded correction is told, with the source's words.
    expect(details.textContent).toContain('A clés en main B');
  });

  it('outlines an alternative perimeter on request, and takes it off when leaving the territory', async () => {
    const { state } = mount({ territoire: 'pays-compiegnois' });
    const toggles = screen.getAllByTestId('alternative-toggle');
    expect(toggles).toHaveLength(2);
    await fireEvent.click(toggles[0]!);
    expect(state.showAlternative).toBe('pays-compiegnois--arc');
    expect(toggles[0]!.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(toggles[1]!);
    expect(state.showAlternative).toBe('pays-compiegnois--ti-2018');
    await fireEvent.click(screen.getByTestId('next-territory'));
    flushSync();
    expect(state.selected).toBe('creusot-montceau');
    expect(state.showAlternative).toBeNull();
  });

  it('walks the territories in canonical order, wrapping round', async () => {
    const { state } = mount({ territoire: 'bassin-de-brive' });
    await fireEvent.click(screen.getByTestId('prev-territory'));
    expect(state.selected).toBe('mulhouse-alsace-agglomeration');
    await fireEvent.click(screen.getByTestId('next-territory'));
    await fireEvent.click(screen.getByTestId('next-territory'));
    expect(state.selected).toBe('pays-compiegnois');
  });

  it('marks the actions that match the filters', () => {
    // Nord Loiret: découverte in actions 1, 2 and 3, not in 4 (orientation).
    mount({ territoire: 'nord-loiret', leviers: ['decouverte'] });
    expect(items().map((li) => li.classList.contains('match'))).toEqual([true, true, true, false]);
    expect(screen.getByTestId('territory-matching').textContent).toBe(
      '3 actions sur 4 correspondent aux filtres.',
    );
  });

  it('toggles a lever filter from a chip', async () => {
    const { state } = mount({ territoire: 'lisieux-normandie' });
    const chip = within(items()[0]!).getByTestId('lever-chip');
    await fireEvent.click(chip);
    expect(state.url.leviers).toEqual(['image']);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(chip);
    expect(state.url.leviers).toEqual([]);
  });
});

describe('comparison', () => {
  it('shows two territories side by side with the summary and marks', () => {
    mount({ comparer: ['bassin-de-brive', 'nord-loiret'] });
    expect(heading().textContent?.trim()).toBe('Comparaison de 2 territoires');
    expect(screen.getByTestId('compare-summary').textContent).toBe(
      '2 leviers communs, 1 propre à un seul territoire',
    );
    const columns = screen.getAllByTestId('compare-column');
    expect(columns.map((c) => c.dataset['id'])).toEqual(['bassin-de-brive', 'nord-loiret']);
    const rows = screen.getByTestId('compare-matrix').querySelectorAll('tbody tr');
    expect([...rows].map((r) => (r as HTMLElement).dataset['lever'])).toEqual([
      'orientation',
      'decouverte',
      'evenements',
    ]);
    expect([...rows].map((r) => r.className.includes('shared'))).toEqual([true, true, false]);
    // Nord Loiret's events chip is its own; its orientation chip is shared.
    const nl = within(columns[1]!).getAllByTestId('lever-chip');
    expect(nl.find((c) => c.dataset['lever'] === 'evenements')?.textContent).toContain('seul ici');
    expect(nl.find((c) => c.dataset['lever'] === 'orientation')?.textContent).toContain('commun');
  });

  it('starts from a territory with « Comparer avec… »', async () => {
    const { state } = mount({ territoire: 'bassin-de-brive' });
    await fireEvent.click(screen.getByTestId('territory-compare'));
    const picker = screen.getByTestId('compare-picker');
    const submit = screen.getByTestId('compare-submit');
    expect(submit).toBeDisabled();
    await fireEvent.click(within(picker).getByLabelText('Lisieux Normandie'));
    expect(submit).toBeEnabled();
    await fireEvent.submit(picker);
    flushSync();
    expect(state.url.comparer).toEqual(['bassin-de-brive', 'lisieux-normandie']);
    expect(state.url.territoire).toBeNull();
    expect(state.panelMode).toBe('compare');
    expect(document.activeElement).toBe(heading());
  });

  it('starts from the overview, four territories at most', async () => {
    const { state } = mount();
    await fireEvent.click(screen.getByTestId('overview-compare'));
    const picker = screen.getByTestId('compare-picker');
    for (const name of ['Brive', 'Nord Loiret', 'Mulhouse', 'Terres de Montaigu'])
      await fireEvent.click(within(picker).getByLabelText(name));
    expect(within(picker).getByLabelText('Lisieux Normandie')).toBeDisabled();
    await fireEvent.submit(picker);
    // Canonical order, whatever the order of ticking.
    expect(state.url.comparer).toEqual([
      'bassin-de-brive',
      'nord-loiret',
      'terres-de-montaigu',
      'mulhouse-alsace-agglomeration',
    ]);
  });
});

describe('Méthode', () => {
  it('opens from the overview with the vocabularies, rules and corrections, and Escape closes it', async () => {
    const { state } = mount();
    await fireEvent.click(screen.getByTestId('overview-method'));
    flushSync();
    expect(state.panelMode).toBe('methode');
    expect(heading().textContent?.trim()).toBe('Méthode');
    const text = document.body.textContent ?? '';
    for (const l of vocabularies.levers) expect(text).toContain(l.definition.fr);
    for (const f of vocabularies.formats) expect(text).toContain(f.definition.fr);
    expect(text).toContain('Proch’Orientation');
    // Two strategy phrases and three actions carry recorded corrections, plus four notes.
    expect(screen.getByTestId('method-corrections').children).toHaveLength(9);
    await fireEvent.keyDown(heading(), { key: 'Escape' });
    flushSync();
    expect(state.panelMode).toBe('overview');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('overview-method');
  });

  it('gives way when the map selects a territory', () => {
    const { state } = mount();
    state.methodOpen = true;
    flushSync();
    state.select('nord-loiret');
    flushSync();
    expect(state.panelMode).toBe('territory');
  });
});

describe('filters and search', () => {
  it('shows active filters as removable chips with the count, and clears them all', async () => {
    const { state } = mount({ leviers: ['freins', 'accueil'] });
    // freins: Lezoux – Thiers – Ambert 3, Terres de Montaigu 1; accueil: Lezoux – Thiers – Ambert 4.
    expect(screen.getByTestId('match-count').textContent).toBe('3 actions dans 2 territoires');
    const chips = screen.getAllByTestId('active-chip');
    expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Retirer le filtre Levier\u202F: Levée des freins',
      'Retirer le filtre Levier\u202F: Accueil & installation',
    ]);
    await fireEvent.click(chips[0]!);
    expect(state.url.leviers).toEqual(['accueil']);
    await fireEvent.click(screen.getByTestId('clear-filters'));
    expect(state.filtering).toBe(false);
  });

  it('ticks a facet in the filter panel', async () => {
    const { state } = mount();
    await fireEvent.click(screen.getByTestId('filters-toggle'));
    await fireEvent.click(screen.getByTestId('filter-publics-femmes'));
    expect(state.url.publics).toEqual(['femmes']);
    expect(screen.getByTestId('match-count').textContent).toBe('1 action dans 1 territoire');
  });

  it('searches « cartographie », opens the first result with Enter, and lands on the action', async () => {
    const { state } = mount();
    const input = screen.getByTestId('search-input');
    await fireEvent.input(input, { target: { value: 'cartographie' } });
    const results = screen.getAllByTestId('search-result');
    expect(results.map((r) => r.dataset['id'])).toEqual(['nord-loiret-4']);
    await fireEvent.keyDown(input, { key: 'Enter' });
    flushSync();
    expect(state.selected).toBe('nord-loiret');
    expect(state.url.q).toBe('cartographie');
    expect(document.activeElement?.getAttribute('data-id')).toBe('nord-loiret-4');
    expect(document.activeElement?.classList.contains('match')).toBe(true);
  });

  it('searches « mobilite »: the lever first, then its actions, reached with the arrow keys', async () => {
    const { state } = mount();
    const input = screen.getByTestId('search-input');
    await fireEvent.input(input, { target: { value: 'mobilite' } });
    const results = screen.getAllByTestId('search-result');
    // « mobilité » is a synonym of Levée des freins; Lezoux – Thiers – Ambert's action comes by that tag.
    expect(results.map((r) => `${r.dataset['kind']}:${r.dataset['id']}`)).toEqual([
      'lever:freins',
      'action:terres-de-montaigu-1',
      'action:lezoux-thiers-ambert-3',
    ]);
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(results[0]);
    await fireEvent.keyDown(results[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(results[1]);
    await fireEvent.click(results[1]!);
    flushSync();
    expect(state.selected).toBe('terres-de-montaigu');
    expect(document.activeElement?.getAttribute('data-id')).toBe('terres-de-montaigu-1');
  });

  it('names the lever « mixité » in a group of its own; choosing it sets the filter and clears the search', async () => {
    const { state } = mount();
    const input = screen.getByTestId('search-input');
    await fireEvent.input(input, { target: { value: 'mixité' } });
    const results = screen.getByTestId('search-results');
    const [group] = within(results).getAllByRole('list');
    expect(group!.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.getElementById(group!.getAttribute('aria-labelledby')!)?.textContent?.trim()).toBe(
      '2 filtres',
    );
    const terms = within(group!).getAllByTestId('search-result');
    expect(terms.map((t) => t.textContent?.trim())).toEqual([
      'Levier\u202F: Mixité — 1 action',
      'Public\u202F: Femmes — 1 action',
    ]);
    await fireEvent.click(terms[0]!);
    flushSync();
    expect(state.url.leviers).toEqual(['mixite']);
    expect(state.url.q).toBe('');
    expect(screen.getByTestId('search-results').hidden).toBe(true);
    // The focus is on the filter's chip, and the live count says what is left.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Retirer le filtre Levier\u202F: Mixité');
    expect(screen.getByTestId('match-count-live').textContent).toBe('1 action dans 1 territoire');
  });

  it('chooses the first term with Enter, in English too: « Lever: Diversity — 1 action »', async () => {
    const { state } = mount({ lang: 'en', formats: ['dispositif'] });
    const input = screen.getByTestId('search-input');
    await fireEvent.input(input, { target: { value: 'women' } });
    const terms = screen.getAllByTestId('search-result').filter((r) => r.dataset['kind'] !== 'action');
    expect(terms.map((t) => t.textContent?.trim())).toEqual([
      'Audience: Women — 1 action',
      'Lever: Diversity — 1 action',
    ]);
    await fireEvent.keyDown(input, { key: 'Enter' });
    flushSync();
    // The other facets stay; the search goes.
    expect(state.url.publics).toEqual(['femmes']);
    expect(state.url.formats).toEqual(['dispositif']);
    expect(state.url.q).toBe('');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove the filter Audience: Women');
    expect(screen.getByTestId('match-count-live').textContent).toBe('1 action in 1 territory');
  });

  it('finds a territory by a commune, and Escape closes the results, then clears, before anything else', async () => {
    const { state } = mount({ territoire: 'bassin-de-brive' });
    const input = screen.getByTestId('search-input');
    await fireEvent.input(input, { target: { value: 'pithiviers' } });
    const hit = screen.getAllByTestId('search-result')[0]!;
    expect(hit.dataset['id']).toBe('nord-loiret');
    expect(hit.textContent).toContain('Commune\u202F: Pithiviers');
    const first = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    input.dispatchEvent(first);
    flushSync();
    expect(first.defaultPrevented).toBe(true);
    expect(screen.getByTestId('search-results').hidden).toBe(true);
    expect(state.url.q).toBe('pithiviers');
    const second = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    input.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(true);
    expect(state.url.q).toBe('');
    const third = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    input.dispatchEvent(third);
    // Nothing left to close: the atlas may deselect.
    expect(third.defaultPrevented).toBe(false);
    expect(state.selected).toBe('bassin-de-brive');
  });
});

describe('English', () => {
  it('shows each action’s atlas translation, with the French original at hand', () => {
    mount({ lang: 'en', territoire: 'lisieux-normandie' });
    const own = actions.filter((a) => a.territory === 'lisieux-normandie');
    expect(screen.getAllByTestId('action-text').map((p) => p.textContent)).toEqual(own.map((a) => a.textEn));
    expect(items()[0]!.textContent).toContain('Translation by the atlas');
    expect(items()[0]!.querySelector('[lang="fr"]')?.textContent).toBe(own[0]!.text);
    const chips = within(items()[1]!).getAllByTestId('lever-chip');
    expect(chips.map((c) => c.textContent?.trim())).toEqual(own[1]!.levers.map((l) => short('en', l)));
  });

  // Interface phrases only (single words like « Région » or « commun » also occur in the data's proper
  // names: « CA de la Région de Compiègne », « communautés de communes »); French quotes carry lang="fr".
  const frenchOnly = Object.entries(messages.fr)
    .filter(
      ([k, v]) =>
        k.startsWith('panels.') && !v.includes('{') && v !== messages.en[k as keyof typeof messages.en],
    )
    .map(([, v]) => v)
    .filter((v) => /\s/.test(v.trim()));

  it('has French phrases to look for', () => {
    expect(frenchOnly.length).toBeGreaterThan(40);
  });

  it.each<[string, Partial<UrlState>]>([
    ['overview', {}],
    ['territory', { territoire: 'pays-compiegnois' }],
    ['comparison', { comparer: ['bassin-de-brive', 'lisieux-normandie', 'nord-loiret'] }],
    ['filters', { leviers: ['formation'], q: 'offre', territoire: 'terres-de-montaigu' }],
  ])('leaves no French interface string in the %s', (_, initial) => {
    mount({ lang: 'en', ...initial });
    for (const el of document.querySelectorAll('[lang="fr"]')) el.remove();
    const text = document.body.textContent ?? '';
    const left = frenchOnly.filter((v) => text.includes(v));
    expect(left).toEqual([]);
  });

  it('leaves no French interface string in the Méthode page', () => {
    const { state } = mount({ lang: 'en' });
    state.methodOpen = true;
    flushSync();
    for (const el of document.querySelectorAll('[lang="fr"]')) el.remove();
    const text = document.body.textContent ?? '';
    expect(frenchOnly.filter((v) => text.includes(v))).toEqual([]);
    expect(heading().textContent?.trim()).toBe('Method');
  });
});
