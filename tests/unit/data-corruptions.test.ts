/**
 * Generated corruptions of the real data files: each is rejected by validateData with a DataError that
 * names the file, the record (index, and id where it has one) and the field path. The corruptions are
 * generated from the files themselves (every field of sample records, every URL, every quote…), so a field
 * added to the data is corrupted too without a new line here. And `vite build` refuses a broken file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  DATA_FILES,
  DataError,
  TEXT_LIMITS,
  parseDataFile,
  validateData,
  type DataFiles,
} from '../../src/lib/data/schema';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
const pristine: DataFiles = {
  programme: readJson(DATA_FILES.programme),
  vocabularies: readJson(DATA_FILES.vocabularies),
  territories: readJson(DATA_FILES.territories),
  actions: readJson(DATA_FILES.actions),
};

type FileKey = keyof DataFiles;
type Path = (string | number)[];
type Obj = Record<string | number, unknown>;

interface Corruption {
  name: string;
  file: FileKey;
  /** For territories and actions: the record's index. The programme and vocabularies are one record each. */
  index?: number;
  /** The field's path inside the record (or inside the file, for the programme and vocabularies). */
  path: Path;
  /** Changes the deep clone. */
  apply: (files: Record<FileKey, unknown>) => void;
  /** The field the message must name, when it is not `path` (e.g. the object holding an unknown key). */
  field?: Path;
  /** The record label, when it is not the record at `index` (the vocabularies' duplicate ids). */
  record?: string;
  /** Words the problem's message must hold. */
  says?: string;
}

// ── Paths ────────────────────────────────────────────────────────────────────────────────────────────────
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object';

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (isObj(v) ? v[k] : undefined), value);
}
function parentOf(value: unknown, path: Path): Obj {
  const parent = getAt(value, path.slice(0, -1));
  if (!isObj(parent)) throw new Error(`no object at ${fieldName(path.slice(0, -1))}`);
  return parent;
}
const setAt = (value: unknown, path: Path, v: unknown) => void (parentOf(value, path)[path.at(-1)!] = v);
const deleteAt = (value: unknown, path: Path) => void delete parentOf(value, path)[path.at(-1)!];

