/**
 * The MapLibre style, built from the same geodata and colours (the theme's table) as the SVG. It names no URL at all:
 * sources are inline GeoJSON, there is no `glyphs` or `sprite` (labels are the HTML markers), so the map
 * cannot reach a tile, font or sprite server.
 */
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

import { MAX_ZOOM } from '../state/url';
import { COLOURS, type ThemeName } from '../theme/colours';
import type { BaseMap, TerritoryShapes } from './geo';

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

/**
 * The map's colours in a theme, from the theme's table: the SVG reads the same values as custom
 * properties. `transparentSea`: a `transparent` embed shows the host page through the sea.
 */
export function mapColours(theme: ThemeName, { transparentSea = false } = {}): MapColours {
  const t = COLOURS[theme].tokens;
  return {
    sea: transparentSea ? 'transparent' : t['map-sea'],
    land: t['map-land'],
    depLine: t['map-dep-line'],
    regionLine: t['map-region-line'],
    coast: t['map-coast'],
    territory: t['map-territory'],
    territoryLine: t['map-territory-line'],
    accent: t.accent,
    accentStrong: t['accent-strong'],
    ti: t['map-ti'],
    tiLine: t['map-ti-line'],
    compare: [t['compare-1'], t['compare-2'], t['compare-3'], t['compare-4']],
  };
}

/** The one GeoJSON source of the map, with every kind of feature: MapLibre tiles each GeoJSON source
 * separately in its worker, and draws a frame each time a tile arrives. One source for the régions, their
 * three boundary meshes and the eight territories means one tiling and half as many frames to draw
 * before the map is complete (what a software GPU pays for most). */
export const MAP_SOURCE = 'map';
type Kind = 'region' | 'dep-line' | 'region-line' | 'coast' | 'territory';
const line = (kind: Kind, g: MultiLineString) => ({
  type: 'Feature' as const,
  properties: { kind },
  geometry: g,
});
const kindIs = (kind: Kind): ExpressionSpecification => ['==', ['get', 'kind'], kind];

export function buildStyle(base: BaseMap, shapes: TerritoryShapes, c: MapColours): StyleSpecification {
  const features: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [
      // Régions are keyed by their code, territories by their slug: the two never meet.
      ...base.regions.map((f) => ({ ...f, properties: { ...f.properties, kind: 'region' } })),
      line('dep-line', base.departementLines),
      line('region-line', base.regionLines),
      line('coast', base.outline),
      ...shapes.map((f) => ({ ...f, properties: { ...f.properties, kind: 'territory' } })),
    ],
  };
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
      [MAP_SOURCE]: {
        type: 'geojson',
        data: features,
        promoteId: 'id',
        // Less tiling work in the worker and fewer vertices to draw: a 32-unit tile buffer (4 px, more
        // than the widest line's half-width), a slightly coarser simplification (0.5 px instead of
        // 0.375) and no tiles past the map's own maximum zoom. map-ready 1.17× → 1.09× in one run.
        buffer: 32,
        tolerance: 0.5,
        maxzoom: MAX_ZOOM,
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
      {
        id: 'land',
        type: 'fill',
        source: MAP_SOURCE,
        filter: kindIs('region'),
        paint: { 'fill-color': c.land },
      },
      {
        id: 'dep-lines',
        type: 'line',
        source: MAP_SOURCE,
        filter: kindIs('dep-line'),
        paint: { 'line-color': c.depLine, 'line-width': 0.6 },
      },
      {
        id: 'region-lines',
        type: 'line',
        source: MAP_SOURCE,
        filter: kindIs('region-line'),
        paint: { 'line-color': c.regionLine, 'line-width': 1.2 },
      },
      {
        id: 'coast',
        type: 'line',
        source: MAP_SOURCE,
        filter: kindIs('coast'),
        paint: { 'line-color': c.coast, 'line-width': 1 },
      },
      {
        id: 'territory-fill',
        type: 'fill',
        source: MAP_SOURCE,
        filter: kindIs('territory'),
        paint: {
          'fill-color': ['case', selected, c.accent, compareColour],
          'fill-opacity': ['case', dimmed, 0.15, selected, 0.45, hovered, 0.75, 0.55],
        },
      },
      {
        id: 'territory-line',
        type: 'line',
        source: MAP_SOURCE,
        filter: kindIs('territory'),
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
