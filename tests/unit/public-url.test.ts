/**
 * The optional live view on exported slides (#16): the build's address is checked (vite.config.ts
 * `publicUrl`), each slide's link is its view on that address in the deck's language, and its QR code is
 * a real one (the finder patterns in three corners, the version that fits the link).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { emptyDeck, addSlide, viewOf } from '../../src/lib/share/deck/deck';
import { PUBLIC_URL, liveLink, qrModules, shortLink } from '../../src/lib/share/deck/public-url';
import { defaultUrlState } from '../../src/lib/state/url';
import { publicUrl } from '../../vite.config';
import { encodePng } from '../png';

const zbarimg = ['/usr/bin/zbarimg'].find(existsSync);

/** The modules as a greyscale PNG, 8 px a module, with the 4-module quiet zone (as qrPng draws them). */
function modulesPng(m: boolean[][]): Buffer {
  const cell = 8;
  const side = (m.length + 8) * cell;
  return encodePng(side, side, 1, (y) => {
    const row = Buffer.alloc(side, 255);
    const r = Math.floor(y / cell) - 4;
    for (let x = 0; x < side; x++) if (m[r]?.[Math.floor(x / cell) - 4]) row[x] = 0;
    return row;
  });
}

const view = (over: Partial<ReturnType<typeof defaultUrlState>>) => viewOf({ ...defaultUrlState(), ...over });

describe('the public address (ATLAS_PUBLIC_URL)', () => {
  it('is off by default, and the build refuses what is not an http(s) address', () => {
    expect(publicUrl(undefined)).toBe('');
    expect(publicUrl('  ')).toBe('');
    expect(PUBLIC_URL).toBe(
      process.env['ATLAS_PUBLIC_URL'] ? publicUrl(process.env['ATLAS_PUBLIC_URL']) : '',
    );
    expect(publicUrl('https://example.gouv.fr/atlas/?x=1#top')).toBe('https://example.gouv.fr/atlas/');
    expect(publicUrl('https://example.gouv.fr/atlas')).toBe('https://example.gouv.fr/atlas/');
    expect(publicUrl('https://example.gouv.fr')).toBe('https://example.gouv.fr/');
    expect(publicUrl('https://example.gouv.fr/atlas/index.html')).toBe(
      'https://example.gouv.fr/atlas/index.html',
    );
    for (const bad of [
      'example.gouv.fr',
      'ftp://example.gouv.fr/',
      'javascript:alert(1)',
      'file:///atlas.html',
    ])
      expect(() => publicUrl(bad), bad).toThrow(/ATLAS_PUBLIC_URL: « .* » is not an http\(s\) address/);
  });

  it('links each slide to its own view, in the deck’s language', () => {
    const base = 'https://example.gouv.fr/atlas/';
    expect(liveLink(base, view({}), 'fr')).toBe(base);
    expect(liveLink(base, view({}), 'en')).toBe(`${base}?lang=en`);
    const territory = liveLink(base, view({ territoire: 'nord-loiret' }), 'fr');
    expect(territory).toBe(`${base}?territoire=nord-loiret`);
    expect(liveLink(base, view({ vue: 'graphiques', graphique: 'axes' }), 'en')).toMatch(
      /^https:\/\/example\.gouv\.fr\/atlas\/\?vue=graphiques&graphique=axes&lang=en$/,
    );
    expect(shortLink(territory)).toBe('example.gouv.fr/atlas/?territoire=nord-loiret');
    // A deck's slides each get their own.
    const deck = addSlide(
      addSlide(emptyDeck('fr'), view({}))!,
      view({ comparer: ['bassin-de-brive', 'nord-loiret'] }),
    )!;
    const links = deck.slides.map((s) => liveLink(base, s.view, deck.lang));
    expect(new Set(links).size).toBe(2);
    expect(links[1]).toContain('comparer=bassin-de-brive,nord-loiret');
  });

  it('draws a real QR code of the link', async () => {
    const link = 'https://example.gouv.fr/atlas/?territoire=mulhouse-alsace-agglomeration&lang=en';
    const m = await qrModules(link);
    const n = m.length;
    // Version v has 17 + 4v modules a side; 80-odd bytes at level M need version 5 or 6.
    expect((n - 17) % 4).toBe(0);
    expect((n - 17) / 4).toBeGreaterThanOrEqual(5);
    // The three finder patterns: a dark 7 × 7 ring around a light ring around a dark 3 × 3 core.
    const finder = (r0: number, c0: number) => {
      for (let r = 0; r < 7; r++)
        for (let c = 0; c < 7; c++) {
          const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
          expect(m[r0 + r]![c0 + c], `finder at ${r0},${c0}: ${r},${c}`).toBe(ring !== 2);
        }
    };
    finder(0, 0);
    finder(0, n - 7);
    finder(n - 7, 0);
    // The timing pattern between them: row 6 and column 6 alternate, dark on even modules.
    for (let i = 8; i < n - 8; i++) {
      expect(m[6]![i], `timing row ${i}`).toBe(i % 2 === 0);
      expect(m[i]![6], `timing column ${i}`).toBe(i % 2 === 0);
    }
    // Another link, another code.
    expect(JSON.stringify(await qrModules(`${link}x`))).not.toBe(JSON.stringify(m));
  });

  // zbar is the reader CI installs (.ci/run); without it there is nothing to read the code with, so the
  // check cannot run (it says so rather than pass).
  it.skipIf(!zbarimg)('is read back by a QR reader (zbar) as the link itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-qr-'));
    for (const link of [
      'https://example.gouv.fr/atlas/?territoire=nord-loiret',
      'https://example.gouv.fr/atlas/?comparer=bassin-de-brive,lisieux-normandie&leviers=formation,freins&lang=en',
    ]) {
      const file = join(dir, 'qr.png');
      writeFileSync(file, modulesPng(await qrModules(link)));
      const read = execFileSync(zbarimg!, ['--quiet', '--raw', file], {
        encoding: 'utf8',
        // zbar's own D-Bus complaint (no system bus here) is noise.
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      expect(read).toBe(link);
    }
  });
});
