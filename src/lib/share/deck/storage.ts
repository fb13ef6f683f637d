/**
 * The last deck kept on this computer (#16): the standalone atlas may keep it in `localStorage`, as its
 * .json file (codec.ts, the same checks). A deck in the link wins; a different kept deck is offered
 * (« Reprendre la présentation enregistrée (5 diapositives) »), never applied by itself. Embeds never read
 * nor write storage: an iframe's storage is its host's visitor's, not the atlas's to fill.
 * Storage that is missing, blocked (a sandboxed frame, a private window) or full is a deck not kept, never
 * an error.
 */
import type { Lang } from '../../state/url';
import { deckFromJson, deckToJson } from './codec';
import { count, viewQuery, type Deck } from './deck';

export const DECK_STORAGE_KEY = 'atlas-fabrique.presentation';

export interface DeckStore {
  /** The kept deck, or `null`: none, unreadable (a future version's is left as it is), refused, or an embed. */
  read(): Deck | null;
  /** Keeps `deck` (an empty one removes the kept deck); `false` when refused: an embed, or storage blocked or full. */
  write(deck: Deck): boolean;
}

/**
 * The store of `storage` (a getter, as reading `localStorage` itself throws where it is blocked) under
 * `key`; `embed`: the atlas is embedded, so the store refuses everything and touches nothing.
 */
export function deckStorage(
  storage: () => Storage | null | undefined,
  { embed }: { embed: boolean },
  key = DECK_STORAGE_KEY,
): DeckStore {
  const get = (): Storage | null => {
    if (embed) return null;
    try {
      return storage() ?? null;
    } catch {
      return null;
    }
  };
  return {
    read() {
      const s = get();
      if (!s) return null;
      try {
        const text = s.getItem(key);
        if (text === null) return null;
        const decoded = deckFromJson(text);
        return decoded.ok ? decoded.deck : null;
      } catch {
        return null;
      }
    },
    write(deck) {
      const s = get();
      if (!s) return false;
      try {
        if (deck.slides.length) s.setItem(key, deckToJson(deck));
        else s.removeItem(key);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Whether two decks say the same (language, and each slide's view, title and notes; ids aside). */
export function sameDeck(a: Deck, b: Deck): boolean {
  const text = (d: Deck) =>
    JSON.stringify([d.lang, ...d.slides.map((s) => [viewQuery(s.view), s.title, s.notes])]);
  return text(a) === text(b);
}

/**
 * The kept deck to offer beside `current` (the link's deck, or `null` when the link has none): the kept one
 * when it has slides and says something else; `null`: nothing to offer.
 */
export function deckToOffer(current: Deck | null, kept: Deck | null): Deck | null {
  if (!kept || kept.slides.length === 0) return null;
  return current && sameDeck(current, kept) ? null : kept;
}

/** « Reprendre la présentation enregistrée (5 diapositives) », in the interface's language. */
export const resumeLabel = (lang: Lang, deck: Deck): string => count(lang, 'deck.resume', deck.slides.length);
