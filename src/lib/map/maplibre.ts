/**
 * MapLibre GL JS, loaded only when WebGL takes over (a lazy chunk, outside the first screen's budget).
 * v6 runs its worker from a separate module file: bundle it with Vite (`?url`) and register it before the
 * first map (PITFALLS.md), as an absolute URL so it also resolves from a sub-path.
 */
import { Map, prewarm, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);
// This chunk loads only once MapLibre is going to draw: start its workers now (fetching and compiling the
// worker script takes them a while), in parallel with the SVG map and the rest of the first screen.
prewarm();

export { Map };
