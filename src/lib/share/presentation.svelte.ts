/**
 * Presenting: the atlas in projector style, full screen where the browser allows it (an iframe needs
 * `allow="fullscreen"`; the tour works without it). Leaving full screen with the browser's own Escape ends
 * the presentation too.
 */
export class Presentation {
  on = $state(false);
  /** The slide it starts from. */
  from = 0;
  /** The button that started it: the focus goes back there when it ends. */
  #trigger: HTMLElement | undefined;
  readonly #root: () => HTMLElement | undefined;

  constructor(root: () => HTMLElement | undefined) {
    this.#root = root;
  }

  async start(from = 0, trigger?: HTMLElement): Promise<void> {
    this.from = from;
    this.#trigger = trigger;
    this.on = true;
    const root = this.#root();
    if (root && document.fullscreenEnabled && !document.fullscreenElement) {
      await root.requestFullscreen().catch(() => undefined);
    }
  }

  stop(): void {
    this.on = false;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const trigger = this.#trigger;
    requestAnimationFrame(() => trigger?.focus());
  }

  /** Follows the browser's full screen; returns the listener's removal. */
  listen(): () => void {
    const onChange = () => {
      if (!document.fullscreenElement && this.on) this.stop();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }
}
