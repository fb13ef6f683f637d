/**
 * The territories' detail fields (communes, sources, perimeter notes, alternatives), loaded with the
 * territory and Méthode views and for commune search: a lazy chunk, outside the first screen's budget.
 */
import territoriesJson from '../../../data/territories.json';

import type { Territory } from './schema';
import type { TerritoryId } from './ids';

export const territoriesFull = territoriesJson as unknown as Territory[];

export const territoryDetails: ReadonlyMap<TerritoryId, Territory> = new Map(territoriesFull.map((t) => [t.id, t]));

/**
 * Each territory's commune names in French alphabetical order, sorted once when this chunk loads (at idle,
 * after the map) rather than on the first click (the first French collator of a page costs ~10 ms).
 */
export const communeNames: ReadonlyMap<TerritoryId, readonly string[]> = (() => {
  const collator = new Intl.Collator('fr');
  return new Map(territoriesFull.map((t) => [t.id, t.communes.map((c) => c.name).sort(collator.compare)]));
})();
