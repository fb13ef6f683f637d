/**
 * The real clients the deck's files are proven with (#16), shared by the unit and browser tests:
 * LibreOffice Impress opens a .pptx and prints it to PDF, poppler reads the PDF back. `.ci/run` installs
 * both (libreoffice-impress, poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

/** LibreOffice's binary, or undefined where it is not installed. */
export const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);

/** Converts `file` (a .pptx in `dir`) with Impress, headless, in a profile of its own; returns the PDF's path. */
export function impressToPdf(file: string, dir: string): string {
  if (!soffice) throw new Error('LibreOffice is not installed (apt-get install libreoffice-impress)');
  execFileSync(
    soffice,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { timeout: 120_000, stdio: 'ignore' },
  );
  return join(dir, basename(file).replace(/\.[^.]+$/, '.pdf'));
}

/** A PDF's page count and its first page's width ÷ height (pdfinfo). */
export function pdfPages(file: string): { pages: number; ratio: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), ratio: w! / h! };
}

/** A PDF's text with its white space folded to single spaces (pdftotext). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
