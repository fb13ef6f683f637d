/**
 * The presenter window's page (#16): src/main.ts imports this instead of mounting the atlas when the
 * window is the one the presenting atlas opened (`window.name` is `PRESENTER_WINDOW` and it has an
 * opener). A lazy chunk of its own: the first screen pays only main.ts's test of the window's name.
 */
import { mount } from 'svelte';

import PresenterView from './PresenterView.svelte';

export function mountPresenter(target: HTMLElement): void {
  target.replaceChildren();
  mount(PresenterView, { target });
}
