/**
 * Exports of the current view (PRODUCT.md « Exports »): the slide PNG (1920×1080 CSS px at 2×, the map
 * drawn by the SVG renderer from the current camera, never read from a WebGL canvas), the territory card
 * PNG, and the view's data as CSV and JSON. Loaded on demand: nothing here is on the first screen.
 * Rasterising, the embedded font and CSV quoting are the charts' own helpers, shared.
 */
import { geoPath } from 'd3-geo';

import { BOM, SEPARATOR, field } from '../files/csv';
import { svgToPng } from '../files/raster';
import { FONT_FAMILY, embeddedFontCss, type ExportedSvg } from '../files/svg';
import { textWidth, wrap } from '../theme/text';
import { actions, programme, territories, vocabularies } from '../data';
import type { Action, CoreTerritory } from '../data/schema';
import { isTerritoryId, type TerritoryId } from '../data/ids';
import { viewProjection } from '../map/camera';
import type { MapSnapshot } from '../map/handle.svelte';
import type { UrlState } from '../state/url';
import { COLOURS, FILE_THEME } from '../theme/colours';
import { LEVER_COLOURS, type ThemeName } from '../theme/palette';

export const SOURCE_LINE =
  'Source : CNER, cner-france.com/?p=1331 (Fabrique prospective ANCT, 2023–2024) ; classement des actions : l’atlas';
export const SOURCE_LINE_EN =
  'Source: CNER, cner-france.com/?p=1331 (ANCT Fabrique prospective, 2023–2024); classification of actions: the atlas';
export const MAP_LICENCE = 'Fonds : IGN, INSEE, ANCT — Licence Ouverte 2.0';
export const MAP_LICENCE_EN = 'Base map: IGN, INSEE, ANCT — Licence Ouverte 2.0';

export interface ViewContext {
  lang: 'fr' | 'en';
  theme: ThemeName;
  url: UrlState;
  selected: TerritoryId | null;
  dimmed: ReadonlySet<TerritoryId>;
  matchingActions: ReadonlySet<string>;
  filtering: boolean;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NBSP = '\u202F';
const fr = (c: ViewContext) => c.lang === 'fr';

/** The files' colours, from the theme's table (FILE_THEME: light, a slide is projected on white). */
const FILE = COLOURS[FILE_THEME].tokens;
const INK = {
  paper: FILE.surface,
  text: FILE.text,
  muted: FILE['text-muted'],
  rule: FILE.border,
  frame: FILE['border-strong'],
  sea: FILE['map-sea'],
  land: FILE['map-land'],
  dep: FILE['map-dep-line'],
  region: FILE['map-region-line'],
  coast: FILE['map-coast'],
  territory: FILE['map-territory'],
  territoryLine: FILE['map-territory-line'],
  ring: FILE['marker-ring'],
  accent: FILE.accent,
  accentStrong: FILE['accent-strong'],
};

function text(
  x: number,
  y: number,
  s: string,
  size: number,
  opts: { weight?: 400 | 700; fill?: string; anchor?: string; halo?: boolean } = {},
): string {
  const halo = opts.halo
    ? ` stroke="${INK.paper}" stroke-width="${Math.max(3, size / 4)}" stroke-linejoin="round" paint-order="stroke"`
    : '';
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${opts.weight ?? 400}" fill="${opts.fill ?? INK.text}"${opts.anchor ? ` text-anchor="${opts.anchor}"` : ''}${halo}>${esc(s)}</text>`;
}

async function svgDocument(width: number, height: number, body: string, title: string): Promise<ExportedSvg> {
  const font = await embeddedFontCss().catch(() => '');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY)}">` +
    `<title>${esc(title)}</title><style>${font}</style><rect width="${width}" height="${height}" fill="${INK.paper}"/>${body}</svg>`;
  return { svg, width, height };
}

