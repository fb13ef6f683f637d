/**
 * French typography for every text a user reads (DOMAIN.md): typographic apostrophe, and a narrow
 * no-break space (U+202F) before « ; : ! ? », after « and before ». Idempotent, so it can be applied
 * to text that is already correct.
 */
export const NNBSP = '\u202F';

export function frenchTypography(input: string): string {
  return input
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/[ \u00A0\u202F]*([;:!?])/g, (match, mark: string, offset: number, whole: string) => {
      // Only a mark that ends a phrase takes the space: « ?p=1331 », « https: » and « 10:30 » stay as they are.
      const before = whole[offset - 1];
      const next = whole[offset + match.length];
      const endsPhrase = next === undefined || /[\s)»”.,…]/.test(next);
      if (before === undefined || before === '/' || !endsPhrase) return match;
      return `${NNBSP}${mark}`;
    })
    .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`);
}