/** The field as DataError writes it: `a.b[0].c`, or `(record)` for the record itself. */
function fieldName(path: Path): string {
  if (path.length === 0) return '(record)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Every leaf (string, number, boolean), object and array under `value`; arrays visited at their first item only. */
function walk(value: unknown, path: Path = []): { leaves: Path[]; objects: Path[]; arrays: Path[] } {
  const out = { leaves: [] as Path[], objects: [] as Path[], arrays: [] as Path[] };
  const merge = (inner: typeof out) => {
    out.leaves.push(...inner.leaves);
    out.objects.push(...inner.objects);
    out.arrays.push(...inner.arrays);
  };
  if (Array.isArray(value)) {
    out.arrays.push(path);
    if (value.length) merge(walk(value[0], [...path, 0]));
  } else if (isObj(value)) {
    out.objects.push(path);
    for (const [k, v] of Object.entries(value)) merge(walk(v, [...path, k]));
  } else out.leaves.push(path);
  return out;
}

const recordLabel = (files: Record<FileKey, unknown>, c: Corruption): string => {
  if (c.record) return c.record;
  if (c.index === undefined) return '(file)';
  const item = (files[c.file] as unknown[])[c.index];
  const id = isObj(item) && typeof item['id'] === 'string' ? ` (id « ${item['id']} »)` : '';
  return `[${c.index}]${id}`;
};

/** In a record: the path from the file's root. */
const full = (c: Pick<Corruption, 'index'>, path: Path): Path =>
  c.index === undefined ? path : [c.index, ...path];

// ── The corruptions ──────────────────────────────────────────────────────────────────────────────────────
const P = pristine as unknown as {
  programme: Obj;
  vocabularies: Record<'levers' | 'audiences' | 'formats', Obj[]>;
  territories: Obj[];
  actions: (Obj & { rationale: Record<string, Obj | string>; corrections: unknown[]; territory: string })[];
};

/**
 * Sample records for the field-by-field corruptions: a territory with alternatives and a reference note,
 * one with strategy corrections, and actions with corrections and audiences, and with rationale.axes.
 * The other corruptions below run over every record.
 */
const territorySamples = [
  P.territories.findIndex(
    (t) => (t['alternatives'] as unknown[]).length > 0 && !!(t['reference'] as Obj)['note'],
  ),
  P.territories.findIndex((t) => ((t['strategy'] as Obj)['corrections'] as unknown[]).length > 0),
].filter((i, j, all) => i >= 0 && all.indexOf(i) === j);
const actionSamples = [
  P.actions.findIndex((a) => a.corrections.length > 0 && (a['audiences'] as unknown[]).length > 0),
  P.actions.findIndex((a) => a.rationale['axes'] !== undefined),
].filter((i, j, all) => i >= 0 && all.indexOf(i) === j);

/** Fields the schema lets go missing. */
const OPTIONAL = new Set(['reference.note', 'rationale.axes']);
const optional = (path: Path) =>
  OPTIONAL.has(fieldName(path)) || /^sources\[\d+\]\.url$/.test(fieldName(path));
/** A recorded correction may turn words into nothing. */
const mayBeEmpty = (path: Path) => /corrections\[\d+\]\.to$/.test(fieldName(path));

const wrongType = (v: unknown): unknown =>
  typeof v === 'string'
    ? 42
    : typeof v === 'number'
      ? String(v)
      : typeof v === 'boolean'
        ? 'true'
        : Array.isArray(v)
          ? {}
          : 'x';

/**
 * A text made unclean four ways: longer than any kind of text may be, with a control character, with half
 * of a surrogate pair, and with what bytes that are not UTF-8 decode to (U+FFFD).
 */
const unclean = (value: string): [string, string][] => {
  const mid = Math.min(3, value.length);
  const at = (c: string) => `${value.slice(0, mid)}${c}${value.slice(mid)}`;
  return [
    ['oversized', value + 'x'.repeat(TEXT_LIMITS.paragraph + 1)],
    ['control character', at('\u0007')],
    ['half a surrogate pair', at('\uD800')],
    ['bytes that are not UTF-8', at('\uFFFD')],
  ];
};

const corruptions: Corruption[] = [];
const add = (c: Corruption) => corruptions.push(c);

/**
 * Delete, retype and empty every field of a record; add an unknown key to each of its objects. `prefix` is
 * where the record sits in a one-record file (a vocabulary's first term), `index` where it sits in a list.
 */
function everyField(file: FileKey, index: number | undefined, prefix: Path, record: unknown) {
  const { leaves, objects, arrays } = walk(record, prefix);
  const inner = (p: Path) => p.length > prefix.length;
  const base = { file, ...(index === undefined ? {} : { index }) };
  for (const path of [...leaves, ...objects.filter(inner), ...arrays.filter(inner)]) {
    const at = full(base, path);
    const name = `${file} ${index === undefined ? '' : `[${index}] `}${fieldName(path)}`;
    // Keys go missing; array items cannot (JSON has no holes), but they can have the wrong type.
    if (!optional(path) && typeof path.at(-1) === 'string')
      add({ ...base, name: `${name}: deleted`, path, apply: (f) => deleteAt(f[file], at) });
    add({
      ...base,
      name: `${name}: wrong type`,
      path,
      apply: (f) => setAt(f[file], at, wrongType(getAt(f[file], at))),
    });
    if (typeof getAt(pristine[file], at) === 'string' && !mayBeEmpty(path))
      add({ ...base, name: `${name}: empty`, path, apply: (f) => setAt(f[file], at, '') });
    const value = getAt(pristine[file], at);
    if (typeof value === 'string')
      for (const [what, bad] of unclean(value))
        add({ ...base, name: `${name}: ${what}`, path, apply: (f) => setAt(f[file], at, bad) });
  }
  for (const path of objects) {
    const at = full(base, path);
    add({
      ...base,
      name: `${file} ${index === undefined ? '' : `[${index}] `}${fieldName(path)}: unknown extra field`,
      path: [...path, 'inconnu'],
      field: path,
      says: 'Unrecognized key: "inconnu"',
      apply: (f) => setAt(f[file], [...at, 'inconnu'], true),
    });
  }
}

everyField('programme', undefined, [], P.programme);
for (const list of ['levers', 'audiences', 'formats'] as const)
  everyField('vocabularies', undefined, [list, 0], P.vocabularies[list][0]);
for (const i of territorySamples) everyField('territories', i, [], P.territories[i]);
for (const i of actionSamples) everyField('actions', i, [], P.actions[i]);

// Unknown enum ids, wherever a field takes an id from a list.
const ENUM_FIELDS: [FileKey, number | undefined, Path][] = [
  ...actionSamples.flatMap((i): [FileKey, number, Path][] => [
    ['actions', i, ['territory']],
    ['actions', i, ['levers', 0]],
    ['actions', i, ['axes', 0]],
    ['actions', i, ['format']],
    ...((P.actions[i]!['audiences'] as unknown[]).length
      ? [['actions', i, ['audiences', 0]] as [FileKey, number, Path]]
      : []),
  ]),
  ...territorySamples.flatMap((i): [FileKey, number, Path][] => [
    ['territories', i, ['id']],
    ['territories', i, ['confidence']],
    ['territories', i, ['reference', 'confidence']],
  ]),
  ...(['levers', 'audiences', 'formats'] as const).map((l): [FileKey, undefined, Path] => [
    'vocabularies',
    undefined,
    [l, 1, 'id'],
  ]),
  ['vocabularies', undefined, ['levers', 2, 'axis']],
  ['programme', undefined, ['axes', 1, 'id']],
  ['programme', undefined, ['cnerThemes', 2, 'id']],
];
for (const [file, index, path] of ENUM_FIELDS) {
  const at = full({ index }, path);
  add({
    name: `${file} ${fieldName(at)}: unknown id`,
    file,
    ...(index === undefined ? {} : { index }),
    path,
    apply: (f) => setAt(f[file], at, 'inconnu'),
  });
}

// An unknown lever or audience quoted in a rationale.
for (const i of actionSamples)
  for (const kind of ['levers', 'audiences'])
    add({
      name: `actions [${i}] rationale.${kind}: quote for an unknown id`,
      file: 'actions',
      index: i,
      path: ['rationale', kind, 'inconnu'],
      field: ['rationale', kind],
      says: 'Unrecognized key: "inconnu"',
      apply: (f) => setAt(f.actions, [i, 'rationale', kind, 'inconnu'], 'x'),
    });

// Duplicate ids: each record takes the id of the one before it.
for (let i = 1; i < P.actions.length; i += 4)
  add({
    name: `actions [${i}]: duplicate id`,
    file: 'actions',
    index: i,
    path: ['id'],
    says: `duplicate id « ${P.actions[i - 1]!['id'] as string} »`,
    apply: (f) => setAt(f.actions, [i, 'id'], P.actions[i - 1]!['id']),
  });
for (let i = 1; i < P.territories.length; i += 3)
  add({
    name: `territories [${i}]: duplicate id`,
    file: 'territories',
    index: i,
    path: ['id'],
    says: 'duplicate id',
    apply: (f) => setAt(f.territories, [i, 'id'], P.territories[i - 1]!['id']),
  });
for (const list of ['levers', 'audiences', 'formats'] as const)
  add({
    name: `vocabularies ${list}[3]: duplicate id`,
    file: 'vocabularies',
    path: ['id'],
    record: `${list}[3]`,
    says: 'duplicate id',
    apply: (f) => setAt(f.vocabularies, [list, 3, 'id'], P.vocabularies[list][2]!['id']),
  });
add({
  name: 'programme axes[2]: duplicate id',
  file: 'programme',
  path: ['id'],
  record: 'axes[2]',
  says: 'duplicate id',
  apply: (f) => setAt(f.programme, ['axes', 2, 'id'], (P.programme['axes'] as Obj[])[1]!['id']),
});

// Search synonyms (every term of both files): one listed twice (case and accents aside), one without a
// letter, an empty list. Deleted, retyped, empty or unclean synonyms come from everyField above.
const termLists: [FileKey, string][] = [
  ['vocabularies', 'levers'],
  ['vocabularies', 'audiences'],
  ['vocabularies', 'formats'],
  ['programme', 'axes'],
];
for (const [file, list] of termLists) {
  const terms = (pristine[file] as Record<string, Obj[]>)[list]!;
  terms.forEach((term, i) => {
    for (const lang of ['fr', 'en'] as const) {
      const synonyms = (term['synonyms'] as Record<string, string[]>)[lang]!;
      const at = [list, i, 'synonyms', lang];
      add({
        name: `${file} ${list}[${i}].synonyms.${lang}: listed twice`,
        file,
        path: [...at, synonyms.length],
        says: 'listed twice',
        apply: (f) => (getAt(f[file], at) as string[]).push(synonyms[0]!.toUpperCase()),
      });
      add({
        name: `${file} ${list}[${i}].synonyms.${lang}: no letter`,
        file,
        path: [...at, 0],
        says: 'must hold a letter or a digit',
        apply: (f) => setAt(f[file], [...at, 0], '—'),
      });
      add({
        name: `${file} ${list}[${i}].synonyms.${lang}: none`,
        file,
        path: at,
        says: 'must list at least one synonym',
        apply: (f) => setAt(f[file], at, []),
      });
    }
  });
}

// Coordinates outside metropolitan France (overseas, Null Island, just past each edge), for every territory.
const OUTSIDE: ['lon' | 'lat', number, string][] = [
  ['lon', -61.5, 'longitude'], // Guadeloupe
  ['lon', 55.5, 'longitude'], // La Réunion
  ['lon', -5.4, 'longitude'],
  ['lon', 9.8, 'longitude'],
  ['lat', 0, 'latitude'],
  ['lat', 41.1, 'latitude'],
  ['lat', 51.3, 'latitude'],
];
P.territories.forEach((_, i) => {
  for (const [axis, value, word] of OUTSIDE)
    add({
      name: `territories [${i}] reference.${axis} = ${value}`,
      file: 'territories',
      index: i,
      path: ['reference', axis],
      says: `${word} outside metropolitan France`,
      apply: (f) => setAt(f.territories, [i, 'reference', axis], value),
    });
});

// Every link must be https: (every URL of every file, turned into http:, javascript: or protocol-relative).
const urlPaths: [FileKey, number | undefined, Path][] = [['programme', undefined, ['source', 'url']]];
P.territories.forEach((t, i) =>
  (t['sources'] as Obj[]).forEach((s, j) => {
    if (typeof s['url'] === 'string') urlPaths.push(['territories', i, ['sources', j, 'url']]);
  }),
);
for (const [file, index, path] of urlPaths) {
  const at = full({ index }, path);
  const url = getAt(pristine[file], at) as string;
  for (const bad of [url.replace(/^https:/, 'http:'), 'javascript:alert(1)', url.replace(/^https:/, '')])
    add({
      name: `${file} ${fieldName(at)} = ${bad.slice(0, 30)}`,
      file,
      ...(index === undefined ? {} : { index }),
      path,
      says: 'must be an https: URL',
      apply: (f) => setAt(f[file], at, bad),
    });
}

// Every quote of every action, changed so that it is no longer words of the text.
P.actions.forEach((a, i) => {
  const quotes: Path[] = [
    ...Object.keys(a.rationale['levers'] as Obj).map((k) => ['rationale', 'levers', k]),
    ...Object.keys(a.rationale['audiences'] as Obj).map((k) => ['rationale', 'audiences', k]),
    ['rationale', 'format'],
  ];
  for (const path of quotes)
    add({
      name: `actions [${i}] ${fieldName(path)}: quote not in the text`,
      file: 'actions',
      index: i,
      path,
      says: 'is not a substring of text',
      apply: (f) => setAt(f.actions, [i, ...path], `${getAt(a, path) as string} inventé`),
    });
});

// Texts that no longer follow from their originals, and corrections of words the original does not hold.
P.actions.forEach((a, i) => {
  add({
    name: `actions [${i}] text: not the corrected original`,
    file: 'actions',
    index: i,
    path: ['text'],
    says: 'does not equal the corrected original',
    apply: (f) => setAt(f.actions, [i, 'text'], `${a['text'] as string} (modifié)`),
  });
  a.corrections.forEach((_, j) =>
    add({
      name: `actions [${i}] corrections[${j}].from: not in the original`,
      file: 'actions',
      index: i,
      path: ['corrections', j, 'from'],
      says: 'is not in the original',
      apply: (f) => setAt(f.actions, [i, 'corrections', j, 'from'], 'mots absents du texte'),
    }),
  );
});
P.territories.forEach((t, i) => {
  add({
    name: `territories [${i}] strategy.text: not the corrected original`,
    file: 'territories',
    index: i,
    path: ['strategy', 'text'],
    says: 'does not equal the corrected original',
    apply: (f) =>
      setAt(f.territories, [i, 'strategy', 'text'], `${(t['strategy'] as Obj)['text'] as string} !`),
  });
  // Communes that do not add up, or belong to no EPCI of the territory.
  add({
    name: `territories [${i}] communeCount one too many`,
    file: 'territories',
    index: i,
    path: ['communes'],
    says: 'but communeCount is',
    apply: (f) => setAt(f.territories, [i, 'communeCount'], (t['communeCount'] as number) + 1),
  });
  add({
    name: `territories [${i}] one commune missing`,
    file: 'territories',
    index: i,
    path: ['communes'],
    says: 'but communeCount is',
    apply: (f) => (getAt(f.territories, [i, 'communes']) as unknown[]).pop(),
  });
  add({
    name: `territories [${i}] communes[1].epci of another territory`,
    file: 'territories',
    index: i,
    path: ['communes', 1, 'epci'],
    says: "is not one of the territory's EPCIs",
    apply: (f) => setAt(f.territories, [i, 'communes', 1, 'epci'], '999999999'),
  });
});

// Codes listed twice, a reference commune outside the perimeter, more inhabitants than the total.
P.territories.forEach((t, i) => {
  const communes = t['communes'] as Obj[];
  add({
    name: `territories [${i}] communes[1].insee = communes[0].insee`,
    file: 'territories',
    index: i,
    path: ['communes', 1, 'insee'],
    says: 'listed twice',
    apply: (f) => setAt(f.territories, [i, 'communes', 1, 'insee'], communes[0]!['insee']),
  });
  const other = communes.find((c) => c['insee'] !== (t['reference'] as Obj)['insee'])!['insee'] as string;
  const outside = /^\d{5}$/.test(other) ? String((Number(other) + 500) % 100000).padStart(5, '0') : '01001';
  add({
    name: `territories [${i}] reference.insee outside the perimeter`,
    file: 'territories',
    index: i,
    path: ['reference', 'insee'],
    says: "is not one of the territory's communes",
    apply: (f) =>
      setAt(
        f.territories,
        [i, 'reference', 'insee'],
        communes.some((c) => c['insee'] === outside) ? '01001' : outside,
      ),
  });
  add({
    name: `territories [${i}] population.municipale > totale`,
    file: 'territories',
    index: i,
    path: ['population', 'municipale'],
    says: 'is larger than the population totale',
    apply: (f) =>
      setAt(
        f.territories,
        [i, 'population', 'municipale'],
        ((t['population'] as Obj)['totale'] as number) + 1,
      ),
  });
  if ((t['epcis'] as Obj[]).length > 1)
    add({
      name: `territories [${i}] epcis[1].siren = epcis[0].siren`,
      file: 'territories',
      index: i,
      path: ['epcis', 1, 'siren'],
      says: 'listed twice',
      apply: (f) => setAt(f.territories, [i, 'epcis', 1, 'siren'], (t['epcis'] as Obj[])[0]!['siren']),
    });
});
// The programme's dates: a month 13, an end before the start.
for (const field of ['start', 'end'] as const)
  add({
    name: `programme ${field}: month 13`,
    file: 'programme',
    path: [field],
    says: 'does not exist',
    apply: (f) => setAt(f.programme, [field], '2023-13'),
  });
add({
  name: 'programme end before start',
  file: 'programme',
  path: ['end'],
  says: 'is before the start',
  apply: (f) => setAt(f.programme, ['end'], '2001-01'),
});
// An axis or an audience listed twice in an action.
P.actions.forEach((a, i) => {
  for (const key of ['axes', 'audiences'] as const)
    if ((a[key] as string[]).length)
      add({
        name: `actions [${i}] ${key}: listed twice`,
        file: 'actions',
        index: i,
        path: [key],
        says: 'listed twice',
        apply: (f) => {
          const list = getAt(f.actions, [i, key]) as string[];
          list.push(list[0]!);
        },
      });
});

// Actions of an unknown territory, or of another territory than their id says.
P.actions.forEach((a, i) => {
  add({
    name: `actions [${i}] territory: unknown`,
    file: 'actions',
    index: i,
    path: ['territory'],
    apply: (f) => setAt(f.actions, [i, 'territory'], 'paris'),
  });
  const other = P.territories.find((t) => t['id'] !== a.territory)!['id'] as string;
  add({
    name: `actions [${i}] territory: ${other} instead of ${a.territory}`,
    file: 'actions',
    index: i,
    path: ['id'],
    says: 'expected «',
    apply: (f) => setAt(f.actions, [i, 'territory'], other),
  });
  // A lever without its quote, and a lever listed twice.
  const lever = (a['levers'] as string[])[0]!;
  add({
    name: `actions [${i}] rationale.levers.${lever}: quote missing`,
    file: 'actions',
    index: i,
    path: ['rationale', 'levers', lever],
    says: 'every lever needs a quote',
    apply: (f) => deleteAt(f.actions, [i, 'rationale', 'levers', lever]),
  });
  add({
    name: `actions [${i}] levers: listed twice`,
    file: 'actions',
    index: i,
    path: ['levers'],
    says: 'listed twice',
    apply: (f) => (getAt(f.actions, [i, 'levers']) as string[]).push(lever),
  });
});

// ── The tests ────────────────────────────────────────────────────────────────────────────────────────────
function messageOf(files: DataFiles): string {
  try {
    validateData(files);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).message;
  }
  return '(accepted)';
}

