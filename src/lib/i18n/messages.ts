/**
 * Every string the interface shows, in French (the reference) and English. The English table is typed
 * against the French one, so a missing key fails `svelte-check`; a unit test checks it at run time too.
 * French strings follow DOMAIN.md's typography: ’ and U+202F before « : ; ! ? » and inside « ».
 */
import { frenchTypography } from './typography';
import { formatNumber } from './intl';
import { briefOverviewEn, briefOverviewFr } from './brief-overview';
import { loadEn, loadFr } from './load';
import { panelsEn, panelsFr } from './panels';

const frSource = {
  'app.title': 'Atlas de la Fabrique prospective « industrie »',
  'app.subtitle': 'Comment huit Territoires d’industrie recrutent pour l’industrie (ANCT, 2023–2024)',
  'app.loading': 'Chargement…',
  'skip.map': 'Aller à la carte',
  'skip.panel': 'Aller au panneau',
  'skip.charts': 'Aller aux graphiques',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read this atlas in English',
  'territories.heading': 'Les huit territoires',
  'map.label': 'Carte des huit territoires de la Fabrique prospective',
  'map.region': 'Carte',
  'map.zoomIn': 'Zoomer',
  'map.zoomOut': 'Dézoomer',
  'map.france': 'France entière',
  'map.fitTerritory': 'Centrer sur {name}',
  'map.attribution': 'Fonds : IGN, INSEE, ANCT — Licence Ouverte 2.0',
  'map.scale': 'Échelle',
  'map.svgNote': 'Carte allégée affichée : ce navigateur n’offre pas WebGL.',
  'map.layerTi': 'Territoires d’industrie ({n} en métropole)',
  'map.layerTiNote': '{n} territoires d’industrie d’outre-mer ne figurent pas sur cette carte : {names}.',
  'map.layerTiLoading': 'Chargement des Territoires d’industrie…',
  'map.markerLabel': '{name} : {strategy}',
  'map.keysHelp': 'Flèches : territoire voisin · Entrée : ouvrir',
  'map.numberKey': 'Numéros des territoires',
  'map.offscreen': 'hors de la vue',
  'notice.dismiss': 'Fermer l’avis',
  'notice.more': 'et {n} de plus.',
  'notice.dropped': 'Une partie du lien n’a pas été appliquée :',
  'notice.reason.unknown-param': 'paramètre inconnu',
  'notice.reason.bad-value': 'valeur non reconnue',
  'notice.reason.repeated': 'paramètre répété',
  'notice.reason.too-many': 'au plus quatre territoires',
  'notice.reason.too-few': 'au moins deux territoires',
  'notice.reason.too-long': 'texte trop long, tronqué',
  'notice.reason.bad-encoding': 'caractères mal codés, séquence % invalide',
  'notice.reason.needs-territoire':
    'une fiche a besoin du paramètre territoire, par exemple territoire=nord-loiret',
  'notice.reason.card-one-territory': 'une fiche montre un seul territoire, sans comparaison',
  'notice.reason.not-in-embed': 'sans effet dans ce mode d’intégration',
  'footer.a11y': 'Accessibilité : non conforme',
  'footer.legal': 'Mentions légales',
  'footer.data': 'Données et licences',
  'footer.source':
    'Source : CNER, cner-france.com/?p=1331 (Fabrique prospective ANCT, 2023–2024) ; classement des actions : l’atlas',
  'panel.label': 'Panneau d’information',
  'title.compare': 'Comparaison',
  'title.method': 'Méthode',
  'title.charts': 'Graphiques',
  'panel.close': 'Fermer',
  'panel.actionsCount': '{n} actions nommées',
  'views.label': 'Vue',
  'views.map': 'Carte',
  'views.charts': 'Graphiques',
  'skip.label': 'Liens d’évitement',
  'footer.sourceShort': 'Source : CNER (Fabrique prospective ANCT, 2023–2024) ; classement : l’atlas',
  'embed.open': 'Intégrer',
  'embed.title': 'Intégrer cette vue',
  'embed.kind': 'Contenu',
  'embed.kind.carte': 'La carte',
  'embed.kind.graphique': 'Le graphique',
  'embed.kind.fiche': 'La fiche du territoire',
  'embed.kind.atlas': 'L’atlas entier',
  'embed.static': 'Figé (pour une diapositive)',
  'embed.transparent': 'Fond transparent',
  'embed.theme': 'Thème',
  'embed.theme.page': 'Celui du visiteur',
  'embed.theme.auto': 'Automatique',
  'embed.theme.light': 'Clair',
  'embed.theme.dark': 'Sombre',
  'embed.link': 'Lien vers cette vue',
  'embed.code': 'Code d’intégration (iframe)',
  'embed.copy': 'Copier',
  'embed.copied': 'Copié dans le presse-papiers.',
  'embed.resize': 'Script facultatif d’ajustement de hauteur',
  'embed.openFull': 'Ouvrir l’atlas complet ↗',
  'present.start': 'Présenter',
  // The header's deck buttons are on the first screen, so that the header keeps its height when the deck's code arrives (#16).
  'deck.ui.add': 'Ajouter à la présentation',
  'deck.ui.mine': 'Ma présentation',
  'deck.ui.openLabel.one': 'Ma présentation ({count} diapositive)',
  'deck.ui.openLabel.other': 'Ma présentation ({count} diapositives)',
  'present.label': 'Présentation',
  'present.prev': 'Étape précédente',
  'present.next': 'Étape suivante',
  'present.auto': 'Avance automatique',
  'present.exit': 'Quitter',
  'present.overview': 'Vue d’ensemble',
  'present.chart.matrice': 'Matrice des leviers',
  'present.chart.axes': 'Profil par axe',
  'present.chart.publics': 'Publics visés',
  'present.chart.similarite': 'Similarité des stratégies',
  'present.chart.frequence': 'Fréquence des leviers',
  'map.coopWheel': 'Maintenez Ctrl (⌘ sur Mac) et faites défiler pour zoomer la carte',
  'map.coopTouch': 'Utilisez deux doigts pour déplacer la carte',
  'export.open': 'Exporter',
  'export.slide': 'Diapositive de la carte (PNG 3840 × 2160)',
  'export.slideCompare': 'Diapositive de la comparaison (PNG 3840 × 2160)',
  'export.slideChart': 'Diapositive du graphique «\u202F{chart}\u202F» (PNG 3840 × 2160)',
  'export.card': 'Fiche du territoire (PNG)',
  'export.offline': 'Télécharger l’atlas hors ligne (1 fichier, {size})',
  'export.megabytes': 'Mo',
  'export.csv': 'Données de la vue (CSV)',
  'export.json': 'Données de la vue (JSON)',
  'export.working': 'Export en cours…',
  'export.done': 'Fichier prêt : {file}',
  'export.failed': 'L’export a échoué. Réessayez ; si l’échec persiste, rechargez la page.',
  ...panelsFr,
  ...loadFr,
  ...briefOverviewFr,
} as const;

