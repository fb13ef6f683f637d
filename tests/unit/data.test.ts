/**
 * The data files against the source text and the schema: every action is the source's own words, in
 * source order; every correction and quote checks out; and a broken file fails with its file, record and
 * field named.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  applyCorrections,
  DATA_FILES,
  DataError,
  TERRITORY_IDS,
  validateData,
  type Action,
  type DataFiles,
  type Territory,
} from '../../src/lib/data/schema';
import { frenchTypography } from '../../src/lib/i18n/typography';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

function loadFiles(): DataFiles {
  return {
    programme: readJson(DATA_FILES.programme),
    vocabularies: readJson(DATA_FILES.vocabularies),
    territories: readJson(DATA_FILES.territories),
    actions: readJson(DATA_FILES.actions),
  };
}

/** The published text, without our header (everything up to the « ---- » line). */
const sourceFile = readFileSync(resolve(root, 'data/source/fabrique-prospective-industrie.txt'), 'utf8');
const source = sourceFile.slice(sourceFile.indexOf('\n----\n') + '\n----\n'.length);

const files = loadFiles();
const data = validateData(files);

const ACTION_COUNTS: Record<(typeof TERRITORY_IDS)[number], number> = {
  'bassin-de-brive': 3,
  'pays-compiegnois': 3,
  'creusot-montceau': 3,
  'nord-loiret': 4,
  'lezoux-thiers-ambert': 4,
  'lisieux-normandie': 3,
  'terres-de-montaigu': 3,
  'mulhouse-alsace-agglomeration': 2,
};

/** Every French string a user may read: a `{ fr, en }` pair's `fr`, anywhere in a file. */
function frenchTexts(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => frenchTexts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const own: [string, string][] =
      'fr' in value && 'en' in value && typeof value.fr === 'string' ? [[`${path}.fr`, value.fr]] : [];
    return [...own, ...entries.flatMap(([k, v]) => (k === 'fr' ? [] : frenchTexts(v, `${path}.${k}`)))];
  }
  return [];
}

describe('data files', () => {
  it('pass validateData', () => {
    expect(() => validateData(loadFiles())).not.toThrow();
    expect(data.territories.map((t) => t.id)).toEqual([...TERRITORY_IDS]);
  });

  it('hold the 25 named actions, with the canonical ids and per-territory counts', () => {
    expect(data.actions).toHaveLength(25);
    const expectedIds = TERRITORY_IDS.flatMap((t) =>
      Array.from({ length: ACTION_COUNTS[t] }, (_, i) => `${t}-${i + 1}`),
    );
    expect(data.actions.map((a) => a.id)).toEqual(expectedIds);
    for (const t of TERRITORY_IDS)
      expect(data.actions.filter((a) => a.territory === t)).toHaveLength(ACTION_COUNTS[t]);
  });

  it('quote every action verbatim from the source, in source order', () => {
    let from = 0;
    for (const a of data.actions) {
      const at = source.indexOf(a.original, from);
      expect(at, `${a.id}: « ${a.original} » not found after offset ${from}`).toBeGreaterThanOrEqual(0);
      from = at + a.original.length;
      // Neither the list's closing « … » nor a sentence's final period belongs to the action.
      expect(a.original).not.toMatch(/[….]$/);
    }
  });

  it('take each strategy phrase verbatim from the source, in source order', () => {
    let from = 0;
    for (const t of data.territories) {
      const at = source.indexOf(t.strategy.original, from);
      expect(at, t.id).toBeGreaterThanOrEqual(0);
      from = at + t.strategy.original.length;
    }
  });

  it('derive every text from its original through the recorded corrections', () => {
    for (const a of data.actions) expect(applyCorrections(a.original, a.corrections), a.id).toBe(a.text);
    for (const t of data.territories)
      expect(applyCorrections(t.strategy.original, t.strategy.corrections), t.id).toBe(t.strategy.text);
  });

  it('record the corrections DOMAIN.md lists', () => {
    const byId = new Map(data.actions.map((a) => [a.id, a]));
    expect(byId.get('terres-de-montaigu-1')?.text).toContain('«\u202Fclés en main\u202F»');
    expect(byId.get('terres-de-montaigu-2')?.text).toContain('trois «\u202Fstages\u202F» en entreprise');
    const forum =
      'organise un forum de l’industrie pour sensibiliser tous les publics aux métiers de l’industrie';
    expect(byId.get('nord-loiret-1')?.text).toBe(forum);
    const territory = (id: string): Territory | undefined => data.territories.find((t) => t.id === id);
    expect(territory('nord-loiret')?.strategy.text).toBe(forum);
    expect(territory('terres-de-montaigu')?.strategy.text).toBe(
      'développe une offre de formation dédiée à l’industrie',
    );
    expect(data.territories.filter((t) => t.openEnded).map((t) => t.id)).toEqual([
      'bassin-de-brive',
      'pays-compiegnois',
    ]);
  });

  it('justify every tag with words of the text', () => {
    const check = (a: Action, quote: string | undefined) =>
      expect(a.text, a.id).toContain(quote ?? '(missing)');
    for (const a of data.actions) {
      for (const l of a.levers) check(a, a.rationale.levers[l]);
      for (const au of a.audiences) check(a, a.rationale.audiences[au]);
      check(a, a.rationale.format);
    }
  });

  it('write French user text with French typography already applied', () => {
    const texts = [
      ...frenchTexts(data.programme, 'programme'),
      ...frenchTexts(data.vocabularies, 'vocabularies'),
      ...frenchTexts(data.territories, 'territories'),
      ...frenchTexts(data.actions, 'actions'),
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const [path, text] of texts) {
      expect(frenchTypography(text), path).toBe(text);
      expect(text, path).not.toContain("'");
    }
  });

  it('list each territory’s communes to match its count and population', () => {
    expect(data.territories.reduce((n, t) => n + t.communes.length, 0)).toBe(425);
    for (const t of data.territories) {
      expect(new Set(t.communes.map((c) => c.insee)).size, t.id).toBe(t.communeCount);
      expect(t.population.municipale, t.id).toBeLessThan(t.population.totale);
    }
  });
});

