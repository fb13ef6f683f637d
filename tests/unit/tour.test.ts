import { describe, expect, it } from 'vitest';

import { TERRITORY_IDS } from '../../src/lib/data/ids';
import { TOUR, applyStep, currentStep } from '../../src/lib/share/tour';
import { defaultUrlState } from '../../src/lib/state/url';

describe('presentation tour', () => {
  it('goes overview → the eight territories in canonical order → the five charts', () => {
    expect(TOUR).toHaveLength(14);
    expect(TOUR[0]).toEqual({ kind: 'overview' });
    expect(TOUR.slice(1, 9).map((s) => (s.kind === 'territory' ? s.id : null))).toEqual([...TERRITORY_IDS]);
    expect(TOUR.slice(9).map((s) => (s.kind === 'chart' ? s.chart : null))).toEqual([
      'matrice',
      'axes',
      'publics',
      'similarite',
      'frequence',
    ]);
  });

  it('applies each step to the URL state and finds it back', () => {
    TOUR.forEach((step, i) => {
      const url = {
        ...defaultUrlState(),
        comparer: ['nord-loiret', 'bassin-de-brive'] as (typeof TERRITORY_IDS)[number][],
      };
      applyStep(url, step);
      expect(url.comparer).toEqual([]);
      expect(currentStep(url)).toBe(i);
    });
  });
});
