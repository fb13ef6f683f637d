/**
 * The territories' detail fields (communes, sources, perimeter notes, alternatives), loaded with the
 * territory and Méthode views and for commune search: a lazy chunk, outside the first screen's budget.
 */
import territoriesJson from '../../../data/territories.json';

import type { Territory } from './schema';
import type { TerritoryId } from './ids';

export const territoriesFull = territoriesJson as unknown as Territory[];

export const territoryDetails: ReadonlyMap<TerritoryId, Territory> = new Map(territoriesFull.map((t) => [t.id, t]));
