/**
 * What the five charts share: their props, the state they read and write, the frame's measured width,
 * the lookups by id, the territories' shared order and the hover they share with the map. A chart makes
 * one with `new Chart('matrice', () => props)` while its component initialises.
 */
import type { ComponentProps } from 'svelte';

import { chartBrief } from '../analysis/brief';
import type { LeverId, TerritoryId } from '../data/ids';
import type { Grid } from '../analysis/matrix';
import { retained, type ChartData } from '../analysis/model';
import { rowOrder } from '../analysis/order';
import { getAppState, type AppState } from '../state/app-state.svelte';
import type { ChartId } from '../state/url';
import type { ThemeName } from '../theme/palette';
import type ActionList from './ActionList.svelte';
import { count, type Noun } from './format';
import type { GridView } from './grid-view';
import { filterNote, openEndedNote } from './notes';

/** Above this many territories a chart draws its marks on canvas and labels only highlighted rows. */
export const DENSE = 40;

/** What every chart component takes (the five charts share it). */
export interface ChartProps<T extends string = string> {
  /** Territories, actions and vocabularies in the active language. */
  data: ChartData<T>;
  /** Ids of the actions the filters retain, or null when no filter is on. */
  matching: ReadonlySet<string> | null;
  /** The active theme. */
  theme: ThemeName;
  /** A fixed width (the bench); by default the frame's. */
  width?: number;
}

/** What a chart tooltip lists (ActionList's props). */
export type TipContent = ComponentProps<typeof ActionList>;

/**
 * A chart's territory id as the state holds it: the one place where a chart id enters the state. The
 * atlas's charts draw its own TerritoryIds; the bench draws synthetic ids that are not TerritoryIds,
 * and the state holds them all the same (the map finds no marker for them).
 */
export function stateId(id: string): TerritoryId {
  return id as TerritoryId;
}

/**
 * Hover shared with the rest of the atlas: a chart sets the hovered lever (the map dims the territories
 * that do not use it) and the hovered territory (the map highlights its marker), and clears only what
 * it set itself, so it never undoes another component's hover.
 */
export function linkedHover(app: {
  hoveredLever: LeverId | null;
  hovered: TerritoryId | null;
}): (next: { lever?: LeverId | null; territory?: string | null } | null) => void {
  let lever: LeverId | null = null;
  let territory: string | null = null;
  return (next) => {
    if (lever !== null && app.hoveredLever === lever) app.hoveredLever = null;
    if (territory !== null && app.hovered === territory) app.hovered = null;
    lever = next?.lever ?? null;
    territory = next?.territory ?? null;
    if (lever !== null) app.hoveredLever = lever;
    if (territory !== null) app.hovered = stateId(territory);
  };
}

/** `list` with `x` added, or without it if it was there (a filter chip's toggle). */
export const toggled = <X>(list: readonly X[], x: X): X[] =>
  list.includes(x) ? list.filter((y) => y !== x) : [...list, x];

/** Numbers the charts on the page, for the DOM id of each one's « En bref ». */
let briefs = 0;

const byId = <X extends { id: string }>(items: readonly X[]): ReadonlyMap<string, X> =>
  new Map(items.map((x) => [x.id, x]));

export class Chart<T extends string = string> {
  readonly app: AppState = getAppState();
  /** The frame's width, measured by ChartFrame (0 until measured, and in jsdom). */
  measured = $state(0);
  /** The width to lay out: the fixed one, else the frame's. */
  // jsdom measures nothing: a plausible width keeps the chart drawable in component tests.
  readonly width = $derived.by(() => this.props().width ?? (this.measured > 0 ? this.measured : 720));
  readonly dense = $derived(this.data.territories.length > DENSE);
  /** The actions the filters retain. */
  readonly kept = $derived(retained(this.data, this.matching));
  readonly actionById = $derived(byId(this.data.actions));
  readonly territoryById = $derived(byId(this.data.territories));
  readonly leverById = $derived(byId(this.data.levers));
  readonly axisById = $derived(byId(this.data.axes));
  readonly audienceById = $derived(byId(this.data.audiences));
  /** Sets the lever and the territory hovered in this chart (null: nothing any more). */
  readonly hover = linkedHover(this.app);

  // The frame's texts (ChartFrame).
  readonly title = $derived.by(() => this.app.t(`charts.title.${this.id}`));
  readonly guide = $derived.by(() =>
    this.app.t(`charts.guide.${this.id}`, { n: this.data.territories.length }),
  );
  readonly notes = $derived([openEndedNote(this.data, this.app.t, this.app.locale)]);
  /**
   * « En bref »: the chart's reading in one or two sentences (analysis/brief.ts), from the actions it
   * draws; shown above the chart and the chart's accessible description (`briefId`).
   */
  readonly brief = $derived.by(() => chartBrief(this.data, this.id, this.matching));
  /** DOM id of the « En bref » sentences, which the chart's <svg> and its section point at. */
  readonly briefId = `chart-brief-${++briefs}`;
  /** What the filters leave, and what the dotted ghosts mean where the chart draws them. */
  readonly status = $derived.by(() => filterNote(this.data, this.matching, this.app.t, this.ghosts));

  /**
   * @param id Which chart: DOM ids, file names, test hooks and strings.
   * @param props The component's props.
   * @param ghosts Whether the chart draws filtered marks against dotted ghosts.
   */
  constructor(
    readonly id: ChartId,
    private readonly props: () => ChartProps<T>,
    private readonly ghosts = true,
  ) {
    $effect(() => () => this.hover(null));
  }

  get data(): ChartData<T> {
    return this.props().data;
  }
  get matching(): ReadonlySet<string> | null {
    return this.props().matching;
  }
  get theme(): ThemeName {
    return this.props().theme;
  }

  /** The territories' order (indices into `grid.rows`), shared by the charts, from the lever matrix `grid`. */
  rowOrder(grid: Grid): number[] {
    return rowOrder(
      this.app.chartOrder,
      grid,
      this.data.territories.map((t) => t.short),
      this.app.locale,
    );
  }

  /** « 3 actions » in the active language. */
  count(noun: Noun, n: number): string {
    return count(this.app.t, noun, n, this.app.locale);
  }

  /** The actions behind a mark, for its tooltip. */
  items(ids: readonly string[]): TipContent['items'] {
    return ids.map((id) => ({ action: this.actionById.get(id)! }));
  }

  /** The tooltip of a territory × tag cell: its count, its actions, and those the filters leave out. */
  cellTip(view: GridView, t: string, g: string, noun: Noun, heading: string, detail?: string): TipContent {
    const ids = view.cell(t, g);
    return {
      heading,
      sub: this.count(noun, ids.length),
      detail,
      items: this.items(ids),
      hidden: view.hidden(t, g),
    };
  }

  select(id: string): void {
    this.app.select(stateId(id));
  }

  toggle(id: string): void {
    this.app.toggle(stateId(id));
  }
}