/** The slide: title, the map from the current camera with outlines and labels, a legend, source and licence. */
export async function slideSvg(map: MapSnapshot, c: ViewContext): Promise<ExportedSvg> {
  const W = 1920;
  const H = 1080;
  const area = { x: 48, y: 150, w: 1280, h: 830 };
  const selected = c.selected ? territories.find((t) => t.id === c.selected) : undefined;
  const title = fr(c)
    ? 'Atlas de la Fabrique prospective «\u202Findustrie\u202F»'
    : 'Atlas of the “industry” Fabrique prospective';
  const subtitle = selected
    ? `${selected.name} — ${fr(c) ? selected.strategy.text : selected.strategy.en}`
    : fr(c)
      ? 'Huit Territoires d’industrie et leurs actions pour recruter dans l’industrie (ANCT, 2023–2024)'
      : 'Eight Territoires d’industrie and their actions to recruit for industry (ANCT, 2023–2024)';

  // Same centre as the screen; the zoom grows with the slide's larger map area.
  const zoom = map.camera.zoom + Math.log2(Math.min(area.w / map.width, area.h / map.height));
  const projection = viewProjection({ ...map.camera, zoom }, area.w, area.h, area.x, area.y);
  const path = geoPath(projection);
  const p = (d: string | null, attrs: string) => (d ? `<path d="${d}" ${attrs}/>` : '');

  let body = '';
  body += text(48, 70, title, 44, { weight: 700 });
  for (const [i, line] of wrap(subtitle, 1800, { size: 26 }).slice(0, 2).entries())
    body += text(48, 110 + i * 32, line, 26, { fill: INK.muted });
  body += `<clipPath id="map-clip"><rect x="${area.x}" y="${area.y}" width="${area.w}" height="${area.h}"/></clipPath>`;
  body += `<g clip-path="url(#map-clip)"><rect x="${area.x}" y="${area.y}" width="${area.w}" height="${area.h}" fill="${INK.sea}"/>`;
  for (const f of map.base.regions) body += p(path(f), `fill="${INK.land}"`);
  body += p(path(map.base.departementLines), `fill="none" stroke="${INK.dep}" stroke-width="0.8"`);
  body += p(path(map.base.regionLines), `fill="none" stroke="${INK.region}" stroke-width="1.6"`);
  body += p(path(map.base.outline), `fill="none" stroke="${INK.coast}" stroke-width="1.4"`);
  for (const f of map.shapes) {
    const id = f.properties.id;
    const sel = id === c.selected;
    const dim = isTerritoryId(id) && c.dimmed.has(id);
    body += p(
      path(f),
      `fill="${sel ? INK.accent : INK.territory}" fill-opacity="${dim ? 0.15 : sel ? 0.45 : 0.55}" stroke="${sel ? INK.accentStrong : INK.territoryLine}" stroke-width="${sel ? 3 : 1.6}" stroke-opacity="${dim ? 0.4 : 1}"`,
    );
  }
  for (const t of territories) {
    const xy = projection([t.reference.lon, t.reference.lat]);
    if (!xy) continue;
    const [x, y] = xy;
    if (x < area.x || x > area.x + area.w || y < area.y || y > area.y + area.h) continue;
    const sel = t.id === c.selected;
    const dim = c.dimmed.has(t.id);
    body += `<circle cx="${x}" cy="${y}" r="${sel ? 12 : 10}" fill="${dim ? INK.paper : sel ? INK.accent : INK.territoryLine}" stroke="${dim ? INK.muted : INK.ring}" stroke-width="3"/>`;
    body += text(x + 18, y + 8, t.shortName, 24, {
      weight: 700,
      fill: dim ? INK.muted : INK.text,
      halo: true,
    });
  }
  body += `</g><rect x="${area.x}" y="${area.y}" width="${area.w}" height="${area.h}" fill="none" stroke="${INK.frame}"/>`;

  // Legend, labelled (colour never alone), then the territories with their strategy.
  const lx = 1380;
  let ly = 180;
  body += text(lx, ly, fr(c) ? 'Légende' : 'Key', 28, { weight: 700 });
  ly += 44;
  body += `<rect x="${lx}" y="${ly - 20}" width="36" height="24" fill="${INK.territory}" fill-opacity="0.55" stroke="${INK.territoryLine}" stroke-width="1.6"/>`;
  body += text(
    lx + 50,
    ly,
    fr(c) ? 'Périmètre d’un territoire de la Fabrique' : 'Perimeter of a Fabrique territory',
    22,
  );
  ly += 40;
  body += `<circle cx="${lx + 18}" cy="${ly - 8}" r="10" fill="${INK.territoryLine}" stroke="${INK.ring}" stroke-width="3"/>`;
  body += text(lx + 50, ly, fr(c) ? 'Siège ou point de repère' : 'Seat or reference point', 22);
  if (selected) {
    ly += 40;
    body += `<circle cx="${lx + 18}" cy="${ly - 8}" r="12" fill="${INK.accent}" stroke="${INK.ring}" stroke-width="3"/>`;
    body += text(lx + 50, ly, fr(c) ? 'Territoire sélectionné' : 'Selected territory', 22);
  }
  if (c.dimmed.size) {
    ly += 40;
    body += `<circle cx="${lx + 18}" cy="${ly - 8}" r="10" fill="${INK.paper}" stroke="${INK.muted}" stroke-width="3"/>`;
    body += text(lx + 50, ly, fr(c) ? 'Hors du filtre en cours' : 'Outside the current filter', 22);
  }
  ly += 60;
  for (const t of territories) {
    if (ly > 960) break;
    body += text(lx, ly, t.shortName, 22, { weight: 700, fill: c.dimmed.has(t.id) ? INK.muted : INK.text });
    ly += 26;
    for (const line of wrap(fr(c) ? t.strategy.text : t.strategy.en, 490, { size: 19 }).slice(0, 2)) {
      body += text(lx, ly, line, 19, { fill: INK.muted });
      ly += 23;
    }
    ly += 10;
  }
  body += text(48, 1026, fr(c) ? SOURCE_LINE : SOURCE_LINE_EN, 20, { fill: INK.muted });
  body += text(48, 1054, fr(c) ? MAP_LICENCE : MAP_LICENCE_EN, 20, { fill: INK.muted });
  return svgDocument(W, H, body, selected ? `${title} — ${selected.shortName}` : title);
}

