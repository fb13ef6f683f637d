/** webgl-probe.ts's probe, off the main thread: on an OffscreenCanvas, answered once. */
import { probeCanvas } from './webgl-probe';

postMessage(probeCanvas(new OffscreenCanvas(1, 1)));