/**
 * The charts', the « Intégrer » dialog's, the lazy panel views', the map's territory detail's, the
 * search chunk's and the lazy views' « En bref » strings live in their chunks (charts.ts, embed.ts,
 * panels-views.ts, map-detail.ts, search.ts, brief.ts) and are registered when they load; the prerendered
 * first screen's own (first-screen.ts) only in the build's server render.
 */
type LazyKey =
  | keyof typeof import('./charts').chartsFr
  | keyof typeof import('./embed').embedFr
  | keyof typeof import('./panels-views').panelsViewsFr
  | keyof typeof import('./map-detail').mapDetailFr
  | keyof typeof import('./search').searchFr
  | keyof typeof import('./deck').deckFr
  | keyof typeof import('./deck-ui').deckUiFr
  | keyof typeof import('./deck-alt').deckAltFr
  | keyof typeof import('./deck-presenter').deckPresenterFr
  | keyof typeof import('./brief').briefFr
  | keyof typeof import('./first-screen').firstScreenFr;
export type MessageKey = keyof typeof frSource | LazyKey;

/**
 * French strings go through the same typography function as the data, so no narrow space is forgotten:
 * each the first time it is read (typesetting all of them up front cost the first paint ~25 ms).
 */
const frRaw: Record<string, string> = { ...frSource };
const frTypeset = new Map<string, string>();
const fr = new Proxy(frRaw, {
  get(target, key) {
    if (typeof key !== 'string' || !(key in target)) return undefined;
    let text = frTypeset.get(key);
    if (text === undefined) frTypeset.set(key, (text = frenchTypography(target[key]!)));
    return text;
  },
}) as Record<MessageKey, string>;

