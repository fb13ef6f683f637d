/**
 * Interface strings of the « Intégrer » dialog (French reference, English typed against it). They live in
 * the dialog's lazy chunk and are registered when it loads, like the charts'; French goes through
 * `frenchTypography` there, so write plain spaces before « : ; ! ? ».
 */
import { registerMessages } from './messages';

export const embedFr = {
  'embed.sandboxHint':
    'L’attribut sandbox donne à l’atlas ce dont il a besoin, rien de plus : allow-scripts et allow-same-origin pour s’exécuter (sous l’origine « null » d’un sandbox sans allow-same-origin, ses scripts, sa police et ses fonds de carte sont refusés), allow-popups et allow-popups-to-escape-sandbox pour ouvrir ses sources et l’atlas complet dans un nouvel onglet, allow-forms pour la comparaison, allow-downloads pour les exports des graphiques.',
  'embed.resizeHint':
    'À coller juste après l’iframe : il ajuste sa hauteur au contenu. Il n’écoute que les messages de cette iframe qui viennent de l’origine de l’atlas, {origin}, inscrite dans le script : une page d’une autre origine chargée dans le cadre ne peut pas le redimensionner.',
} as const;

export const embedEn: Record<keyof typeof embedFr, string> = {
  'embed.sandboxHint':
    'The sandbox attribute gives the atlas what it needs and nothing more: allow-scripts and allow-same-origin to run (under the “null” origin of a sandbox without allow-same-origin, its scripts, font and base maps are refused), allow-popups and allow-popups-to-escape-sandbox to open its sources and the full atlas in a new tab, allow-forms for the comparison, allow-downloads for the charts’ exports.',
  'embed.resizeHint':
    'Paste it right after the iframe: it fits the iframe’s height to its content. It listens only to messages from that iframe that come from the atlas’s origin, {origin}, written into the script: a page from another origin loaded in the frame cannot resize it.',
};

registerMessages(embedFr, embedEn);
