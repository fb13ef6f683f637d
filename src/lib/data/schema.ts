/**
 * The shape of every file in `data/`, and the cross-file rules that no single record can check.
 * Used by the build (vite.config.ts → `dataCheck`) and by the tests; the app itself trusts what the
 * build validated.
 */
import { z } from 'zod';

import { frenchTypography } from '../i18n/typography.ts';

export * from './ids.ts';
import { AUDIENCE_IDS, AXIS_IDS, CNER_THEME_IDS, FORMAT_IDS, LEVER_IDS, TERRITORY_IDS } from './ids.ts';
import type { AudienceId, AxisId, LeverId } from './ids.ts';

/** Metropolitan France, Corsica included, with a small margin. */
export const METRO_BOUNDS = { west: -5.3, east: 9.7, south: 41.2, north: 51.2 } as const;

/**
 * How long a text of each kind may be, in characters: about twice the longest the data holds today, so a
 * real edit passes and a pasted document (or a 50 MB string in the first screen's chunk) does not.
 */
export const TEXT_LIMITS = {
  /** An id, a code, a file name, a type. */
  word: 80,
  /** A name or a short label: a territory, a structure, a commune, a source's title. */
  name: 240,
  /** A label or a title. */
  label: 400,
  /** One sentence or a short paragraph: an action's text, a strategy, a definition, a rationale. */
  sentence: 800,
  /** A note or a summary. */
  paragraph: 2000,
} as const;

/**
 * What no text of ours holds, with what to say: control characters (line breaks included: every text is
 * one paragraph), a lone half of a surrogate pair, and U+FFFD, which stands where the file had bytes that
 * are not UTF-8 (the build decodes it leniently so that the field can be named).
 */
function forbidden(value: string): string | null {
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001F\u007F-\u009F]/.exec(value);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `holds a control character (U+${code}) at character ${control.index + 1}`;
  }
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(value);
  if (lone) return `holds half of a surrogate pair at character ${lone.index + 1}`;
  const replaced = value.indexOf('\uFFFD');
  if (replaced >= 0) return `holds bytes that are not UTF-8 (shown as U+FFFD) at character ${replaced + 1}`;
  return null;
}

