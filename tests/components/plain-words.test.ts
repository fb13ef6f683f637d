/**
 * Plain words first (#15): a term's one-line definition wherever its label is (ui/definition.ts on the
 * chips, the filter options and the tables' headers; the charts' own tooltip on their axis labels), by
 * keyboard focus, hover and tap, tied by aria-describedby and dismissed by Escape; and no « Jaccard »,
 * « sériation » or « indice » in any view but « Méthode », in either language.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import AllCharts from '../../src/lib/charts/AllCharts.svelte';
import { fromDataset } from '../../src/lib/analysis/model';
import { dataset, programme, vocabularies } from '../../src/lib/data';
import Panel from '../../src/lib/panels/Panel.svelte';
import { AppState } from '../../src/lib/state/app-state.svelte';
import type { UrlState } from '../../src/lib/state/url';
import Harness from './Harness.svelte';

beforeAll(() => {
  // jsdom lays nothing out: bind:clientWidth and bind:offsetWidth need an observer that never fires.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

// The definitions' tooltip is one element shared by the whole page: each test starts with it hidden.
afterEach(() => {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
});

const lever = (id: string) => vocabularies.levers.find((l) => l.id === id)!;
const tip = () => document.querySelector<HTMLElement>('[data-testid="definition-tip"]');
const shown = () => {
  const t = tip();
  return t && !t.hidden ? t.textContent : null;
};
/** The texts the element's aria-describedby points to, joined as a screen reader reads them. */
const description = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
    .join(' ');

function mount(initial: Partial<UrlState> = {}) {
  const state = new AppState(initial);
  const view = render(Harness, { state, component: Panel });
  return { state, ...view };
}

/** A territory's actions come a frame after its heading. */
const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 10)));

/**
 * Focus as the Tab key gives it: the attachment shows the definition on :focus-visible only (a click's
 * focus shows nothing more than the click's own hover), and jsdom follows the browsers' heuristics.
 */
function keyboardFocus(el: HTMLElement) {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Tab' });
  el.focus();
  expect(el.matches(':focus-visible'), 'a focus after Tab is :focus-visible').toBe(true);
}

