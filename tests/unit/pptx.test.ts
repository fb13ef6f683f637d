/**
 * The PowerPoint builder (#16), proven with a real client: the file pptxgenjs writes is opened by
 * LibreOffice Impress (`soffice --headless --convert-to pdf`, installed by .ci/run), and the PDF's pages
 * and text are read back with poppler's `pdfinfo` and `pdftotext`. The zip's XML is checked too: every
 * picture has its alternative text (`descr`), every content slide its editable title and its notes.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

import { encodePng } from '../png';
import { impressToPdf, pdfPages, pdfText, soffice } from '../office';
import { buildPptx, pictureBox, PAGE, type PptxDeck } from '../../src/lib/share/deck/pptx';

/** A plain PNG of one colour (no browser here): enough for a picture of the right size. */
function png(width: number, height: number, rgb: [number, number, number]): string {
  const row = Buffer.alloc(width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, x * 3);
  return `data:image/png;base64,${encodePng(width, height, 3, () => row).toString('base64')}`;
}

const picture = { data: png(1920, 1080, [240, 230, 220]), width: 1920, height: 1080 };
const DECK: PptxDeck = {
  lang: 'fr',
  title: 'La Fabrique prospective « industrie »',
  subtitle: 'Huit Territoires d’industrie, 2023–2024',
  slides: [
    {
      title: 'Nord Loiret : 4 actions, 3 leviers',
      notes: 'Parler du forum de l’industrie.',
      picture,
      alt: 'Carte : Nord Loiret ; 3 leviers, dont la découverte des métiers.',
      source: 'Source : CNER, Fabrique prospective ANCT, 2023–2024',
      // With the build's public address (public-url.ts): the QR code and the link to the live view.
      live: {
        link: 'https://example.gouv.fr/atlas/?territoire=nord-loiret&lang=en',
        label: 'En ligne : example.gouv.fr/atlas/?territoire=nord-loiret&lang=en',
        qr: png(264, 264, [0, 0, 0]),
        qrAlt: 'Code QR de la vue en ligne : example.gouv.fr/atlas/?territoire=nord-loiret',
      },
    },
    {
      title: 'Nord Loiret et Pays Compiégnois',
      notes: '',
      picture,
      alt: 'Carte : Nord Loiret et Pays Compiégnois ; 2 leviers communs.',
      source: 'Source : CNER, Fabrique prospective ANCT, 2023–2024',
    },
    {
      title: '<img src=x onerror=alert(1)> reste du texte',
      notes: 'Note & <b>balise</b>',
      picture,
      alt: 'Graphique : les leviers par territoire.',
      source: 'Source : CNER',
    },
  ],
  sourcesTitle: 'Sources et licences',
  sources: ['Source : CNER, cner-france.com', 'Fonds : IGN, INSEE, ANCT — Licence Ouverte 2.0'],
};
const COLOURS = { text: '1F1A17', muted: '5C534D', accent: 'A0401B' };

describe('the PowerPoint deck', () => {
  it('fits a 16:9 picture between the title and the source line, centred', () => {
    const box = pictureBox({ width: 1920, height: 1080 });
    expect(box.w / box.h).toBeCloseTo(16 / 9, 5);
    expect(box.x).toBeGreaterThan(0);
    expect(box.x + box.w).toBeLessThanOrEqual(PAGE.width);
    expect(box.y).toBeGreaterThan(1);
    expect(box.y + box.h).toBeLessThan(PAGE.height - 0.4);
    const tall = pictureBox({ width: 1000, height: 1000 });
    expect(tall.w).toBeCloseTo(tall.h, 5);
  });

  it('writes one slide per view with a described picture, an editable title and its notes, between a title slide and a sources slide', async () => {
    const progress: string[] = [];
    const blob = await buildPptx(DECK, COLOURS, (i, n) => progress.push(`${i}/${n}`));
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(5);
    for (const [i, s] of DECK.slides.entries()) {
      const xml = await zip.file(`ppt/slides/slide${i + 2}.xml`)!.async('string');
      const descr = /<p:cNvPr [^>]*descr="([^"]*)"/.exec(xml)?.[1];
      expect(descr, `slide ${i + 2} picture descr`).toBeTruthy();
      expect(xml).toContain('<p:pic>');
      // The title is text (a:t), escaped, never markup.
      const escaped = s.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(xml).toContain(`<a:t>${escaped}</a:t>`);
      expect(xml).not.toContain('<img');
    }
    // The first slide's live view: its QR code (a second picture, described, linked) and its link as text.
    const first = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(first.match(/<p:pic>/g)).toHaveLength(2);
    expect(first).toContain(`descr="${DECK.slides[0]!.live!.qrAlt}"`);
    expect(first).toContain(`<a:t>${DECK.slides[0]!.live!.label.replace(/&/g, '&amp;')}</a:t>`);
    const rels = await zip.file('ppt/slides/_rels/slide2.xml.rels')!.async('string');
    // Both links (the picture's and the text's), escaped: a raw `&` would be broken XML.
    expect(
      rels.match(/Target="https:\/\/example\.gouv\.fr\/atlas\/\?territoire=nord-loiret&amp;lang=en"/g),
    ).toHaveLength(2);
    expect(rels).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    const second = await zip.file('ppt/slides/slide3.xml')!.async('string');
    expect(second.match(/<p:pic>/g)).toHaveLength(1);
    expect(second).not.toContain('En ligne');
    const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    const notesText = (await Promise.all(notes.map((f) => zip.file(f)!.async('string')))).join('\n');
    expect(notesText).toContain('Parler du forum de l’industrie.');
    expect(notesText).toContain('Note &amp; &lt;b&gt;balise&lt;/b&gt;');
    const theme = await zip.file('ppt/theme/theme1.xml')!.async('string');
    expect(theme).toContain('typeface="Arial"');
  });

  // LibreOffice Impress is the real client CI installs (.ci/run); without it there is nothing to open
  // the file with, so the check cannot run (it says so rather than pass).
  it.skipIf(!soffice)(
    'opens in LibreOffice Impress: five 16:9 pages with the titles as text',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'atlas-pptx-'));
      const file = join(dir, 'deck.pptx');
      writeFileSync(file, Buffer.from(await (await buildPptx(DECK, COLOURS)).arrayBuffer()));
      const pdf = impressToPdf(file, dir);
      expect(existsSync(pdf)).toBe(true);
      const { pages, ratio } = pdfPages(pdf);
      expect(pages).toBe(5);
      expect(ratio).toBeCloseTo(16 / 9, 2);
      const text = pdfText(pdf);
      for (const s of DECK.slides) expect(text).toContain(s.title.replace(/\s+/g, ' '));
      expect(text).toContain('Sources et licences');
      expect(text).toContain(DECK.slides[0]!.live!.label);
      expect(readFileSync(pdf).length).toBeGreaterThan(10_000);
    },
    180_000,
  );
});
