/**
 * The build's prerender (#17): the default view (header, the SVG map with the eight territories, their
 * markers and labels, the overview panel) rendered to HTML in Node by Svelte's server renderer, from the
 * same `public/geo/` files the page preloads. vite.config.ts (`prerender`) puts it in index.html; main.ts
 * hydrates it. Never part of the page's own JavaScript.
 */
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';

import App from './App.svelte';
import { FIRST_SCREEN_GEO, primeTopology } from './lib/data/geo';
// The noscript line's words, which only this render writes.
import './lib/i18n/first-screen';
import { checkTopology } from './lib/data/geo-shape';
import { MapHandle } from './lib/map/handle.svelte';

export interface FirstScreen {
  /** The atlas's markup, for `<div id="app">`. */
  html: string;
  /** What Svelte puts in `<head>` (nothing today). */
  head: string;
  /** The markers' and labels' positions (map/first-screen.ts), for an inline `<style>` the CSP hashes. */
  css: string;
}

/** `read(file)`: a file of `public/geo/` as text. */
export function prerender(read: (file: string) => string): FirstScreen {
  for (const file of FIRST_SCREEN_GEO)
    primeTopology(file, checkTopology(file, JSON.parse(read(file)) as unknown) as Topology);
  const handle = new MapHandle();
  const { body, head } = render(App, { props: { search: '', syncUrl: true, prerendered: true, handle } });
  if (!handle.firstScreenCss) throw new Error('prerender: the map drew no markers (no geodata, or no size)');
  return { html: body, head, css: handle.firstScreenCss };
}
