/**
 * Printing (PRODUCT.md « Exports », print): the map's box on paper (app.css « @media print ») is the A4
 * text width, 11 cm high. The browser lays the print out without running our code, so the map is refitted
 * to that box just before (`beforeprint`), synchronously, and given back its screen size after.
 */
import { flushSync } from 'svelte';

import type { MapHandle } from '../map/handle.svelte';

/** The map's box on A4 paper, in CSS pixels. */
export const PRINT_SIZE = { width: 701, height: 414 } as const;

/** Sizes the map for paper while the page prints; returns the listeners' removal. */
export function sizeMapForPrint(handle: MapHandle): () => void {
  const before = () => {
    handle.paper = PRINT_SIZE;
    flushSync();
  };
  const after = () => {
    handle.paper = null;
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}
