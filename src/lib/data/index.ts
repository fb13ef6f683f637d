/**
 * The validated data, as the app sees it. `vite.config.ts` validates `data/` at build start, so here the
 * files are only typed, not checked again: the first screen pays for no validator.
 */
import actionsJson from '../../../data/actions.json';
import programmeJson from '../../../data/programme.json';
import territoriesCore from 'virtual:atlas-territories-core';
import vocabulariesJson from '../../../data/vocabularies.json';

import type { Action, CoreDataset, CoreTerritory, Programme, TerritoryId, Vocabularies } from './schema';

export const programme = programmeJson as unknown as Programme;
export const vocabularies = vocabulariesJson as unknown as Vocabularies;
/** The territories without their detail fields (see details.ts). */
export const territories = territoriesCore as CoreTerritory[];
export const actions = actionsJson as unknown as Action[];

export const dataset: CoreDataset = { programme, vocabularies, territories, actions };

export const territoryById: ReadonlyMap<TerritoryId, CoreTerritory> = new Map(territories.map((t) => [t.id, t]));

export const actionsByTerritory: ReadonlyMap<TerritoryId, Action[]> = new Map(
  territories.map((t) => [t.id, actions.filter((a) => a.territory === t.id)]),
);
