/**
 * Context layers loaded on demand. The counts come from the geo pipeline's manifest (bundled, 1 KB),
 * so the toggle can say what it will show before its 35 KB of geometry is fetched.
 */
import manifest from '../../../public/geo/manifest.json';

export const TI_FILE = 'territoires-industrie.json';
export const TI_OBJECT = 'territoiresIndustrie';
export const tiCounts = manifest.territoiresIndustrie as {
  total: number;
  metropole: number;
  outreMer: number;
};
