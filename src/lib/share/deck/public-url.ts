/**
 * The live view beside each exported slide (#16, optional, off by default): when the build knows the
 * atlas's public address (`ATLAS_PUBLIC_URL` at build time, checked by vite.config.ts `publicUrl`), each
 * PowerPoint slide carries a short link to its view and a QR code of it, so that someone in the room can
 * open the view on a phone. Without it, slides carry neither (a link to a dev server or to a file on a USB
 * key would lead nowhere). The QR code is drawn here, offline, by qrcode-generator (loaded only when a deck
 * is exported with an address), as PNG: every client reads it.
 */
import type { Lang } from '../../state/url';
import { PRINT } from '../../theme/colours';
import { viewQuery, type SlideView } from './deck';

declare const __ATLAS_PUBLIC_URL__: string;

/** The public address the build was given, `''` when none (the default). */
export const PUBLIC_URL: string = typeof __ATLAS_PUBLIC_URL__ === 'string' ? __ATLAS_PUBLIC_URL__ : '';

/** The link to a slide's view on the public atlas, in the deck's language. */
export function liveLink(base: string, view: SlideView, lang: Lang): string {
  const query = [viewQuery(view), lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
  return query ? `${base}?${query}` : base;
}

/** The link as a slide prints it: without `https://`. */
export const shortLink = (link: string): string => link.replace(/^https?:\/\//, '');

/** Pixels per QR module in the PNG, and the quiet zone around it (in modules, as the standard asks). */
const CELL = 8;
const QUIET = 4;

/** The link's QR code (error correction M, byte mode): `true` for a dark module, row by row. */
export async function qrModules(text: string): Promise<boolean[][]> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** The link's QR code as a `data:image/png` URL, black on white with its quiet zone, and its side in px. */
export async function qrPng(text: string): Promise<{ data: string; size: number }> {
  const modules = await qrModules(text);
  const n = modules.length;
  const size = (n + 2 * QUIET) * CELL;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas for the QR code');
  g.fillStyle = PRINT['print-paper'];
  g.fillRect(0, 0, size, size);
  g.fillStyle = PRINT['print-ink'];
  modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) g.fillRect((c + QUIET) * CELL, (r + QUIET) * CELL, CELL, CELL);
    }),
  );
  return { data: canvas.toDataURL('image/png'), size };
}