describe('validateData rejects generated corruptions of the real files', () => {
  it('accepts the files as they are, and generates a few hundred corruptions', () => {
    expect(() => validateData(structuredClone(pristine))).not.toThrow();
    expect(corruptions.length).toBeGreaterThan(300);
    expect(new Set(corruptions.map((c) => c.name)).size).toBe(corruptions.length);
  });

  it.each(corruptions.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const files = structuredClone(pristine) as Record<FileKey, unknown>;
    c.apply(files);
    const message = messageOf(files as DataFiles);
    const located = `${DATA_FILES[c.file]} › ${recordLabel(files, c)} › ${fieldName(c.field ?? c.path)}:`;
    expect(message).toContain(located);
    if (c.says) {
      const says = c.says;
      const lines = message.split('\n').filter((l) => l.includes(located));
      expect(
        lines.some((l) => l.includes(says)),
        `« ${says} » in:\n${lines.join('\n')}`,
      ).toBe(true);
    }
  });
});

describe('texts are bounded and clean', () => {
  const action = P.actions.findIndex((a) => typeof a['text'] === 'string');
  const located = `${DATA_FILES.actions} › ${recordLabel(pristine as Record<FileKey, unknown>, { file: 'actions', index: action } as Corruption)} › text:`;
  it.each([
    ['oversized', 'must be at most 800 characters'],
    ['control character', 'holds a control character (U+0007) at character 4'],
    ['half a surrogate pair', 'holds half of a surrogate pair at character 4'],
    ['bytes that are not UTF-8', 'holds bytes that are not UTF-8 (shown as U+FFFD) at character 4'],
  ])("says what is wrong with an action's text: %s", (what, says) => {
    const files = structuredClone(pristine) as Record<FileKey, unknown>;
    const bad = unclean(P.actions[action]!['text'] as string).find(([w]) => w === what)![1];
    setAt(files.actions, [action, 'text'], bad);
    const lines = messageOf(files as DataFiles)
      .split('\n')
      .filter((l) => l.includes(located));
    expect(
      lines.some((l) => l.includes(says)),
      lines.join('\n'),
    ).toBe(true);
  });

  it('gives each kind of text its own limit: a name is shorter than a note', () => {
    expect(TEXT_LIMITS.word).toBeLessThan(TEXT_LIMITS.name);
    expect(TEXT_LIMITS.name).toBeLessThan(TEXT_LIMITS.sentence);
    expect(TEXT_LIMITS.sentence).toBeLessThan(TEXT_LIMITS.paragraph);
    const files = structuredClone(pristine) as Record<FileKey, unknown>;
    setAt(files.territories, [0, 'shortName'], 'x'.repeat(TEXT_LIMITS.name + 1));
    expect(messageOf(files as DataFiles)).toContain(`must be at most ${TEXT_LIMITS.name} characters`);
  });
});

