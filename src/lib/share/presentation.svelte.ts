/**
 * Presenting: the atlas in projector style, full screen where the browser allows it (an iframe needs
 * `allow="fullscreen"`; the tour works without it). Leaving full screen with the browser's own Escape ends
 * the presentation too.
 */
export class Presentation {
  on = $state(false);
  readonly #root: () => HTMLElement | undefined;

  constructor(root: () => HTMLElement | undefined) {
    this.#root = root;
  }

  async start(): Promise<void> {
    this.on = true;
    const root = this.#root();
    if (root && document.fullscreenEnabled && !document.fullscreenElement) {
      await root.requestFullscreen().catch(() => undefined);
    }
  }

  stop(): void {
    this.on = false;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }

  /** Follows the browser's full screen; returns the listener's removal. */
  listen(): () => void {
    const onChange = () => {
      if (!document.fullscreenElement && this.on) this.on = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }
}
