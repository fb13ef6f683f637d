/**
 * integration.html: two atlases mounted with mount() in one document, and two iframes side by side.
 * Selection, filters and theme stay independent in all four; the host page's URL is never touched.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath, launch, open } from './browser';

describe.skipIf(!chromiumPath)('four atlases on one page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps selection, filters and theme independent', async () => {
    const w = await open(browser, 'integration.html', { width: 1400, height: 1300 });
    const hostUrl = w.page.url();
    const m1 = w.page.locator('[data-testid="mount-1"]');
    const m2 = w.page.locator('[data-testid="mount-2"]');
    const f1 = w.page.frameLocator('[data-testid="frame-1"]');
    const f2 = w.page.frameLocator('[data-testid="frame-2"]');
    await m1.locator('[data-testid="marker"]').first().waitFor();
    await m2.locator('[data-testid="marker"]').first().waitFor();
    await f1.locator('[data-testid="marker"]').first().waitFor();
    await f2.locator('[data-testid="marker"]').first().waitFor();

    const pressed = async (scope: typeof m1 | typeof f1) =>
      scope
        .locator('[data-testid="marker"][aria-pressed="true"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(await pressed(m1)).toEqual(['nord-loiret']);
    expect(await pressed(m2)).toEqual([]);
    expect(await pressed(f1)).toEqual(['bassin-de-brive']);
    expect(await pressed(f2)).toEqual([]);

    // Themes as each was given.
    expect(await m1.locator('.atlas').getAttribute('data-theme')).toBe('light');
    expect(await m2.locator('.atlas').getAttribute('data-theme')).toBe('dark');
    expect(await f2.locator('.atlas').getAttribute('data-theme')).toBe('dark');

    // Filters as each was given: mount 2 filters on « jeunes », iframe 2 on « formation ».
    const dimmed = async (scope: typeof m1 | typeof f1) =>
      scope.locator('[data-testid="marker"].dimmed').count();
    expect(await dimmed(m1)).toBe(0);
    expect(await dimmed(m2)).toBeGreaterThan(0);
    expect(await dimmed(f1)).toBe(0);
    expect(await dimmed(f2)).toBeGreaterThan(0);

    // Selecting in one changes that one only.
    await m2.locator('[data-testid="marker"][data-id="lisieux-normandie"]').click();
    await expect.poll(() => pressed(m2)).toEqual(['lisieux-normandie']);
    await f2.locator('[data-testid="marker"][data-id="terres-de-montaigu"]').click();
    await expect.poll(() => pressed(f2)).toEqual(['terres-de-montaigu']);
    expect(await pressed(m1)).toEqual(['nord-loiret']);
    expect(await pressed(f1)).toEqual(['bassin-de-brive']);
    expect(w.page.url()).toBe(hostUrl);

    // No id is shared between the two mounted atlases.
    const dupes = await w.page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(dupes).toEqual([]);
    await w.screenshot('integration-four-atlases');
    await w.check('integration page');
    await w.close();
  });
});
