// The prerendered first screen's own pieces (#17): the markers' stylesheet, the theme that follows the
// system in the HTML, and the page's CSP with the hashes of its inline code.
import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { DESIGN_SIZE, firstScreenCss } from '../../src/lib/map/first-screen';
import { COLOURS } from '../../src/lib/theme/colours';
import { atlasStylesheet } from '../../src/lib/theme/css';
import { CSP, FIRST_SCREEN_SCRIPT, firstRequestsFirst, pageCsp } from '../../vite.config';

const markers = [
  { id: 'nord-loiret', x: 480, y: 200, label: { left: 26, top: 2 } },
  { id: 'mulhouse-alsace-agglomeration', x: 700.125, y: 260, label: { right: 26, top: -20 } },
  { id: 'bassin-de-brive', x: 400, y: 420, label: undefined },
];

/** Where a rule puts a dot in a box of `w` × `h`: its calc() evaluated as the browser would. */
function placed(css: string, id: string, w: number, h: number): [number, number] {
  const k = Math.min(w / DESIGN_SIZE.width, h / DESIGN_SIZE.height);
  const rule = new RegExp(
    `\\[data-id='${id}'\\]\\{transform:translate\\([^;]*\\);transform:translate\\(calc\\(50cqw \\+ (-?[\\d.]+) \\* var\\(--pre-k\\)\\),calc\\(50cqh \\+ (-?[\\d.]+) \\* var\\(--pre-k\\)\\)\\)\\}`,
  ).exec(css);
  if (!rule) throw new Error(`no rule for ${id}`);
  return [w / 2 + Number(rule[1]) * k, h / 2 + Number(rule[2]) * k];
}

describe('the markers’ stylesheet', () => {
  const css = firstScreenCss(markers, DESIGN_SIZE);

  it('places each dot where the SVG’s viewBox puts its point, at any box size (xMidYMid meet)', () => {
    for (const [w, h] of [
      [960, 640],
      [896, 579],
      [1500, 900],
      [390, 380],
    ] as const) {
      const k = Math.min(w / DESIGN_SIZE.width, h / DESIGN_SIZE.height);
      // The viewBox centred in the box, scaled by k.
      const ox = (w - DESIGN_SIZE.width * k) / 2;
      const oy = (h - DESIGN_SIZE.height * k) / 2;
      for (const m of markers) {
        const [x, y] = placed(css, m.id, w, h);
        expect(x).toBeCloseTo(ox + m.x * k, 1);
        expect(y).toBeCloseTo(oy + m.y * k, 1);
      }
    }
  });

  it('keeps the design size’s pixels where container units are not known, and the labels’ offsets', () => {
    expect(css).toContain(`.markers.pre{--pre-k:min(calc(100cqw / 960),calc(100cqh / 640))}`);
    expect(css).toContain(`[data-id='nord-loiret']{transform:translate(480px,200px);`);
    expect(css).toContain(`[data-id='nord-loiret'] .label{left:26px;top:2px}`);
    expect(css).toContain(`[data-id='mulhouse-alsace-agglomeration'] .label{right:26px;top:-20px}`);
    expect(css).not.toContain(`[data-id='bassin-de-brive'] .label`);
    expect(css).not.toMatch(/style=|<|>/);
  });
});

describe('the theme in the prerendered HTML', () => {
  it('follows the system: light tokens for data-theme="auto", dark under prefers-color-scheme', () => {
    const sheet = atlasStylesheet();
    const auto = sheet.indexOf(".atlas[data-theme='auto'] {");
    const media = sheet.indexOf('@media (prefers-color-scheme: dark) {', auto);
    expect(auto).toBeGreaterThan(0);
    expect(media).toBeGreaterThan(auto);
    const [name, light] = Object.entries(COLOURS.light.tokens)[0]!;
    const dark = COLOURS.dark.tokens[name as keyof typeof COLOURS.dark.tokens];
    expect(light).not.toBe(dark);
    expect(sheet.slice(auto, media)).toContain(`--${name}: ${light};`);
    expect(sheet.slice(media, sheet.indexOf('}\n}', media))).toContain(`--${name}: ${dark};`);
  });
});

