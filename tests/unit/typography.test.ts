import { describe, expect, it } from 'vitest';

import { NNBSP, frenchTypography } from '../../src/lib/i18n/typography';

describe('frenchTypography', () => {
  it('puts a narrow no-break space before high punctuation', () => {
    expect(frenchTypography('formation : propose ; vraiment ! non ?')).toBe(
      `formation${NNBSP}: propose${NNBSP}; vraiment${NNBSP}! non${NNBSP}?`,
    );
  });
  it('replaces a no-break space and a missing space alike', () => {
    expect(frenchTypography('a\u00A0: b')).toBe(`a${NNBSP}: b`);
    expect(frenchTypography('Source: CNER')).toBe(`Source${NNBSP}: CNER`);
  });
  it('spaces the inside of guillemets', () => {
    expect(frenchTypography('des solutions «clés en main»')).toBe(
      `des solutions «${NNBSP}clés en main${NNBSP}»`,
    );
    expect(frenchTypography('trois « stages » en')).toBe(`trois «${NNBSP}stages${NNBSP}» en`);
  });
  it('turns straight apostrophes between letters into ’', () => {
    expect(frenchTypography("l'industrie d'aujourd'hui")).toBe('l’industrie d’aujourd’hui');
  });
  it('leaves URLs and times alone', () => {
    expect(frenchTypography('https://cner-france.com/?p=1331 à 10:30')).toBe(
      'https://cner-france.com/?p=1331 à 10:30',
    );
  });
  it('is idempotent', () => {
    const once = frenchTypography("« l'offre » : oui ? « non »");
    expect(frenchTypography(once)).toBe(once);
  });
});
