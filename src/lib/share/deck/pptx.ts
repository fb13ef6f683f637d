/**
 * The deck as a PowerPoint file (#16), built in the browser with pptxgenjs (the OOXML that PowerPoint
 * itself writes, read by PowerPoint, Google Slides and LibreOffice Impress). This module is only ever
 * imported dynamically, when the user exports: pptxgenjs and its zip library never reach the first screen.
 *
 * Each slide: the view's picture (PNG, at least 1920 × 1080, labels placed for that size) with its
 * alternative text, the slide's title and the source line as editable text, the notes as speaker notes.
 * A title slide opens the deck and a « Sources et licences » slide closes it. Text is Arial (PRODUCT.md:
 * Liberation Sans is its metric twin where Arial is missing).
 */
import type PptxGenJS from 'pptxgenjs';

export interface PptxPicture {
  /** `data:image/png;base64,…` */
  data: string;
  width: number;
  height: number;
}

export interface PptxSlide {
  title: string;
  notes: string;
  picture: PptxPicture;
  /** What the picture shows, in one plain sentence of the deck's language. */
  alt: string;
  /** The source and licence line under the picture. */
  source: string;
  /** The slide's live view (only when the build knows the atlas's public address, public-url.ts). */
  live?: PptxLive;
}

export interface PptxLive {
  /** The view's address, the link's target. */
  link: string;
  /** What the slide prints of it (« En ligne : atlas.example.fr/?territoire=… »). */
  label: string;
  /** Its QR code, a square `data:image/png` picture. */
  qr: string;
  /** The QR code's alternative text. */
  qrAlt: string;
}

export interface PptxDeck {
  lang: 'fr' | 'en';
  /** The title slide's title and subtitle. */
  title: string;
  subtitle: string;
  slides: readonly PptxSlide[];
  /** The closing slide: its title and one paragraph per source or licence. */
  sourcesTitle: string;
  sources: readonly string[];
}

/** 16:9, in inches (pptxgenjs's LAYOUT_WIDE: 13.333 × 7.5 in, PowerPoint's default widescreen). */
export const PAGE = { width: 13.333, height: 7.5 } as const;
const MARGIN = 0.45;
const TITLE = { y: 0.3, h: 0.8 } as const;
const SOURCE_H = 0.35;
const FONT = 'Arial';
/** The atlas's ink and accent, as PowerPoint wants them (hex without `#`). */
export interface PptxColours {
  text: string;
  muted: string;
  accent: string;
}

/** Where a picture of the given aspect goes: as large as fits between the title and the source line. */
export function pictureBox(picture: Pick<PptxPicture, 'width' | 'height'>): {
  x: number;
  y: number;
  w: number;
  h: number;
} {
  const top = TITLE.y + TITLE.h + 0.1;
  const bottom = PAGE.height - MARGIN - SOURCE_H;
  const maxW = PAGE.width - 2 * MARGIN;
  const maxH = bottom - top;
  const ratio = picture.width / picture.height;
  const w = Math.min(maxW, maxH * ratio);
  const h = w / ratio;
  return { x: (PAGE.width - w) / 2, y: top + (maxH - h) / 2, w, h };
}

/**
 * Builds the file. `onProgress(i, n)` is called before each content slide (« Diapositive 3 / 10 »), and
 * yields to the page between slides so the progress can paint.
 */
export async function buildPptx(
  deck: PptxDeck,
  colours: PptxColours,
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx: PptxGenJS = new Pptx();
  // The language of every text box (PowerPoint's spelling and reading voice).
  const lang = deck.lang === 'fr' ? 'fr-FR' : 'en-GB';
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.subtitle;
  pptx.company = 'ANCT — Fabrique prospective';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const opening = pptx.addSlide();
  opening.addText(deck.title, {
    x: MARGIN,
    y: 2.4,
    w: PAGE.width - 2 * MARGIN,
    h: 1.4,
    fontFace: FONT,
    lang,
    fontSize: 40,
    bold: true,
    color: colours.text,
    valign: 'bottom',
  });
  opening.addText(deck.subtitle, {
    x: MARGIN,
    y: 4.1,
    w: PAGE.width - 2 * MARGIN,
    h: 1,
    fontFace: FONT,
    lang,
    fontSize: 20,
    color: colours.muted,
    valign: 'top',
  });
  opening.addShape('rect', {
    x: MARGIN + 0.08,
    y: 3.95,
    w: 1.6,
    h: 0.06,
    fill: { color: colours.accent },
    line: { color: colours.accent },
  });

  // Every slide's title, in the same box and type (the content slides' and the closing one's).
  const titleBox = {
    x: MARGIN,
    y: TITLE.y,
    w: PAGE.width - 2 * MARGIN,
    h: TITLE.h,
    fontFace: FONT,
    lang,
    fontSize: 28,
    bold: true,
    color: colours.text,
  } as const;

  const total = deck.slides.length;
  for (const [i, s] of deck.slides.entries()) {
    onProgress?.(i + 1, total);
    await new Promise((r) => setTimeout(r, 0));
    const slide = pptx.addSlide();
    const live = s.live;
    // With a live view, its QR code takes the title row's right end and its link the source row's.
    const qrSide = live ? TITLE.h : 0;
    slide.addText(s.title, {
      ...titleBox,
      w: titleBox.w - (live ? qrSide + 0.2 : 0),
      valign: 'middle',
      fit: 'shrink',
    });
    slide.addImage({ data: s.picture.data, ...pictureBox(s.picture), altText: s.alt });
    const row = { y: PAGE.height - MARGIN - SOURCE_H, h: SOURCE_H, fontFace: FONT, lang, fontSize: 10 };
    const sourceW = (PAGE.width - 2 * MARGIN) * (live ? 0.6 : 1);
    slide.addText(s.source, { ...row, x: MARGIN, w: sourceW, color: colours.muted, valign: 'middle' });
    if (live) {
      slide.addImage({
        data: live.qr,
        x: PAGE.width - MARGIN - qrSide,
        y: TITLE.y,
        w: qrSide,
        h: qrSide,
        altText: live.qrAlt,
        // pptxgenjs 4.0.1 escapes a text run's link address in the slide's relations, not an image's: a
        // raw `&` there is broken XML, which PowerPoint offers to « repair ».
        hyperlink: { url: live.link.replace(/&/g, '&amp;') },
      });
      slide.addText([{ text: live.label, options: { hyperlink: { url: live.link } } }], {
        ...row,
        x: MARGIN + sourceW,
        w: PAGE.width - 2 * MARGIN - sourceW,
        color: colours.accent,
        align: 'right',
        valign: 'middle',
      });
    }
    if (s.notes.trim()) slide.addNotes(s.notes);
  }

  const closing = pptx.addSlide();
  closing.addText(deck.sourcesTitle, titleBox);
  closing.addText(
    deck.sources.map((text) => ({ text, options: { breakLine: true, paraSpaceAfter: 10 } })),
    {
      x: MARGIN,
      y: TITLE.y + TITLE.h + 0.2,
      w: PAGE.width - 2 * MARGIN,
      h: PAGE.height - TITLE.y - TITLE.h - 0.2 - MARGIN,
      fontFace: FONT,
      lang,
      fontSize: 16,
      color: colours.text,
      valign: 'top',
    },
  );

  const out = await pptx.write({ outputType: 'blob', compression: true });
  return out as Blob;
}
