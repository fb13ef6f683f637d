/**
 * Embedding and presenting: each embed mode at a small and a large iframe size, the host page's history
 * left alone, the height message, the « Intégrer » dialog, and the presentation tour by keyboard. In host
 * pages served from another origin: outside links leave the frame, the resize script takes the atlas's
 * messages only, a sandbox that stops the scripts shows the readable message; and the smallest frames.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TERRITORY_IDS } from '../../src/lib/data/ids';
import { HEIGHT_MESSAGE } from '../../src/lib/share/embed';
import { atlasOrigin, iframeCode, resizeScript } from '../../src/lib/share/embed-code';
import { baseUrl, chromiumPath, launch, mapFirst, mapReady, open } from './browser';

/**
 * Host pages on another origin than the atlas: another port of 127.0.0.1 (`origin`), and the same port
 * as `localhost` for a third origin (`other`). No CSP: a host page runs the resize script inline.
 */
async function hostServer() {
  const pages: Record<string, string> = {};
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://host').pathname];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    pages,
    origin: `http://127.0.0.1:${port}`,
    other: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const hostPage = (body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page hôte</title></head><body>${body}</body></html>`;

/** For each element drawn: whether its centre is inside the viewport and a click there reaches it. */
const reachable = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const b = el.getBoundingClientRect();
        const x = b.x + b.width / 2;
        const y = b.y + b.height / 2;
        const inside = x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
        const at = inside ? document.elementFromPoint(x, y) : null;
        return !!at && (at === el || el.contains(at));
      }),
  );

const MODES = [
  ['carte', '?embed=carte&rendu=svg'],
  ['graphique', '?embed=graphique&graphique=matrice&rendu=svg'],
  ['fiche', '?embed=fiche&territoire=terres-de-montaigu&rendu=svg'],
  ['atlas', '?embed=atlas&rendu=svg'],
] as const;

describe.skipIf(!chromiumPath)('embed modes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [mode, query] of MODES) {
    for (const [width, height] of [
      [400, 300],
      [1280, 720],
    ] as const) {
      it(`embed=${mode} fits ${width}×${height}, links back to the full atlas, has no page header`, async () => {
        const w = await open(browser, query, { width, height });
        if (mode !== 'graphique' && mode !== 'fiche') await mapFirst(w.page);
        await w.page.waitForSelector('[data-testid="open-full"]');
        expect(await w.page.locator('header.masthead').count()).toBe(0);
        const href = await w.page.locator('[data-testid="open-full"]').getAttribute('href');
        expect(href).not.toContain('embed=');
        expect(href).toMatch(/^http/);
        if (mode === 'carte') expect(await w.page.locator('[data-testid="marker"]').count()).toBe(8);
        if (mode === 'fiche') {
          await expect
            .poll(() => w.page.locator('[data-testid="panel-heading"]').textContent())
            .toContain('Terres de Montaigu');
          expect(await w.page.locator('[data-testid="marker"]').count()).toBe(0);
        }
        if (mode === 'graphique') await w.page.waitForSelector('[data-testid="charts-view"]');
        // Nothing may spill sideways out of a small frame.
        const overflow = await w.page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(1);
        await w.screenshot(`embed-${mode}-${width}x${height}`);
        await w.check(`embed=${mode} ${width}×${height}`);
        await w.close();
      });
    }
  }

  it('never pushes the host page’s history, and posts its height to the host', async () => {
    const w = await open(browser, 'about:blank');
    await w.page.goto(`${baseUrl}?rendu=svg`);
    await mapFirst(w.page);
    const src = `${baseUrl}?embed=fiche&territoire=nord-loiret&rendu=svg`;
    await w.page.evaluate((s) => {
      document.body.innerHTML = '';
      const f = document.createElement('iframe');
      f.src = s;
      f.title = 'atlas';
      f.width = '600';
      f.height = '300';
      document.body.appendChild(f);
      (window as unknown as { __heights: number[] }).__heights = [];
      window.addEventListener('message', (e) => {
        if (e.source === f.contentWindow && e.data?.type === 'fabrique-atlas:height')
          (window as unknown as { __heights: number[] }).__heights.push(e.data.height);
      });
    }, src);
    const frame = w.page.frameLocator('iframe');
    await frame.locator('[data-testid="panel-heading"]').waitFor();
    const before = await w.page.evaluate(() => history.length);
    // Navigate inside the embed: selecting the next territory must not add host history entries.
    const next = frame.locator('[data-testid="next-territory"], button:has-text("suivant")').first();
    if (await next.count()) await next.click();
    await w.page.waitForTimeout(300);
    expect(await w.page.evaluate(() => history.length)).toBe(before);
    const heights = await w.page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBeGreaterThan(300);
    await w.close();
  });

  it('keeps wheel scrolling for the host page: a plain wheel over an embedded map shows the hint and does not zoom', async () => {
    const w = await open(browser, '?embed=carte&rendu=svg', { width: 800, height: 500 });
    // The gestures' chunk attached (map-ready), so the wheel below meets them.
    await mapReady(w.page);
    const before = await w.page.locator('svg.svg-map > g').getAttribute('transform');
    // Over the map itself, not over a marker or a control.
    const [x, y] = await w.page.evaluate(() => {
      for (let y = 150; y < 450; y += 20)
        for (let x = 100; x < 700; x += 20) {
          const el = document.elementFromPoint(x, y);
          if (el?.closest('svg.svg-map')) return [x, y];
        }
      return [0, 0];
    });
    await w.page.mouse.move(x, y);
    await w.page.mouse.wheel(0, -300);
    await expect.poll(() => w.page.locator('.coop-hint').count()).toBe(1);
    expect(await w.page.locator('svg.svg-map > g').getAttribute('transform')).toBe(before);
    await w.page.keyboard.down('Control');
    await w.page.mouse.wheel(0, -300);
    await w.page.keyboard.up('Control');
    await expect.poll(() => w.page.locator('svg.svg-map > g').getAttribute('transform')).not.toBe(before);
    await w.close();
  });

  it('static embeds do not move', async () => {
    const w = await open(browser, '?embed=carte&static&rendu=svg', { width: 800, height: 500 });
    await mapFirst(w.page);
    const before = await w.page.locator('svg.svg-map > g').getAttribute('transform');
    await w.page.mouse.move(400, 250);
    await w.page.mouse.down();
    await w.page.mouse.move(300, 200, { steps: 5 });
    await w.page.mouse.up();
    expect(await w.page.locator('svg.svg-map > g').getAttribute('transform')).toBe(before);
    await w.close();
  });
});

describe.skipIf(!chromiumPath)('« Intégrer » and presentation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives the link and iframe code of the current view', async () => {
    const w = await open(browser, '?rendu=svg&territoire=lisieux-normandie');
    await mapFirst(w.page);
    await w.page.locator('[data-testid="open-embed"]').click();
    const dialog = w.page.locator('[data-testid="embed-dialog"]');
    await dialog.waitFor();
    const link = await w.page.locator('[data-testid="embed-link"]').inputValue();
    expect(link).toContain('territoire=lisieux-normandie');
    expect(link).not.toContain('embed=');
    const code = await w.page.locator('[data-testid="embed-code"]').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]*embed=fiche[^"]*"/);
    expect(code).toContain('title="');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('allow="fullscreen"');
    expect(code).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms allow-downloads"',
    );
    // The resize script accepts the atlas's own origin, written in by the page that made it.
    await dialog.locator('summary').click();
    const script = await w.page.locator('[data-testid="embed-script"]').inputValue();
    expect(script).toContain(`var origin = "${new URL(baseUrl).origin}";`);
    expect(script).toContain('event.origin !== origin');
    expect(await w.page.locator('[data-testid="embed-resize-hint"]').textContent()).toContain(
      new URL(baseUrl).origin,
    );
    expect(await w.page.locator('[data-testid="embed-sandbox-hint"]').textContent()).toContain(
      'allow-popups-to-escape-sandbox',
    );
    await w.screenshot('embed-dialog');
    await w.check('embed dialog');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Escape closed the dialog only: the territory is still selected.
    expect(w.page.url()).toContain('territoire=lisieux-normandie');
    await w.close();
  });

  it('presents the ready-made deck (overview → eight territories → the matrix) with the keyboard, and Escape leaves', async () => {
    const w = await open(browser, '?rendu=svg', { width: 1280, height: 720 });
    await mapFirst(w.page);
    const entries = await w.page.evaluate(() => history.length);
    await w.page.locator('[data-testid="start-presenting"]').click();
    const progress = w.page.locator('[data-testid="presenter-progress"]');
    await expect.poll(() => progress.textContent()).toBe('1 / 10');
    await w.check('presentation, overview');
    const keys = ['ArrowRight', 'PageDown', ' '];
    for (let i = 0; i < TERRITORY_IDS.length; i++) {
      await w.page.keyboard.press(keys[i % keys.length]!);
      await expect.poll(() => w.page.url()).toContain(`territoire=${TERRITORY_IDS[i]}`);
      await expect.poll(() => progress.textContent()).toBe(`${i + 2} / 10`);
    }
    await w.screenshot('presentation-territory');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toContain('vue=graphiques');
    await expect.poll(() => progress.textContent()).toBe('10 / 10');
    await w.page.keyboard.press('PageUp');
    await expect.poll(() => progress.textContent()).toBe('9 / 10');
    await w.page.keyboard.press('End');
    await expect.poll(() => progress.textContent()).toBe('10 / 10');
    await w.screenshot('presentation-chart');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('[data-testid="presenter"]').count()).toBe(0);
    expect(await w.page.locator('header.masthead').isVisible()).toBe(true);
    // The view the reader had comes back, and the slides left no history entries behind.
    await expect.poll(() => w.page.url()).not.toContain('vue=graphiques');
    expect(await w.page.evaluate(() => history.length)).toBe(entries);
    await w.close();
  });
});

describe.skipIf(!chromiumPath)('embeds in their host page', () => {
  let browser: Browser;
  let host: Awaited<ReturnType<typeof hostServer>>;
  beforeAll(async () => {
    browser = await launch('none');
    host = await hostServer();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  /** Outside links of an embed: every link whose address is not the atlas page's own. */
  const outsideLinks = (page: Page) =>
    page.locator('a[href]').evaluateAll((links) =>
      links
        .map((a) => a as HTMLAnchorElement)
        .filter((a) => a.origin + a.pathname !== location.origin + location.pathname)
        .map((a) => ({ href: a.href, target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })),
    );

  it('opens outside links outside the frame (target=_blank, rel=noopener); the full page keeps them', async () => {
    // The card: its sources and the full atlas.
    const w = await open(browser, '?embed=fiche&territoire=nord-loiret&rendu=svg', {
      width: 800,
      height: 900,
    });
    await w.page.locator('.sources a[href^="https:"]').first().waitFor();
    const card = await outsideLinks(w.page);
    expect(card.filter((l) => l.href.startsWith('https:')).length).toBeGreaterThan(0);
    for (const l of card) {
      expect(l.target, l.href).toBe('_blank');
      expect(l.rel.split(' '), l.href).toContain('noopener');
    }
    expect(await w.page.locator('[data-testid="open-full"]').getAttribute('target')).toBe('_blank');
    await w.check('embed=fiche, outside links');
    await w.close();
    // The whole atlas: the overview's source (the CNER page).
    const a = await open(browser, '?embed=atlas&rendu=svg', { width: 1280, height: 720 });
    await a.page.locator('.panel a[href^="https:"]').first().waitFor({ state: 'attached' });
    const atlas = await outsideLinks(a.page);
    expect(atlas.some((l) => l.href.includes('cner-france.com'))).toBe(true);
    for (const l of atlas) {
      expect(l.target, l.href).toBe('_blank');
      expect(l.rel.split(' '), l.href).toContain('noopener');
    }
    await a.close();
    // The full page, not embedded: its outside links open in place, as before.
    const full = await open(browser, '?territoire=nord-loiret&rendu=svg', { width: 1280, height: 800 });
    await full.page.locator('.sources a[href^="https:"]').first().waitFor();
    for (const l of await outsideLinks(full.page)) expect(l.target, l.href).toBeNull();
    await full.close();
  });

  it('resize script: the atlas’s messages resize its iframe, a page of another origin’s do not', async () => {
    const src = `${baseUrl}?embed=fiche&territoire=nord-loiret&rendu=svg`;
    const hostile = `${host.other}/hostile`;
    host.pages['/hostile'] =
      `<!doctype html><html lang="en"><head><title>Hostile</title></head><body><script>` +
      `setInterval(function () { parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: 4321 }, '*'); }, 50);` +
      `</script></body></html>`;
    host.pages['/resize'] = hostPage(
      `${iframeCode(src, 'Atlas', 300)}\n${resizeScript(atlasOrigin(baseUrl))}\n<script>` +
        // What reached the host page from the atlas's own iframe window, whatever its origin.
        `var own = []; var frame = document.querySelector('iframe');` +
        `addEventListener('message', function (e) { if (e.source === frame.contentWindow && e.data && e.data.type === '${HEIGHT_MESSAGE}') own.push([e.origin, e.data.height]); });` +
        `</script>`,
    );
    const w = await open(browser, 'about:blank', { width: 900, height: 900 });
    await w.page.goto(`${host.origin}/resize`);
    const frame = w.page.locator('iframe').first();
    const height = () => frame.evaluate((f) => (f as HTMLIFrameElement).style.height);
    // The card's own messages set the iframe to the card's height.
    await expect.poll(height, { timeout: 30_000 }).toMatch(/^\d+px$/);
    await expect.poll(async () => parseInt(await height()), { timeout: 30_000 }).toBeGreaterThan(300);
    await w.page.waitForTimeout(500);
    const atlasHeight = await height();
    // A page of another origin beside it posts the same message: not the iframe's window.
    await w.page.evaluate((url) => {
      const f = document.createElement('iframe');
      f.src = url;
      f.title = 'hostile';
      document.body.append(f);
    }, hostile);
    // The atlas's own iframe navigated to that page: its window, but not the atlas's origin.
    await frame.evaluate((f, url) => ((f as HTMLIFrameElement).src = url), hostile);
    await expect
      .poll(() =>
        w.page.evaluate(
          (o) =>
            (window as unknown as { own: [string, number][] }).own.filter(([origin]) => origin === o).length,
          host.other,
        ),
      )
      .toBeGreaterThan(3);
    expect(await height()).toBe(atlasHeight);
    expect(atlasHeight).not.toBe('4321px');
    await w.close();
  });

  it('in a sandbox that stops its scripts, shows the prerendered overview and says why, with a link to the full atlas', async () => {
    const src = `${baseUrl}?embed=carte&rendu=svg`;
    host.pages['/sandbox'] = hostPage(
      // Scripts allowed but the origin null: the module scripts are CORS requests the server refuses.
      `<iframe name="null-origin" title="Atlas sans allow-same-origin" src="${src}" sandbox="allow-scripts" width="400" height="300"></iframe>` +
        // No scripts at all.
        `<iframe name="no-scripts" title="Atlas sans scripts" src="${src}" sandbox="" width="400" height="300"></iframe>` +
        // The tokens the « Intégrer » dialog writes: the atlas runs.
        iframeCode(src, 'Atlas', 300).replace('<iframe ', '<iframe name="dialog" '),
    );
    const w = await open(browser, 'about:blank', { width: 1280, height: 700 });
    await w.page.goto(`${host.origin}/sandbox`);
    const links = (message: ReturnType<ReturnType<typeof w.page.frameLocator>['locator']>) =>
      message
        .locator('a')
        .evaluateAll((els) =>
          els.map((a) => [(a as HTMLAnchorElement).href, a.getAttribute('target'), a.getAttribute('rel')]),
        );
    for (const name of ['null-origin', 'no-scripts']) {
      const frame = w.page.frameLocator(`iframe[name="${name}"]`);
      // The build's prerendered overview (#17), styled (its stylesheet has no `crossorigin`): the map's
      // eight markers, shown once its hidden state (a link's query) ran out, or at once without scripts.
      const atlas = frame.locator('#app > .atlas');
      await expect
        .poll(() => atlas.evaluate((el) => el.checkVisibility({ visibilityProperty: true })), {
          timeout: 15_000,
        })
        .toBe(true);
      expect(await frame.locator('[data-testid="marker"]').count()).toBe(8);
      expect(
        await frame.locator('[data-testid="svg-map"]').evaluate((el) => el.getBoundingClientRect().width),
      ).toBeGreaterThan(300);
      // Without scripts, the map's noscript line; with scripts that cannot load, the bar over the header.
      const message = name === 'no-scripts' ? frame.locator('.noscript') : frame.locator('#atlas-fallback');
      await expect.poll(() => message.isVisible(), { timeout: 15_000 }).toBe(true);
      if (name === 'null-origin') {
        expect(await message.textContent()).toContain('Ouvrir l’atlas complet');
        expect(await message.textContent()).toContain('Open the full atlas');
        expect(await message.textContent()).toContain('La vue demandée par le lien n’a pas pu s’ouvrir');
      } else {
        expect(await message.textContent()).toContain('JavaScript');
        expect(await frame.locator('#atlas-fallback').isVisible()).toBe(false);
      }
      const found = await links(message);
      expect(found.length).toBe(name === 'null-origin' ? 2 : 1);
      for (const [href, target, rel] of found) {
        expect(href).toBe(`${baseUrl}index.html`);
        expect(target).toBe('_blank');
        expect(rel).toContain('noopener');
      }
    }
    const dialog = w.page.frameLocator('iframe[name="dialog"]');
    await expect.poll(() => dialog.locator('[data-testid="marker"]').count(), { timeout: 30_000 }).toBe(8);
    expect(await dialog.locator('#atlas-fallback').count()).toBe(0);
    await w.screenshot('embed-sandboxes');
    await w.close();
  });

  it('a normal load never shows the message: main.ts removes it at once', async () => {
    const w = await open(browser, '?embed=carte&rendu=svg', { width: 400, height: 300 });
    await mapFirst(w.page);
    expect(await w.page.locator('#atlas-fallback').count()).toBe(0);
    await w.close();
  });

  for (const [mode, query] of [
    ['carte', '?embed=carte&rendu=svg'],
    ['atlas', '?embed=atlas&rendu=svg'],
  ] as const) {
    it(`embed=${mode} at 300×200: every marker and control can be clicked, none is covered`, async () => {
      const w = await open(browser, query, { width: 300, height: 200 });
      await mapFirst(w.page);
      expect(await reachable(w.page, '[data-testid="marker"]')).toEqual(Array(8).fill(true));
      // Zoom, « France entière », the layer switch where there is room for it, and the link out.
      const controls = await reachable(
        w.page,
        '.controls button, [data-testid="layer-ti"], [data-testid="open-full"]',
      );
      expect(controls.length).toBeGreaterThanOrEqual(4);
      expect(controls.every(Boolean)).toBe(true);
      await w.check(`embed=${mode} 300×200`);
      await w.screenshot(`embed-${mode}-300x200`);
      // They work: each marker selects its territory (the map frames it), « France entière » comes back
      // to France with every marker within reach again, and zooming moves the map.
      const france = w.page.locator('.controls button').nth(2);
      for (const id of TERRITORY_IDS) {
        const marker = w.page.locator(`[data-testid="marker"][data-id="${id}"]`);
        await marker.click();
        await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
        await france.click();
        await expect.poll(() => reachable(w.page, '[data-testid="marker"]')).toEqual(Array(8).fill(true));
      }
      const before = await w.page.locator('svg.svg-map > g').getAttribute('transform');
      await w.page.locator('.controls button').first().click();
      await expect.poll(() => w.page.locator('svg.svg-map > g').getAttribute('transform')).not.toBe(before);
      await w.close();
    });
  }

  for (const [mode, query] of [
    ['carte', '?embed=carte&rendu=svg'],
    ['fiche', '?embed=fiche&territoire=lisieux-normandie&rendu=svg'],
  ] as const) {
    it(`embed=${mode} at 200×150: a link to the full atlas fills the frame`, async () => {
      const w = await open(browser, query, { width: 200, height: 150 });
      const link = w.page.locator('[data-testid="open-full"]');
      await link.waitFor();
      const box = await link.boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width: 200, height: 150 });
      // Anywhere in the frame is the link.
      const hits = await w.page.evaluate(() =>
        [
          [10, 10],
          [100, 75],
          [190, 140],
        ].map(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('[data-testid="open-full"]')),
      );
      expect(hits).toEqual([true, true, true]);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await w.page.locator('[data-testid="marker"]').first().isVisible()).toBe(false);
      await w.check(`embed=${mode} 200×150`);
      await w.screenshot(`embed-${mode}-200x150`);
      await w.close();
    });
  }
});
