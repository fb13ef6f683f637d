/**
 * The five charts in jsdom, mounted together with their own state (AllCharts.svelte): each renders the
 * right number of marks, its table holds the same numbers as its marks, and the marks act on the state
 * (selection, lever filter, hovered lever, keyboard).
 */
import { fireEvent, render, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';

import AllCharts from '../../src/lib/charts/AllCharts.svelte';
import { fromDataset } from '../../src/lib/analysis/model';
import { dataset } from '../../src/lib/data';
import { AppState } from '../../src/lib/state/app-state.svelte';

beforeAll(() => {
  // jsdom lays nothing out: bind:clientWidth and bind:offsetWidth need an observer that never fires.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

function setup(lang: 'fr' | 'en' = 'fr', state = new AppState({ lang })) {
  const data = fromDataset(dataset, lang);
  const view = render(AllCharts, { props: { state, data, width: 720 } });
  const chart = (id: string) => view.getByTestId(`chart-${id}`);
  return { state, data, view, chart };
}

/** Opens a chart's « Tableau des données » and reads it as { row: { col: text } }. */
async function table(section: HTMLElement): Promise<Record<string, Record<string, string>>> {
  const details = section.querySelector('details')!;
  details.open = true;
  await fireEvent(details, new Event('toggle'));
  flushSync();
  const out: Record<string, Record<string, string>> = {};
  for (const tr of section.querySelectorAll<HTMLTableRowElement>(
    '[data-testid="chart-table"] tr[data-row]',
  )) {
    out[tr.dataset['row']!] = Object.fromEntries(
      [...tr.querySelectorAll<HTMLTableCellElement>('td')].map((td) => [td.dataset['col']!, td.textContent!]),
    );
  }
  return out;
}

describe('lever matrix', () => {
  it('draws 96 cells, 25 of them with a circle, and its table matches them', async () => {
    const { chart } = setup();
    const section = chart('matrice');
    const cells = section.querySelectorAll<SVGGElement>('[data-testid="cell"]');
    expect(cells).toHaveLength(8 * 12);
    expect(section.querySelectorAll('[data-testid="mark"]')).toHaveLength(25);
    const t = await table(section);
    expect(Object.keys(t)).toEqual([...dataset.territories.map((x) => x.id), 'territories', 'actions']);
    for (const c of cells)
      expect(t[c.dataset['row']!]![c.dataset['col']!], c.getAttribute('aria-label')!).toBe(
        c.dataset['count'],
      );
    expect(t['nord-loiret']!['decouverte']).toBe('3');
    expect(t['nord-loiret']!['distinct']).toBe('3');
    expect(t['nord-loiret']!['actions']).toBe('4');
  });

  it('labels every mark for assistive technology, with one Tab stop', () => {
    const { chart } = setup();
    const section = chart('matrice');
    const cell = section.querySelector(
      '[data-testid="cell"][data-row="nord-loiret"][data-col="decouverte"]',
    )!;
    expect(cell.getAttribute('aria-label')).toContain(
      'Nord Loiret, Découverte des métiers et des entreprises',
    );
    expect(cell.getAttribute('aria-label')).toContain('3 actions');
    const stops = section.querySelectorAll('svg [tabindex="0"]');
    expect(stops).toHaveLength(1);
  });

  it('selects the territory and filters the lever when a cell is clicked', async () => {
    const { chart, state } = setup();
    const cell = chart('matrice').querySelector(
      '[data-testid="cell"][data-row="lisieux-normandie"][data-col="marque"]',
    )!;
    await fireEvent.click(cell);
    flushSync();
    expect(state.url.territoire).toBe('lisieux-normandie');
    expect(state.url.leviers).toEqual(['marque']);
    // Clicking it again keeps the filter as it is (no duplicate).
    await fireEvent.click(cell);
    expect(state.url.leviers).toEqual(['marque']);
  });

  it('highlights a hovered lever everywhere through the state, and shows its actions', async () => {
    const { chart, state } = setup();
    const cell = chart('matrice').querySelector(
      '[data-testid="cell"][data-row="nord-loiret"][data-col="decouverte"]',
    )!;
    await fireEvent.pointerEnter(cell);
    flushSync();
    expect(state.hoveredLever).toBe('decouverte');
    const tip = within(chart('matrice')).getByRole('tooltip');
    expect(tip.querySelectorAll('li')).toHaveLength(3);
    expect(tip.textContent).toContain('organise un forum de l’industrie');
    await fireEvent.pointerLeave(cell);
    flushSync();
    expect(state.hoveredLever).toBeNull();
  });

  it('moves between marks with the arrow keys and closes the tooltip with Escape', async () => {
    const { chart } = setup();
    const section = chart('matrice');
    const first = section.querySelector<SVGGElement>('svg [tabindex="0"]')!;
    first.focus();
    await fireEvent.focus(first);
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    flushSync();
    const now = document.activeElement as SVGGElement;
    expect(now).not.toBe(first);
    expect(now.getAttribute('tabindex')).toBe('0');
    expect(section.querySelectorAll('svg [tabindex="0"]')).toHaveLength(1);
    expect(within(section).getByRole('tooltip')).toBeTruthy();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    now.dispatchEvent(escape);
    flushSync();
    expect(escape.defaultPrevented).toBe(true);
    expect(within(section).queryByRole('tooltip')).toBeNull();
  });

  it('shrinks filtered marks against dotted ghosts', () => {
    const state = new AppState({ leviers: ['decouverte'] });
    const data = fromDataset(dataset, 'fr');
    const view = render(AllCharts, {
      props: { state, data, width: 720, matching: state.matches.actions },
    });
    const section = view.getByTestId('chart-matrice');
    // Decouverte: 6 actions in 4 territories; Nord Loiret-1 and Compiègne-2 also carry evenements,
    // Montaigu-2 formation: 4 + 1 + 1 + 1 circles remain, and ghosts stand for the rest.
    expect(section.querySelectorAll('[data-testid="mark"]')).toHaveLength(7);
    expect(section.querySelectorAll('circle.ghost').length).toBeGreaterThan(0);
    expect(section.textContent).toContain('6 actions retenues sur 25');
  });
});

describe('axes profile', () => {
  it('draws 24 bars whose counts are the table’s', async () => {
    const { chart } = setup();
    const section = chart('axes');
    const bars = section.querySelectorAll<SVGGElement>('[data-testid="bar"]');
    expect(bars).toHaveLength(24);
    const t = await table(section);
    for (const b of bars) expect(t[b.dataset['row']!]![b.dataset['col']!]).toBe(b.dataset['count']);
    expect(t['lezoux-thiers-ambert']).toEqual({
      competences: '1',
      recrutement: '1',
      'qualite-de-vie': '3',
      total: '5',
    });
    expect(section.textContent).toContain('compte des étiquettes');
  });
});

describe('audiences', () => {
  it('draws 72 cells, 23 with a circle, « non précisé » included, and its table matches them', async () => {
    const { chart } = setup();
    const section = chart('publics');
    const cells = section.querySelectorAll<SVGGElement>('[data-testid="cell"]');
    expect(cells).toHaveLength(8 * 9);
    expect(section.querySelectorAll('[data-testid="mark"]')).toHaveLength(23);
    const t = await table(section);
    for (const c of cells) expect(t[c.dataset['row']!]![c.dataset['col']!]).toBe(c.dataset['count']);
    expect(t['bassin-de-brive']!['non-precise']).toBe('2');
    expect(section.textContent).toContain('Non précisé');
  });
});

describe('similarity', () => {
  it('draws the 28 pairs, with the table’s counts and shares', async () => {
    const { chart } = setup();
    const section = chart('similarite');
    const cells = section.querySelectorAll<SVGGElement>('[data-testid="cell"]');
    expect(cells).toHaveLength(28);
    const t = await table(section);
    for (const c of cells) {
      // « 2 sur 3 (0,67) »: the count as the cell's name says it, then the share.
      const [, shared, union, share] = /^(\d+) sur (\d+) \(([\d,]+)\)$/.exec(
        t[c.dataset['row']!]![c.dataset['col']!]!,
      )!;
      expect(c.getAttribute('aria-label')).toMatch(new RegExp(`${shared} leviers? en commun sur ${union} `));
      expect(Number(share!.replace(',', '.'))).toBeCloseTo(Number(c.dataset['value']), 2);
    }
    const bn = section.querySelector(
      '[data-testid="cell"][data-row="nord-loiret"][data-col="bassin-de-brive"]',
    )!;
    expect(bn.getAttribute('aria-label')).toBe(
      'Nord Loiret et Brive\u202f: 2 leviers en commun sur 3 (0,67)',
    );
  });

  it('lists the shared levers on hover', async () => {
    const { chart } = setup();
    const cell = chart('similarite').querySelector(
      '[data-testid="cell"][data-row="mulhouse-alsace-agglomeration"][data-col="lisieux-normandie"]',
    )!;
    await fireEvent.pointerEnter(cell);
    flushSync();
    const tip = within(chart('similarite')).getByRole('tooltip');
    expect([...tip.querySelectorAll('.chips li')].map((li) => li.textContent)).toEqual([
      'Image de l’industrie',
      'Coordination des acteurs',
    ]);
  });
});

describe('lever frequency', () => {
  it('draws twelve sorted bars with the table’s numbers', async () => {
    const { chart, state } = setup();
    const section = chart('frequence');
    const rows = section.querySelectorAll<SVGGElement>('[data-testid="lever-row"]');
    expect([...rows].map((r) => r.dataset['id'])).toEqual([
      'decouverte',
      'image',
      'orientation',
      'evenements',
      'formation',
      'freins',
      'cooperation',
      'marque',
      'ambassadeurs',
      'employabilite',
      'mixite',
      'accueil',
    ]);
    const t = await table(section);
    for (const r of rows) {
      expect(t[r.dataset['id']!]!['territories']).toBe(r.dataset['territories']);
      expect(t[r.dataset['id']!]!['actions']).toBe(r.dataset['actions']);
    }
    await fireEvent.click(rows[0]!);
    expect(state.url.leviers).toEqual(['decouverte']);
  });
});

describe('all charts', () => {
  it('give each chart an h2, a reading guide, the source line and exports', () => {
    const { view } = setup();
    const headings = view.getAllByRole('heading', { level: 2 });
    expect(headings).toHaveLength(5);
    for (const id of ['matrice', 'axes', 'publics', 'similarite', 'frequence']) {
      const s = view.getByTestId(`chart-${id}`);
      expect(s.querySelector('.guide')!.textContent!.length).toBeGreaterThan(20);
      expect(s.textContent).toContain('Source\u202f: CNER, cner-france.com/?p=1331');
      expect(within(s).getByTestId('export-svg')).toBeTruthy();
      expect(within(s).getByTestId('export-csv')).toBeTruthy();
    }
  });

  it('highlight the selected territory in every chart', () => {
    const { view, state } = setup();
    state.url.territoire = 'nord-loiret';
    flushSync();
    for (const id of ['matrice', 'publics', 'similarite'])
      expect(
        view.getByTestId(`chart-${id}`).querySelector('[data-testid="selected-band"]'),
        id,
      ).not.toBeNull();
    expect(
      view.getByTestId('chart-frequence').querySelectorAll('[data-testid="selected-block"]'),
    ).toHaveLength(3);
    const label = view
      .getByTestId('chart-axes')
      .querySelector('[data-testid="territory-label"][data-id="nord-loiret"]')!;
    expect(label.getAttribute('aria-pressed')).toBe('true');
  });

  it('speak English', () => {
    const { view } = setup('en');
    expect(view.getByTestId('chart-matrice').querySelector('h2')!.textContent).toBe(
      'The recruitment levers each territory uses',
    );
    const cell = view
      .getByTestId('chart-matrice')
      .querySelector('[data-testid="cell"][data-row="bassin-de-brive"][data-col="orientation"]')!;
    expect(cell.getAttribute('aria-label')).toContain('Brive, Information & guidance: 2 actions');
  });
});