describe('parseDataFile', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('reads JSON, with or without a byte-order mark', () => {
    expect(parseDataFile('data/x.json', bytes('{"a": [1, 2]}'))).toEqual({ a: [1, 2] });
    expect(parseDataFile('data/x.json', bytes('\uFEFF{"a": 1}'))).toEqual({ a: 1 });
  });

  it('names the line and column of a syntax error, and an empty file', () => {
    expect(() => parseDataFile('data/x.json', bytes('{\n  "a": 1,\n}\n'))).toThrow(
      /^data\/x\.json: line 3, column 1: not valid JSON/,
    );
    expect(() => parseDataFile('data/x.json', bytes('[\n  {"a": 1}\n  {"b": 2}\n]'))).toThrow(
      /^data\/x\.json: line 3, column 3: not valid JSON/,
    );
    expect(() => parseDataFile('data/x.json', bytes('{"a": '))).toThrow(
      /^data\/x\.json: line 1, column 7: not valid JSON/,
    );
    expect(() => parseDataFile('data/x.json', bytes(' \n'))).toThrow('data/x.json: the file is empty');
  });

  it('turns bytes that are not UTF-8 into U+FFFD, for the schema to name their field', () => {
    const raw = new Uint8Array([...bytes('{"t": "ab'), 0xff, 0xfe, ...bytes('c"}')]);
    expect(parseDataFile('data/x.json', raw)).toEqual({ t: 'ab\uFFFD\uFFFDc' });
  });
});

