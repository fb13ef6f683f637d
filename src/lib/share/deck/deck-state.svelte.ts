/**
 * One atlas's deck, live (#16): the slides the user builds, kept in step with the link's `diapos` (read on
 * load and on Back / Forward, written after every change), with this computer's copy (the standalone
 * atlas only) and what the deck's list announces. The pure operations are deck.ts's; this class holds
 * their result, the last deletion for « Annuler », and the sentences for the live region.
 * Lazy, like all of share/deck/: App.svelte loads it after the first screen, or at once for a link that
 * carries a deck.
 */
import { untrack } from 'svelte';

import type { AppState } from '../../state/app-state.svelte';
import type { Lang } from '../../state/url';
import { deckFromJson, deckLink, deckToJson, readDiapos, LINK_LIMIT } from './codec';
import {
  MAX_SLIDES,
  addSlide,
  applySlide,
  count,
  deleteSlide,
  duplicateSlide,
  emptyDeck,
  moveSlide,
  renameSlide,
  say,
  setNotes,
  undoDelete,
  viewOf,
  type Deck,
  type Deleted,
  type SlideView,
} from './deck';
import { readyMadeDeck } from './ready-made';
import { deckStorage, deckToOffer, type DeckStore } from './storage';
import '../../i18n/deck-ui';

export interface DeckOptions {
  /** An embed: it may present a deck from its link, never writes storage. */
  embed: boolean;
  /** The view's link without `diapos` (to measure the deck's link against its limit). */
  link: () => string;
}

export class DeckState {
  deck: Deck = $state(emptyDeck('fr'));
  /** The last deletion, for « Annuler » (one level, as the issue asks). */
  deleted: (Deleted & { title: string }) | null = $state(null);
  /** The polite live region's sentence (moves, additions, deletions). */
  said = $state('');
  /** The deck's link length when it would pass the limit (then offer the .json), else 0. */
  tooLong = $state(0);
  /** A different deck kept on this computer, offered, never applied by itself. */
  offer: Deck | null = $state(null);
  /** A .json file that could not be read: the sentence shown. */
  fileError = $state('');
  readonly app: AppState;
  /** Settles once the opening link's deck is read (or dropped). */
  readonly ready: Promise<void>;
  readonly #store: DeckStore;
  readonly #options: DeckOptions;
  /** The `diapos` value this code wrote last: a different one came from a link, Back or Forward. */
  #written = '';
  #version = 0;
  #destroy: () => void;

