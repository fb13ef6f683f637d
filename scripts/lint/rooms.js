/**
 * The rooms of `src/lib/` and the arrows between them (ARCHITECTURE.md « Rooms »), enforced by ESLint.
 *
 * Each room may import only the rooms it lists. Every kind of import counts: static, `export … from`,
 * dynamic `import()` (in scripts and in Svelte templates) and type-only. A folder under `src/lib/` that is
 * not in the table fails too, so a new room is a decision written here, not an accident. The entry files
 * at the root of `src/` (App.svelte, main.ts, integration.ts) are the app: they may import every room.
 * Nothing under `src/` may import `scripts/` (build and bench code is not app code).
 *
 * The table is also the source of the diagram in ARCHITECTURE.md (tests/unit/rooms.test.ts checks that
 * they agree).
 */
import { dirname, relative, resolve, sep } from 'node:path';

const LEAVES = ['i18n'];
/** room → the rooms it may import. */
export const ROOMS = {
  i18n: [],
  schedule: [],
  load: [],
  theme: [...LEAVES],
  files: [...LEAVES],
  data: [...LEAVES],
  analysis: ['data', ...LEAVES],
  state: ['data', 'analysis', 'schedule', 'load', ...LEAVES],
  ui: ['theme', 'schedule', ...LEAVES],
  map: ['data', 'analysis', 'state', 'theme', 'ui', 'files', 'schedule', 'load', ...LEAVES],
  charts: ['data', 'analysis', 'state', 'theme', 'ui', 'files', 'schedule', ...LEAVES],
  panels: ['data', 'analysis', 'state', 'theme', 'ui', 'files', 'schedule', 'load', ...LEAVES],
  share: [
    'map',
    'charts',
    'panels',
    'data',
    'analysis',
    'state',
    'theme',
    'ui',
    'files',
    'schedule',
    'load',
    ...LEAVES,
  ],
};
export const VIEWS = ['map', 'charts', 'panels'];

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = resolve(ROOT, 'src');
const LIB = resolve(SRC, 'lib');
const SCRIPTS = resolve(ROOT, 'scripts');

const ASSETS = resolve(SRC, 'assets');

/**
 * The room a file belongs to: a folder of `src/lib/`, 'app' for the entry files, 'scripts', or null for
 * what every room may read (fonts in `src/assets/`, `data/*.json`, `public/geo/`, packages).
 */
export function roomOf(file) {
  const abs = resolve(file);
  if (abs.startsWith(LIB + sep)) return relative(LIB, abs).split(sep)[0];
  if (abs.startsWith(ASSETS + sep)) return null;
  if (abs.startsWith(SRC + sep)) return 'app';
  if (abs.startsWith(SCRIPTS + sep)) return 'scripts';
  return null;
}

/** Why `from` may not import `to` (both rooms), or null when the arrow is allowed. */
export function forbidden(from, to) {
  if (from === null || from === to) return null;
  if (to === 'scripts') return from === 'scripts' ? null : 'app code never imports scripts/';
  if (to === null) return null;
  if (to === 'app') return from === 'app' ? null : 'only the entry files import the app';
  if (from === 'app' || from === 'scripts') return null;
  const allowed = ROOMS[from];
  if (!allowed) return `room « ${from} » is not in scripts/lint/rooms.js`;
  if (!(to in ROOMS)) return `room « ${to} » is not in scripts/lint/rooms.js`;
  return allowed.includes(to)
    ? null
    : `« ${from} » may import only: ${allowed.join(', ') || 'no other room'}`;
}

/** The file a relative specifier names (the path is enough to name its room), or null for a package. */
const target = (file, spec) => (spec.startsWith('.') ? resolve(dirname(file), spec.split('?')[0]) : null);

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the arrows between the rooms of src/lib (ARCHITECTURE.md).' },
    schema: [],
    messages: { arrow: '{{from}} → {{to}} ({{spec}}): {{why}}' },
  },
  create(context) {
    const file = context.filename;
    const from = roomOf(file);
    if (from === null) return {};
    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const abs = target(file, source.value);
      if (!abs) return;
      const to = roomOf(abs);
      const why = forbidden(from, to);
      if (why)
        context.report({ node, messageId: 'arrow', data: { from, to: String(to), spec: source.value, why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      // `typeof import('…')` in type positions.
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal),
    };
  },
};

export default { rules: { arrows: rule } };
