/**
 * The ready-made deck (#16): the presentation tour's steps (share/tour.ts, PRODUCT.md's canonical order)
 * as a deck users start from and edit, « La Fabrique en 10 diapositives » — the overview, the eight
 * territories, and of the tour's five charts the lever matrix, which sums them up. Titles are the tour's
 * own (the overview, each territory's name, the chart's name); notes say what the slide shows, from the
 * data, in the deck's language.
 */
import { actions, territoryById } from '../../data';
import { defaultUrlState, type Lang } from '../../state/url';
import { TOUR, applyStep, type Step } from '../tour';
import { DECK_VERSION, cleanNotes, cleanTitle, count, say, viewOf, type Deck, type Slide } from './deck';

/** The tour's steps the ready-made deck keeps, in the tour's order. */
export const READY_MADE_STEPS: readonly Step[] = TOUR.filter(
  (s) => s.kind !== 'chart' || s.chart === 'matrice',
);

function stepTitle(step: Step, lang: Lang): string {
  if (step.kind === 'overview') return say(lang, 'present.overview');
  if (step.kind === 'territory') return territoryById.get(step.id)?.shortName ?? step.id;
  return say(lang, `present.chart.${step.chart}`);
}

function stepNotes(step: Step, lang: Lang): string {
  if (step.kind === 'overview')
    return say(lang, 'deck.ready.overviewNotes', {
      actions: count(lang, 'deck.count.actions', actions.length),
    });
  if (step.kind === 'chart') return say(lang, 'deck.ready.matriceNotes');
  const t = territoryById.get(step.id)!;
  const own = actions.filter((a) => a.territory === step.id);
  return say(lang, 'deck.ready.territoryNotes', {
    name: t.shortName,
    strategy: lang === 'fr' ? t.strategy.text : t.strategy.en,
    actions: count(lang, 'deck.count.actions', own.length),
    levers: count(lang, 'deck.count.levers', new Set(own.flatMap((a) => a.levers)).size),
  });
}

/** The ready-made deck in `lang`: a fresh deck, ids 1 to 10, to edit like any other. */
export function readyMadeDeck(lang: Lang): Deck {
  const slides = READY_MADE_STEPS.map((step, i): Slide => {
    const url = defaultUrlState();
    applyStep(url, step);
    return {
      id: (i + 1).toString(36),
      view: viewOf(url),
      title: cleanTitle(stepTitle(step, lang)),
      notes: cleanNotes(stepNotes(step, lang)),
    };
  });
  return { version: DECK_VERSION, lang, slides };
}

/** Its name: « La Fabrique en 10 diapositives », “The Fabrique in 10 slides”. */
export const readyMadeName = (lang: Lang): string =>
  say(lang, 'deck.ready.name', { n: READY_MADE_STEPS.length });
