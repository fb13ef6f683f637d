/**
 * The territories' detail fields (communes, sources, perimeter notes, alternatives), loaded with the
 * territory and Méthode views and for commune search: a lazy chunk, outside the first screen's budget.
 */
import territoriesJson from '../../../data/territories.json';

import type { Territory } from './schema';
import type { TerritoryId } from './ids';

export const territoriesFull = territoriesJson as unknown as Territory[];

export const territoryDetails: ReadonlyMap<TerritoryId, Territory> = new Map(territoriesFull.map((t) => [t.id, t]));

/** One commune as the territory view lists it: its INSEE code (COG 2024, the map's id) and its name. */
export interface CommuneEntry {
  insee: string;
  name: string;
}

/**
 * Each territory's communes in French alphabetical order, sorted once when this chunk loads (at idle,
 * after the map) rather than on the first click (the first French collator of a page costs ~10 ms).
 */
export const sortedCommunes: ReadonlyMap<TerritoryId, readonly CommuneEntry[]> = (() => {
  const collator = new Intl.Collator('fr');
  return new Map(
    territoriesFull.map((t) => [
      t.id,
      t.communes.map(({ insee, name }) => ({ insee, name })).sort((a, b) => collator.compare(a.name, b.name)),
    ]),
  );
})();

/** The same names alone, in the same order. */
export const communeNames: ReadonlyMap<TerritoryId, readonly string[]> = new Map(
  [...sortedCommunes].map(([id, list]) => [id, list.map((c) => c.name)]),
);
