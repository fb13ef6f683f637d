/**
 * A slide's caption in the deck's list and its picture's alternative text (#16, share/deck/alt.ts): the
 * words around the « En bref » sentences (brief.ts) that say what kind of view the picture is. In the
 * deck's lazy chunk, registered when it loads, like deck.ts. French goes through `frenchTypography` in
 * messages.ts, so write plain spaces before « : ; ! ? » and inside « ». Counts come as `.one` / `.other`
 * pairs, with an optional `.zero`.
 */
import { registerMessages } from './messages';

export const deckAltFr = {
  'deck.caption.overview': 'Carte',
  'deck.caption.filtered': 'Carte filtrée',
  'deck.caption.territory': 'Carte',
  'deck.caption.compare': 'Comparaison',
  'deck.caption.chart': 'Graphique',
  'deck.caption.join': '{kind} · {what}',

  'deck.alt.overview': 'Carte : les huit Territoires d’industrie de la Fabrique prospective.',
  'deck.alt.filtered': 'Carte filtrée.',
  'deck.alt.territory': 'Carte : {name}.',
  'deck.alt.compare': 'Carte : {names}.',
  'deck.alt.chart': 'Graphique « {chart} ».',
  'deck.alt.filters': 'Filtres : {list}.',
  'deck.alt.kept.zero': 'Aucune de ses {total} actions n’y correspond.',
  'deck.alt.kept.one': '{n} action sur {total} y correspond.',
  'deck.alt.kept.other': '{n} actions sur {total} y correspondent.',
} as const;

export const deckAltEn: Record<keyof typeof deckAltFr, string> = {
  'deck.caption.overview': 'Map',
  'deck.caption.filtered': 'Filtered map',
  'deck.caption.territory': 'Map',
  'deck.caption.compare': 'Comparison',
  'deck.caption.chart': 'Chart',
  'deck.caption.join': '{kind} · {what}',

  'deck.alt.overview': 'Map: the eight Territoires d’industrie of the Fabrique prospective.',
  'deck.alt.filtered': 'Filtered map.',
  'deck.alt.territory': 'Map: {name}.',
  'deck.alt.compare': 'Map: {names}.',
  'deck.alt.chart': 'Chart “{chart}”.',
  'deck.alt.filters': 'Filters: {list}.',
  'deck.alt.kept.zero': 'None of its {total} actions match.',
  'deck.alt.kept.one': '{n} of its {total} actions matches.',
  'deck.alt.kept.other': '{n} of its {total} actions match.',
};

registerMessages(deckAltFr, deckAltEn);
