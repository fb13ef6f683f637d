/**
 * A territory × tag grid as a chart shows it: the counts the marks show (what the filters retain), the
 * unfiltered ones behind their dotted ghosts (same rows and columns), the display orders, and the cells
 * read by the ids that the marks' keys carry.
 */
import type { Grid } from '../analysis/matrix';

export class GridView<C extends string = string> {
  readonly #rows: ReadonlyMap<string, number>;
  readonly #cols: ReadonlyMap<string, number>;

  /**
   * @param rowOrder Display order of the territories (indices into `grid.rows`).
   * @param colOrder Display order of the tags (indices into `grid.cols`); by default the grid's own.
   */
  constructor(
    readonly grid: Grid<C>,
    readonly full: Grid<C>,
    readonly rowOrder: readonly number[],
    readonly colOrder: readonly number[] = grid.cols.map((_, c) => c),
  ) {
    this.#rows = new Map(grid.rows.map((id, r) => [id, r]));
    this.#cols = new Map(grid.cols.map((id, c) => [id, c]));
  }

  /** The row of territory `t`. */
  row(t: string): number {
    return this.#rows.get(t)!;
  }

  /** The column of tag `g`. */
  col(g: string): number {
    return this.#cols.get(g)!;
  }

  /** The retained actions of territory `t` tagged `g`. */
  cell(t: string, g: string): readonly string[] {
    return this.grid.cells[this.row(t)]![this.col(g)]!;
  }

  /** How many actions of territory `t` tagged `g` the filters leave out. */
  hidden(t: string, g: string): number {
    return this.full.cells[this.row(t)]![this.col(g)]!.length - this.cell(t, g).length;
  }
}
