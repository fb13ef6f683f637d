/**
 * Interface strings of the charts (French reference, English typed against it). Merged into
 * `messages.ts`; French goes through `frenchTypography` there, so write plain spaces before « : ; ! ? ».
 * Counts come in pairs (`.one` / `.other`), chosen by `Intl.PluralRules` (charts/format.ts): French
 * says « 0 action », English « 0 actions ».
 */
import { registerMessages } from './messages';

export const chartsFr = {
  'charts.tabs': 'Choisir un graphique',
  'charts.tab.matrice': 'Leviers par territoire',
  'charts.tab.axes': 'Axes',
  'charts.tab.publics': 'Publics',
  'charts.tab.similarite': 'Similarité',
  'charts.tab.frequence': 'Fréquence',

  'charts.title.matrice': 'Les leviers de recrutement mobilisés par chaque territoire',
  'charts.title.axes': 'Le profil de chaque territoire selon les trois axes de la Fabrique',
  'charts.title.publics': 'Les publics auxquels s’adressent les actions de chaque territoire',
  'charts.title.similarite': 'Les territoires qui mobilisent les mêmes leviers',
  'charts.title.frequence': 'Les leviers les plus partagés',

  'charts.guide.matrice':
    'Chaque cercle compte les actions d’un territoire qui mobilisent un levier. Totaux : leviers distincts par territoire, territoires par levier ; entre parenthèses, les actions.',
  'charts.guide.axes':
    'Ce graphique compte des étiquettes : une action qui relève de deux axes compte une fois dans chacun.',
  'charts.guide.publics':
    'Ce graphique compte des étiquettes : une action qui vise deux publics compte une fois pour chacun ; « non précisé » compte les actions qui ne nomment aucun public.',
  'charts.guide.similarite':
    'Part des leviers en commun : les leviers que deux territoires partagent, sur tous ceux que l’un ou l’autre mobilise (0 : aucun en commun ; 1 : exactement les mêmes).',
  'charts.guide.frequence':
    'Pour chaque levier, la barre compte les territoires qui le mobilisent (sur {n}) ; le nombre d’actions suit.',

  'charts.filtered':
    'Filtres actifs : {n} actions retenues sur {total}. Les contours pointillés montrent ce que les filtres écartent.',
  'charts.filteredShort': 'Filtres actifs : {n} actions retenues sur {total}.',
  'charts.openEnded':
    '{names} : la source signale d’autres actions, sans les nommer ; les comptes portent sur les {n} actions nommées.',
  'charts.keys':
    'Flèches pour parcourir les marques, Entrée pour sélectionner, Échap pour fermer l’infobulle.',
  'charts.dense': '{n} territoires : seuls les territoires sélectionnés ou survolés sont nommés.',

  'charts.order.label': 'Ordre',
  'charts.order.canonique': 'Source',
  'charts.order.total': 'Total',
  'charts.order.alpha': 'A → Z',
  'charts.order.similarite': 'Similarité',
  'charts.order.canonique.long': 'Ordre de la source',
  'charts.order.total.long': 'Par total décroissant',
  'charts.order.alpha.long': 'Par ordre alphabétique',
  'charts.order.similarite.long': 'Les territoires aux leviers semblables côte à côte',

  'charts.matrix.rowTotal': 'Leviers (actions)',
  'charts.matrix.colTotal': 'Territoires (actions)',
  'charts.matrix.cell': '{territory}, {lever} : {count}',
  'charts.matrix.cellHint': 'Entrée : sélectionner le territoire et filtrer ce levier.',
  'charts.matrix.lever': '{lever} : {territories}, {actions}. Entrée : filtrer ce levier.',
  'charts.territoryButton': '{territory} : {count}. Entrée : sélectionner ce territoire.',

  'charts.axes.total': 'Étiquettes',
  'charts.axes.bar': '{territory}, axe {axis} : {count}',

  'charts.publics.unspecified': 'Non précisé',
  'charts.publics.unspecifiedLong': 'Public non précisé par la source',
  'charts.publics.cell': '{territory}, {audience} : {count}',
  'charts.publics.total': 'Total',
  'charts.publics.audience': '{audience} : {count}',
  'charts.publics.filterHint': 'Entrée : filtrer ce public.',

  'charts.similarity.cell': '{a} et {b} : {shared} en commun sur {union} ({value})',
  'charts.similarity.empty': '{a} et {b} : aucune action retenue, pas de comparaison',
  'charts.similarity.shared': 'Leviers en commun',
  'charts.similarity.none': 'Aucun levier en commun.',
  'charts.similarity.legend': 'Part des leviers en commun',
  'charts.similarity.sub': '{shared} en commun sur {union} (part : {value})',
  'charts.similarity.rowHint': 'Entrée : sélectionner ce territoire.',
  'charts.similarity.levers': '{count} : {list}',
  'charts.similarity.only': 'Seulement {territory} :',
  'charts.similarity.tableCell': '{shared} sur {union} ({value})',

  'charts.frequency.territories': 'Territoires',
  'charts.frequency.actions': 'Actions',
  'charts.frequency.bar': '{lever} : {territories} sur {n}, {actions}. Entrée : filtrer ce levier.',

  'charts.tooltip.more': '+ {n} hors filtres',
  'charts.tooltip.gloss': 'Traduction de l’atlas',
  'charts.tooltip.none': 'Aucune action.',

  'charts.table.show': 'Tableau des données',
  'charts.table.territory': 'Territoire',
  'charts.table.lever': 'Levier',
  'charts.table.distinct': 'Leviers distincts',
  'charts.table.actions': 'Actions',
  'charts.table.territories': 'Territoires qui le mobilisent',
  'charts.table.leverActions': 'Actions qui le mobilisent',
  'charts.table.total': 'Total des étiquettes',
  'charts.table.audienceTotal': 'Total',
  'charts.table.similarity':
    'Leviers en commun entre deux territoires, sur les leviers que l’un ou l’autre mobilise, puis leur part entre parenthèses (sur la diagonale, un territoire avec lui-même).',

  'charts.export.label': 'Télécharger',
  'charts.export.svg': 'Image SVG',
  'charts.export.png': 'Image PNG',
  'charts.export.csv': 'Données CSV',
  'charts.export.failed': 'L’export a échoué. Réessayez ; si l’échec persiste, rechargez la page.',

  'charts.count.actions.one': '{n} action',
  'charts.count.actions.other': '{n} actions',
  'charts.count.levers.one': '{n} levier',
  'charts.count.levers.other': '{n} leviers',
  'charts.count.territories.one': '{n} territoire',
  'charts.count.territories.other': '{n} territoires',
  'charts.count.tags.one': '{n} étiquette',
  'charts.count.tags.other': '{n} étiquettes',
} as const;