const en: Record<keyof typeof frSource, string> & Partial<Record<LazyKey, string>> = {
  'app.title': 'Atlas of the “industry” Fabrique prospective',
  'app.subtitle': 'How eight Territoires d’industrie recruit for industry (ANCT, 2023–2024)',
  'app.loading': 'Loading…',
  'skip.map': 'Skip to the map',
  'skip.panel': 'Skip to the panel',
  'skip.charts': 'Skip to the charts',
  'lang.switch': 'Français',
  'lang.switchLabel': 'Lire cet atlas en français',
  'territories.heading': 'The eight territories',
  'map.label': 'Map of the eight territories of the Fabrique prospective',
  'map.region': 'Map',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.france': 'Whole of France',
  'map.fitTerritory': 'Centre on {name}',
  'map.attribution': 'Base map: IGN, INSEE, ANCT — Licence Ouverte 2.0',
  'map.scale': 'Scale',
  'map.svgNote': 'Light map shown: this browser does not offer WebGL.',
  'map.layerTi': 'Territoires d’industrie ({n} in mainland France)',
  'map.layerTiNote': '{n} overseas Territoires d’industrie are not on this map: {names}.',
  'map.layerTiLoading': 'Loading the Territoires d’industrie…',
  'map.markerLabel': '{name}: {strategy}',
  'map.keysHelp': 'Arrows: nearby territory · Enter: open',
  'map.numberKey': 'Territory numbers',
  'map.offscreen': 'outside the view',
  'notice.dismiss': 'Dismiss notice',
  'notice.more': 'and {n} more.',
  'notice.dropped': 'Part of the link was not applied:',
  'notice.reason.unknown-param': 'unknown parameter',
  'notice.reason.bad-value': 'value not recognised',
  'notice.reason.repeated': 'repeated parameter',
  'notice.reason.too-many': 'four territories at most',
  'notice.reason.too-few': 'two territories at least',
  'notice.reason.too-long': 'text too long, cut',
  'notice.reason.bad-encoding': 'badly encoded characters, invalid % sequence',
  'notice.reason.needs-territoire': 'a card needs the territoire parameter, e.g. territoire=nord-loiret',
  'notice.reason.card-one-territory': 'a card shows one territory, no comparison',
  'notice.reason.not-in-embed': 'no effect in this embed mode',
  'footer.a11y': 'Accessibility: non-compliant (not yet audited)',
  'footer.legal': 'Legal notice',
  'footer.data': 'Data and licences',
  'footer.source':
    'Source: CNER, cner-france.com/?p=1331 (ANCT Fabrique prospective, 2023–2024); classification of actions: the atlas',
  'panel.label': 'Information panel',
  'title.compare': 'Comparison',
  'title.method': 'Method',
  'title.charts': 'Charts',
  'panel.close': 'Close',
  'panel.actionsCount': '{n} named actions',
  'views.label': 'View',
  'views.map': 'Map',
  'views.charts': 'Charts',
  'skip.label': 'Skip links',
  'footer.sourceShort': 'Source: CNER (ANCT Fabrique prospective, 2023–2024); classification: the atlas',
  'embed.open': 'Embed',
  'embed.title': 'Embed this view',
  'embed.kind': 'Content',
  'embed.kind.carte': 'The map',
  'embed.kind.graphique': 'The chart',
  'embed.kind.fiche': 'The territory card',
  'embed.kind.atlas': 'The whole atlas',
  'embed.static': 'Static (for a slide)',
  'embed.transparent': 'Transparent background',
  'embed.theme': 'Theme',
  'embed.theme.page': 'The visitor’s',
  'embed.theme.auto': 'Automatic',
  'embed.theme.light': 'Light',
  'embed.theme.dark': 'Dark',
  'embed.link': 'Link to this view',
  'embed.code': 'Embed code (iframe)',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied to the clipboard.',
  'embed.resize': 'Optional height-adjusting script',
  'embed.openFull': 'Open the full atlas ↗',
  'present.start': 'Present',
  'deck.ui.add': 'Add to presentation',
  'deck.ui.mine': 'My presentation',
  'deck.ui.openLabel.one': 'My presentation ({count} slide)',
  'deck.ui.openLabel.other': 'My presentation ({count} slides)',
  'present.label': 'Presentation',
  'present.prev': 'Previous step',
  'present.next': 'Next step',
  'present.auto': 'Advance automatically',
  'present.exit': 'Exit',
  'present.overview': 'Overview',
  'present.chart.matrice': 'Lever matrix',
  'present.chart.axes': 'Profile by axis',
  'present.chart.publics': 'Audiences',
  'present.chart.similarite': 'Similarity of strategies',
  'present.chart.frequence': 'Lever frequency',
  'map.coopWheel': 'Hold Ctrl (⌘ on a Mac) and scroll to zoom the map',
  'map.coopTouch': 'Use two fingers to move the map',
  'export.open': 'Export',
  'export.slide': 'Slide of the map (PNG 3840 × 2160)',
  'export.slideCompare': 'Slide of the comparison (PNG 3840 × 2160)',
  'export.slideChart': 'Slide of the “{chart}” chart (PNG 3840 × 2160)',
  'export.card': 'Territory card (PNG)',
  'export.offline': 'Download the offline atlas (1 file, {size})',
  'export.megabytes': 'MB',
  'export.csv': 'Data of this view (CSV)',
  'export.json': 'Data of this view (JSON)',
  'export.working': 'Exporting…',
  'export.done': 'File ready: {file}',
  'export.failed': 'The export failed. Try again; if it keeps failing, reload the page.',
  ...panelsEn,
  ...loadEn,
  ...briefOverviewEn,
};

export const messages = { fr, en: en as Record<MessageKey, string> } as const;

/** Adds a lazy chunk's strings (the charts'); French goes through the same typography. */
export function registerMessages(frExtra: Record<string, string>, enExtra: Record<string, string>): void {
  Object.assign(frRaw, frExtra);
  for (const key of Object.keys(frExtra)) frTypeset.delete(key);
  Object.assign(en, enExtra);
}

export type Vars = Record<string, string | number>;

/** Looks a message up and fills its {placeholders}; numbers are formatted for the locale. */
export function translate(lang: 'fr' | 'en', key: MessageKey, vars?: Vars): string {
  // A key whose chunk has not loaded shows as itself rather than throwing.
  const template: string = messages[lang][key] ?? key;
  if (!vars) return template;
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}
