/**
 * The stylesheets of custom properties, written from the one table (colours.ts) when Vite builds or serves
 * (plugin `atlas:theme-css` in vite.config.ts). Files, not script: they hold under the CSP's
 * `style-src 'self'`, and a prerendered page has its colours before any script runs. Each atlas carries
 * its theme on its own root (`.atlas[data-theme=…]`), so two embeds with different themes coexist.
 */
import { COLOURS, PRINT, THEMES, type ThemeName, type TokenName } from './colours.ts';

const declarations = (values: Record<string, string>, indent: string) =>
  Object.entries(values)
    .map(([name, value]) => `${indent}--${name}: ${value};\n`)
    .join('');

function rule(selectors: string[], body: string, indent = ''): string {
  return `${indent}${selectors.join(`,\n${indent}`)} {\n${body}${indent}}\n`;
}

const pick = (theme: ThemeName, names: readonly TokenName[]) =>
  Object.fromEntries(names.map((n) => [n, COLOURS[theme].tokens[n]]));

/** The print colours, on `:root`: the page's own background reads them too. */
const printRule = () => rule([':root'], declarations(PRINT, '  '));

/** The tokens the public-sector pages use (src/pages/pages.css). */
export const PAGE_TOKENS = [
  'bg',
  'surface',
  'text',
  'text-muted',
  'border',
  'border-strong',
  'focus',
  'link',
] as const satisfies readonly TokenName[];

/** The public-sector pages' tokens: no theme switch and no script, so dark follows the system setting. */
function pageTokens(): string {
  const selectors = ['.page', '.legal-pages'];
  const block = (theme: ThemeName, indent: string) =>
    rule(
      selectors,
      `${declarations(pick(theme, PAGE_TOKENS), `${indent}  `)}${indent}  color-scheme: ${theme};\n`,
      indent,
    );
  return `${block('light', '')}@media (prefers-color-scheme: dark) {\n${block('dark', '  ')}}\n`;
}

/** The public-sector pages (src/pages/page.css). */
export function pagesStylesheet(): string {
  return pageTokens() + printRule();
}

/** What a modal dialog's backdrop reads: it inherits nothing from the atlas in older browsers. */
const BACKDROP_TOKENS = ['backdrop'] as const satisfies readonly TokenName[];

/**
 * The atlas (imported by src/main.ts): every token, per theme, and the backdrop's own for its dialogs
 * (only those: the minifier writes a rule with a pseudo-element apart, so a shared rule would carry
 * every token twice). `withPages`: the single file,
 * which embeds the public-sector pages (`.legal-pages`, vite.config.ts legalSections), carries their tokens
 * in its one stylesheet.
 */
export function atlasStylesheet({ withPages = false } = {}): string {
  const block = (theme: ThemeName, roots: string[], indent = '') => {
    const { tokens, levers, axes } = COLOURS[theme];
    const inner = `${indent}  `;
    return rule(
      roots,
      declarations(tokens, inner) +
        declarations(prefixed('lever', levers), inner) +
        declarations(prefixed('axis', axes), inner) +
        `${inner}color-scheme: ${theme};\n`,
      indent,
    );
  };
  const themes = THEMES.map((theme) => {
    const root = `.atlas[data-theme='${theme}']`;
    return (
      block(theme, [root]) + rule([`${root} ::backdrop`], declarations(pick(theme, BACKDROP_TOKENS), '  '))
    );
  });
  // The build's prerendered first screen (#17) cannot know the reader's setting: `auto` follows the
  // system's, with scripts off too, and the client then names the theme it computed (the same colours).
  const auto = `.atlas[data-theme='auto']`;
  const prerendered =
    block('light', [auto]) + `@media (prefers-color-scheme: dark) {\n${block('dark', [auto], '  ')}}\n`;
  return [...themes, prerendered, tagRules(), printRule(), withPages ? pageTokens() : ''].join('');
}

const prefixed = (prefix: string, values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [`${prefix}-${id}`, value]));

/**
 * An element that stands for a lever or an axis (`data-lever="formation"`, `data-axis="competences"`)
 * gets its colour in the current theme as `--c`: chips, swatches and axis bars colour themselves by
 * attribute, with no colour in script (none on the first screen) and no style attribute.
 */
function tagRules(): string {
  const { levers, axes } = COLOURS.light;
  const one = (attr: string, prefix: string, id: string) =>
    rule([`.atlas [data-${attr}='${id}']`], `  --c: var(--${prefix}-${id});\n`);
  return [
    ...Object.keys(levers).map((id) => one('lever', 'lever', id)),
    ...Object.keys(axes).map((id) => one('axis', 'axis', id)),
  ].join('');
}

/** The tokens of the integration example page (src/integration.css): a host page in the light theme. */
export const EXAMPLE_TOKENS = ['bg', 'text', 'border-strong'] as const satisfies readonly TokenName[];

export function exampleStylesheet(): string {
  return rule([':root'], declarations(pick('light', EXAMPLE_TOKENS), '  '));
}
