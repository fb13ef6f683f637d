/**
 * One territory at its own scale (map/territory-scene.ts) on the real files: each of the eight framed as the
 * live map frames it, on a phone's map and a laptop's, with the territory markers' dots and labels and
 * the map's controls as obstacles.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { geoContains, geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import { territories } from '../../src/lib/data';
import { territoryGeoFile } from '../../src/lib/data/geo-shape';
import { territoryDetail } from '../../src/lib/data/territory-geo';
import '../../src/lib/i18n/map-detail';
import { translate } from '../../src/lib/i18n/messages';
import { NNBSP } from '../../src/lib/i18n/typography';
import { fitBounds, framePadding, project, viewMercator, viewProjection } from '../../src/lib/map/camera';
import { features, topoBounds, territoriesObject } from '../../src/lib/map/geo';
import { MARKER_INSET, defaultObstacles, markerLabels } from '../../src/lib/map/marker-labels';
import { distanceToBox, overlaps, segmentHitsBox, type Box } from '../../src/lib/map/placement';
import { PATH_UNIT } from '../../src/lib/map/topo-paths';
import {
  MAP_TYPE,
  POPULATION_YEAR,
  SLIDE_TYPE,
  areaAnchor,
  communeLocator,
  sceneLabels,
  scenePaths,
  territoryOutline,
  topologyPaths,
  territoryScene,
  touches,
  type SceneInput,
} from '../../src/lib/map/territory-scene';

const GEO_DIR = resolve(__dirname, '../../public/geo');
const read = (file: string) => JSON.parse(readFileSync(resolve(GEO_DIR, file), 'utf8')) as Topology;
const france = read('france.json');
const departements = features(france, 'departements', 'code');
const shapes = read('territoires.json');
const bounds = topoBounds(shapes, territoriesObject(shapes));

const SIZES: [number, number][] = [
  [390, 368],
  [1280, 700],
];

/** The scene's input as the live map builds it for one territory at one size (AtlasMap, camera-control). */
function liveInput(id: string, width: number, height: number): SceneInput & { obstacles: Box[] } {
  const t = territories.find((x) => x.id === id)!;
  const pad = framePadding(width, height);
  const camera = fitBounds(
    bounds.get(id)!,
    width,
    height,
    { ...pad, top: pad.top + 24, bottom: pad.bottom + 24 },
    10.5,
  );
  const positions = territories.map((x) => {
    const [px, py] = project(camera, width, height, x.reference.lon, x.reference.lat);
    return { id: x.id, x: px, y: py };
  });
  const controls = defaultObstacles(width);
  const markers = markerLabels(positions, {
    width,
    height,
    obstacles: controls,
    selected: t.id,
    compared: [],
    coarse: false,
  });
  const obstacles = [
    ...controls,
    ...markers.labels.labels.map((l) => l.box),
    ...positions.map((p) => ({ x0: p.x - 12, y0: p.y - 12, x1: p.x + 12, y1: p.y + 12 })),
  ];
  return {
    detail: territoryDetail(read(territoryGeoFile(t.id))),
    departements,
    seat: t.reference,
    project: viewProjection(camera, width, height),
    width,
    height,
    type: MAP_TYPE,
    obstacles,
    inset: MARKER_INSET,
  };
}