  constructor(app: AppState, options: DeckOptions) {
    this.app = app;
    this.#options = options;
    this.deck = emptyDeck(untrack(() => app.lang));
    this.#store = deckStorage(() => globalThis.localStorage, { embed: options.embed });
    const raw = untrack(() => app.url.diapos);
    const kept = this.#store.read();
    this.#destroy = $effect.root(() => {
      // A deck the link brings (the opening link, Back, Forward): read it, or drop it with the notice.
      $effect(() => {
        const value = app.url.diapos;
        untrack(() => void this.#read(value));
      });
    });
    if (!raw) {
      this.offer = deckToOffer(null, kept);
      this.ready = Promise.resolve();
    } else
      this.ready = this.#read(raw).then(() => {
        this.offer = deckToOffer(this.deck.slides.length ? this.deck : null, kept);
      });
  }

  destroy(): void {
    this.#destroy();
  }

  get size(): number {
    return this.deck.slides.length;
  }
  get lang(): Lang {
    return this.deck.lang;
  }
  get full(): boolean {
    return this.size >= MAX_SLIDES;
  }

  #reading: { value: string; done: Promise<void> } | null = null;

  #read(value: string): Promise<void> {
    if (this.#reading?.value === value) return this.#reading.done;
    const done = this.#readNow(value).finally(() => {
      if (this.#reading?.done === done) this.#reading = null;
    });
    this.#reading = { value, done };
    return done;
  }

  async #readNow(value: string): Promise<void> {
    if (value === this.#written) return;
    if (!value) {
      // Back to an entry without a deck: the deck goes with it (Forward brings it back).
      this.#written = '';
      if (this.size) this.deck = emptyDeck(this.app.lang);
      return;
    }
    const read = await readDiapos(value);
    if (this.app.url.diapos !== value) return; // the link changed meanwhile
    this.#written = value;
    if (read.ok) {
      this.deck = read.deck;
      this.deleted = null;
    } else {
      this.app.dropped = [...this.app.dropped, read.dropped];
      this.#written = '';
      this.app.url.diapos = '';
    }
  }

  /** Every change goes through here: the deck, then (next frame at worst) its link and its local copy. */
  #set(deck: Deck, said: string): void {
    this.deck = deck;
    this.said = said;
    void this.#publish(deck);
  }

  async #publish(deck: Deck): Promise<void> {
    const version = ++this.#version;
    const link = await deckLink(deck, this.#options.link());
    if (version !== this.#version) return; // a newer change won
    this.tooLong = link.fits ? 0 : link.length;
    const value = link.fits ? link.value : '';
    this.#written = value;
    if (this.app.url.diapos !== value) this.app.url.diapos = value;
    // The kept copy waits while another kept deck is offered: it would be lost before the user chose.
    if (!this.offer) this.#store.write(deck);
  }

  #t(key: Parameters<typeof say>[1], vars?: Parameters<typeof say>[2]): string {
    return say(this.app.lang, key, vars);
  }

  #slides(n: number): string {
    return count(this.app.lang, 'deck.count.slides', n);
  }

  /** « Ajouter à la présentation »: the view on screen, titled for it; false when the deck is full. */
  add(): boolean {
    const view: SlideView = viewOf($state.snapshot(this.app.url));
    // An empty deck takes the interface's language; a deck keeps its own.
    const base = this.size ? this.deck : emptyDeck(this.app.lang);
    const next = addSlide(base, view, undefined, base.slides.length);
    if (!next) {
      this.said = this.#t('deck.ui.full', { max: MAX_SLIDES });
      return false;
    }
    const slide = next.slides.at(-1)!;
    this.#set(
      next,
      this.#t('deck.ui.added', { title: slide.title, count: this.#slides(next.slides.length) }),
    );
    return true;
  }

  move(from: number, to: number): void {
    const next = moveSlide(this.deck, from, to);
    if (next === this.deck) return;
    const slide = this.deck.slides[from]!;
    this.#set(
      next,
      this.#t('deck.ui.moved', {
        title: slide.title,
        n: next.slides.indexOf(slide) + 1,
        total: next.slides.length,
      }),
    );
  }

  duplicate(index: number): void {
    const next = duplicateSlide(this.deck, index);
    if (!next) {
      this.said = this.#t('deck.ui.full', { max: MAX_SLIDES });
      return;
    }
    if (next === this.deck) return;
    this.#set(next, this.#t('deck.ui.duplicated', { n: index + 2, count: this.#slides(next.slides.length) }));
  }

  remove(index: number): void {
    const done = deleteSlide(this.deck, index);
    if (!done) return;
    this.deleted = { ...done.deleted, title: done.deleted.slide.title };
    this.#set(
      done.deck,
      this.#t('deck.ui.deleted', {
        title: done.deleted.slide.title,
        count: this.#slides(done.deck.slides.length),
      }),
    );
  }

  undo(): number | null {
    const d = this.deleted;
    if (!d) return null;
    const next = undoDelete(this.deck, d);
    if (!next) {
      this.said = this.#t('deck.ui.full', { max: MAX_SLIDES });
      return null;
    }
    this.deleted = null;
    const at = Math.min(d.index, next.slides.length - 1);
    this.#set(next, this.#t('deck.ui.restored', { title: d.title, n: at + 1 }));
    return at;
  }

  rename(index: number, title: string): void {
    this.#set(renameSlide(this.deck, index, title), '');
  }

  setNotes(index: number, notes: string): void {
    this.#set(setNotes(this.deck, index, notes), '');
  }

  /** Shows the slide's view in the atlas. */
  open(index: number): void {
    const slide = this.deck.slides[index];
    if (!slide) return;
    applySlide(this.app.url, slide);
  }

  /** The ready-made deck (« La Fabrique en 10 diapositives »), in the interface's language, to edit. */
  startReadyMade(): void {
    const deck = readyMadeDeck(this.app.lang);
    this.deleted = null;
    this.#set(deck, this.#t('deck.ui.replaced', { count: this.#slides(deck.slides.length) }));
  }

  /** Empties the deck (its link and kept copy go too). */
  clear(): void {
    this.deleted = null;
    this.#set(emptyDeck(this.app.lang), this.#t('deck.ui.cleared'));
  }

  /** Takes the kept deck offered, or declines it (the current deck is then kept in its place). */
  resume(take: boolean): void {
    const offered = this.offer;
    this.offer = null;
    if (take && offered) {
      this.deleted = null;
      this.#set(offered, this.#t('deck.ui.replaced', { count: this.#slides(offered.slides.length) }));
    } else this.#store.write(this.deck);
  }

  /** The deck as its small .json file's text. */
  json(): string {
    return deckToJson(this.deck);
  }

  /** Opens a .json file: its deck replaces this one (the notice says why when it cannot be read). */
  openFile(text: string): boolean {
    const read = deckFromJson(text);
    if (!read.ok) {
      this.fileError = `${this.#t('deck.ui.fileError')} ${this.#t(`notice.reason.${read.reason}`)}`;
      this.said = this.fileError;
      return false;
    }
    this.fileError = '';
    this.deleted = null;
    this.#set(read.deck, this.#t('deck.ui.replaced', { count: this.#slides(read.deck.slides.length) }));
    return true;
  }
}

export { LINK_LIMIT };
