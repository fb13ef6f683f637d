import { describe, expect, it } from 'vitest';

import '../../src/lib/i18n/charts';
import '../../src/lib/i18n/brief';
import '../../src/lib/i18n/embed';
import '../../src/lib/i18n/deck-presenter';
import '../../src/lib/i18n/deck-alt';
import '../../src/lib/i18n/first-screen';
import { searchEn, searchFr } from '../../src/lib/i18n/search';
import { NNBSP } from '../../src/lib/i18n/typography';
import { messages, registerMessages, translate } from '../../src/lib/i18n/messages';

// The search chunk registers its strings when it builds its index (search-index.ts).
registerMessages(searchFr, searchEn);

describe('messages', () => {
  it('has every key in both languages, none empty', () => {
    const fr = Object.keys(messages.fr).sort();
    const en = Object.keys(messages.en).sort();
    expect(en).toEqual(fr);
    for (const lang of ['fr', 'en'] as const) {
      for (const [k, v] of Object.entries(messages[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(messages.fr) as (keyof typeof messages.fr)[]) {
      expect(holes(messages.en[k]), k).toEqual(holes(messages.fr[k]));
    }
  });

  it('writes French with typographic apostrophes and narrow spaces', () => {
    for (const [k, v] of Object.entries(messages.fr)) {
      expect(v, k).not.toMatch(/'/);
      expect(v, k).not.toMatch(/ [:;!?»]/);
      expect(v, k).not.toMatch(/« /);
    }
    expect(messages.fr['app.title']).toBe(`Atlas de la Fabrique prospective «${NNBSP}industrie${NNBSP}»`);
  });

  it('reads a vocabulary hit of the search in both languages', () => {
    const vars = { facet: 'Levier', label: 'Mixité', count: '1 action' };
    expect(translate('fr', 'panels.search.term', vars)).toBe(`Levier${NNBSP}: Mixité — 1 action`);
    expect(translate('en', 'panels.search.term', { ...vars, facet: 'Lever', label: 'Diversity' })).toBe(
      'Lever: Diversity — 1 action',
    );
  });

  it('formats numbers for the locale', () => {
    expect(translate('fr', 'panel.actionsCount', { n: 1200 })).toBe(`1${NNBSP}200 actions nommées`);
    expect(translate('en', 'panel.actionsCount', { n: 1200 })).toBe('1,200 named actions');
  });
});