/** A string of at most `max` characters with nothing `forbidden` in it (it may be empty). */
const clean = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .superRefine((value, ctx) => {
      const problem = forbidden(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
/** A non-empty text of a kind (`TEXT_LIMITS`), trimmed. */
const bounded = (max: number) => clean(max).trim().min(1, 'must not be empty');
const text = bounded(TEXT_LIMITS.sentence);
const word = bounded(TEXT_LIMITS.word);
const name = bounded(TEXT_LIMITS.name);
const label = bounded(TEXT_LIMITS.label);
const paragraph = bounded(TEXT_LIMITS.paragraph);
const localizedAs = (t: typeof text) => z.strictObject({ fr: t, en: t });
const localized = localizedAs(text);
const httpsUrl = clean(TEXT_LIMITS.label).pipe(z.url({ protocol: /^https$/, error: 'must be an https: URL' }));
const siren = z.string().regex(/^\d{9}$/, 'must be a 9-digit SIREN');
const insee = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'must be a 5-character INSEE code');
const confidence = z.enum(['certain', 'likely', 'uncertain']);

/**
 * A term's search synonyms in one language (`data/SOURCES.md`): a few words or short phrases, each with a
 * letter or a digit, none listed twice (compared as search compares them: case and accents aside).
 */
const synonymList = z
  .array(word.regex(/[\p{L}\p{N}]/u, 'must hold a letter or a digit'))
  .min(1, 'must list at least one synonym')
  .max(12, 'must list at most 12 synonyms')
  .superRefine((list, ctx) => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    list.forEach((s, i) => {
      if (list.findIndex((x) => fold(x) === fold(s)) !== i)
        ctx.addIssue({ code: 'custom', path: [i], message: `synonym « ${s} » listed twice` });
    });
  });

const term = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.strictObject({
    id: z.enum(ids),
    label: localizedAs(label),
    short: localizedAs(word),
    definition: localized,
    synonyms: z.strictObject({ fr: synonymList, en: synonymList }),
  });

/** A recorded correction of the source: `from` (the source's words) becomes `to`. */
const correction = z.strictObject({
  from: text,
  to: clean(TEXT_LIMITS.sentence),
  reason: localized,
});

const source = z.strictObject({ label, url: httpsUrl.optional() });

export const programmeSchema = z.strictObject({
  name: localizedAs(label),
  anctName: name,
  anctId: word,
  summary: localizedAs(paragraph),
  start: z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM'),
  end: z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM'),
  operator: z.strictObject({ name: localizedAs(name), short: word }),
  funders: z.array(z.strictObject({ name: localizedAs(name), short: word })).min(1),
  participants: localized,
  source: z.strictObject({
    url: httpsUrl,
    publisher: name,
    title: localizedAs(label),
    file: word,
  }),
  axes: z.array(term(AXIS_IDS)).length(3),
  cnerThemes: z
    .array(z.strictObject({ id: z.enum(CNER_THEME_IDS), label: localizedAs(label) }))
    .length(6),
  cnerSheetCount: z.literal(29),
});

export const vocabulariesSchema = z.strictObject({
  levers: z.array(term(LEVER_IDS).extend({ axis: z.enum(AXIS_IDS) })).length(LEVER_IDS.length),
  audiences: z.array(term(AUDIENCE_IDS)).length(AUDIENCE_IDS.length),
  formats: z.array(term(FORMAT_IDS)).length(FORMAT_IDS.length),
});

const epci = z.strictObject({ siren, name, type: word });
const population = z.strictObject({
  municipale: z.int().positive(),
  totale: z.int().positive(),
  year: z.int().min(2015).max(2030),
  source: label,
});

export const territorySchema = z.strictObject({
  id: z.enum(TERRITORY_IDS),
  name,
  shortName: name,
  structureType: localizedAs(label),
  strategy: z.strictObject({
    original: text,
    corrections: z.array(correction),
    text,
    en: text,
  }),
  departements: z.array(z.strictObject({ code: word, name })).min(1),
  region: z.strictObject({ code: word, name }),
  epcis: z.array(epci).min(1),
  reference: z.strictObject({
    name,
    insee,
    lon: z.number().min(METRO_BOUNDS.west, 'longitude outside metropolitan France').max(METRO_BOUNDS.east, 'longitude outside metropolitan France'),
    lat: z.number().min(METRO_BOUNDS.south, 'latitude outside metropolitan France').max(METRO_BOUNDS.north, 'latitude outside metropolitan France'),
    confidence,
    note: localizedAs(paragraph).optional(),
  }),
  communeCount: z.int().positive(),
  communes: z.array(z.strictObject({ insee, name, epci: siren })).min(1),
  population,
  areaKm2: z.number().positive(),
  confidence,
  perimeterNote: localizedAs(paragraph),
  alternatives: z.array(
    z.strictObject({
      id: word,
      label: localizedAs(label),
      epcis: z.array(z.strictObject({ siren, name })).min(1),
      communeCount: z.int().positive(),
      populationMunicipale: z.int().positive(),
      source: paragraph,
    }),
  ),
  territoireIndustrie: z.strictObject({
    id: z.string().regex(/^ti-\d+$/, 'must be an ANCT id like ti-2407'),
    name,
    sameAsPerimeter: z.boolean(),
  }),
  openEnded: z.boolean(),
  sources: z.array(source).min(1),
});

export const actionSchema = z.strictObject({
  id: word,
  territory: z.enum(TERRITORY_IDS),
  original: text,
  corrections: z.array(correction),
  text,
  textEn: text,
  levers: z.array(z.enum(LEVER_IDS)).min(1, 'every action needs at least one lever'),
  axes: z.array(z.enum(AXIS_IDS)).min(1),
  audiences: z.array(z.enum(AUDIENCE_IDS)),
  format: z.enum(FORMAT_IDS),
  rationale: z.strictObject({
    levers: z.partialRecord(z.enum(LEVER_IDS), text),
    audiences: z.partialRecord(z.enum(AUDIENCE_IDS), text),
    format: text,
    /** Only where `axes` departs from the levers' axes: why, per axis added or removed. */
    axes: z.partialRecord(z.enum(AXIS_IDS), text).optional(),
  }),
});

export const territoriesSchema = z.array(territorySchema).length(TERRITORY_IDS.length);
export const actionsSchema = z.array(actionSchema).min(1);

export type Programme = z.infer<typeof programmeSchema>;
export type Vocabularies = z.infer<typeof vocabulariesSchema>;
export type Territory = z.infer<typeof territorySchema>;
export type Action = z.infer<typeof actionSchema>;
/** A territory as the first screen has it: the detail fields come later (src/lib/data/details.ts). */
export type CoreTerritory = Omit<Territory, 'communes' | 'sources' | 'perimeterNote' | 'alternatives'> &
  Partial<Pick<Territory, 'communes'>>;
export type Localized = z.infer<typeof localized>;
export type Term = Vocabularies['audiences'][number];
export type Lever = Vocabularies['levers'][number];

export interface DataFiles {
  programme: unknown;
  vocabularies: unknown;
  territories: unknown;
  actions: unknown;
}

export interface Dataset {
  programme: Programme;
  vocabularies: Vocabularies;
  territories: Territory[];
  actions: Action[];
}

/** A vocabulary term as the first screen has it: its synonyms come with the search chunk (search-terms.ts). */
export type CoreTerm<T> = Omit<T, 'synonyms'>;
export type CoreVocabularies = { [K in keyof Vocabularies]: CoreTerm<Vocabularies[K][number]>[] };
export type CoreProgramme = Omit<Programme, 'axes'> & { axes: CoreTerm<Programme['axes'][number]>[] };

/** The data as the first screen has it (territories without their detail fields, terms without synonyms). */
export type CoreDataset = Omit<Dataset, 'territories' | 'programme' | 'vocabularies'> & {
  programme: CoreProgramme;
  vocabularies: CoreVocabularies;
  territories: CoreTerritory[];
};

export const DATA_FILES: Record<keyof DataFiles, string> = {
  programme: 'data/programme.json',
  vocabularies: 'data/vocabularies.json',
  territories: 'data/territories.json',
  actions: 'data/actions.json',
};

/** One problem, located: the file, the record (by index and id when it has one) and the field. */
export interface DataProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(
      `${problems.length} data problem${problems.length > 1 ? 's' : ''}:\n` +
        problems.map((p) => `  ${p.file} › ${p.record} › ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'DataError';
  }
}

/** Applies recorded corrections in order, then French typography: the rule that links `original` to `text`. */
export function applyCorrections(original: string, corrections: readonly { from: string; to: string }[]): string {
  let out = original;
  for (const c of corrections) out = out.replace(c.from, c.to);
  return frenchTypography(out);
}

/**
 * Axes implied by the levers (DOMAIN.md): each lever's own axis, and `qualite-de-vie` for `mixite`
 * when the text speaks of keeping (« fidéliser ») people.
 */
export function deriveAxes(levers: readonly LeverId[], text: string, leverAxis: ReadonlyMap<string, AxisId>): AxisId[] {
  const axes = new Set<AxisId>();
  for (const l of levers) {
    const a = leverAxis.get(l);
    if (a) axes.add(a);
  }
  if (levers.includes('mixite') && /fidélis/i.test(text)) axes.add('qualite-de-vie');
  return AXIS_IDS.filter((a) => axes.has(a));
}

function recordName(data: unknown, index: number | undefined): string {
  if (index === undefined) return '(file)';
  const item = Array.isArray(data) ? (data[index] as { id?: unknown } | undefined) : undefined;
  const id = item && typeof item === 'object' && typeof item.id === 'string' ? ` (id « ${item.id} »)` : '';
  return `[${index}]${id}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(record)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function shapeProblems(file: string, data: unknown, schema: z.ZodType, isArray: boolean): DataProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path;
    const index = isArray && typeof path[0] === 'number' ? path[0] : undefined;
    const rest = index === undefined ? path : path.slice(1);
    return { file, record: recordName(data, index), field: fieldName(rest), message: issue.message };
  });
}

