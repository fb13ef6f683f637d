// Bare baseline: MapLibre with the same two files as inline GeoJSON, no style server; marks its first idle.
import { Map, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';

import { BOUNDS, load } from './common.js';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);
const { france, terr } = await load();
const regions = feature(france, france.objects.regions);
const territories = feature(terr, terr.objects[Object.keys(terr.objects)[0]]);
const map = new Map({
  container: 'map',
  bounds: BOUNDS,
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  style: {
    version: 8,
    sources: {
      regions: { type: 'geojson', data: regions },
      territories: { type: 'geojson', data: territories },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#dce6ec' } },
      { id: 'land', type: 'fill', source: 'regions', paint: { 'fill-color': '#fbfaf7' } },
      { id: 'lines', type: 'line', source: 'regions', paint: { 'line-color': '#7f8c96' } },
      { id: 't', type: 'fill', source: 'territories', paint: { 'fill-color': '#3f5a7a' } },
    ],
  },
});
map.once('idle', () => {
  requestAnimationFrame(() => performance.mark('map-ready'));
});
