import { describe, expect, it } from 'vitest';

import { defaultUrlState, needsPush, parseUrl, serializeUrl, type UrlState } from '../../src/lib/state/url';

const full: UrlState = {
  ...defaultUrlState(),
  territoire: 'nord-loiret',
  comparer: ['bassin-de-brive', 'lisieux-normandie', 'terres-de-montaigu'],
  leviers: ['formation', 'freins'],
  axes: ['qualite-de-vie'],
  publics: ['jeunes', 'parents'],
  formats: ['evenement'],
  q: 'mobilité & logement',
  vue: 'graphiques',
  graphique: 'similarite',
  carte: { lon: 2.3522, lat: 48.8566, zoom: 7.25 },
  lang: 'en',
  rendu: 'svg',
  embed: 'carte',
  theme: 'dark',
  static: true,
  transparent: true,
};

describe('parseUrl', () => {
  it('gives the defaults for an empty query, with nothing dropped', () => {
    expect(parseUrl('')).toEqual({ state: defaultUrlState(), dropped: [] });
    expect(parseUrl('?')).toEqual({ state: defaultUrlState(), dropped: [] });
  });

  it('reads every parameter of the table', () => {
    const q =
      '?territoire=nord-loiret&comparer=bassin-de-brive,lisieux-normandie,terres-de-montaigu&leviers=formation,freins' +
      '&axes=qualite-de-vie&publics=jeunes,parents&formats=evenement&q=mobilit%C3%A9%20%26%20logement&vue=graphiques' +
      '&graphique=similarite&carte=2.3522,48.8566,7.25&lang=en&rendu=svg&embed=carte&theme=dark&static&transparent';
    expect(parseUrl(q)).toEqual({ state: full, dropped: [] });
  });

  it('drops an unknown parameter and keeps the rest', () => {
    const { state, dropped } = parseUrl('?territoire=lisieux-normandie&foo=bar');
    expect(state.territoire).toBe('lisieux-normandie');
    expect(dropped).toEqual([{ param: 'foo', value: 'bar', reason: 'unknown-param' }]);
  });

  it('drops values that are not allowed, one by one in lists', () => {
    const { state, dropped } = parseUrl(
      '?territoire=paris&leviers=formation,magie,freins&vue=3d&rendu=canvas',
    );
    expect(state.territoire).toBeNull();
    expect(state.leviers).toEqual(['formation', 'freins']);
    expect(state.vue).toBe('carte');
    expect(state.rendu).toBe('auto');
    expect(dropped.map((d) => [d.param, d.value, d.reason])).toEqual([
      ['territoire', 'paris', 'bad-value'],
      ['leviers', 'magie', 'bad-value'],
      ['vue', '3d', 'bad-value'],
      ['rendu', 'canvas', 'bad-value'],
    ]);
  });

  it('keeps the first of repeated parameters', () => {
    const { state, dropped } = parseUrl('?territoire=nord-loiret&territoire=bassin-de-brive');
    expect(state.territoire).toBe('nord-loiret');
    expect(dropped).toEqual([{ param: 'territoire', value: 'bassin-de-brive', reason: 'repeated' }]);
  });

  it('compares two to four territories: one is too few, five too many', () => {
    expect(parseUrl('?comparer=nord-loiret').state.comparer).toEqual([]);
    expect(parseUrl('?comparer=nord-loiret').dropped[0]?.reason).toBe('too-few');
    const five = parseUrl(
      '?comparer=bassin-de-brive,pays-compiegnois,creusot-montceau,nord-loiret,lisieux-normandie',
    );
    expect(five.state.comparer).toHaveLength(4);
    expect(five.dropped).toEqual([{ param: 'comparer', value: 'lisieux-normandie', reason: 'too-many' }]);
    expect(parseUrl('?comparer=nord-loiret,nord-loiret,bassin-de-brive').state.comparer).toEqual([
      'nord-loiret',
      'bassin-de-brive',
    ]);
  });

  it('rejects malformed or out-of-range cameras', () => {
    for (const bad of [
      '2,48',
      '2,48,7,1',
      'a,b,c',
      '200,48,5',
      '2,90,5',
      '2,48,30',
      '2,48,-1',
      '1e3,48,5',
      '',
    ]) {
      const { state, dropped } = parseUrl(`?carte=${bad}`);
      expect(state.carte, bad).toBeNull();
      expect(dropped[0]?.reason, bad).toBe('bad-value');
    }
  });

  it('cuts an overlong search text and says so', () => {
    const { state, dropped } = parseUrl(`?q=${'a'.repeat(500)}`);
    expect(state.q).toHaveLength(200);
    expect(dropped[0]?.reason).toBe('too-long');
    expect(dropped[0]!.value.length).toBeLessThanOrEqual(60);
  });

  it('treats flags given a value other than 1/true as a mistake', () => {
    expect(parseUrl('?static=1').state.static).toBe(true);
    expect(parseUrl('?static=non').state.static).toBe(false);
    expect(parseUrl('?static=non').dropped[0]?.reason).toBe('bad-value');
  });

  it('never throws on hostile input', () => {
    for (const q of [
      '?%E0%A4%A',
      '?territoire=<script>alert(1)</script>',
      '?=&&=&',
      `?${'x'.repeat(10000)}=1`,
    ]) {
      expect(() => parseUrl(q)).not.toThrow();
    }
  });
});

describe('serializeUrl', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeUrl(defaultUrlState())).toBe('');
  });

  it('round-trips a full state', () => {
    const q = serializeUrl(full);
    expect(q).toBe(
      '?territoire=nord-loiret&comparer=bassin-de-brive,lisieux-normandie,terres-de-montaigu&leviers=formation,freins' +
        '&axes=qualite-de-vie&publics=jeunes,parents&formats=evenement&q=mobilit%C3%A9%20%26%20logement&vue=graphiques' +
        '&graphique=similarite&carte=2.3522,48.8566,7.25&lang=en&rendu=svg&embed=carte&theme=dark&static&transparent',
    );
    expect(parseUrl(q).state).toEqual(full);
  });

  it('round-trips each parameter alone', () => {
    const d = defaultUrlState();
    for (const key of Object.keys(full) as (keyof UrlState)[]) {
      const state = { ...d, [key]: full[key] };
      expect(parseUrl(serializeUrl(state)).state, key).toEqual(state);
    }
  });

  it('rounds the camera so links stay short', () => {
    const q = serializeUrl({
      ...defaultUrlState(),
      carte: { lon: 2.123456789, lat: 46.987654321, zoom: 5.4321 },
    });
    expect(q).toBe('?carte=2.1235,46.9877,5.43');
  });
});

describe('needsPush', () => {
  it('pushes for a selection, replaces for the camera, language and search', () => {
    const a = defaultUrlState();
    expect(needsPush(a, { ...a, territoire: 'nord-loiret' })).toBe(true);
    expect(needsPush(a, { ...a, leviers: ['formation'] })).toBe(true);
    expect(needsPush(a, { ...a, carte: { lon: 1, lat: 46, zoom: 6 } })).toBe(false);
    expect(needsPush(a, { ...a, lang: 'en' })).toBe(false);
    expect(needsPush(a, { ...a, q: 'forum' })).toBe(false);
  });
});