describe('validateData rejects a broken file, naming file, record and field', () => {
  type Files = { programme: unknown; vocabularies: unknown; territories: Territory[]; actions: Action[] };
  const clone = (): Files => structuredClone(loadFiles()) as Files;

  function problemsOf(broken: Files): string {
    try {
      validateData(broken);
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      return (e as DataError).message;
    }
    throw new Error('validateData accepted a broken file');
  }

  const ACTIONS = 'data/actions.json';
  const TERRITORIES = 'data/territories.json';

  it('a missing field', () => {
    const f = clone();
    delete (f.actions[3] as Partial<Action>).textEn;
    expect(problemsOf(f)).toContain(`${ACTIONS} › [3] (id « pays-compiegnois-1 ») › textEn:`);
  });

  it('an unknown lever', () => {
    const f = clone();
    f.actions[3]!.levers[0] = 'tourisme' as Action['levers'][number];
    expect(problemsOf(f)).toContain(`${ACTIONS} › [3] (id « pays-compiegnois-1 ») › levers[0]:`);
  });

  it('a duplicate id', () => {
    const f = clone();
    f.actions[4]!.id = 'pays-compiegnois-1';
    expect(problemsOf(f)).toContain(
      `${ACTIONS} › [4] (id « pays-compiegnois-1 ») › id: duplicate id « pays-compiegnois-1 »`,
    );
  });

  it('coordinates outside France', () => {
    const f = clone();
    f.territories[2]!.reference.lon = 12.5;
    f.territories[2]!.reference.lat = 55.7;
    const message = problemsOf(f);
    expect(message).toContain(
      `${TERRITORIES} › [2] (id « creusot-montceau ») › reference.lon: longitude outside metropolitan France`,
    );
    expect(message).toContain(
      `${TERRITORIES} › [2] (id « creusot-montceau ») › reference.lat: latitude outside metropolitan France`,
    );
  });

  it('a value of the wrong type', () => {
    const f = clone();
    (f.territories[0]!.population as { municipale: unknown }).municipale = '108107';
    expect(problemsOf(f)).toContain(`${TERRITORIES} › [0] (id « bassin-de-brive ») › population.municipale:`);
  });

  it('a rationale quote that is not in the text', () => {
    const f = clone();
    f.actions[0]!.rationale.levers.orientation = 'des cycles de formation';
    expect(problemsOf(f)).toContain(
      `${ACTIONS} › [0] (id « bassin-de-brive-1 ») › rationale.levers.orientation: quote « des cycles de formation » is not a substring of text`,
    );
  });

  it('a territory without any action', () => {
    const f = clone();
    f.actions = f.actions.filter((a) => a.territory !== 'mulhouse-alsace-agglomeration');
    expect(problemsOf(f)).toContain(
      `${TERRITORIES} › [7] (id « mulhouse-alsace-agglomeration ») › (record): the territory has no action`,
    );
  });

  it('an http: source URL', () => {
    const f = clone();
    f.territories[1]!.sources[0]!.url = 'http://cner-france.com/?p=1331';
    expect(problemsOf(f)).toContain(
      `${TERRITORIES} › [1] (id « pays-compiegnois ») › sources[0].url: must be an https: URL`,
    );
  });

  it('a text that no longer follows from its original', () => {
    const f = clone();
    f.actions[20]!.text = f.actions[20]!.original;
    expect(problemsOf(f)).toContain(
      `${ACTIONS} › [20] (id « terres-de-montaigu-1 ») › text: does not equal the corrected original`,
    );
  });
});

describe('commune names (details.ts)', () => {
  it('lists every commune of each territory once, in French alphabetical order', async () => {
    const { communeNames, territoriesFull } = await import('../../src/lib/data/details');
    for (const t of territoriesFull) {
      const names = communeNames.get(t.id)!;
      expect(names).toHaveLength(t.communes.length);
      expect([...names].sort()).toEqual(t.communes.map((c) => c.name).sort());
      for (let i = 1; i < names.length; i++)
        expect(names[i - 1]!.localeCompare(names[i]!, 'fr')).toBeLessThanOrEqual(0);
    }
    // « É » sorts with « E », not after « Z » as code points would.
    const all = [...communeNames.values()].flat();
    expect(all.some((n) => /^[ÉÈ]/.test(n))).toBe(true);
  });
});
