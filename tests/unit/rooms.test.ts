// The arrows between the rooms of src/lib (scripts/lint/rooms.js): the rule itself on snippets of every
// kind of import, and the diagram in ARCHITECTURE.md drawn from the same table.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { ROOMS, VIEWS, forbidden, roomOf } from '../../scripts/lint/rooms.js';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function arrows(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'rooms/arrows').map((m) => m.message);
}

describe('rooms', () => {
  it('names a file by its folder under src/lib, the entry files as the app', () => {
    expect(roomOf(resolve(ROOT, 'src/lib/map/AtlasMap.svelte'))).toBe('map');
    expect(roomOf(resolve(ROOT, 'src/App.svelte'))).toBe('app');
    expect(roomOf(resolve(ROOT, 'src/assets/fonts/x.woff2'))).toBeNull();
    expect(roomOf(resolve(ROOT, 'scripts/bench/run.mjs'))).toBe('scripts');
  });

  it('keeps the intended arrows', () => {
    for (const view of VIEWS) {
      for (const other of VIEWS) if (other !== view) expect(forbidden(view, other)).not.toBeNull();
      expect(forbidden(view, 'share')).not.toBeNull();
      expect(forbidden('share', view)).toBeNull();
    }
    for (const low of ['state', 'data'])
      for (const high of [...VIEWS, 'ui', 'share']) expect(forbidden(low, high)).not.toBeNull();
    for (const high of [...VIEWS, 'state', 'share']) expect(forbidden('ui', high)).not.toBeNull();
    for (const leaf of ['i18n', 'theme', 'files'])
      for (const room of Object.keys(ROOMS))
        if (room !== leaf && room !== 'i18n') expect(forbidden(leaf, room)).not.toBeNull();
    expect(ROOMS.i18n).toEqual([]);
    expect(forbidden('charts', 'scripts')).not.toBeNull();
    expect(forbidden('app', 'share')).toBeNull();
    expect(forbidden('nouvelle-piece', 'data')).toMatch(/not in scripts\/lint\/rooms\.js/);
  });

  it('fails lint on a wrong arrow of every import kind, by name', async () => {
    const map = 'src/lib/map/Probe.ts';
    expect(await arrows(`import { x } from '../charts/props';\nexport { x };\n`, map)).toHaveLength(1);
    expect(await arrows(`import type { X } from '../share/embed';\nexport type { X };\n`, map)).toEqual([
      expect.stringContaining('map → share'),
    ]);
    expect(await arrows(`export const m = () => import('../panels/format');\n`, map)).toHaveLength(1);
    expect(await arrows(`export * from '../charts/props';\n`, map)).toHaveLength(1);
    expect(
      await arrows(`export type T = typeof import('../panels/format');\n`, 'src/lib/state/Probe.ts'),
    ).toHaveLength(1);
    expect(
      await arrows(`export { m } from '../../../scripts/bench/server.mjs';\n`, 'src/lib/charts/Probe.ts'),
    ).toEqual([expect.stringContaining('never imports scripts/')]);
    const svelte = `<script lang="ts">\n  import type { AppState } from '../state/app-state.svelte';\n  let { a }: { a: AppState } = $props();\n</script>\n\n{#await import('../share/embed') then m}{m.HEIGHT_MESSAGE}{a.lang}{/await}\n`;
    // Svelte files are parsed with the TypeScript project service, which knows only files on disk: the
    // text stands in for an existing component's.
    expect(await arrows(svelte, 'src/lib/ui/Button.svelte')).toEqual([
      expect.stringContaining('ui → state'),
      expect.stringContaining('ui → share'),
    ]);
    expect(await arrows(`import { x } from '../data/ids';\nexport { x };\n`, map)).toEqual([]);
    // ESLint with the TypeScript project service takes seconds to start on two shared cores.
  }, 60_000);

  it('is the diagram in ARCHITECTURE.md', () => {
    const doc = readFileSync(resolve(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const block = /```mermaid\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const drawn = new Set(
      [...block.matchAll(/^\s*(\w+)\s*-->\s*(\w+)\s*$/gm)].map(([, from, to]) => `${from} → ${to}`),
    );
    const table = new Set(
      Object.entries(ROOMS).flatMap(([from, tos]) =>
        // Every room may import i18n: the diagram says so once instead of drawing those arrows.
        tos.filter((to: string) => to !== 'i18n').map((to: string) => `${from} → ${to}`),
      ),
    );
    expect([...drawn].sort()).toEqual([...table].sort());
  });
});
