/**
 * « En bref » and « Territoires proches » in jsdom: the sentence that opens the overview, the filtered
 * overview, a territory, a comparison and a chart, kept in step with the filters, the selection and the
 * language; the territory card's nearest territories, their ties, and the button that compares.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';

import { briefText, chartBrief, overviewBrief } from '../../src/lib/analysis/brief';
import { fromDataset } from '../../src/lib/analysis/model';
import AllCharts from '../../src/lib/charts/AllCharts.svelte';
import { dataset, territories, vocabularies } from '../../src/lib/data';
import Panel from '../../src/lib/panels/Panel.svelte';
import { AppState } from '../../src/lib/state/app-state.svelte';
import type { UrlState } from '../../src/lib/state/url';
import Harness from './Harness.svelte';

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

function mount(initial: Partial<UrlState> = {}) {
  const state = new AppState(initial);
  const view = render(Harness, { state, component: Panel });
  return { state, ...view };
}

const shortName = (id: string) => territories.find((t) => t.id === id)!.shortName;
const lever = (lang: 'fr' | 'en', id: string) => vocabularies.levers.find((l) => l.id === id)!.short[lang];
const brief = () => screen.getByTestId('brief');

describe('En bref in the panel', () => {
  it('opens the overview with the programme’s reading, and follows the language', () => {
    const { state } = mount();
    expect(brief().textContent).toContain('En bref');
    expect(within(brief()).getByTestId('brief-text').textContent).toBe(
      briefText(overviewBrief(fromDataset(dataset, 'fr'))),
    );
    // It comes right under the heading's lede, before the counts.
    const order = [brief(), screen.getByTestId('overview-stats')];
    expect(order[0]!.compareDocumentPosition(order[1]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    state.url.lang = 'en';
    flushSync();
    expect(brief().textContent).toContain('In brief');
    expect(brief().textContent).toContain('8 territories');
  });

  it('names the filters and what they keep, and follows them', async () => {
    const { state } = mount({ leviers: ['mixite'] });
    await waitFor(() => expect(screen.getByTestId('brief').textContent).toContain('Filtre'));
    const text = brief().textContent!;
    expect(text).toContain(`levier ${lever('fr', 'mixite')}`);
    expect(text).toContain(shortName('lezoux-thiers-ambert'));
    expect(text).toMatch(/1 action sur 25 y correspond/);
    state.url.leviers = ['decouverte'];
    flushSync();
    expect(brief().textContent).toContain(`levier ${lever('fr', 'decouverte')}`);
    expect(brief().textContent).not.toContain(lever('fr', 'mixite'));
    state.url.leviers = [];
    flushSync();
    expect(brief().textContent).toContain('25 actions nommées');
  });

  it('says a territory’s levers and nearest territory, under its key facts', () => {
    const { state } = mount({ territoire: 'mulhouse-alsace-agglomeration' });
    const text = brief().textContent!;
    expect(text).toContain(`${shortName('mulhouse-alsace-agglomeration')} mobilise 3 leviers`);
    expect(text).toContain(`Le territoire le plus proche est ${shortName('lisieux-normandie')}`);
    const facts = screen.getByTestId('territory-panel').querySelector('.facts-line')!;
    expect(facts.compareDocumentPosition(brief()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    state.url.territoire = 'nord-loiret';
    flushSync();
    expect(brief().textContent).toContain('Nord Loiret mobilise');
  });

  it('says what a comparison shares and what is unique to each', () => {
    const { state } = mount({ comparer: ['bassin-de-brive', 'nord-loiret'] });
    const text = brief().textContent!;
    expect(text).toContain(`${lever('fr', 'orientation')} et ${lever('fr', 'decouverte')}`);
    expect(text).toContain(`${lever('fr', 'evenements')} (Nord Loiret)`);
    state.url.lang = 'en';
    flushSync();
    expect(brief().textContent).toContain('have 2 levers in common');
  });
});

describe('Territoires proches', () => {
  it('lists Mulhouse’s two nearest with their shared levers', () => {
    mount({ territoire: 'mulhouse-alsace-agglomeration' });
    const block = screen.getByTestId('nearest');
    expect(within(block).getByRole('heading', { level: 3 }).textContent).toBe('Territoires proches');
    const items = within(block).getAllByTestId('nearest-item');
    expect(items.map((li) => li.dataset['id'])).toEqual(['lisieux-normandie', 'pays-compiegnois']);
    const first = items[0]!;
    expect(within(first).getByTestId('nearest-shared').textContent).toBe('2 leviers en commun sur 4');
    const chips = [...first.querySelectorAll('[data-lever]')].map((c) => (c as HTMLElement).dataset['lever']);
    expect(chips).toEqual(['image', 'cooperation']);
    expect(block.textContent).not.toMatch(/jaccard|indice/i);
  });

  it('says a tie that the order alone settles', () => {
    mount({ territoire: 'pays-compiegnois' });
    const items = screen.getAllByTestId('nearest-item');
    expect(within(items[0]!).getByTestId('nearest-tie').textContent?.trim()).toBe(
      `À égalité avec ${shortName('mulhouse-alsace-agglomeration')}.`,
    );
    // Said once: the second does not repeat the tie with the first.
    expect(within(items[1]!).queryByTestId('nearest-tie')).toBeNull();
  });

  it('compares the two territories in one click, in canonical order, with the focus on the comparison', async () => {
    const { state } = mount({ territoire: 'mulhouse-alsace-agglomeration' });
    const button = screen.getByRole('button', {
      name: `Comparer ${shortName('pays-compiegnois')} et ${shortName('mulhouse-alsace-agglomeration')}`,
    });
    expect(button.tagName).toBe('BUTTON');
    button.focus();
    await fireEvent.click(button);
    flushSync();
    expect(state.url.comparer).toEqual(['pays-compiegnois', 'mulhouse-alsace-agglomeration']);
    expect(state.url.territoire).toBeNull();
    expect(screen.getByTestId('compare-panel')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByTestId('panel-heading'));
  });

  it('speaks English', () => {
    mount({ territoire: 'mulhouse-alsace-agglomeration', lang: 'en' });
    const block = screen.getByTestId('nearest');
    expect(within(block).getByRole('heading', { level: 3 }).textContent).toBe('Nearest territories');
    expect(within(block).getAllByTestId('nearest-shared')[0]!.textContent).toBe(
      '2 levers in common out of 4',
    );
    expect(within(block).getAllByRole('button')[0]!.textContent).toMatch(/^Compare/);
  });
});

describe('En bref in the charts', () => {
  function charts(lang: 'fr' | 'en', matching: ReadonlySet<string> | null = null) {
    const data = fromDataset(dataset, lang);
    const view = render(AllCharts, { props: { state: new AppState({ lang }), data, width: 720, matching } });
    return { data, view };
  }

  it('shows each chart’s reading above it and makes it the chart’s description', () => {
    const { data, view } = charts('fr');
    for (const id of ['matrice', 'axes', 'publics', 'similarite', 'frequence'] as const) {
      const section = view.getByTestId(`chart-${id}`);
      const text = briefText(chartBrief(data, id, null));
      expect(within(section).getByTestId('brief').textContent).toContain(text);
      const described = section.getAttribute('aria-describedby')!;
      expect(document.getElementById(described)?.textContent).toBe(text);
      const svg = within(section).getByTestId('chart-svg');
      expect(svg.getAttribute('aria-describedby')?.split(' ')).toContain(described);
      // Above the chart: the brief comes before the figure.
      expect(
        within(section).getByTestId('brief').compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    expect(
      view.getByTestId('chart-similarite').querySelector('[data-testid="brief-text"]')!.textContent,
    ).toContain('Brive et Nord Loiret');
  });

  it('follows the filters and speaks English', async () => {
    const { data, view } = charts('en');
    const section = view.getByTestId('chart-frequence');
    expect(within(section).getByTestId('brief').textContent).toContain('In brief');
    const training = new Set(data.actions.filter((a) => a.levers.includes('formation')).map((a) => a.id));
    await view.rerender({ matching: training });
    flushSync();
    expect(within(section).getByTestId('brief-text').textContent).toBe(
      briefText(chartBrief(data, 'frequence', training)),
    );
    expect(within(section).getByTestId('brief-text').textContent).toContain(
      `Most used lever: ${lever('en', 'formation')}`,
    );
  });
});
