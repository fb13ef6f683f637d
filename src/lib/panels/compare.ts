/**
 * Comparing two to four territories by the levers their actions use: which levers all of them share,
 * which only one uses, and the one-line summary the compare panel opens with. Pure: computed from the
 * actions given, so the tests can hand it small cases worked out by hand.
 */
import { LEVER_IDS, type LeverId, type TerritoryId } from '../data/ids';
import type { Action } from '../data/schema';
import type { Lang } from '../state/url';
import { plural } from './format';

export interface LeverComparison {
  ids: readonly TerritoryId[];
  /** Per territory, how many of its actions use each lever (levers it does not use are absent). */
  counts: ReadonlyMap<TerritoryId, ReadonlyMap<LeverId, number>>;
  /** Levers used by at least one of the territories, in vocabulary order. */
  used: LeverId[];
  /** Levers used by every territory compared. */
  shared: LeverId[];
  /** Levers used by exactly one territory, with that territory. */
  unique: ReadonlyMap<LeverId, TerritoryId>;
}

export function compareLevers(ids: readonly TerritoryId[], actions: readonly Action[]): LeverComparison {
  const counts = new Map<TerritoryId, Map<LeverId, number>>(ids.map((id) => [id, new Map()]));
  for (const a of actions) {
    const c = counts.get(a.territory);
    if (!c) continue;
    for (const l of a.levers) c.set(l, (c.get(l) ?? 0) + 1);
  }
  const users = (l: LeverId) => ids.filter((id) => counts.get(id)?.has(l));
  const used = LEVER_IDS.filter((l) => users(l).length > 0);
  const shared = ids.length ? used.filter((l) => users(l).length === ids.length) : [];
  const unique = new Map<LeverId, TerritoryId>();
  for (const l of used) {
    const u = users(l);
    // With a single territory every lever would be both shared and unique: call it shared only.
    if (u.length === 1 && ids.length > 1) unique.set(l, u[0]!);
  }
  return { ids, counts, used, shared, unique };
}

/** « 3 leviers communs, 5 propres à un seul territoire », from the comparison. */
export function compareSummary(lang: Lang, c: LeverComparison): string {
  const text = `${plural(lang, 'panels.compare.shared', c.shared.length)}, ${plural(
    lang,
    'panels.compare.unique',
    c.unique.size,
  )}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
