declare module 'virtual:atlas-territories-core' {
  /** data/territories.json without communes, sources, perimeterNote and alternatives (vite.config.ts). */
  const core: unknown;
  export default core;
}
