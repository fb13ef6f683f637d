import '@testing-library/jest-dom/vitest';

// The territories' detail chunk is imported lazily by the app (on idle, on search, by the territory view);
// loading it once here keeps those imports from resolving after a test's environment is torn down.
await import('../../src/lib/data/details');
// The panel's lazy views too, so a test sees a view as soon as it asks for it.
await (await import('../../src/lib/panels/views.svelte')).views.loadAll();
// And the communes in the search index, as the app has them once idle.
await (await import('../../src/lib/state/app-state.svelte')).filterIndex.withCommunes();
