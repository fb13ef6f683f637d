/**
 * A synthetic data set for the charts bench (issue « Speed and scale »): 200 territories and 1 000
 * actions by default, tagged with the atlas's real vocabularies, deterministic for a given seed. The
 * bench's earlier figures were measured on this exact set: changing the draws changes the set.
 */
import type { AudienceId, AxisId, LeverId } from '../data/ids';
import type { ChartAction, ChartTerritory } from '../analysis/model';

/** Levers by axis (DOMAIN.md); weights make some levers common and others rare, as in the real data. */
const LEVERS: readonly (readonly [LeverId, AxisId, number])[] = [
  ['formation', 'competences', 6],
  ['orientation', 'recrutement', 8],
  ['decouverte', 'recrutement', 10],
  ['image', 'competences', 8],
  ['evenements', 'competences', 6],
  ['ambassadeurs', 'competences', 2],
  ['employabilite', 'competences', 2],
  ['mixite', 'recrutement', 2],
  ['freins', 'qualite-de-vie', 3],
  ['accueil', 'qualite-de-vie', 2],
  ['marque', 'competences', 3],
  ['cooperation', 'recrutement', 3],
];
const AXES: readonly AxisId[] = ['competences', 'recrutement', 'qualite-de-vie'];
const AUDIENCES: readonly AudienceId[] = [
  'jeunes',
  'parents',
  'demandeurs-emploi',
  'femmes',
  'salaries',
  'entreprises',
  'acteurs-emploi-formation',
  'grand-public',
];
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

export function makeSynthetic({
  territories = 200,
  actions = 1000,
  seed = 1,
}: SyntheticOptions = {}): Synthetic {
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
  const leverWeights = LEVERS.map((l) => l[2]);
  const list = owner.slice(0, actions).map((ti): ChartAction => {
    const t = ts[ti]!;
    const n = (perTerritory.get(t.id) ?? 0) + 1;
    perTerritory.set(t.id, n);
    const howMany = rand() < 0.7 ? 1 : rand() < 0.85 ? 2 : 3;
    const levers = new Set<number>();
    while (levers.size < howMany) levers.add(pick(leverWeights));
    const leverIds = [...levers].sort((a, b) => a - b).map((i) => LEVERS[i]![0]);
    const axes = new Set([...levers].map((i) => LEVERS[i]![1]));
    if (leverIds.includes('mixite') && rand() < 0.3) axes.add('qualite-de-vie');
    const r = rand();
    const audienceCount = r < 0.45 ? 0 : r < 0.85 ? 1 : 2;
    const audiences = new Set<AudienceId>();
    while (audiences.size < audienceCount) audiences.add(AUDIENCES[Math.floor(rand() * AUDIENCES.length)]!);
    return {
      id: `${t.id}-${n}`,
      territory: t.id,
      text: `${WORDS[Math.floor(rand() * WORDS.length)]} ${OBJECTS[Math.floor(rand() * OBJECTS.length)]} (action synthétique ${n})`,
      gloss: null,
      levers: leverIds,
      axes: AXES.filter((a) => axes.has(a)),
      audiences: AUDIENCES.filter((a) => audiences.has(a)),
    };
  });
  return { territories: ts, actions: list };
}
