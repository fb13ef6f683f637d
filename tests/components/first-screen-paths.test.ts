import { describe, expect, it } from 'vitest';

import { readFirstScreenPaths } from '../../src/lib/map/handle.svelte';

/** A prerendered map as SvgMap writes it (classes and attributes as in the HTML), less what `omit` names. */
function map(omit: string[] = []) {
  const div = document.createElement('div');
  const path = (cls: string, d: string, id?: string) =>
    omit.includes(cls) ? '' : `<path class="${cls} svelte-x"${id ? ` data-id="${id}"` : ''} d="${d}"></path>`;
  div.innerHTML =
    `<svg class="svg-map svelte-x" viewBox="0 0 960 640"><rect class="sea"></rect><g><g>` +
    path('land', 'M1,1l2,2z') +
    path('land', 'M5,5l1,1z') +
    path('dep-lines', 'M0,0l3,0') +
    path('dep-lines', 'M7,7l3,0') +
    path('region-lines', 'M0,0l4,0') +
    path('coast', 'M0,0l5,0') +
    `</g><g>` +
    path('territory', 'M9,9l1,0z', 'nord-loiret') +
    path('territory', 'M8,8l1,0z', 'lisieux-normandie') +
    `</g></g></svg>`;
  return div;
}

describe('the prerendered map read back for hydration (map/handle.svelte.ts)', () => {
  it('gives the HTML path data as SvgMap takes it', () => {
    expect(readFirstScreenPaths(map())).toEqual({
      base: {
        regions: ['M1,1l2,2z', 'M5,5l1,1z'],
        departementLines: ['M0,0l3,0', 'M7,7l3,0'],
        regionLines: ['M0,0l4,0'],
        outline: ['M0,0l5,0'],
      },
      shapes: [
        { id: 'nord-loiret', d: 'M9,9l1,0z' },
        { id: 'lisieux-normandie', d: 'M8,8l1,0z' },
      ],
    });
  });

  it('is null when any part is missing, so the map computes its own', () => {
    for (const part of ['land', 'dep-lines', 'region-lines', 'coast', 'territory'])
      expect(readFirstScreenPaths(map([part])), part).toBeNull();
    expect(readFirstScreenPaths(document.createElement('div'))).toBeNull();
  });
});
