/**
 * The SVG map's pan and zoom from its fixed projection to the camera: what d3-zoom's `ZoomTransform`
 * holds (k, then x, y), written the same way (`toString`), without d3-zoom on the first screen (#17:
 * it is a chunk of its own, camera-gestures.ts).
 */
export class ViewTransform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}

  /** The point of the fixed projection that `[x, y]` on screen shows. */
  invert(p: readonly [number, number]): [number, number] {
    return [(p[0] - this.x) / this.k, (p[1] - this.y) / this.k];
  }

  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}