// ── The build ────────────────────────────────────────────────────────────────────────────────────────────
describe('the production build', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** `vite build` of the app with a copy of data/ where `edit` changed a file, or with other settings. */
  function build(edit: (dir: string) => void, env: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    const out = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
    dirs.push(dir, out);
    mkdirSync(join(dir, 'data'));
    for (const path of Object.values(DATA_FILES)) cpSync(resolve(root, path), join(dir, path));
    edit(dir);
    const vite = resolve(root, 'node_modules/vite/bin/vite.js');
    const run = spawnSync(
      process.execPath,
      [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: root,
        env: { ...process.env, VITEST: '', NODE_ENV: 'production', ATLAS_DATA_DIR: dir, ...env },
        encoding: 'utf8',
        timeout: 55_000,
      },
    );
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  }

  it(
    'refuses a broken data file, naming file, record and field (vite build with ATLAS_DATA_DIR)',
    { timeout: 60_000 },
    () => {
      const run = build((dir) => {
        const actions = readJson(DATA_FILES.actions) as Obj[];
        delete actions[3]!['textEn'];
        writeFileSync(join(dir, DATA_FILES.actions), JSON.stringify(actions));
      });
      expect(run.status, run.output).not.toBe(0);
      expect(run.output).toContain('data/actions.json › [3] (id « pays-compiegnois-1 ») › textEn:');
      expect(run.output).toContain('atlas:data-check');
    },
  );

  it(
    'names the record and field of bytes that are not UTF-8, and the line and column of a syntax error',
    { timeout: 60_000 },
    () => {
      const bytes = build((dir) => {
        const path = join(dir, DATA_FILES.actions);
        const text = readFileSync(path);
        const at = text.indexOf('"textEn": "') + '"textEn": "'.length + 2;
        writeFileSync(
          path,
          Buffer.concat([text.subarray(0, at), Buffer.from([0xc3, 0x28]), text.subarray(at)]),
        );
      });
      expect(bytes.status, bytes.output).not.toBe(0);
      expect(bytes.output).toMatch(
        /data\/actions\.json › \[0\] \(id « [^»]+ »\) › textEn: holds bytes that are not UTF-8/,
      );
      const syntax = build((dir) => {
        const path = join(dir, DATA_FILES.programme);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\}\s*$/, ',\n}\n'));
      });
      expect(syntax.status, syntax.output).not.toBe(0);
      expect(syntax.output).toMatch(/data\/programme\.json: line \d+, column 1: not valid JSON/);
    },
  );

  it('fails when the first screen’s JavaScript passes its budget', { timeout: 60_000 }, () => {
    const run = build(() => {}, { ATLAS_FIRST_SCREEN_BUDGET: String(40 * 1024) });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(
      /first-screen JavaScript is \d+\.\d KB gzipped, over its budget of 40\.0 KB: .*main-/,
    );
  });
});
