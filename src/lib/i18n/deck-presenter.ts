/**
 * The presenter view (#16, src/lib/share/deck/PresenterView.svelte): the second window's page. In its own
 * lazy chunk, registered when it loads (see deck.ts). French goes through `frenchTypography`: plain spaces
 * before « : ; ! ? ».
 */
import { registerMessages } from './messages';

export const deckPresenterFr = {
  'presenterView.heading': 'Vue présentateur',
  'presenterView.docTitle': 'Vue présentateur — {title}',
  'presenterView.progress': 'Diapositive {n} / {total}',
  'presenterView.progressLabel': 'Diapositive {n} sur {total}',
  'presenterView.announce': 'Diapositive {n} sur {total} : {title}',
  'presenterView.current': 'À l’écran',
  'presenterView.next': 'Ensuite',
  'presenterView.end': 'Fin de la présentation',
  'presenterView.notes': 'Notes',
  'presenterView.noNotes': 'Pas de notes pour cette diapositive.',
  'presenterView.elapsed': 'Temps écoulé',
  'presenterView.startedAt': 'depuis le début de la présentation, à {time}',
  'presenterView.prev': 'Précédente',
  'presenterView.nextButton': 'Suivante',
  'presenterView.keys':
    '→, Espace ou Page suivante : suivante · ← ou Page précédente : précédente · Début, Fin',
  'presenterView.waiting': 'Connexion à la fenêtre de présentation…',
  'presenterView.noAnswer':
    'La fenêtre de présentation ne répond pas. Lancez « Présenter » dans l’atlas, puis « Vue présentateur ».',
  'presenterView.closed': 'La fenêtre de présentation est fermée.',
  'presenterView.ended': 'La présentation est terminée.',
  'presenterView.closeHint': 'Vous pouvez fermer cette fenêtre.',
  'presenterView.closeWindow': 'Fermer cette fenêtre',
  'presenterView.showAtlas': 'Afficher l’atlas dans cette fenêtre',
} as const;

export const deckPresenterEn: Record<keyof typeof deckPresenterFr, string> = {
  'presenterView.heading': 'Presenter view',
  'presenterView.docTitle': 'Presenter view — {title}',
  'presenterView.progress': 'Slide {n} / {total}',
  'presenterView.progressLabel': 'Slide {n} of {total}',
  'presenterView.announce': 'Slide {n} of {total}: {title}',
  'presenterView.current': 'On screen',
  'presenterView.next': 'Next',
  'presenterView.end': 'End of the presentation',
  'presenterView.notes': 'Notes',
  'presenterView.noNotes': 'No notes for this slide.',
  'presenterView.elapsed': 'Elapsed time',
  'presenterView.startedAt': 'since the presentation started, at {time}',
  'presenterView.prev': 'Previous',
  'presenterView.nextButton': 'Next',
  'presenterView.keys': '→, Space or Page Down: next · ← or Page Up: previous · Home, End',
  'presenterView.waiting': 'Connecting to the presentation window…',
  'presenterView.noAnswer':
    'The presentation window does not answer. Start “Present” in the atlas, then “Presenter view”.',
  'presenterView.closed': 'The presentation window is closed.',
  'presenterView.ended': 'The presentation has ended.',
  'presenterView.closeHint': 'You can close this window.',
  'presenterView.closeWindow': 'Close this window',
  'presenterView.showAtlas': 'Show the atlas in this window',
};

registerMessages(deckPresenterFr, deckPresenterEn);
