/**
 * The user's deck (#16, src/lib/share/deck/): slides' default titles, the ready-made deck, the offer of a
 * deck kept on this computer, the link's limit, and the notice's reasons for a `diapos` value it could not
 * read. They live in the deck's lazy chunk and are registered when it loads, like the charts'; French goes
 * through `frenchTypography` in messages.ts, so write plain spaces before « : ; ! ? ». Counts come as
 * `.one` / `.other` pairs, with an optional `.zero`.
 */
import { registerMessages } from './messages';

export const deckFr = {
  'deck.count.actions.one': '{n} action',
  'deck.count.actions.other': '{n} actions',
  'deck.count.levers.one': '{n} levier',
  'deck.count.levers.other': '{n} leviers',
  'deck.count.territories.one': '{n} territoire',
  'deck.count.territories.other': '{n} territoires',
  'deck.count.shared.zero': 'aucun levier commun',
  'deck.count.shared.one': '{n} levier commun',
  'deck.count.shared.other': '{n} leviers communs',
  'deck.count.slides.one': '{n} diapositive',
  'deck.count.slides.other': '{n} diapositives',

  'deck.title.overview': 'Vue d’ensemble : {actions}, {territories}',
  'deck.title.overviewFiltered': '{filters} : {actions}, {territories}',
  'deck.title.territory': '{name} : {actions}, {levers}',
  'deck.title.territoryFiltered': '{name}, {filters} : {actions}, {levers}',
  'deck.title.compare': '{names} : {shared}',
  'deck.title.with': '{title} — {more}',
  'deck.filters.query': '« {q} »',
  'deck.filters.more.one': '{list} et {n} autre filtre',
  'deck.filters.more.other': '{list} et {n} autres filtres',

  'deck.ready.name': 'La Fabrique en {n} diapositives',
  'deck.ready.overviewNotes':
    'Huit Territoires d’industrie de la Fabrique prospective (ANCT, 2023–2024) et les {actions} qu’ils ont nommées pour recruter dans l’industrie.',
  'deck.ready.territoryNotes': '{name} {strategy}. {actions}, {levers}.',
  'deck.ready.matriceNotes':
    'Une ligne par territoire, une colonne par levier : les leviers que chaque territoire mobilise, et ceux qu’ils partagent.',

  'deck.resume.one': 'Reprendre la présentation enregistrée ({n} diapositive)',
  'deck.resume.other': 'Reprendre la présentation enregistrée ({n} diapositives)',
  'deck.linkTooLong':
    'Avec cette présentation, le lien dépasserait {max} caractères ({n}) : enregistrez-la plutôt en fichier .json.',

  'notice.reason.deck-damaged': 'présentation illisible : incomplète ou abîmée',
  'notice.reason.deck-version': 'présentation d’une version plus récente de l’atlas',
  'notice.reason.deck-too-many': 'au plus 30 diapositives',
  'notice.reason.deck-too-long': 'titre de plus de 120 caractères ou notes de plus de 1\u202F000',
  'notice.reason.deck-bad-view': 'une diapositive montre une vue que l’atlas ne connaît pas',
  'notice.reason.deck-unsupported': 'ce navigateur ne sait pas décompresser cette présentation',
} as const;

export const deckEn: Record<keyof typeof deckFr, string> = {
  'deck.count.actions.one': '{n} action',
  'deck.count.actions.other': '{n} actions',
  'deck.count.levers.one': '{n} lever',
  'deck.count.levers.other': '{n} levers',
  'deck.count.territories.one': '{n} territory',
  'deck.count.territories.other': '{n} territories',
  'deck.count.shared.zero': 'no shared lever',
  'deck.count.shared.one': '{n} shared lever',
  'deck.count.shared.other': '{n} shared levers',
  'deck.count.slides.one': '{n} slide',
  'deck.count.slides.other': '{n} slides',

  'deck.title.overview': 'Overview: {actions}, {territories}',
  'deck.title.overviewFiltered': '{filters}: {actions}, {territories}',
  'deck.title.territory': '{name}: {actions}, {levers}',
  'deck.title.territoryFiltered': '{name}, {filters}: {actions}, {levers}',
  'deck.title.compare': '{names}: {shared}',
  'deck.title.with': '{title} — {more}',
  'deck.filters.query': '“{q}”',
  'deck.filters.more.one': '{list} and {n} more filter',
  'deck.filters.more.other': '{list} and {n} more filters',

  'deck.ready.name': 'The Fabrique in {n} slides',
  'deck.ready.overviewNotes':
    'Eight Territoires d’industrie of the Fabrique prospective (ANCT, 2023–2024) and the {actions} they named to recruit for industry.',
  'deck.ready.territoryNotes': '{name} {strategy}. {actions}, {levers}.',
  'deck.ready.matriceNotes':
    'One row per territory, one column per lever: the levers each territory uses, and those they share.',

  'deck.resume.one': 'Resume the saved presentation ({n} slide)',
  'deck.resume.other': 'Resume the saved presentation ({n} slides)',
  'deck.linkTooLong':
    'With this presentation the link would pass {max} characters ({n}): save it as a .json file instead.',

  'notice.reason.deck-damaged': 'presentation unreadable: incomplete or damaged',
  'notice.reason.deck-version': 'presentation from a newer version of the atlas',
  'notice.reason.deck-too-many': '30 slides at most',
  'notice.reason.deck-too-long': 'a title over 120 characters or notes over 1,000',
  'notice.reason.deck-bad-view': 'a slide shows a view the atlas does not know',
  'notice.reason.deck-unsupported': 'this browser cannot decompress this presentation',
};

registerMessages(deckFr, deckEn);
