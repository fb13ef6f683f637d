// Bare baseline: d3-geo draws the same two files as static SVG paths and places eight absolute markers.
import { geoMercator, geoPath, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';

import { BOUNDS, load } from './common.js';

const el = document.getElementById('map');
const { france, terr } = await load();
const w = el.clientWidth;
const h = el.clientHeight;
const regions = feature(france, france.objects.regions);
const territories = feature(terr, terr.objects[Object.keys(terr.objects)[0]]);
const projection = geoMercator().fitExtent(
  [
    [24, 24],
    [w - 24, h - 24],
  ],
  { type: 'MultiPoint', coordinates: BOUNDS },
);
const path = geoPath(projection);
const ns = 'http://www.w3.org/2000/svg';
const svg = document.createElementNS(ns, 'svg');
svg.setAttribute('width', w);
svg.setAttribute('height', h);
for (const f of [...regions.features, ...territories.features]) {
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', path(f));
  p.setAttribute('fill', f.properties.id ? '#3f5a7a' : '#fbfaf7');
  p.setAttribute('stroke', '#7f8c96');
  svg.appendChild(p);
}
el.appendChild(svg);
for (const f of territories.features) {
  const [x, y] = projection(geoCentroid(f));
  const m = document.createElement('button');
  m.className = 'm';
  m.style.left = `${x}px`;
  m.style.top = `${y}px`;
  el.appendChild(m);
}
requestAnimationFrame(() => {
  performance.mark('map-first');
  performance.mark('map-ready');
});