describe.each(territories.map((t) => [t.id, t] as const))('%s', (id) => {
  const detail = territoryDetail(read(territoryGeoFile(id)));

  it('puts every commune’s and EPCI’s name anchor inside it', () => {
    for (const f of [...detail.communes, ...detail.epcis])
      expect(geoContains(f, areaAnchor(f)), JSON.stringify(f.properties)).toBe(true);
  });

  it.each(SIZES)(
    'at %i × %i: no two names overlap, none covers a marker or a control, all inside',
    (w, h) => {
      const input = liveInput(id, w, h);
      const { labels, seat } = sceneLabels(input);
      expect(seat).not.toBeNull();
      expect(labels.length).toBeGreaterThan(0);
      const frame = {
        x0: MARKER_INSET.left,
        y0: MARKER_INSET.top,
        x1: w - MARKER_INSET.right,
        y1: h - MARKER_INSET.bottom,
      };
      for (const [i, a] of labels.entries()) {
        const where = `${a.kind} ${a.text}`;
        expect(
          a.box.x0 >= frame.x0 && a.box.x1 <= frame.x1 && a.box.y0 >= frame.y0 && a.box.y1 <= frame.y1,
          where,
        ).toBe(true);
        for (const b of labels.slice(i + 1))
          expect(overlaps(a.box, b.box), `${where} / ${b.text}`).toBe(false);
        for (const o of input.obstacles) expect(overlaps(a.box, o), `${where} over an obstacle`).toBe(false);
        for (const b of labels)
          if (b !== a && b.leader)
            expect(segmentHitsBox(...b.leader, a.box), `${b.text}’s leader over ${where}`).toBe(false);
        // An area's name covers its own anchor, or sits right beside it, or is joined to it by a leader.
        if (a.kind !== 'seat' && !a.leader)
          expect(distanceToBox(a.box, ...a.anchor), where).toBeLessThanOrEqual(6);
      }
      // Each name once.
      const keys = labels.map((l) => `${l.kind}:${l.id}`);
      expect(new Set(keys).size).toBe(keys.length);
    },
  );

  it('names the seat and the three most populous communes on a laptop’s map, and départements around', () => {
    const { labels } = sceneLabels(liveInput(id, 1280, 700));
    const seatCode = detail.communes.find((f) => f.properties.seat)!.properties.code;
    expect(labels.find((l) => l.kind === 'seat')?.id).toBe(seatCode);
    const top = detail.communes.filter((f) => !f.properties.seat).slice(0, 3);
    for (const f of top)
      expect(
        labels.some((l) => l.kind === 'commune' && l.id === f.properties.code),
        f.properties.nom,
      ).toBe(true);
    expect(labels.filter((l) => l.kind === 'departement').length).toBeGreaterThan(0);
    if (detail.epcis.length > 1) expect(labels.filter((l) => l.kind === 'epci').length).toBeGreaterThan(0);
    else expect(labels.filter((l) => l.kind === 'epci')).toEqual([]);
  });

  it('gives the seat no second name when its marker already says it', () => {
    const { labels } = sceneLabels({ ...liveInput(id, 1280, 700), seatNamed: true });
    expect(labels.filter((l) => l.kind === 'seat')).toEqual([]);
    expect(labels.filter((l) => l.kind === 'commune').length).toBeGreaterThanOrEqual(3);
  });

  it('places the same names in the same places every time', () => {
    const input = liveInput(id, 390, 368);
    expect(sceneLabels(input)).toEqual(sceneLabels({ ...input }));
  });

  it('always names the commune a search chose, first', () => {
    const input = liveInput(id, 390, 368);
    // The least populous commune whose anchor is in view: the last to be named otherwise.
    const chosen = [...detail.communes].reverse().find((f) => {
      const [x, y] = input.project(areaAnchor(f));
      return x > 10 && x < 380 && y > 10 && y < 330;
    })!;
    const { labels } = sceneLabels({ ...input, highlighted: chosen.properties.code });
    expect(labels[0]).toMatchObject({ kind: 'commune', id: chosen.properties.code });
  });

  it('finds the commune under a point, and tells the territory’s room from the rest', () => {
    const input = liveInput(id, 1280, 700);
    const at = communeLocator(detail, input.project);
    for (const f of detail.communes.slice(0, 10)) {
      const [x, y] = input.project(areaAnchor(f));
      expect(at(x, y)).toBe(f.properties.code);
    }
    expect(at(-100, -100)).toBeNull();
    const outline = territoryOutline(detail, input.project);
    const [sx, sy] = input.project([
      territories.find((t) => t.id === id)!.reference.lon,
      territories.find((t) => t.id === id)!.reference.lat,
    ]);
    expect(touches(outline, { x0: sx - 2, y0: sy - 2, x1: sx + 2, y1: sy + 2 })).toBe(true);
    expect(touches(outline, { x0: 0, y0: 0, x1: 4, y1: 4 })).toBe(false);
  });
});

