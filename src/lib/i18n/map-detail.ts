/**
 * Interface strings of the territory at its own scale on the map (map/TerritoryDetail.svelte: the commune
 * tooltip and the locator inset). They live in its lazy chunk and are registered when it loads, like the
 * charts'; French goes through `frenchTypography` there, so write plain spaces before « : ; ! ? ».
 */
import { registerMessages } from './messages';

export const mapDetailFr = {
  'map.locator': 'Carte de situation : {name} en France',
  'map.communePopulation': '{n} habitants ({year})',
} as const;

export const mapDetailEn: Record<keyof typeof mapDetailFr, string> = {
  'map.locator': 'Locator map: {name} in France',
  'map.communePopulation': '{n} inhabitants ({year})',
};

registerMessages(mapDetailFr, mapDetailEn);
