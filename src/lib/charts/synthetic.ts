/**
 * A synthetic data set for the charts bench (issue « Speed and scale »): 200 territories and 1 000
 * actions by default, tagged with the atlas's real vocabularies, deterministic for a given seed. The
 * bench's earlier figures were measured on this exact set: changing the draws changes the set.
 */
import type { AudienceId, LeverId } from '../data/ids';
import type { ChartAction, ChartData, ChartTerritory } from '../analysis/model';

/** How often each lever is drawn: some common, others rare, as in the real data. */
const WEIGHTS: Record<LeverId, number> = {
  formation: 6,
  orientation: 8,
  decouverte: 10,
  image: 8,
  evenements: 6,
  ambassadeurs: 2,
  employabilite: 2,
  mixite: 2,
  freins: 3,
  accueil: 2,
  marque: 3,
  cooperation: 3,
};
const WORDS = ['organise', 'crée', 'développe', 'propose', 'lance', 'anime', 'réalise', 'soutient'];
const OBJECTS = ['un forum', 'une plateforme', 'un guide', 'des visites', 'une formation', 'un réseau'];

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  territories?: number;
  actions?: number;
  seed?: number;
}

export interface Synthetic {
  territories: ChartTerritory[];
  actions: ChartAction[];
}

/** Territories and actions tagged with `vocabulary`'s levers (each with its axis) and audiences. */
export function makeSynthetic(
  vocabulary: Pick<ChartData, 'levers' | 'axes' | 'audiences'>,
  { territories = 200, actions = 1000, seed = 1 }: SyntheticOptions = {},
): Synthetic {
  const leverList = vocabulary.levers;
  const axisIds = vocabulary.axes.map((a) => a.id);
  const audienceIds = vocabulary.audiences.map((a) => a.id);
  const rand = prng(seed);
  const pick = (weights: readonly number[]) => {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = rand() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
    return weights.length - 1;
  };
  const pad = String(territories).length;
  const ts = Array.from({ length: territories }, (_, i): ChartTerritory => {
    const n = String(i + 1).padStart(pad, '0');
    return { id: `t-${n}`, name: `Territoire synthétique ${n}`, short: `Territoire ${n}`, openEnded: false };
  });
  // Every territory gets one action, the rest go by uneven weights (some territories do much more).
  const weights = ts.map(() => 0.3 + rand() * rand() * 4);
  const owner = ts.map((_, i) => i);
  for (let k = territories; k < actions; k++) owner.push(pick(weights));
  owner.sort((a, b) => a - b);
  const perTerritory = new Map<string, number>();
  const leverWeights = leverList.map((l) => WEIGHTS[l.id]);
  const list = owner.slice(0, actions).map((ti): ChartAction => {
    const t = ts[ti]!;
    const n = (perTerritory.get(t.id) ?? 0) + 1;
    perTerritory.set(t.id, n);
    const howMany = rand() < 0.7 ? 1 : rand() < 0.85 ? 2 : 3;
    const levers = new Set<number>();
    while (levers.size < howMany) levers.add(pick(leverWeights));
    const leverIds = [...levers].sort((a, b) => a - b).map((i) => leverList[i]!.id);
    const axes = new Set([...levers].map((i) => leverList[i]!.axis));
    if (leverIds.includes('mixite') && rand() < 0.3) axes.add('qualite-de-vie');
    const r = rand();
    const audienceCount = r < 0.45 ? 0 : r < 0.85 ? 1 : 2;
    const audiences = new Set<AudienceId>();
    while (audiences.size < audienceCount)
      audiences.add(audienceIds[Math.floor(rand() * audienceIds.length)]!);
    return {
      id: `${t.id}-${n}`,
      territory: t.id,
      text: `${WORDS[Math.floor(rand() * WORDS.length)]} ${OBJECTS[Math.floor(rand() * OBJECTS.length)]} (action synthétique ${n})`,
      gloss: null,
      levers: leverIds,
      axes: axisIds.filter((a) => axes.has(a)),
      audiences: audienceIds.filter((a) => audiences.has(a)),
    };
  });
  return { territories: ts, actions: list };
}
