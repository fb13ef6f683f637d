/**
 * Every string the interface shows, in French (the reference) and English. The English table is typed
 * against the French one, so a missing key fails `svelte-check`; a unit test checks it at run time too.
 * French strings follow DOMAIN.md's typography: ’ and U+202F before « : ; ! ? » and inside « ».
 */
import { frenchTypography } from '../data/typography';
import { chartsEn, chartsFr } from './charts';
import { panelsEn, panelsFr } from './panels';

const frSource = {
  'app.title': 'Atlas de la Fabrique prospective « industrie »',
  'app.subtitle': 'Comment huit Territoires d’industrie recrutent pour l’industrie (ANCT, 2023–2024)',
  'app.loading': 'Chargement de la carte…',
  'skip.map': 'Aller à la carte',
  'skip.panel': 'Aller au panneau',
  'skip.charts': 'Aller aux graphiques',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read this atlas in English',
  'territories.heading': 'Les huit territoires',
  'territories.count': '{n} territoires',
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
  'map.loadError':
    'Le fond de carte n’a pas pu être chargé ({detail}). La liste des territoires reste utilisable.',
  'notice.dismiss': 'Fermer l’avis',
  'notice.dropped': 'Une partie du lien n’a pas été appliquée :',
  'notice.reason.unknown-param': 'paramètre inconnu',
  'notice.reason.bad-value': 'valeur non reconnue',
  'notice.reason.repeated': 'paramètre répété',
  'notice.reason.too-many': 'au plus quatre territoires',
  'notice.reason.too-few': 'au moins deux territoires',
  'notice.reason.too-long': 'texte trop long, tronqué',
  'footer.a11y': 'Accessibilité : partiellement conforme',
  'footer.legal': 'Mentions légales',
  'footer.data': 'Données et licences',
  'footer.source':
    'Source : CNER, cner-france.com/?p=1331 (Fabrique prospective ANCT, 2023–2024) ; classement des actions : l’atlas',
  'panel.overview': 'Vue d’ensemble',
  'panel.close': 'Fermer',
  'panel.actionsCount': '{n} actions nommées',
  'views.label': 'Vue',
  'views.map': 'Carte',
  'views.charts': 'Graphiques',
  ...panelsFr,
  ...chartsFr,
} as const;

export type MessageKey = keyof typeof frSource;

/** French strings go through the same typography function as the data, so no narrow space is forgotten. */
const fr = Object.fromEntries(Object.entries(frSource).map(([k, v]) => [k, frenchTypography(v)])) as Record<
  MessageKey,
  string
>;

const en: Record<MessageKey, string> = {
  'app.title': 'Atlas of the “industry” Fabrique prospective',
  'app.subtitle': 'How eight Territoires d’industrie recruit for industry (ANCT, 2023–2024)',
  'app.loading': 'Loading the map…',
  'skip.map': 'Skip to the map',
  'skip.panel': 'Skip to the panel',
  'skip.charts': 'Skip to the charts',
  'lang.switch': 'Français',
  'lang.switchLabel': 'Lire cet atlas en français',
  'territories.heading': 'The eight territories',
  'territories.count': '{n} territories',
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
  'map.loadError': 'The base map could not be loaded ({detail}). The list of territories still works.',
  'notice.dismiss': 'Dismiss notice',
  'notice.dropped': 'Part of the link was not applied:',
  'notice.reason.unknown-param': 'unknown parameter',
  'notice.reason.bad-value': 'value not recognised',
  'notice.reason.repeated': 'repeated parameter',
  'notice.reason.too-many': 'four territories at most',
  'notice.reason.too-few': 'two territories at least',
  'notice.reason.too-long': 'text too long, cut',
  'footer.a11y': 'Accessibility: partially compliant',
  'footer.legal': 'Legal notice',
  'footer.data': 'Data and licences',
  'footer.source':
    'Source: CNER, cner-france.com/?p=1331 (ANCT Fabrique prospective, 2023–2024); classification of actions: the atlas',
  'panel.overview': 'Overview',
  'panel.close': 'Close',
  'panel.actionsCount': '{n} named actions',
  'views.label': 'View',
  'views.map': 'Map',
  'views.charts': 'Charts',
  ...panelsEn,
  ...chartsEn,
};

export const messages = { fr, en } as const;

export type Vars = Record<string, string | number>;

/** Looks a message up and fills its {placeholders}; numbers are formatted for the locale. */
export function translate(lang: 'fr' | 'en', key: MessageKey, vars?: Vars): string {
  const template: string = messages[lang][key];
  if (!vars) return template;
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v;
  });
}