const leverLabel = (id: string, c: ViewContext) =>
  vocabularies.levers.find((l) => l.id === id)?.label[c.lang] ?? id;
const audienceLabel = (id: string, c: ViewContext) =>
  vocabularies.audiences.find((l) => l.id === id)?.label[c.lang] ?? id;
const formatLabel = (id: string, c: ViewContext) =>
  vocabularies.formats.find((l) => l.id === id)?.label[c.lang] ?? id;

/** The territory card: name, strategy, each action with its levers, audiences and format; source line. */
export async function cardSvg(t: CoreTerritory, c: ViewContext): Promise<ExportedSvg> {
  const W = 1200;
  const pad = 48;
  const inner = W - 2 * pad;
  const list = actions.filter((a) => a.territory === t.id);
  let y = 80;
  let body = '';
  for (const line of wrap(t.name, inner, { size: 40, weight: 700 })) {
    body += text(pad, y, line, 40, { weight: 700 });
    y += 48;
  }
  body += text(
    pad,
    y,
    `${t.departements.map((d) => `${d.name} (${d.code})`).join(', ')} · ${t.region.name}`,
    22,
    { fill: INK.muted },
  );
  y += 44;
  for (const line of wrap(fr(c) ? t.strategy.text : t.strategy.en, inner, { size: 28 })) {
    body += text(pad, y, line, 28, { weight: 700, fill: INK.accentStrong });
    y += 36;
  }
  y += 16;
  const colours = LEVER_COLOURS[FILE_THEME];
  list.forEach((a: Action, i) => {
    body += `<line x1="${pad}" x2="${W - pad}" y1="${y - 8}" y2="${y - 8}" stroke="${INK.rule}"/>`;
    y += 24;
    const lines = wrap(`${i + 1}. ${fr(c) ? a.text : a.textEn}`, inner, { size: 24 });
    for (const line of lines) {
      body += text(pad, y, line, 24);
      y += 31;
    }
    y += 6;
    let x = pad;
    for (const l of a.levers) {
      const label = leverLabel(l, c);
      const w = textWidth(label, { size: 19, weight: 700 }) + 34;
      if (x + w > W - pad) {
        x = pad;
        y += 36;
      }
      body += `<rect x="${x}" y="${y - 22}" width="${w}" height="30" rx="15" fill="${INK.paper}" stroke="${colours[l as keyof typeof colours] ?? INK.muted}" stroke-width="2"/>`;
      body += `<circle cx="${x + 14}" cy="${y - 7}" r="6" fill="${colours[l as keyof typeof colours] ?? INK.muted}"/>`;
      body += text(x + 26, y, label, 19, { weight: 700 });
      x += w + 10;
    }
    y += 34;
    const who = a.audiences.length
      ? a.audiences.map((au) => audienceLabel(au, c)).join(', ')
      : fr(c)
        ? 'public non précisé par la source'
        : 'audience not stated by the source';
    const meta = `${fr(c) ? 'Publics' : 'Audiences'}${fr(c) ? NBSP : ''}: ${who} · ${fr(c) ? 'Format' : 'Format'}${fr(c) ? NBSP : ''}: ${formatLabel(a.format, c)}`;
    for (const line of wrap(meta, inner, { size: 19 })) {
      body += text(pad, y, line, 19, { fill: INK.muted });
      y += 25;
    }
    y += 18;
  });
  if (t.openEnded) {
    body += text(
      pad,
      y,
      fr(c) ? 'La source mentionne d’autres actions.' : 'The source mentions further actions.',
      20,
      { fill: INK.muted },
    );
    y += 34;
  }
  if (!fr(c)) {
    body += text(pad, y, 'English text: translation by the atlas.', 18, { fill: INK.muted });
    y += 30;
  }
  y += 10;
  for (const line of wrap(fr(c) ? SOURCE_LINE : SOURCE_LINE_EN, inner, { size: 18 })) {
    body += text(pad, y, line, 18, { fill: INK.muted });
    y += 24;
  }
  const height = Math.ceil(y + 24);
  return svgDocument(W, height, body, t.name);
}

