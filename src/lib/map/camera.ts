/**
 * One camera for both renderers. The SVG map (d3-geo) and MapLibre both use Web Mercator with 512-px
 * tiles, so a camera `{lon, lat, zoom}` means the same framing in each; fitting bounds is computed here
 * once, the way MapLibre's `fitBounds` does, and both renderers jump to the result.
 */
import { geoTransform, type GeoStream } from 'd3-geo';

import type { Camera } from '../state/url';

export type Bounds = [[west: number, south: number], [east: number, north: number]];
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const TILE_SIZE = 512;
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metropolitan France, Corsica included: the first view's bounds. */
export const FRANCE_BOUNDS: Bounds = [
  [-5.15, 41.33],
  [9.57, 51.09],
];

/** Web Mercator at zoom 0, in 512-px world units (x right, y down), as MapLibre. */
export function mercator(lon: number, lat: number): [number, number] {
  const x = (TILE_SIZE * (lon + 180)) / 360;
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  const y = TILE_SIZE * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI));
  return [x, y];
}

export function inverseMercator(x: number, y: number): [number, number] {
  const lon = (x / TILE_SIZE) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / TILE_SIZE;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return [lon, lat];
}

/**
 * The camera that shows `bounds` inside a `width`×`height` viewport less `padding`, centred in the
 * padded area: MapLibre's `cameraForBounds` with bearing 0.
 */
export function fitBounds(
  bounds: Bounds,
  width: number,
  height: number,
  padding: Padding = { top: 0, right: 0, bottom: 0, left: 0 },
  maxZoom = 12,
): Camera {
  const [x0, y1] = mercator(bounds[0][0], bounds[0][1]);
  const [x1, y0] = mercator(bounds[1][0], bounds[1][1]);
  const availW = Math.max(1, width - padding.left - padding.right);
  const availH = Math.max(1, height - padding.top - padding.bottom);
  const scale = Math.min(availW / Math.max(1e-9, x1 - x0), availH / Math.max(1e-9, y1 - y0));
  const zoom = Math.min(maxZoom, Math.log2(scale));
  const k = 2 ** zoom;
  // Centre of the bounds, moved so that it sits in the middle of the padded area.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / k;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / k;
  const [lon, lat] = inverseMercator(cx, cy);
  return { lon, lat, zoom };
}

/** Where a point falls in a viewport, in CSS pixels, for a camera. */
export function project(
  camera: Camera,
  width: number,
  height: number,
  lon: number,
  lat: number,
): [number, number] {
  const k = 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.lon, camera.lat);
  const [x, y] = mercator(lon, lat);
  return [width / 2 + (x - cx) * k, height / 2 + (y - cy) * k];
}

/** A camera's projection onto one viewport, usable by d3-geo's `geoPath` (it has a `stream`). */
export interface ViewProjection {
  (point: [number, number]): [number, number];
  invert(point: [number, number]): [number, number];
  stream(output: GeoStream): GeoStream;
}

/**
 * Web Mercator for one camera and a viewport at (`left`, `top`), as `project` computes it and as MapLibre draws: straight
 * segments between vertices, no spherical clipping or adaptive resampling. For France's boundaries that
 * is the same picture as `geoMercator` (within a hundredth of a pixel at the first view) for a third of
 * the time, and the first paint draws ~100 000 path characters with it.
 */
/**
 * The view's Web Mercator as coefficients: x = `x0 + lon × xScale`, y = `y0 − ln(tan(π/4 + φ/2)) × yScale`
 * (φ the latitude in radians). `viewProjection` and the SVG's path writer (`topo-paths.ts`) share them.
 */
export interface ViewMercator {
  x0: number;
  xScale: number;
  y0: number;
  yScale: number;
}

export function viewMercator(camera: Camera, width: number, height: number, left = 0, top = 0): ViewMercator {
  const k = 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.lon, camera.lat);
  const xScale = (k * TILE_SIZE) / 360;
  return {
    x0: left + width / 2 - cx * k + 180 * xScale,
    xScale,
    y0: top + height / 2 - cy * k + (k * TILE_SIZE) / 2,
    yScale: (k * TILE_SIZE) / (2 * Math.PI),
  };
}

export function viewProjection(
  camera: Camera,
  width: number,
  height: number,
  left = 0,
  top = 0,
): ViewProjection {
  const k = 2 ** camera.zoom;
  const [cx, cy] = mercator(camera.lon, camera.lat);
  const ox = left + width / 2 - cx * k;
  const oy = top + height / 2 - cy * k;
  const { x0, xScale, y0, yScale } = viewMercator(camera, width, height, left, top);
  const x = (lon: number) => x0 + lon * xScale;
  const y = (lat: number) => {
    const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
    return y0 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) * yScale;
  };
  const transform = geoTransform({
    point(lon: number, lat: number) {
      this.stream.point(x(lon), y(lat));
    },
  });
  const projection = ((p: [number, number]): [number, number] => [x(p[0]), y(p[1])]) as ViewProjection;
  projection.invert = (p) => inverseMercator((p[0] - ox) / k, (p[1] - oy) / k);
  projection.stream = (output) => transform.stream(output);
  return projection;
}

export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** A round distance (1, 2 or 5 × 10ⁿ metres) whose bar is at most `maxPx` wide, and that width. */
export function scaleBar(lat: number, zoom: number, maxPx = 110): { metres: number; px: number } {
  const mpp = metresPerPixel(lat, zoom);
  const maxMetres = mpp * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= maxMetres) ?? pow;
  return { metres, px: metres / mpp };
}

/** Padding that keeps markers and labels off the viewport's edges, smaller on small screens. */
export function framePadding(width: number, height: number): Padding {
  const p = Math.round(Math.max(16, Math.min(48, Math.min(width, height) * 0.06)));
  // The zoom controls stand on the right (48 px), and labels run to the right of their markers.
  return { top: p, right: p + 48 + (width < 600 ? 16 : 40), bottom: p + 12, left: p };
}
