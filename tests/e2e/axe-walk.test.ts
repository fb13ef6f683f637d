/**
 * One walk through every main state of the atlas (issue « Quality gates »), each checked by `check()`:
 * axe-core with the WCAG 2.1 A and AA rules (none disabled), no page or console error, no CSP violation,
 * no request leaving the origin, and every loaded chunk with its stylesheet. Other browser tests check
 * the same states on their way; this one is the list, in one place, in both themes and both languages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHARTS, EMBEDS } from '../../src/lib/state/url';
import { chromiumPath, launch, mapFirst, open } from './browser';

interface State {
  name: string;
  path: string;
  /** What to do once the page is up, before the check. */
  then?: (page: Page) => Promise<void>;
}

const openTable = async (page: Page) => {
  await page.locator('details.table summary').first().click();
  await page.locator('details.table[open] tbody tr').first().waitFor();
};

const STATES: State[] = [
  { name: 'overview', path: '?rendu=svg' },
  { name: 'a territory', path: '?rendu=svg&territoire=lezoux-thiers-ambert' },
  { name: 'compare', path: '?rendu=svg&comparer=bassin-de-brive,nord-loiret,lisieux-normandie' },
  {
    name: 'method',
    path: '?rendu=svg',
    then: async (page) => {
      await page.locator('[data-testid="overview-method"]').click();
      await page.locator('[data-testid="method-close"]').waitFor();
    },
  },
  { name: 'filtered overview, its « En bref »', path: '?rendu=svg&leviers=decouverte,mixite' },
  {
    name: 'search, with the vocabulary group',
    path: '?rendu=svg',
    then: async (page) => {
      await page.locator('[data-testid="search-input"]').fill('mixité');
      await page.locator('[data-testid="search-result"]').first().waitFor();
    },
  },
  {
    name: 'territory with its nearest territories',
    path: '?rendu=svg&territoire=pays-compiegnois',
    then: async (page) => {
      await page.locator('[data-testid="nearest-item"]').first().scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'filters open',
    path: '?rendu=svg&leviers=freins',
    then: async (page) => {
      await page.locator('[data-testid="filters-toggle"]').click();
      await page.locator('[data-testid="filter-leviers-freins"]').waitFor();
    },
  },
  ...CHARTS.map((chart): State => ({
    name: `chart ${chart} with its table`,
    path: `?rendu=svg&vue=graphiques&graphique=${chart}`,
    then: openTable,
  })),
  ...EMBEDS.map((embed): State => ({
    name: `embed ${embed}`,
    path: `?rendu=svg&embed=${embed}${embed === 'fiche' ? '&territoire=nord-loiret' : ''}${
      embed === 'graphique' ? '&graphique=axes' : ''
    }`,
  })),
  { name: 'embed carte, static', path: '?rendu=svg&embed=carte&static' },
  {
    name: 'presentation',
    path: '?rendu=svg',
    then: async (page) => {
      await page.locator('[data-testid="start-presenting"]').click();
      await page.locator('[data-testid="presenter"]').waitFor();
      await page.keyboard.press('ArrowRight');
    },
  },
  {
    name: 'embed dialog',
    path: '?rendu=svg&territoire=nord-loiret',
    then: async (page) => {
      await page.locator('[data-testid="open-embed"]').click();
      await page.locator('dialog[open]').waitFor();
    },
  },
];

describe.skipIf(!chromiumPath)('axe on every main state', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  // One test per state and theme: each page has its own time budget (the walk as one test took
  // 52–60 s on two shared cores and ran into vitest's timeout in CI), and a failure names its state.
  for (const [theme, lang] of [
    ['light', 'fr'],
    ['dark', 'en'],
  ] as const) {
    describe(`in the ${theme} theme, ${lang === 'fr' ? 'French' : 'English'}`, () => {
      for (const s of STATES) {
        it(`passes on ${s.name}`, async () => {
          const path = `${s.path}&theme=${theme}${lang === 'en' ? '&lang=en' : ''}`;
          const w = await open(browser, path, { colorScheme: theme });
          try {
            if (!/embed=(graphique|fiche)|vue=graphiques/.test(path)) await mapFirst(w.page);
            else await w.page.locator('[data-testid="atlas"]').waitFor();
            await s.then?.(w.page);
            expect(await w.page.evaluate(() => document.documentElement.lang)).toBe(lang);
            await w.check(`${s.name} (${theme}, ${lang})`);
          } finally {
            await w.close();
          }
        });
      }
    });
  }
});
