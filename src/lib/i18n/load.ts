/**
 * What the atlas says while a part of it loads and when it could not (lib/load/). Merged into
 * `messages.ts`; French goes through `frenchTypography` there, so write plain spaces before « : ; ! ? ».
 * Each failure is the atlas's own sentence, never a browser's or a parser's.
 */
export const loadFr = {
  'load.retry': 'Réessayer',
  'load.reload': 'Recharger l’atlas',
  'load.dismiss': 'Fermer ce message',
  'load.retrying': 'Nouvel essai…',
  'load.stale':
    'Une nouvelle version de l’atlas a été publiée depuis l’ouverture de cette page. Rechargez-le : la vue que vous regardez est conservée.',
  'load.charts.loading': 'Chargement des graphiques…',
  'load.charts.failed': 'Les graphiques n’ont pas pu être chargés. Vérifiez la connexion.',
  'load.territory.loading': 'Chargement de la fiche…',
  'load.territory.failed': 'La fiche du territoire n’a pas pu être chargée. Vérifiez la connexion.',
  'load.compare.loading': 'Chargement de la comparaison…',
  'load.compare.failed': 'La comparaison n’a pas pu être chargée. Vérifiez la connexion.',
  'load.method.loading': 'Chargement de la page Méthode…',
  'load.method.failed': 'La page Méthode n’a pas pu être chargée. Vérifiez la connexion.',
  'load.filters.loading': 'Chargement des filtres…',
  'load.filters.failed': 'Les filtres n’ont pas pu être chargés. Vérifiez la connexion.',
  'load.communes.loading': 'Chargement des communes…',
  'load.communes.failed':
    'La liste des communes n’a pas pu être chargée, ni celle des résultats de la recherche. Vérifiez la connexion.',
  'load.embed.failed': 'La fenêtre « Intégrer » n’a pas pu être chargée. Vérifiez la connexion.',
  'load.presenter.failed': 'Le mode présentation n’a pas pu être chargé. Vérifiez la connexion.',
  'load.deck.failed': '« Ma présentation » n’a pas pu être chargée. Vérifiez la connexion.',
  'load.map.loading': 'Chargement du fond de carte…',
  'load.map.failed':
    'Le fond de carte n’a pas pu être chargé. Vérifiez la connexion. Les territoires restent accessibles dans le panneau.',
  'load.layer.failed': 'La couche des Territoires d’industrie n’a pas pu être chargée.',
  'load.export.failed':
    'Le module d’export n’a pas pu être chargé. Vérifiez la connexion, puis relancez l’export.',
  'load.webgl.failed': 'La carte détaillée n’a pas pu être chargée : la carte allégée reste affichée.',
  'load.mapCommunes.failed': 'Les communes du territoire n’ont pas pu être chargées sur la carte.',
} as const;

export const loadEn: Record<keyof typeof loadFr, string> = {
  'load.retry': 'Try again',
  'load.reload': 'Reload the atlas',
  'load.dismiss': 'Close this message',
  'load.retrying': 'Trying again…',
  'load.stale':
    'A new version of the atlas has been published since this page was opened. Reload it: the view you are looking at is kept.',
  'load.charts.loading': 'Loading the charts…',
  'load.charts.failed': 'The charts could not be loaded. Check the connection.',
  'load.territory.loading': 'Loading the territory…',
  'load.territory.failed': 'The territory’s page could not be loaded. Check the connection.',
  'load.compare.loading': 'Loading the comparison…',
  'load.compare.failed': 'The comparison could not be loaded. Check the connection.',
  'load.method.loading': 'Loading the Method page…',
  'load.method.failed': 'The Method page could not be loaded. Check the connection.',
  'load.filters.loading': 'Loading the filters…',
  'load.filters.failed': 'The filters could not be loaded. Check the connection.',
  'load.communes.loading': 'Loading the communes…',
  'load.communes.failed':
    'The list of communes could not be loaded, nor the list of search results. Check the connection.',
  'load.embed.failed': 'The “Embed” window could not be loaded. Check the connection.',
  'load.presenter.failed': 'The presentation mode could not be loaded. Check the connection.',
  'load.deck.failed': '“My presentation” could not be loaded. Check the connection.',
  'load.map.loading': 'Loading the base map…',
  'load.map.failed':
    'The base map could not be loaded. Check the connection. The territories are still listed in the panel.',
  'load.layer.failed': 'The Territoires d’industrie layer could not be loaded.',
  'load.export.failed': 'The export module could not be loaded. Check the connection, then export again.',
  'load.webgl.failed': 'The detailed map could not be loaded: the light map stays on screen.',
  'load.mapCommunes.failed': 'The territory’s communes could not be loaded on the map.',
};