/** The data behind the current view: matching actions (of the selection or comparison, if any). */
export function viewActions(c: ViewContext): Action[] {
  const scope =
    c.url.comparer.length >= 2 ? new Set(c.url.comparer) : c.selected ? new Set([c.selected]) : null;
  return actions.filter(
    (a) => (!scope || scope.has(a.territory)) && (!c.filtering || c.matchingActions.has(a.id)),
  );
}

export function viewCsv(c: ViewContext): string {
  const head = fr(c)
    ? ['territoire', 'nom du territoire', 'action', 'texte', 'leviers', 'axes', 'publics', 'format']
    : ['territory', 'territory name', 'action', 'text', 'levers', 'axes', 'audiences', 'format'];
  const axisLabel = (id: string) => programme.axes.find((x) => x.id === id)?.short[c.lang] ?? id;
  const rows = viewActions(c).map((a) => {
    const t = territories.find((x) => x.id === a.territory)!;
    return [
      t.id,
      t.name,
      a.id,
      fr(c) ? a.text : a.textEn,
      a.levers.map((l) => leverLabel(l, c)).join(' | '),
      a.axes.map(axisLabel).join(' | '),
      a.audiences.map((au) => audienceLabel(au, c)).join(' | '),
      formatLabel(a.format, c),
    ];
  });
  const lines = [head, ...rows].map((r) => r.map(field).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n\r\n${field(fr(c) ? SOURCE_LINE : SOURCE_LINE_EN)}\r\n`;
}

export function viewJson(c: ViewContext, link: string): string {
  const list = viewActions(c);
  const ids = new Set(list.map((a) => a.territory));
  return JSON.stringify(
    {
      source: fr(c) ? SOURCE_LINE : SOURCE_LINE_EN,
      link,
      language: c.lang,
      filters: {
        leviers: c.url.leviers,
        axes: c.url.axes,
        publics: c.url.publics,
        formats: c.url.formats,
        q: c.url.q,
      },
      territories: territories
        .filter((t) => ids.has(t.id))
        .map((t) => ({
          id: t.id,
          name: t.name,
          shortName: t.shortName,
          strategy: fr(c) ? t.strategy.text : t.strategy.en,
        })),
      actions: list.map((a) => ({
        id: a.id,
        territory: a.territory,
        text: fr(c) ? a.text : a.textEn,
        levers: a.levers,
        axes: a.axes,
        audiences: a.audiences,
        format: a.format,
      })),
    },
    null,
    2,
  );
}

export { svgToPng };

/** File names that say what they hold (PRODUCT.md « Exports »). */
export function fileName(kind: 'slide' | 'card' | 'csv' | 'json', c: ViewContext): string {
  const scope =
    c.selected ?? (c.url.comparer.length >= 2 ? `comparaison-${c.url.comparer.join('-')}` : 'france');
  if (kind === 'slide') return `atlas-carte-${scope}-diapositive.png`;
  if (kind === 'card') return `atlas-fiche-${c.selected ?? 'territoire'}.png`;
  return `atlas-donnees-${scope}${c.filtering ? '-filtre' : ''}.${kind}`;
}
