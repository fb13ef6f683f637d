// The bytes the app's first screen loads from public/geo/, and the eight marker points.
export const GEO = ['geo/france.json', 'geo/territoires.json'];
export const BOUNDS = [
  [-5.15, 41.33],
  [9.57, 51.09],
];
export async function load() {
  const [france, terr] = await Promise.all(
    GEO.map((f) => fetch(new URL(f, document.baseURI)).then((r) => r.json())),
  );
  return { france, terr };
}