describe('a term’s definition where its label is', () => {
  it('shows on a lever chip’s keyboard focus, is its description, and Escape hides it and goes no further', async () => {
    const { state } = mount({ territoire: 'lezoux-thiers-ambert' });
    await nextFrame();
    flushSync();
    const chip = screen
      .getAllByTestId('lever-chip')
      .find((c) => c.dataset['lever'] === 'freins') as HTMLButtonElement;
    expect(chip.textContent).toContain('Levée des freins');
    expect(shown()).toBeNull();
    keyboardFocus(chip);
    expect(shown()).toBe(lever('freins').definition.fr);
    expect(description(chip)).toBe(lever('freins').definition.fr);
    // Escape is the definition's: the territory stays open, nothing outside hears the key.
    let heard = false;
    const outside = () => (heard = true);
    window.addEventListener('keydown', outside);
    await fireEvent.keyDown(chip, { key: 'Escape' });
    window.removeEventListener('keydown', outside);
    expect(shown()).toBeNull();
    expect(heard).toBe(false);
    expect(state.selected).toBe('lezoux-thiers-ambert');
    // Still described once hidden: a screen reader hears it on the next focus.
    expect(description(chip)).toBe(lever('freins').definition.fr);
    chip.blur();
  });

  it('shows on a tap without taking the chip’s own action away, and on a mouse hover', async () => {
    const { state } = mount({ territoire: 'lezoux-thiers-ambert' });
    await nextFrame();
    flushSync();
    const chip = screen.getAllByTestId('lever-chip').find((c) => c.dataset['lever'] === 'accueil')!;
    await fireEvent.pointerUp(chip, { pointerType: 'touch' });
    await fireEvent.click(chip);
    expect(shown()).toBe(lever('accueil').definition.fr);
    expect(state.url.leviers).toEqual(['accueil']);
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(shown()).toBeNull();
    const other = screen.getAllByTestId('lever-chip').find((c) => c.dataset['lever'] === 'freins')!;
    await fireEvent.pointerEnter(other, { pointerType: 'mouse' });
    expect(shown()).toBe(lever('freins').definition.fr);
  });

  it('shows on a plain chip too (the comparison’s table, « Territoires proches »), not where Méthode writes it out', async () => {
    const { state } = mount({ comparer: ['nord-loiret', 'pays-compiegnois'] });
    await nextFrame();
    flushSync();
    const row = document.querySelector<HTMLElement>(
      'tr[data-lever="decouverte"] [data-testid="lever-chip-static"]',
    )!;
    expect(row.tabIndex).toBe(0);
    keyboardFocus(row);
    expect(shown()).toBe(lever('decouverte').definition.fr);
    expect(description(row)).toBe(lever('decouverte').definition.fr);
    row.blur();
    expect(shown()).toBeNull();
    state.url.comparer = [];
    state.url.territoire = 'mulhouse-alsace-agglomeration';
    await nextFrame();
    flushSync();
    const near = within(screen.getByTestId('nearest')).getAllByTestId('lever-chip-static');
    expect(near.length).toBeGreaterThan(0);
    for (const chip of near) expect(description(chip)).toBe(lever(chip.dataset['lever']!).definition.fr);
    state.methodOpen = true;
    await nextFrame();
    flushSync();
    expect(screen.getByTestId('method-jaccard')).toBeTruthy();
    // Its glossary writes each definition beside the chip: no tooltip to repeat it, no Tab stop.
    const plain = document.querySelectorAll('.terms .chip');
    expect(plain.length).toBe(12);
    for (const chip of plain) {
      expect(chip.hasAttribute('tabindex')).toBe(false);
      expect(chip.hasAttribute('aria-describedby')).toBe(false);
    }
  });

  it('describes every filter option, in the current language', async () => {
    const { state } = mount({ lang: 'en' });
    await fireEvent.click(screen.getByTestId('filters-toggle'));
    flushSync();
    const facets: [string, readonly { id: string; definition: { en: string } }[]][] = [
      ['leviers', vocabularies.levers],
      ['axes', programme.axes],
      ['publics', vocabularies.audiences],
      ['formats', vocabularies.formats],
    ];
    for (const [facet, terms] of facets)
      for (const term of terms) {
        const box = screen.getByTestId(`filter-${facet}-${term.id}`);
        expect(description(box), `${facet} ${term.id}`).toBe(term.definition.en);
      }
    const box = screen.getByTestId('filter-publics-acteurs-emploi-formation');
    keyboardFocus(box);
    expect(shown()).toBe(
      vocabularies.audiences.find((a) => a.id === 'acteurs-emploi-formation')!.definition.en,
    );
    // The filter panel's own Escape waits for the definition's.
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(shown()).toBeNull();
    expect(screen.getByTestId('filters').hidden).toBe(false);
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.getByTestId('filters').hidden).toBe(true);
    expect(state.url.lang).toBe('en');
  });
});

