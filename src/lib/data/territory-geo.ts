/**
 * One territory at its own scale, read from its `territoire-<id>.json` (built by scripts/geo/build.mjs,
 * fetched with `fetchTopology(territoryGeoFile(id))`): its communes (COG 2024, most populous first), its
 * EPCIs, the neighbour communes around it, and the borders to draw once. Rings are in d3-geo's winding.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A member commune: INSEE code (COG 2024), name as the panels write it, EPCI SIREN, population. */
export interface CommuneProps {
  code: string;
  nom: string;
  epci: string;
  /** Population municipale, INSEE millésime 2021 (in force on 1 January 2024). */
  population: number;
  /** Only on the seat commune (`reference.insee` in data/territories.json). */
  seat?: true;
}

/** An EPCI of the territory's default perimeter, dissolved from its communes. */
export interface EpciProps {
  siren: string;
  nom: string;
}

/** A neighbour commune (not a member): grey, unnamed. */
export interface VoisineProps {
  code: string;
}

export type AreaFeature<P> = Feature<Polygon | MultiPolygon, P>;

export interface TerritoryDetail {
  /** Most populous first (ties by code); exactly one has `seat: true`. */
  communes: AreaFeature<CommuneProps>[];
  /** In the territory's EPCI order. */
  epcis: AreaFeature<EpciProps>[];
  /** By code. */
  voisines: AreaFeature<VoisineProps>[];
  /** Borders between two member communes, each once (not the territory's outline). */
  communeMesh: MultiLineString;
  /** Borders between two of the territory's EPCIs (empty for a single EPCI). */
  epciMesh: MultiLineString;
}

function collection(topo: Topology, name: string): GeometryCollection {
  const obj = topo.objects[name];
  if (!obj || obj.type !== 'GeometryCollection') throw new Error(`TopoJSON object « ${name} » missing`);
  return obj as GeometryCollection;
}

function areas<P>(topo: Topology, name: string): AreaFeature<P>[] {
  return (feature(topo, collection(topo, name)) as unknown as FeatureCollection<Polygon | MultiPolygon, P>)
    .features;
}

const details = new WeakMap<Topology, TerritoryDetail>();

/** The features and meshes of a territory file, computed once per topology. */
export function territoryDetail(topo: Topology): TerritoryDetail {
  const known = details.get(topo);
  if (known) return known;
  const communes = collection(topo, 'communes');
  const epcis = collection(topo, 'epcis');
  const detail: TerritoryDetail = {
    communes: areas<CommuneProps>(topo, 'communes'),
    epcis: areas<EpciProps>(topo, 'epcis'),
    voisines: areas<VoisineProps>(topo, 'voisines'),
    communeMesh: mesh(topo, communes, (a, b) => a !== b),
    epciMesh: mesh(topo, epcis, (a, b) => a !== b),
  };
  details.set(topo, detail);
  return detail;
}