/** Validates the four files together; throws a DataError listing every problem found. */
export function validateData(files: DataFiles): Dataset {
  const problems: DataProblem[] = [
    ...shapeProblems(DATA_FILES.programme, files.programme, programmeSchema, false),
    ...shapeProblems(DATA_FILES.vocabularies, files.vocabularies, vocabulariesSchema, false),
    ...shapeProblems(DATA_FILES.territories, files.territories, territoriesSchema, true),
    ...shapeProblems(DATA_FILES.actions, files.actions, actionsSchema, true),
  ];
  if (problems.length) throw new DataError(problems);
  const data = files as unknown as Dataset;
  problems.push(...crossChecks(data));
  if (problems.length) throw new DataError(problems);
  return data;
}

function duplicates<T extends { id: string }>(items: readonly T[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((it, i) => seen.set(it.id, [...(seen.get(it.id) ?? []), i]));
  return new Map([...seen].filter(([, is]) => is.length > 1));
}

function crossChecks(data: Dataset): DataProblem[] {
  const out: DataProblem[] = [];
  const T = DATA_FILES.territories;
  const A = DATA_FILES.actions;
  const V = DATA_FILES.vocabularies;
  const P = DATA_FILES.programme;
  const problem = (file: string, record: string, field: string, message: string) =>
    out.push({ file, record, field, message });

  // Unique ids everywhere an id is a key.
  const vocabLists: [string, readonly { id: string }[]][] = [
    ['levers', data.vocabularies.levers],
    ['audiences', data.vocabularies.audiences],
    ['formats', data.vocabularies.formats],
  ];
  for (const [name, list] of vocabLists) {
    for (const [id, is] of duplicates(list)) problem(V, `${name}[${is[1]}]`, 'id', `duplicate id « ${id} »`);
  }
  for (const [id, is] of duplicates(data.programme.axes)) problem(P, `axes[${is[1]}]`, 'id', `duplicate id « ${id} »`);
  for (const [id, is] of duplicates(data.territories))
    problem(T, recordName(data.territories, is[1]), 'id', `duplicate id « ${id} »`);
  for (const [id, is] of duplicates(data.actions))
    problem(A, recordName(data.actions, is[1]), 'id', `duplicate id « ${id} »`);

  // The programme's dates: real months, the start before the end.
  const month = (v: string) => Number(v.slice(5, 7));
  for (const field of ['start', 'end'] as const)
    if (month(data.programme[field]) < 1 || month(data.programme[field]) > 12)
      problem(P, '(file)', field, `month ${data.programme[field].slice(5)} does not exist`);
  if (data.programme.start > data.programme.end)
    problem(P, '(file)', 'end', `is before the start (${data.programme.start})`);

  // Territories in canonical order.
  data.territories.forEach((t, i) => {
    if (t.id !== TERRITORY_IDS[i])
      problem(T, recordName(data.territories, i), 'id', `expected « ${TERRITORY_IDS[i]} » here (canonical order)`);
    const rec = recordName(data.territories, i);
    const strategy = applyCorrections(t.strategy.original, t.strategy.corrections);
    if (strategy !== t.strategy.text)
      problem(T, rec, 'strategy.text', `does not equal the corrected original (« ${strategy} »)`);
    t.strategy.corrections.forEach((c, j) => {
      if (!t.strategy.original.includes(c.from))
        problem(T, rec, `strategy.corrections[${j}].from`, `« ${c.from} » is not in the original`);
    });
    if (t.communes.length !== t.communeCount)
      problem(T, rec, 'communes', `lists ${t.communes.length} communes but communeCount is ${t.communeCount}`);
    const sirens = new Set(t.epcis.map((e) => e.siren));
    t.epcis.forEach((e, j) => {
      if (t.epcis.findIndex((x) => x.siren === e.siren) !== j)
        problem(T, rec, `epcis[${j}].siren`, `SIREN ${e.siren} listed twice`);
    });
    const insees = new Map<string, number>();
    t.communes.forEach((c, j) => {
      if (insees.has(c.insee))
        problem(T, rec, `communes[${j}].insee`, `INSEE code ${c.insee} listed twice (also communes[${insees.get(c.insee)}])`);
      else insees.set(c.insee, j);
    });
    if (!insees.has(t.reference.insee))
      problem(T, rec, 'reference.insee', `the reference commune ${t.reference.insee} is not one of the territory's communes`);
    if (t.population.municipale > t.population.totale)
      problem(T, rec, 'population.municipale', `is larger than the population totale (${t.population.totale}), which includes it`);
    t.communes.forEach((c, j) => {
      if (!sirens.has(c.epci)) problem(T, rec, `communes[${j}].epci`, `SIREN ${c.epci} is not one of the territory's EPCIs`);
    });
    t.alternatives.forEach((alt, j) => {
      if (!alt.id.startsWith(`${t.id}--`))
        problem(T, rec, `alternatives[${j}].id`, `must start with « ${t.id}-- »`);
    });
    if (!data.actions.some((a) => a.territory === t.id)) problem(T, rec, '(record)', 'the territory has no action');
  });

  const leverAxis = new Map<string, AxisId>(data.vocabularies.levers.map((l) => [l.id, l.axis]));
  const perTerritory = new Map<string, number>();
  let lastTerritory = -1;
  data.actions.forEach((a, i) => {
    const rec = recordName(data.actions, i);
    const n = (perTerritory.get(a.territory) ?? 0) + 1;
    perTerritory.set(a.territory, n);
    const ti = TERRITORY_IDS.indexOf(a.territory);
    if (ti < lastTerritory) problem(A, rec, 'territory', 'actions must follow the canonical territory order');
    lastTerritory = ti;
    if (a.id !== `${a.territory}-${n}`) problem(A, rec, 'id', `expected « ${a.territory}-${n} » (territory, then rank in source order)`);

    a.corrections.forEach((c, j) => {
      if (!a.original.includes(c.from)) problem(A, rec, `corrections[${j}].from`, `« ${c.from} » is not in the original`);
    });
    const corrected = applyCorrections(a.original, a.corrections);
    if (corrected !== a.text) problem(A, rec, 'text', `does not equal the corrected original (« ${corrected} »)`);

    const dupLever = a.levers.find((l, j) => a.levers.indexOf(l) !== j);
    if (dupLever) problem(A, rec, 'levers', `lever « ${dupLever} » listed twice`);
    const dupAxis = a.axes.find((x, j) => a.axes.indexOf(x) !== j);
    if (dupAxis) problem(A, rec, 'axes', `axis « ${dupAxis} » listed twice`);
    const dupAudience = a.audiences.find((x, j) => a.audiences.indexOf(x) !== j);
    if (dupAudience) problem(A, rec, 'audiences', `audience « ${dupAudience} » listed twice`);

    // Every tag justified by a quote, and every quote in the text.
    for (const l of a.levers) if (!a.rationale.levers[l]) problem(A, rec, `rationale.levers.${l}`, 'missing: every lever needs a quote');
    for (const l of Object.keys(a.rationale.levers) as LeverId[])
      if (!a.levers.includes(l)) problem(A, rec, `rationale.levers.${l}`, 'quotes a lever the action is not tagged with');
    for (const au of a.audiences) if (!a.rationale.audiences[au]) problem(A, rec, `rationale.audiences.${au}`, 'missing: every audience needs a quote');
    for (const au of Object.keys(a.rationale.audiences) as AudienceId[])
      if (!a.audiences.includes(au)) problem(A, rec, `rationale.audiences.${au}`, 'quotes an audience the action is not tagged with');
    const quotes: [string, string][] = [
      ...Object.entries(a.rationale.levers).map(([k, q]) => [`rationale.levers.${k}`, q] as [string, string]),
      ...Object.entries(a.rationale.audiences).map(([k, q]) => [`rationale.audiences.${k}`, q] as [string, string]),
      ['rationale.format', a.rationale.format],
    ];
    for (const [field, q] of quotes) if (!a.text.includes(q)) problem(A, rec, field, `quote « ${q} » is not a substring of text`);

    const derived = deriveAxes(a.levers, a.text, leverAxis);
    for (const ax of new Set([...derived, ...a.axes])) {
      if (derived.includes(ax) !== a.axes.includes(ax) && !a.rationale.axes?.[ax])
        problem(A, rec, 'axes', `« ${ax} » departs from the axes derived from the levers (${derived.join(', ')}) without rationale.axes.${ax}`);
    }
  });
  return out;
}

/**
 * A data file's bytes as JSON, or an error that says where it breaks (`path: line L, column C: …`). A
 * byte-order mark is accepted (editors on Windows write one). Bytes that are not UTF-8 are decoded as
 * U+FFFD so that the schema can name the record and field that hold them.
 */
export function parseDataFile(path: string, bytes: Uint8Array): unknown {
  let text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new Error(`${path}: the file is empty`);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = before.at(-1)!.length + 1;
    const why = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new Error(`${path}: line ${line}, column ${column}: not valid JSON (${why})`, { cause: e });
  }
}
