/**
 * The validated data, as the app sees it. `vite.config.ts` validates `data/` at build start, so here the
 * files are only typed, not checked again: the first screen pays for no validator.
 */
import actionsJson from '../../../data/actions.json';
import programmeCore from 'virtual:atlas-core/programme';
import territoriesCore from 'virtual:atlas-territories-core';
import vocabulariesCore from 'virtual:atlas-core/vocabularies';

import type {
  Action,
  CoreDataset,
  CoreProgramme,
  CoreTerritory,
  CoreVocabularies,
  TerritoryId,
} from './schema';

/** The programme and the vocabularies without their terms' synonyms, which search-terms.ts brings. */
export const programme = programmeCore as CoreProgramme;
export const vocabularies = vocabulariesCore as CoreVocabularies;
/** The territories without their detail fields (see details.ts). */
export const territories = territoriesCore as CoreTerritory[];
export const actions = actionsJson as unknown as Action[];

export const dataset: CoreDataset = { programme, vocabularies, territories, actions };

export const territoryById: ReadonlyMap<TerritoryId, CoreTerritory> = new Map(territories.map((t) => [t.id, t]));

export const actionsByTerritory: ReadonlyMap<TerritoryId, Action[]> = new Map(
  territories.map((t) => [t.id, actions.filter((a) => a.territory === t.id)]),
);
