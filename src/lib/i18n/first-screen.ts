/**
 * What only the build's prerendered first screen says (#17): its `noscript` line, which the client never
 * renders (a browser running scripts does not show `<noscript>`). Registered by src/prerender.ts alone,
 * so that the page's JavaScript does not carry it. French goes through `frenchTypography`: plain spaces
 * before « : ; ! ? ».
 */
import { registerMessages } from './messages';

export const firstScreenFr = {
  'map.noscript':
    'Ces boutons ouvrent chaque territoire quand JavaScript est activé ; sans lui, la vue d’ensemble les présente.',
} as const;

export const firstScreenEn: Record<keyof typeof firstScreenFr, string> = {
  'map.noscript':
    'These buttons open each territory when JavaScript is on; without it, the overview presents them.',
};

registerMessages(firstScreenFr, firstScreenEn);
