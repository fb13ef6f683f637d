/**
 * The charts' bench hook (issue « Speed and scale »), installed only on a page opened with `?bench`
 * (ChartsView.svelte loads this chunk then, and never otherwise). In the page:
 *
 *   await window.__chartsBench.renderAll('real')          // ms: mount the five charts + flushSync
 *   await window.__chartsBench.renderAll('synthetic')     // the same on 200 territories × 1 000 actions
 *   await window.__chartsBench.selectionTrials(30, 'real')      // ms per trial, see below
 *   await window.__chartsBench.selectionTrials(30, 'synthetic')
 *
 * Selection → charts is PRODUCT.md's definition: from the state write (`url.territoire = …`) to the end
 * of `flushSync()`, transitions excluded (they are CSS transitions, off the measured path anyway).
 * Each trial selects a different territory than the one before; an animation frame separates trials
 * so the browser lays out and paints between them, unmeasured. The charts are mounted with their own
 * AppState in their own container: the atlas on the page is not touched.
 */
import { flushSync, mount, tick, unmount } from 'svelte';

import { fromDataset, type ChartData } from '../analysis/model';
import { dataset } from '../data';
import { AppState } from '../state/app-state.svelte';
import AllCharts from './AllCharts.svelte';
import { stateId } from './chart.svelte';
import { makeSynthetic } from './synthetic';

export type BenchSet = 'real' | 'synthetic';

export interface ChartsBench {
  /** Milliseconds to mount all five charts and flush (script time; layout and paint follow, unmeasured). */
  renderAll: (set?: BenchSet, width?: number) => Promise<number>;
  /** Milliseconds per selection, `n` trials (≥ 30 for p50 and p95). */
  selectionTrials: (n?: number, set?: BenchSet, width?: number) => Promise<number[]>;
  /** Territories and actions of each set, to label the report. */
  sizes: () => Record<BenchSet, { territories: number; actions: number }>;
  /** Mounts the five charts of a set and leaves them on the page (to look at them); resolves to a remover. */
  show: (set?: BenchSet, width?: number) => Promise<() => Promise<void>>;
}

declare global {
  interface Window {
    __chartsBench?: ChartsBench;
  }
}

const real = (): ChartData => fromDataset(dataset, 'fr');

let synthetic: ChartData | null = null;
function dataFor(set: BenchSet): ChartData {
  if (set === 'real') return real();
  if (!synthetic) {
    const base = real();
    synthetic = { ...base, ...makeSynthetic(base, { territories: 200, actions: 1000, seed: 1 }) };
  }
  return synthetic;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function host(width: number): HTMLElement {
  const el = document.createElement('div');
  el.dataset['testid'] = 'charts-bench';
  el.style.width = `${width + 40}px`;
  document.body.appendChild(el);
  return el;
}

async function renderAll(set: BenchSet = 'real', width = 1100): Promise<number> {
  const data = dataFor(set);
  const state = new AppState();
  const target = host(width);
  await frame();
  const t0 = performance.now();
  const app = mount(AllCharts, { target, props: { state, data, width } });
  flushSync();
  const ms = performance.now() - t0;
  await frame();
  await unmount(app);
  target.remove();
  return ms;
}

async function selectionTrials(n = 30, set: BenchSet = 'real', width = 1100): Promise<number[]> {
  const data = dataFor(set);
  const state = new AppState();
  const target = host(width);
  const app = mount(AllCharts, { target, props: { state, data, width } });
  flushSync();
  await tick();
  await frame();
  const ids = data.territories.map((t) => t.id);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    // Stride through the territories so consecutive trials never pick the same one.
    const id = stateId(ids[(k * 7 + 1) % ids.length]!);
    const t0 = performance.now();
    state.url.territoire = id;
    flushSync();
    out.push(performance.now() - t0);
    await frame();
  }
  await unmount(app);
  target.remove();
  return out;
}

async function show(set: BenchSet = 'synthetic', width = 1100): Promise<() => Promise<void>> {
  const target = host(width);
  target.classList.add('atlas');
  const app = mount(AllCharts, { target, props: { state: new AppState(), data: dataFor(set), width } });
  flushSync();
  return async () => {
    await unmount(app);
    target.remove();
  };
}

export function install(): void {
  window.__chartsBench = {
    renderAll,
    selectionTrials,
    show,
    sizes: () => ({
      real: { territories: dataFor('real').territories.length, actions: dataFor('real').actions.length },
      synthetic: {
        territories: dataFor('synthetic').territories.length,
        actions: dataFor('synthetic').actions.length,
      },
    }),
  };
  document.documentElement.dataset['chartsBench'] = 'ready';
}
