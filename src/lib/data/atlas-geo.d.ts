declare module 'virtual:atlas-geo' {
  /**
   * The files of `public/geo/` as JSON text, by file name, in the single-file build; `null` in every
   * other build, where `fetchTopology` fetches them (vite.config.ts, `geoModule`).
   */
  const inlined: Readonly<Record<string, string>> | null;
  export default inlined;
}
