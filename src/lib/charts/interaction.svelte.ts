/**
 * What every chart does with its marks: one Tab stop and arrow keys between marks (roving tabindex),
 * a tooltip on pointer hover and keyboard focus that Escape closes (PRODUCT.md: Escape closes the
 * innermost thing before it deselects), and activation by click, Enter or Space.
 */
import type { LeverId, TerritoryId } from '../data/ids';
import { firstKey, move, type KeyGrid } from './roving';

export interface InteractionHooks {
  /** A mark is hovered or focused (its key), or nothing is any more (null). */
  hover: (key: string | null) => void;
  /** A mark is clicked, or Enter or Space is pressed on it. */
  activate: (key: string) => void;
}

export class Interaction {
  /** The mark that holds the chart's one Tab stop. */
  active: string | null = $state(null);
  /** The mark whose tooltip is open. */
  tip: string | null = $state(null);
  /** The chart's <svg>, where focus moves are looked up. */
  root: SVGSVGElement | null = null;

  /** The Tab stop: the active mark if it still exists, else the first. */
  stop: string | null = $derived.by(() => {
    const grid = this.grid();
    const a = this.active;
    return a !== null && grid.some((row) => row.includes(a)) ? a : firstKey(grid);
  });

  constructor(
    private grid: () => KeyGrid,
    private hooks: InteractionHooks,
  ) {}

  tabindex = (key: string): 0 | -1 => (key === this.stop ? 0 : -1);

  enter = (key: string) => {
    this.tip = key;
    this.hooks.hover(key);
  };

  leave = (key: string) => {
    if (this.tip === key) this.tip = null;
    this.hooks.hover(null);
  };

  focus = (key: string) => {
    this.active = key;
    this.enter(key);
  };

  click = (key: string) => {
    this.active = key;
    this.hooks.activate(key);
  };

  /** On the mark: Enter and Space activate it. */
  markKeydown = (event: KeyboardEvent, key: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.hooks.activate(key);
    }
  };

  /** On the chart: arrows move the focus, Escape closes the tooltip (and goes no further). */
  keydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (this.tip !== null) {
        this.tip = null;
        event.stopPropagation();
        event.preventDefault();
      }
      return;
    }
    const from = this.active ?? this.stop;
    const to = move(this.grid(), from, event.key, event.ctrlKey || event.metaKey);
    if (to === null) return;
    event.preventDefault();
    if (to === from) return;
    this.active = to;
    const el = this.root?.querySelector<SVGElement>(`[data-key="${to.replace(/["\\]/g, '\\$&')}"]`);
    el?.focus();
  };
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
    // Synthetic territories (the bench) are not TerritoryIds; the map simply finds no marker for them.
    if (territory !== null) app.hovered = territory as TerritoryId;
  };
}
