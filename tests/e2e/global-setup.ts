/**
 * Browser tests: finds Debian's Chromium, serves the production build (`dist/`, built by `npm test`
 * before this runs) and hands both to the tests. No Chromium: a failure under CI=true, else one loud
 * line and the browser tests are skipped.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: string | null;
    baseUrl: string;
  }
}

export function findChromium(): string | null {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const how = 'install it with `apt-get update && apt-get install -y chromium`, or set CHROME_PATH';
    if (process.env['CI'] === 'true') throw new Error(`No Chromium found for the browser tests: ${how}.`);
    console.warn(`\n\n!!! BROWSER TESTS SKIPPED: no Chromium found. To run them, ${how}. !!!\n\n`);
  }
  // ATLAS_DIST lets several people build and test side by side without sharing dist/.
  const outDir = process.env['ATLAS_DIST'] ?? 'dist';
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests.`);
  const server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address() as AddressInfo;
  project.provide('chromium', chromium);
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
