declare module 'virtual:atlas-territories-core' {
  /** data/territories.json without communes, sources, perimeterNote and alternatives (vite.config.ts). */
  const core: unknown;
  export default core;
}
declare module 'virtual:atlas-core/programme' {
  /** data/programme.json without the axes' search synonyms (vite.config.ts). */
  const core: unknown;
  export default core;
}
declare module 'virtual:atlas-core/vocabularies' {
  /** data/vocabularies.json without the terms' search synonyms (vite.config.ts). */
  const core: unknown;
  export default core;
}
