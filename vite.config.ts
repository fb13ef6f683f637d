import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

import { DATA_FILES, validateData, type DataFiles } from './src/lib/data/schema.ts';

/** PRODUCT.md « Security headers »: the production build carries this policy from the first build. */
export const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; " +
  "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'";

/** Validates `data/` before anything is built: a broken file stops dev and build with file, record and field. */
function dataCheck(): Plugin {
  return {
    name: 'atlas:data-check',
    buildStart() {
      const files = {} as Record<keyof DataFiles, unknown>;
      for (const [key, path] of Object.entries(DATA_FILES) as [keyof DataFiles, string][]) {
        this.addWatchFile(resolve(path));
        try {
          files[key] = JSON.parse(readFileSync(resolve(path), 'utf8'));
        } catch (e) {
          this.error(`${path}: not readable JSON (${(e as Error).message})`);
        }
      }
      try {
        validateData(files as DataFiles);
      } catch (e) {
        this.error((e as Error).message);
      }
    },
  };
}

function csp(): Plugin {
  return {
    name: 'atlas:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  };
}

export default defineConfig({
  base: './',
  // Under Vitest the data check is a test of its own (tests/unit/data.test.ts), not a gate on every test.
  plugins: [process.env['VITEST'] ? null : dataCheck(), svelte(), csp()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  test: {
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.ts'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