describe('the charts’ terms', () => {
  function charts(lang: 'fr' | 'en') {
    const state = new AppState({ lang });
    const view = render(AllCharts, { props: { state, data: fromDataset(dataset, lang), width: 720 } });
    return { state, view };
  }

  it('give an axis label’s definition in its tooltip on keyboard focus, which Escape closes', async () => {
    const { view } = charts('fr');
    const cases: [string, string, string][] = [
      ['matrice', 'g:freins', lever('freins').definition.fr],
      ['axes', 'g:qualite-de-vie', programme.axes.find((a) => a.id === 'qualite-de-vie')!.definition.fr],
      [
        'publics',
        'g:demandeurs-emploi',
        vocabularies.audiences.find((a) => a.id === 'demandeurs-emploi')!.definition.fr,
      ],
    ];
    for (const [id, key, text] of cases) {
      const section = view.getByTestId(`chart-${id}`);
      const label = section.querySelector<SVGGElement>(`[data-key="${key}"]`)!;
      expect(label, `${id} ${key}`).not.toBeNull();
      label.focus();
      flushSync();
      const tooltip = within(section).getByRole('tooltip');
      expect(tooltip.textContent, `${id} ${key}`).toContain(text);
      expect(label.getAttribute('aria-describedby')).toBe(tooltip.id);
      await fireEvent.keyDown(label, { key: 'Escape' });
      flushSync();
      expect(within(section).queryByRole('tooltip'), `${id} ${key}`).toBeNull();
      label.blur();
    }
    // The frequency chart's rows are its levers: the definition comes with the numbers.
    const row = view
      .getByTestId('chart-frequence')
      .querySelector<SVGGElement>('[data-testid="lever-row"][data-id="decouverte"]')!;
    await fireEvent.pointerEnter(row);
    flushSync();
    expect(within(view.getByTestId('chart-frequence')).getByRole('tooltip').textContent).toContain(
      lever('decouverte').definition.fr,
    );
  });

  it('put a term’s definition on its table header, by keyboard', async () => {
    const { view } = charts('en');
    const section = view.getByTestId('chart-frequence');
    const details = section.querySelector('details')!;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    flushSync();
    const header = section.querySelector<HTMLElement>(
      '[data-testid="chart-table"] tr[data-row="mixite"] th',
    )!;
    expect(header.tabIndex).toBe(0);
    expect(description(header)).toBe(lever('mixite').definition.en);
    keyboardFocus(header);
    expect(shown()).toBe(lever('mixite').definition.en);
  });

  it('say « 2 leviers en commun sur 3 » before the share in the similarity tooltip', async () => {
    for (const [lang, lead] of [
      ['fr', /^2 leviers en commun sur 3 \(part\u202f: 0,67\)/],
      ['en', /^2 levers in common out of 3 \(share: 0\.67\)/],
    ] as const) {
      const { view } = charts(lang);
      const section = view.getAllByTestId('chart-similarite').at(-1)!;
      const cell = section.querySelector(
        '[data-testid="cell"][data-row="nord-loiret"][data-col="bassin-de-brive"]',
      )!;
      await fireEvent.pointerEnter(cell);
      flushSync();
      const sub = within(section).getByRole('tooltip').querySelector('.tip-sub')!;
      expect(sub.textContent, lang).toMatch(lead);
      view.unmount();
    }
  });
});

describe('no jargon outside « Méthode »', () => {
  const JARGON = /jaccard|s[ée]riation|\bindices?\b|\bindex\b/i;

  /** Everything a reader may be told: the text, hidden text included, and the names and descriptions. */
  function said(root: Element = document.body): string {
    const attributes = [...root.querySelectorAll('*')].flatMap((el) =>
      ['aria-label', 'title', 'alt', 'aria-description', 'placeholder']
        .map((a) => el.getAttribute(a))
        .filter((v): v is string => !!v),
    );
    return [root.textContent ?? '', ...attributes].join('\n');
  }

  it.each(['fr', 'en'] as const)(
    'in the overview, a territory, a comparison, a filtered state and the charts (%s)',
    async (lang) => {
      const views: Partial<UrlState>[] = [
        {},
        { leviers: ['freins'] },
        { territoire: 'mulhouse-alsace-agglomeration' },
        { comparer: ['nord-loiret', 'pays-compiegnois'] },
      ];
      for (const initial of views) {
        const { unmount } = mount({ lang, ...initial });
        await nextFrame();
        flushSync();
        expect(said().length, JSON.stringify(initial)).toBeGreaterThan(200);
        expect(said(), JSON.stringify(initial)).not.toMatch(JARGON);
        unmount();
      }
      const state = new AppState({ lang });
      const view = render(AllCharts, { props: { state, data: fromDataset(dataset, lang), width: 720 } });
      const section = view.getByTestId('chart-similarite');
      // The similarity chart's tooltip and table too.
      await fireEvent.pointerEnter(
        section.querySelector('[data-testid="cell"][data-row="nord-loiret"][data-col="bassin-de-brive"]')!,
      );
      const details = section.querySelector('details')!;
      details.open = true;
      await fireEvent(details, new Event('toggle'));
      flushSync();
      expect(within(section).getByRole('tooltip')).toBeTruthy();
      expect(section.querySelector('[data-testid="chart-table"]')).not.toBeNull();
      expect(said()).not.toMatch(JARGON);
      view.unmount();
    },
  );

  it.each(['fr', 'en'] as const)('but « Méthode » names the measures (%s)', async (lang) => {
    const { state } = mount({ lang });
    state.methodOpen = true;
    await nextFrame();
    flushSync();
    expect(screen.getByTestId('method-jaccard').textContent).toMatch(/Jaccard/);
  });
});
