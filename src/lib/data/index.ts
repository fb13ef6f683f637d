/**
 * The validated data, as the app sees it. `vite.config.ts` validates `data/` at build start, so here the
 * files are only typed, not checked again: the first screen pays for no validator.
 */
import actionsJson from '../../../data/actions.json';
import programmeJson from '../../../data/programme.json';
import territoriesJson from '../../../data/territories.json';
import vocabulariesJson from '../../../data/vocabularies.json';

import type { Action, Dataset, Programme, Territory, TerritoryId, Vocabularies } from './schema';

export const programme = programmeJson as unknown as Programme;
export const vocabularies = vocabulariesJson as unknown as Vocabularies;
export const territories = territoriesJson as unknown as Territory[];
export const actions = actionsJson as unknown as Action[];

export const dataset: Dataset = { programme, vocabularies, territories, actions };

export const territoryById: ReadonlyMap<TerritoryId, Territory> = new Map(territories.map((t) => [t.id, t]));

export const actionsByTerritory: ReadonlyMap<TerritoryId, Action[]> = new Map(
  territories.map((t) => [t.id, actions.filter((a) => a.territory === t.id)]),
);