describe('the live map’s paths, straight from the file’s arcs', () => {
  it.each(territories.map((t) => t.id))(
    '%s: the same outlines as geoPath’s, in thousandths of a pixel',
    (id) => {
      const topo = read(territoryGeoFile(id));
      const detail = territoryDetail(topo);
      const camera = fitBounds(bounds.get(id)!, 896, 705);
      const fromArcs = topologyPaths(topo, viewMercator(camera, 896, 705));
      const fromGeoJson = scenePaths(detail, geoPath(viewProjection(camera, 896, 705)));
      expect(fromArcs.communes.map((c) => c.code)).toEqual(fromGeoJson.communes.map((c) => c.code));
      const firstPoint = (d: string, unit: number) =>
        d
          .slice(1)
          .split(/[LMZ]/)[0]!
          .split(',')
          .map((v) => +v / unit);
      for (const [a, b] of fromArcs.communes.map((c, i) => [c.d, fromGeoJson.communes[i]!.d] as const)) {
        const [ax, ay] = firstPoint(a, PATH_UNIT);
        const [bx, by] = firstPoint(b, 1);
        expect(Math.hypot(ax! - bx!, ay! - by!)).toBeLessThan(0.01);
      }
      expect(fromArcs.voisines).toMatch(/^M/);
      expect(fromArcs.communeMesh).toMatch(/^M/);
      expect(fromArcs.epciMesh === '').toBe(detail.epcis.length === 1);
    },
  );
});

describe('the live map’s words for it', () => {
  it('says a commune’s population with its year, and names the locator inset, in both languages', () => {
    expect(translate('fr', 'map.communePopulation', { n: 11633, year: String(POPULATION_YEAR) })).toBe(
      `11${NNBSP}633 habitants (2021)`,
    );
    expect(translate('en', 'map.communePopulation', { n: 11633, year: String(POPULATION_YEAR) })).toBe(
      '11,633 inhabitants (2021)',
    );
    expect(translate('fr', 'map.locator', { name: 'Lisieux Normandie' })).toBe(
      `Carte de situation${NNBSP}: Lisieux Normandie en France`,
    );
    expect(translate('en', 'map.locator', { name: 'Mulhouse' })).toBe('Locator map: Mulhouse in France');
  });
});

describe('the whole scene, for a slide', () => {
  it('gives path data for communes, borders and neighbours, and names at the slide’s type', () => {
    const t = territories.find((x) => x.id === 'lezoux-thiers-ambert')!;
    const camera = fitBounds(bounds.get(t.id)!, 1200, 900, { top: 40, right: 40, bottom: 40, left: 40 });
    const projection = viewProjection(camera, 1200, 900);
    const scene = territoryScene({
      detail: territoryDetail(read(territoryGeoFile(t.id))),
      departements,
      seat: t.reference,
      project: projection,
      path: geoPath(projection),
      width: 1200,
      height: 900,
      type: SLIDE_TYPE,
    });
    expect(scene.communes).toHaveLength(102);
    expect(scene.communes.every((c) => c.d.startsWith('M'))).toBe(true);
    expect(scene.communeMesh).toMatch(/^M/);
    expect(scene.epciMesh).toMatch(/^M/);
    expect(scene.voisines).toMatch(/^M/);
    expect(scene.labels.find((l) => l.kind === 'seat')).toMatchObject({
      text: 'Thiers',
      font: { size: 22, weight: 700 },
    });
    expect(
      scene.labels
        .filter((l) => l.kind === 'epci')
        .map((l) => l.text)
        .sort(),
    ).toEqual(t.epcis.map((e) => e.name).sort());
  });
});