describe('the page’s CSP', () => {
  const sha = (t: string) => `'sha256-${createHash('sha256').update(t, 'utf8').digest('base64')}'`;

  it('adds the hashes of exactly the page’s inline script and style, and nothing unsafe', () => {
    const html = `<head><script>${FIRST_SCREEN_SCRIPT}</script><style>.a{b:c}</style></head><body><script type="module" src="./x.js"></script></body>`;
    const csp = pageCsp(html);
    expect(csp).toContain(`script-src 'self' ${sha(FIRST_SCREEN_SCRIPT)};`);
    expect(csp).toContain(`style-src 'self' ${sha('.a{b:c}')};`);
    expect(csp).not.toMatch(/unsafe/);
    // A page without inline code keeps the plain policy (the public-sector pages).
    expect(pageCsp('<head></head><body><p>x</p></body>')).toBe(CSP);
  });
});

describe('the first screen’s requests', () => {
  // The head as Vite and the prerender write it: preloads first, the stylesheet last.
  const built = [
    '<html><head>',
    '<meta charset="UTF-8" />',
    '<link rel="preload" href="./assets/a-400.woff2" as="font" type="font/woff2" crossorigin />',
    '<link\n      rel="preload"\n      href="./assets/a-700.woff2"\n      as="font"\n      type="font/woff2"\n      crossorigin\n    />',
    '<link rel="preload" href="./geo/france.json" as="fetch" crossorigin />',
    '<link rel="preload" href="./geo/territoires.json" as="fetch" crossorigin />',
    '<link rel="expect" href="#end" blocking="render" />',
    '<script>one()</script>',
    '<style>.x{}</style>',
    '<title>t</title>',
    '<script type="module" crossorigin src="./assets/main-x.js"></script>',
    '<link rel="stylesheet" href="./assets/main-x.css">',
    '</head><body><div id="app"><link rel="stylesheet" href="in-body.css"></div></body></html>',
  ].join('\n    ');
  const out = firstRequestsFirst(built);
  const at = (s: string) => out.indexOf(s);
  /** Every tag the reorder moves is in `html` exactly once. */
  const expectEachOnce = (html: string) => {
    for (const tag of [
      'main-x.css',
      'a-400.woff2',
      'a-700.woff2',
      'france.json',
      'territoires.json',
      'main-x.js',
    ])
      expect(html.split(tag), tag).toHaveLength(2);
  };

  it('asks for the stylesheet first, after the inline script and style, then the fonts', () => {
    expect(at('<script>one()</script>')).toBeLessThan(at('main-x.css'));
    expect(at('<style>.x{}</style>')).toBeLessThan(at('main-x.css'));
    expect(at('main-x.css')).toBeLessThan(at('a-400.woff2'));
    expect(at('a-400.woff2')).toBeLessThan(at('a-700.woff2'));
    expect(at('a-700.woff2')).toBeLessThan(at('main-x.js'));
  });

  it('asks for the geodata after the module, and moves nothing else', () => {
    expect(at('main-x.js')).toBeLessThan(at('geo/france.json'));
    expect(at('geo/france.json')).toBeLessThan(at('geo/territoires.json'));
    expect(at('geo/territoires.json')).toBeLessThan(at('</head>'));
    // Each tag once, and the body untouched.
    expectEachOnce(out);
    expect(out.slice(at('</head>'))).toBe(built.slice(built.indexOf('</head>')));
    expect(firstRequestsFirst('<p>no head</p>')).toBe('<p>no head</p>');
  });

  it('keeps every tag in a head without an inline style', () => {
    const bare = built.replace('<style>.x{}</style>', '');
    const moved = firstRequestsFirst(bare);
    expectEachOnce(moved);
    expect(moved.indexOf('main-x.css')).toBeLessThan(moved.indexOf('<title>'));
    expect(moved.indexOf('main-x.css')).toBeGreaterThan(moved.indexOf('<script>one()</script>'));
  });
});
