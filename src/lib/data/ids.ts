/** The ids of PRODUCT.md and DOMAIN.md: one id serves as data key, GeoJSON id, URL value, CSS hook and test selector. */

export const TERRITORY_IDS = [
  'bassin-de-brive',
  'pays-compiegnois',
  'creusot-montceau',
  'nord-loiret',
  'lezoux-thiers-ambert',
  'lisieux-normandie',
  'terres-de-montaigu',
  'mulhouse-alsace-agglomeration',
] as const;

export const AXIS_IDS = ['competences', 'recrutement', 'qualite-de-vie'] as const;
export const LEVER_IDS = [
  'formation',
  'orientation',
  'decouverte',
  'image',
  'evenements',
  'ambassadeurs',
  'employabilite',
  'mixite',
  'freins',
  'accueil',
  'marque',
  'cooperation',
] as const;
export const AUDIENCE_IDS = [
  'jeunes',
  'parents',
  'demandeurs-emploi',
  'femmes',
  'salaries',
  'entreprises',
  'acteurs-emploi-formation',
  'grand-public',
] as const;
export const FORMAT_IDS = [
  'evenement',
  'outil-numerique',
  'support',
  'formation',
  'dispositif',
  'jeu',
  'diagnostic',
] as const;
export const CNER_THEME_IDS = [
  'connaitre',
  'promouvoir',
  'accompagner',
  'collaborer',
  'reindustrialiser',
  'vertueuse',
] as const;

export type TerritoryId = (typeof TERRITORY_IDS)[number];
export type AxisId = (typeof AXIS_IDS)[number];

/** Whether a string read from outside the typed data (a GeoJSON property, a DOM attribute) is a territory id. */
export function isTerritoryId(id: string): id is TerritoryId {
  return (TERRITORY_IDS as readonly string[]).includes(id);
}
export type LeverId = (typeof LEVER_IDS)[number];
export type AudienceId = (typeof AUDIENCE_IDS)[number];
export type FormatId = (typeof FORMAT_IDS)[number];

