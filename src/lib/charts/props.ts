/** What every chart component takes, and when a chart turns dense. */
import type { ChartData } from '../analysis/model';
import type { ThemeName } from '../theme/palette';

/** Above this many territories a chart draws its marks on canvas and labels only highlighted rows. */
export const DENSE = 40;

/** What every chart component takes (the five charts share it). */
export interface ChartProps {
  /** Territories, actions and vocabularies in the active language. */
  data: ChartData;
  /** Ids of the actions the filters retain, or null when no filter is on. */
  matching: ReadonlySet<string> | null;
  /** The active theme. */
  theme: ThemeName;
  /** A fixed width (the bench); by default the frame's. */
  width?: number;
}
