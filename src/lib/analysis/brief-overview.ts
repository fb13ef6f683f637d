/**
 * « En bref », the part the first screen needs: the overview's sentence, and the helpers every sentence
 * uses (counts, lists). `brief.ts` re-exports it with the other views' sentences, so one module answers
 * for every view while the first screen carries only this file.
 * Pure: sentences are computed from the data given, in its language, through the messages (French
 * typography: DOMAIN.md); a view shows them, a chart uses them as its description, an export as alt text.
 */
import type { LeverId } from '../data/ids';
import { formatList, pluralCategory } from '../i18n/intl';
import { messages, translate, type MessageKey, type Vars } from '../i18n/messages';
import type { ChartAction, ChartLever, ChartTerritory, Lang } from './model';

/** A view's sentences, one or two; `briefText` joins them for alternative text. */
export type Brief = readonly string[];

/** What the overview's sentence reads: `ChartData` has it, and so does the first screen. */
export interface BriefData<T extends string = string> {
  lang: Lang;
  /** Canonical order; `openEnded` makes a territory's actions « nommées ». */
  territories: readonly (Pick<ChartTerritory<T>, 'id' | 'short'> & { openEnded?: boolean })[];
  actions: readonly Pick<ChartAction<T>, 'id' | 'territory' | 'levers'>[];
  /** Vocabulary order. */
  levers: readonly Pick<ChartLever, 'id' | 'short'>[];
}

/** The plain-text form of a view's sentences: one paragraph, for alt text and descriptions. */
export const briefText = (brief: Brief): string => brief.join(' ');

export const localeOf = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export const say = (lang: Lang, key: MessageKey, vars?: Vars): string => translate(lang, key, vars);

/** A count in words: `key.zero` for 0 when there is one, else `.one` / `.other` by the locale's plural rule. */
export function count(lang: Lang, key: string, n: number, vars: Vars = {}): string {
  if (n === 0 && `${key}.zero` in messages[lang])
    return say(lang, `${key}.zero` as MessageKey, { n, ...vars });
  const form = pluralCategory(localeOf(lang), n) === 'one' ? 'one' : 'other';
  return say(lang, `${key}.${form}` as MessageKey, { n, ...vars });
}

/** « A, B et C » / “A, B and C”. */
export const and = (lang: Lang, items: readonly string[]): string => formatList(localeOf(lang), items);

/** « 4 territoires » (the first screen's own count words, panels.ts). */
export const territoriesCount = (lang: Lang, n: number): string => count(lang, 'panels.count.territories', n);

/**
 * How many territories use each lever of `data.levers` in `actions`, as groups: the most used and the
 * least used (among those used at all), each in vocabulary order. The same group twice when every lever
 * used is used alike.
 */
export function leverReach(
  data: BriefData,
  actions: BriefData['actions'],
): { top: LeverId[]; topN: number; rare: LeverId[]; rareN: number } {
  const users = new Map<LeverId, Set<string>>();
  for (const a of actions)
    for (const l of a.levers) (users.get(l) ?? users.set(l, new Set()).get(l)!).add(a.territory);
  const reach = data.levers.map((l) => ({ id: l.id, n: users.get(l.id)?.size ?? 0 })).filter((x) => x.n > 0);
  const ns = reach.map((x) => x.n);
  const topN = Math.max(0, ...ns);
  const rareN = Math.min(topN, ...ns);
  const group = (n: number) => reach.filter((x) => x.n === n).map((x) => x.id);
  return { top: group(topN), topN, rare: group(rareN), rareN };
}

/** « 3 actions », or « 3 actions chacun » after a group of several. */
export const eachCount = (lang: Lang, group: number, text: string): string =>
  group > 1 ? say(lang, 'brief.each', { count: text }) : text;

/**
 * « Leviers les plus mobilisés : Découverte et Image (4 territoires chacun) ; les moins mobilisés : …
 * (1 territoire chacun). » The second half goes when every lever used is used alike; empty when no lever
 * is used.
 */
export function leverReachSentence(data: BriefData, actions: BriefData['actions']): string {
  const { lang } = data;
  const r = leverReach(data, actions);
  if (!r.top.length) return '';
  const short = new Map<string, string>(data.levers.map((l) => [l.id, l.short]));
  const part = (kind: 'top' | 'rare', ids: LeverId[], n: number) =>
    count(lang, `brief.levers.${kind}`, ids.length, {
      list: `${and(
        lang,
        ids.map((id) => short.get(id) ?? id),
      )} (${eachCount(lang, ids.length, territoriesCount(lang, n))})`,
    });
  const top = part('top', r.top, r.topN);
  if (r.rareN === r.topN) return `${top}.`;
  return say(lang, 'brief.levers.both', { top, rare: part('rare', r.rare, r.rareN) });
}

/** The overview: how many territories and actions, the most and the least used levers. */
export function overviewBrief(data: BriefData): Brief {
  const { lang } = data;
  const head = say(lang, 'brief.overview', {
    territories: territoriesCount(lang, data.territories.length),
    actions: count(lang, 'panels.count.named', data.actions.length),
  });
  return [head, leverReachSentence(data, data.actions)].filter(Boolean);
}
