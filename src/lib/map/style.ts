/**
 * The MapLibre style, built from the same geodata and colour tokens as the SVG. It names no URL at all:
 * sources are inline GeoJSON, there is no `glyphs` or `sprite` (labels are the HTML markers), so the map
 * cannot reach a tile, font or sprite server.
 */
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

import type { AreaProps, BaseMap, TerritoryShapes } from './geo';

export interface MapColours {
  sea: string;
  land: string;
  depLine: string;
  regionLine: string;
  coast: string;
  territory: string;
  territoryLine: string;
  accent: string;
  accentStrong: string;
  ti: string;
  tiLine: string;
  compare: [string, string, string, string];
}

/** Reads the colour tokens of `app.css` from an element inside the atlas, so both renderers share them. */
export function readColours(el: Element): MapColours {
  const s = getComputedStyle(el);
  const v = (name: string) => s.getPropertyValue(name).trim() || '#888888';
  return {
    sea: v('--map-sea'),
    land: v('--map-land'),
    depLine: v('--map-dep-line'),
    regionLine: v('--map-region-line'),
    coast: v('--map-coast'),
    territory: v('--map-territory'),
    territoryLine: v('--map-territory-line'),
    accent: v('--accent'),
    accentStrong: v('--accent-strong'),
    ti: v('--map-ti'),
    tiLine: v('--map-ti-line'),
    compare: [v('--compare-1'), v('--compare-2'), v('--compare-3'), v('--compare-4')],
  };
}

/** The base map's kinds of feature, all in one source: MapLibre tiles each GeoJSON source separately
 * in its workers, so one source for the régions and their three boundary meshes cuts that work by four. */
type BaseKind = 'region' | 'dep-line' | 'region-line' | 'coast';
const line = (kind: BaseKind, g: MultiLineString) => ({
  type: 'Feature' as const,
  properties: { kind },
  geometry: g,
});
const kindIs = (kind: BaseKind): ExpressionSpecification => ['==', ['get', 'kind'], kind];

export function buildStyle(base: BaseMap, shapes: TerritoryShapes, c: MapColours): StyleSpecification {
  const baseFeatures: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [
      ...base.regions.map((f) => ({ ...f, properties: { ...f.properties, kind: 'region' } })),
      line('dep-line', base.departementLines),
      line('region-line', base.regionLines),
      line('coast', base.outline),
    ],
  };
  const territories: FeatureCollection<Geometry, AreaProps> = { type: 'FeatureCollection', features: shapes };
  const flag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
  const selected = flag('selected');
  const hovered = flag('hovered');
  const dimmed = flag('dimmed');
  // 0 when not compared, else the territory's place (1–4) in `comparer`.
  const compareIndex: ExpressionSpecification = ['number', ['feature-state', 'compare'], 0];
  const compareColour: ExpressionSpecification = [
    'match',
    compareIndex,
    1,
    c.compare[0],
    2,
    c.compare[1],
    3,
    c.compare[2],
    4,
    c.compare[3],
    c.territory,
  ];
  return {
    version: 8,
    sources: {
      base: { type: 'geojson', data: baseFeatures },
      territories: { type: 'geojson', data: territories, promoteId: 'id' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
      { id: 'land', type: 'fill', source: 'base', filter: kindIs('region'), paint: { 'fill-color': c.land } },
      {
        id: 'dep-lines',
        type: 'line',
        source: 'base',
        filter: kindIs('dep-line'),
        paint: { 'line-color': c.depLine, 'line-width': 0.6 },
      },
      {
        id: 'region-lines',
        type: 'line',
        source: 'base',
        filter: kindIs('region-line'),
        paint: { 'line-color': c.regionLine, 'line-width': 1.2 },
      },
      {
        id: 'coast',
        type: 'line',
        source: 'base',
        filter: kindIs('coast'),
        paint: { 'line-color': c.coast, 'line-width': 1 },
      },
      {
        id: 'territory-fill',
        type: 'fill',
        source: 'territories',
        paint: {
          'fill-color': ['case', selected, c.accent, compareColour],
          'fill-opacity': ['case', dimmed, 0.15, selected, 0.45, hovered, 0.75, 0.55],
        },
      },
      {
        id: 'territory-line',
        type: 'line',
        source: 'territories',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': [
            'case',
            selected,
            c.accentStrong,
            ['>', compareIndex, 0],
            compareColour,
            c.territoryLine,
          ],
          'line-width': ['case', selected, 3, hovered, 3, ['>', compareIndex, 0], 3, 1.4],
          'line-opacity': ['case', dimmed, 0.4, 1],
        },
      },
    ],
  };
}

/** The Territoires d'industrie context layer, inserted below the eight territories when turned on. */
export function tiLayers(c: MapColours): LayerSpecification[] {
  return [
    {
      id: 'ti-fill',
      type: 'fill',
      source: 'ti',
      paint: {
        'fill-color': c.ti,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'hovered'], false], 0.7, 0.35],
      },
    },
    { id: 'ti-line', type: 'line', source: 'ti', paint: { 'line-color': c.tiLine, 'line-width': 0.8 } },
  ];
}