export const chartsEn: Record<keyof typeof chartsFr, string> = {
  'charts.tabs': 'Choose a chart',
  'charts.tab.matrice': 'Levers by territory',
  'charts.tab.axes': 'Axes',
  'charts.tab.publics': 'Audiences',
  'charts.tab.similarite': 'Similarity',
  'charts.tab.frequence': 'Frequency',

  'charts.title.matrice': 'The recruitment levers each territory uses',
  'charts.title.axes': 'Each territory’s profile across the Fabrique’s three axes',
  'charts.title.publics': 'Whom each territory’s actions address',
  'charts.title.similarite': 'Which territories use the same levers',
  'charts.title.frequence': 'The most widely shared levers',

  'charts.guide.matrice':
    'Each circle counts a territory’s actions that use a lever. Totals: distinct levers per territory, territories per lever; actions in brackets.',
  'charts.guide.axes': 'This chart counts tags: an action that belongs to two axes counts once in each.',
  'charts.guide.publics':
    'This chart counts tags: an action aimed at two audiences counts once for each; “not specified” counts the actions that name no audience.',
  'charts.guide.similarite':
    'Share of levers in common: the levers two territories share, out of all those either one uses (0: none in common; 1: exactly the same).',
  'charts.guide.frequence':
    'For each lever, the bar counts the territories that use it (out of {n}); the number of actions follows.',

  'charts.filtered':
    'Filters on: {n} of {total} actions retained. Dotted outlines show what the filters leave out.',
  'charts.filteredShort': 'Filters on: {n} of {total} actions retained.',
  'charts.openEnded':
    '{names}: the source mentions further actions without naming them; counts cover the {n} named actions.',
  'charts.keys': 'Arrow keys move between marks, Enter selects, Escape closes the tooltip.',
  'charts.dense': '{n} territories: only the selected or hovered ones are named.',

  'charts.order.label': 'Order',
  'charts.order.canonique': 'Source',
  'charts.order.total': 'Total',
  'charts.order.alpha': 'A → Z',
  'charts.order.similarite': 'Similarity',
  'charts.order.canonique.long': 'Order of the source',
  'charts.order.total.long': 'By decreasing total',
  'charts.order.alpha.long': 'Alphabetical',
  'charts.order.similarite.long': 'Territories with similar levers side by side',

  'charts.matrix.rowTotal': 'Levers (actions)',
  'charts.matrix.colTotal': 'Territories (actions)',
  'charts.matrix.cell': '{territory}, {lever}: {count}',
  'charts.matrix.cellHint': 'Enter: select the territory and filter this lever.',
  'charts.matrix.lever': '{lever}: {territories}, {actions}. Enter: filter this lever.',
  'charts.territoryButton': '{territory}: {count}. Enter: select this territory.',

  'charts.axes.total': 'Tags',
  'charts.axes.bar': '{territory}, {axis} axis: {count}',

  'charts.publics.unspecified': 'Not specified',
  'charts.publics.unspecifiedLong': 'Audience not specified by the source',
  'charts.publics.cell': '{territory}, {audience}: {count}',
  'charts.publics.total': 'Total',
  'charts.publics.audience': '{audience}: {count}',
  'charts.publics.filterHint': 'Enter: filter this audience.',

  'charts.similarity.cell': '{a} and {b}: {shared} in common out of {union} ({value})',
  'charts.similarity.empty': '{a} and {b}: no action retained, no comparison',
  'charts.similarity.shared': 'Levers in common',
  'charts.similarity.none': 'No lever in common.',
  'charts.similarity.legend': 'Share of levers in common',
  'charts.similarity.sub': '{shared} in common out of {union} (share: {value})',
  'charts.similarity.rowHint': 'Enter: select this territory.',
  'charts.similarity.levers': '{count}: {list}',
  'charts.similarity.only': '{territory} only:',
  'charts.similarity.tableCell': '{shared} of {union} ({value})',

  'charts.frequency.territories': 'Territories',
  'charts.frequency.actions': 'Actions',
  'charts.frequency.bar': '{lever}: {territories} out of {n}, {actions}. Enter: filter this lever.',

  'charts.tooltip.more': '+ {n} left out by the filters',
  'charts.tooltip.gloss': 'Atlas translation',
  'charts.tooltip.none': 'No action.',

  'charts.table.show': 'Data table',
  'charts.table.territory': 'Territory',
  'charts.table.lever': 'Lever',
  'charts.table.distinct': 'Distinct levers',
  'charts.table.actions': 'Actions',
  'charts.table.territories': 'Territories using it',
  'charts.table.leverActions': 'Actions using it',
  'charts.table.total': 'Total tags',
  'charts.table.audienceTotal': 'Total',
  'charts.table.similarity':
    'Levers in common between two territories, out of the levers either one uses, then their share in brackets (on the diagonal, a territory with itself).',

  'charts.export.label': 'Download',
  'charts.export.svg': 'SVG image',
  'charts.export.png': 'PNG image',
  'charts.export.csv': 'CSV data',
  'charts.export.failed': 'The export failed. Try again; if it keeps failing, reload the page.',

  'charts.count.actions.one': '{n} action',
  'charts.count.actions.other': '{n} actions',
  'charts.count.levers.one': '{n} lever',
  'charts.count.levers.other': '{n} levers',
  'charts.count.territories.one': '{n} territory',
  'charts.count.territories.other': '{n} territories',
  'charts.count.tags.one': '{n} tag',
  'charts.count.tags.other': '{n} tags',
};

// Importing the charts' strings registers them: every chart module reaches this file through ChartsView
// or its parts, so the keys exist before any chart renders.
registerMessages(chartsFr, chartsEn);
