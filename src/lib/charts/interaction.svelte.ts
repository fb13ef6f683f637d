/**
 * What every chart does with its marks: one Tab stop and arrow keys between marks (roving tabindex),
 * a tooltip on pointer hover and keyboard focus that Escape closes (PRODUCT.md: Escape closes the
 * innermost thing before it deselects), and activation by click, Enter or Space.
 */
import { firstKey, move, type KeyGrid } from './roving';

export interface InteractionHooks {
  /** A mark is hovered or focused (its key), or nothing is any more (null). */
  hover: (key: string | null) => void;
  /** A mark is clicked, or Enter or Space is pressed on it. */
  activate: (key: string) => void;
  /** A mark's accessible name. */
  label: (key: string) => string;
  /** A key pressed on a mark before the arrows move the focus (a dense chart's cursor); true: handled. */
  key?: (event: KeyboardEvent, key: string) => boolean;
}

/** What a mark's element gets from `Interaction.mark`. */
export interface MarkHandlers {
  onpointerenter: () => void;
  onpointerleave: () => void;
  onfocus: () => void;
  onblur: () => void;
  onclick: () => void;
  onkeydown: (event: KeyboardEvent) => void;
}

/** A dense chart's cell cursor, as its canvas's one mark moves it (`Interaction.body`). */
export interface DenseCursor {
  /** The pointer moves over the canvas. */
  move: (event: PointerEvent) => void;
  /** The pointer leaves: no cell any more. */
  clear: () => void;
  /** The canvas takes the focus: a cell for the keys to start from. */
  start: () => void;
}

/** What the canvas's mark gets besides a mark's handlers (`Interaction.body`). */
type BodyHandlers = Pick<MarkHandlers, 'onpointerleave' | 'onfocus'> & {
  onpointermove: (event: PointerEvent) => void;
};

export interface MarkAttributes extends MarkHandlers {
  role: 'button';
  tabindex: 0 | -1;
  'data-key': string;
  'aria-label': string;
  'aria-describedby': string | undefined;
}

export class Interaction {
  /** The mark that holds the chart's one Tab stop. */
  active: string | null = $state(null);
  /** The mark whose tooltip is open. */
  tip: string | null = $state(null);
  /** The chart's <svg>, where focus moves are looked up. */
  root: SVGSVGElement | null = null;
  /** DOM id of the tooltip, which describes the mark it belongs to. */
  readonly tipId: string;
  /** DOM id of the hidden line that tells how the keys move. */
  readonly keysId: string;
  /** One set of handlers per mark, made once: a mark's attributes are spread again at every hover and focus. */
  // A cache that nothing reads reactively: a SvelteMap would only cost.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #handlers = new Map<string, MarkHandlers>();
  /** The canvas's handlers, made once for the chart's one cursor. */
  #body: BodyHandlers | null = null;

  /** The Tab stop: the active mark if it still exists, else the first. */
  stop: string | null = $derived.by(() => {
    const grid = this.grid();
    const a = this.active;
    return a !== null && grid.some((row) => row.includes(a)) ? a : firstKey(grid);
  });

  /** `uid` names the tooltip and the keys' line (`$props.id()` of the component). */
  constructor(
    private grid: () => KeyGrid,
    private hooks: InteractionHooks,
    uid: string,
  ) {
    this.tipId = `${uid}-tip`;
    this.keysId = `${uid}-keys`;
  }

  /** A focusable mark's role, name, attributes and handlers: `<g {...ia.mark(key)}>`. */
  mark = (key: string): MarkAttributes => {
    let on = this.#handlers.get(key);
    if (!on) {
      on = {
        onpointerenter: () => this.enter(key),
        onpointerleave: () => this.leave(key),
        onfocus: () => this.focus(key),
        onblur: () => this.leave(key),
        onclick: () => this.click(key),
        onkeydown: (event) => this.markKey(event, key),
      };
      this.#handlers.set(key, on);
    }
    return {
      role: 'button',
      tabindex: this.tabindex(key),
      'data-key': key,
      'aria-label': this.hooks.label(key),
      'aria-describedby': this.tip === key ? this.tipId : undefined,
      ...on,
    };
  };

  /**
   * A dense chart's canvas as one mark, `body`, over which the pointer and the keys move a cell cursor;
   * `label` names the cell under the cursor.
   */
  body = (cursor: DenseCursor, label: string): MarkAttributes & BodyHandlers => {
    this.#body ??= {
      onpointermove: (event) => cursor.move(event),
      onpointerleave: () => {
        cursor.clear();
        this.leave('body');
      },
      onfocus: () => {
        cursor.start();
        this.focus('body');
      },
    };
    return { ...this.mark('body'), 'aria-label': label, ...this.#body };
  };

  /**
   * The chart's <svg>: its size, and its name, description (the element `description` names: the
   * chart's « En bref ») and keys for assistive technology.
   */
  svg = (width: number, height: number, label: string, description?: string) => ({
    class: 'chart-svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'group',
    'aria-label': label,
    'aria-describedby': description ? `${description} ${this.keysId}` : this.keysId,
    'data-testid': 'chart-svg',
  });

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

  /** On a mark: Enter and Space activate it, the chart's own keys come next, then the arrows. */
  markKey = (event: KeyboardEvent, key: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.hooks.activate(key);
    }
    if (event.defaultPrevented || this.hooks.key?.(event, key)) return;
    this.keydown(event);
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
