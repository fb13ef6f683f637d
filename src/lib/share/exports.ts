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
import { FRANCE_BOUNDS, fitBounds, scaleBar, viewProjection, type ViewProjection } from '../map/camera';
import { lonLatBounds } from '../map/geo';
import { SLIDE_TYPE, territoryScene } from '../map/territory-scene';
import { fetchTopology, territoryGeoFile } from '../data/geo';
import { territoryDetail } from '../data/territory-geo';
import { labelOrder } from '../map/marker-labels';
import { placeLabels, type Box, type LabelLayout, type LabelStyle } from '../map/placement';
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

/** The slide's frame: 1920 × 1080 CSS px (a PNG at 2×: 3840 × 2160), its map area and its legend column. */
export const SLIDE = {
  width: 1920,
  height: 1080,
  map: { x: 48, y: 160, w: 1060, h: 820 },
  legend: { x: 1160, w: 712 },
} as const;

/** The slide's map labels: the live map's placement (map/placement.ts) at the slide's own type size. */
export const SLIDE_LABEL: LabelStyle = {
  font: { size: 24, weight: 700 },
  padX: 8,
  height: 34,
  dot: 15,
  gap: 4,
  spacing: 4,
};

/** Optional detail a territory slide draws (its communes, neighbours, names): map/territory-scene.ts. */
export type SlideDetail = (
  projection: ViewProjection,
  area: { w: number; h: number },
  obstacles: Box[],
) => string;

/**
 * The slide: title, the map framed for the slide's own map area (France fills it; a territory is fitted
 * with its scale bar and a locator inset; a free camera keeps its centre and ground), labels placed for the
 * slide's size and type, a legend of what the slide shows, source and licence.
 */
export async function slideSvg(
  map: MapSnapshot,
  c: ViewContext,
  options: { bare?: boolean } = {},
): Promise<ExportedSvg> {
  const { width: W, height: H, map: area } = SLIDE;
  const selected = c.selected ? territories.find((t) => t.id === c.selected) : undefined;
  const compared = c.url.comparer.length >= 2 ? c.url.comparer : [];
  const title = fr(c)
    ? 'Atlas de la Fabrique prospective «\u202Findustrie\u202F»'
    : 'Atlas of the “industry” Fabrique prospective';
  const subtitle = selected
    ? `${selected.name} — ${fr(c) ? selected.strategy.text : selected.strategy.en}`
    : fr(c)
      ? 'Huit Territoires d’industrie et leurs actions pour recruter dans l’industrie (ANCT, 2023–2024)'
      : 'Eight Territoires d’industrie and their actions to recruit for industry (ANCT, 2023–2024)';

  // The framing, computed for the slide's map area: never the screen's zoom scaled up.
  const shape = selected ? map.shapes.find((f) => f.properties.id === selected.id) : undefined;
  const camera = c.url.carte
    ? { ...map.camera, zoom: map.camera.zoom + Math.log2(Math.min(area.w / map.width, area.h / map.height)) }
    : shape
      ? // The locator inset has the right-hand strip to itself: the territory never sits under it.
        fitBounds(
          lonLatBounds(shape),
          area.w,
          area.h,
          { top: 56, right: INSET + 48, bottom: 72, left: 56 },
          11,
        )
      : fitBounds(FRANCE_BOUNDS, area.w, area.h, { top: 24, right: 24, bottom: 40, left: 24 });
  const projection = viewProjection(camera, area.w, area.h, area.x, area.y);
  const local = viewProjection(camera, area.w, area.h);
  const path = geoPath(projection);
  const p = (d: string | null, attrs: string) => (d ? `<path d="${d}" ${attrs}/>` : '');
  const compareColour = (id: string) =>
    FILE[`compare-${compared.indexOf(id as TerritoryId) + 1}` as 'compare-1'];

  let body = '';
  if (!options.bare) {
    body += text(48, 70, title, 44, { weight: 700 });
    for (const [i, line] of wrap(subtitle, 1820, { size: 26 }).slice(0, 2).entries())
      body += text(48, 110 + i * 32, line, 26, { fill: INK.muted });
  }
  body += `<clipPath id="map-clip"><rect x="${area.x}" y="${area.y}" width="${area.w}" height="${area.h}"/></clipPath>`;
  body += `<g clip-path="url(#map-clip)"><rect x="${area.x}" y="${area.y}" width="${area.w}" height="${area.h}" fill="${INK.sea}"/>`;
  for (const f of map.base.regions) body += p(path(f), `fill="${INK.land}"`);
  body += p(
    path(map.base.departementLines),
    `fill="none" stroke="${INK.dep}" stroke-width="${shape ? 1.6 : 0.8}"`,
  );
  body += p(path(map.base.regionLines), `fill="none" stroke="${INK.region}" stroke-width="1.6"`);
  body += p(path(map.base.outline), `fill="none" stroke="${INK.coast}" stroke-width="1.4"`);

  // The markers' dots, in the map area's own pixels, and their labels placed around them.
  const dots = territories.flatMap((t) => {
    const [x, y] = local([t.reference.lon, t.reference.lat]);
    return x >= 0 && x <= area.w && y >= 0 && y <= area.h ? [{ id: t.id, x, y, text: t.shortName }] : [];
  });
  const order = labelOrder(c.selected, compared);
  const inset: Box | null = shape
    ? { x0: area.w - INSET - 16, y0: 16, x1: area.w - 16, y1: 16 + INSET }
    : null;
  const bar = scaleBar(camera.lat, camera.zoom, 220);
  const barBox: Box = { x0: 0, y0: area.h - 70, x1: bar.px + 40, y1: area.h };
  const layout = placeLabels(
    order.flatMap((id) => dots.filter((d) => d.id === id)),
    {
      width: area.w,
      height: area.h,
      style: SLIDE_LABEL,
      inset: { top: 8, right: 8, bottom: 8, left: 8 },
      obstacles: [barBox, ...(inset ? [inset] : [])],
      numbers: true,
    },
  );
  // A territory at its own scale: its communes, neighbours and names (map/territory-scene.ts), placed
  // for the slide around the markers' labels and the inset. Without its file, the outline alone.
  const topo = selected ? await fetchTopology(territoryGeoFile(selected.id)).catch(() => null) : null;
  const detail =
    selected && topo
      ? territoryScene({
          detail: territoryDetail(topo),
          departements: map.departements,
          seat: selected.reference,
          project: local,
          path: geoPath(local),
          width: area.w,
          height: area.h,
          type: SLIDE_TYPE,
          obstacles: [
            ...layout.labels.filter((l) => l.id !== selected.id).map((l) => l.box),
            ...dots.map((d) => ({ x0: d.x - 16, y0: d.y - 16, x1: d.x + 16, y1: d.y + 16 })),
            barBox,
            ...(inset ? [inset] : []),
          ],
          inset: { top: 8, right: 8, bottom: 8, left: 8 },
          seatRadius: 15,
        })
      : null;
  if (detail) {
    body += `<g transform="translate(${area.x} ${area.y})">`;
    body += `<path d="${detail.voisines}" fill="${INK.land}" stroke="${INK.dep}" stroke-width="1"/>`;
    for (const f of detail.communes) body += `<path d="${f.d}" fill="${INK.paper}"/>`;
    body += `<path d="${detail.communeMesh}" fill="none" stroke="${INK.dep}" stroke-width="1.2"/>`;
    if (detail.epciMesh)
      body += `<path d="${detail.epciMesh}" fill="none" stroke="${INK.territoryLine}" stroke-width="2.5" stroke-dasharray="10 5"/>`;
    body += '</g>';
  }
  for (const f of map.shapes) {
    const id = f.properties.id;
    const sel = id === c.selected;
    const cmp = compared.includes(id as TerritoryId);
    const dim = isTerritoryId(id) && c.dimmed.has(id);
    const colour = cmp ? compareColour(id) : sel ? INK.accent : INK.territory;
    body += p(
      path(f),
      `fill="${colour}" fill-opacity="${dim ? 0.15 : sel ? (detail ? 0.06 : 0.3) : 0.55}" stroke="${sel ? INK.accentStrong : cmp ? colour : INK.territoryLine}" stroke-width="${sel ? 4 : 1.6}" stroke-opacity="${dim ? 0.4 : 1}"`,
    );
  }
  body += `<g transform="translate(${area.x} ${area.y})">`;
  for (const l of layout.labels)
    if (l.leader)
      body += `<line x1="${l.leader[0]}" y1="${l.leader[1]}" x2="${l.leader[2]}" y2="${l.leader[3]}" stroke="${INK.text}" stroke-width="2"/>`;
  for (const d of dots) {
    const sel = d.id === c.selected;
    const dim = c.dimmed.has(d.id);
    const cmp = compared.includes(d.id);
    const fill = dim ? INK.paper : cmp ? compareColour(d.id) : sel ? INK.accent : INK.territoryLine;
    body += `<circle cx="${d.x}" cy="${d.y}" r="${sel || numbersMode(layout) ? 14 : 11}" fill="${fill}" stroke="${dim ? INK.muted : INK.ring}" stroke-width="3"/>`;
    const n = layout.numbers.get(d.id);
    if (n)
      body += text(d.x, d.y + 6, String(n), 17, {
        weight: 700,
        fill: dim ? INK.text : INK.ring,
        anchor: 'middle',
      });
  }
  if (detail) {
    for (const l of detail.labels) {
      if (l.leader)
        body += `<line x1="${l.leader[0]}" y1="${l.leader[1]}" x2="${l.leader[2]}" y2="${l.leader[3]}" stroke="${INK.muted}" stroke-width="1.5"/>`;
      const [cx, cy] = [(l.box.x0 + l.box.x1) / 2, (l.box.y0 + l.box.y1) / 2];
      const dep = l.kind === 'departement';
      body += text(
        cx,
        cy + l.font.size * 0.35,
        dep ? l.text.toLocaleUpperCase(fr(c) ? 'fr-FR' : 'en-GB') : l.text,
        l.font.size,
        {
          weight: l.font.weight ?? 400,
          fill: dep ? INK.muted : INK.text,
          anchor: 'middle',
          halo: true,
        },
      );
    }
  }
  for (const l of layout.labels) {
    // On its own slide the territory is named by the title and the legend; its seat names the dot.
    if (detail && l.id === c.selected) continue;
    const t = territories.find((x) => x.id === l.id)!;
    const sel = l.id === c.selected;
    const dim = c.dimmed.has(t.id);
    body += `<rect x="${l.box.x0}" y="${l.box.y0}" width="${l.box.x1 - l.box.x0}" height="${l.box.y1 - l.box.y0}" rx="4" fill="${sel ? INK.accentStrong : INK.paper}" fill-opacity="${sel ? 1 : 0.9}"/>`;
    body += text(l.box.x0 + SLIDE_LABEL.padX, l.box.y1 - 9, t.shortName, 24, {
      weight: 700,
      fill: sel ? FILE['on-accent'] : dim ? INK.muted : INK.text,
    });
  }
  body += '</g>';
  if (shape && inset)
    body += locator(
      map,
      shape,
      { x: area.x + inset.x0, y: area.y + inset.y0, w: inset.x1 - inset.x0, h: inset.y1 - inset.y0 },
      c,
    );
  // The scale bar, bottom left of the map area, on the map's own ground.
  const bx = area.x + 20;
  const by = area.y + area.h - 24;
  body += `<rect x="${bx - 10}" y="${by - 34}" width="${bar.px + 20}" height="48" fill="${INK.paper}" fill-opacity="0.85"/>`;
  body += `<path d="M${bx} ${by - 8}v8h${bar.px}v-8" fill="none" stroke="${INK.text}" stroke-width="2.5"/>`;
  body += text(bx, by - 14, scaleText(bar.metres, c), 18, { fill: INK.text });
  body += `</g><rect x="${area.x}" y="${area.y}" width="${area.w}" height="${area.h}" fill="none" stroke="${INK.frame}"/>`;

  body += legend(c, {
    selected,
    compared,
    numbers: numbersMode(layout) ? layout.numbers : null,
    detail: !!(detail && shape),
    colour: compareColour,
  });
  const name = selected ? `${title} — ${selected.shortName}` : title;
  if (options.bare) return picture(await svgDocument(W, H, body, name));
  body += text(48, 1026, fr(c) ? SOURCE_LINE : SOURCE_LINE_EN, 20, { fill: INK.muted });
  body += text(48, 1054, fr(c) ? MAP_LICENCE : MAP_LICENCE_EN, 20, { fill: INK.muted });
  return svgDocument(W, H, body, name);
}

/**
 * A deck slide's picture (the PPTX's, #16): the slide without its title and source lines, which the
 * PowerPoint slide writes as editable text, cut to the band of the map and its legend. Rasterised at
 * `scale`, it is at least 1920 × 1080 px.
 */
export const PICTURE = { y: 148, width: 1920, height: 852, scale: 1.28 } as const;

function picture(slide: ExportedSvg): ExportedSvg {
  const { y, width, height } = PICTURE;
  const svg = slide.svg.replace(/^<svg\b[^>]*>/, (tag) =>
    tag
      .replace(/\sheight="[^"]*"/, ` height="${height}"`)
      .replace(/\sviewBox="[^"]*"/, ` viewBox="0 ${y} ${width} ${height}"`),
  );
  return { svg, width, height };
}

const numbersMode = (l: LabelLayout) => l.mode === 'numbers';

function scaleText(metres: number, c: ViewContext): string {
  const km = metres >= 1000;
  const n = km ? metres / 1000 : metres;
  return `${n.toLocaleString(fr(c) ? 'fr-FR' : 'en-GB')}${fr(c) ? NBSP : ' '}${km ? 'km' : 'm'}`;
}

/** The locator inset's side on a territory slide, in slide pixels. */
const INSET = 250;

/** A small France with the territory marked: where it sits (« carte de situation »). */
function locator(
  map: MapSnapshot,
  shape: MapSnapshot['shapes'][number],
  box: { x: number; y: number; w: number; h: number },
  c: ViewContext,
): string {
  const cam = fitBounds(FRANCE_BOUNDS, box.w, box.h, { top: 12, right: 12, bottom: 12, left: 12 });
  const proj = viewProjection(cam, box.w, box.h, box.x, box.y);
  const path = geoPath(proj);
  let out = `<g role="img" aria-label="${esc(fr(c) ? 'Carte de situation' : 'Locator map')}">`;
  out += `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" fill="${INK.paper}" stroke="${INK.frame}" stroke-width="1.5"/>`;
  for (const f of map.base.regions) {
    const d = path(f);
    if (d) out += `<path d="${d}" fill="${INK.land}" stroke="${INK.region}" stroke-width="0.8"/>`;
  }
  const d = path(shape);
  if (d) out += `<path d="${d}" fill="${INK.accent}" stroke="${INK.accentStrong}" stroke-width="1.5"/>`;
  const [[w, s], [e, n]] = lonLatBounds(shape);
  const [x0, y1] = proj([w, s]);
  const [x1, y0] = proj([e, n]);
  const pad = 5;
  out += `<rect x="${x0 - pad}" y="${y0 - pad}" width="${x1 - x0 + 2 * pad}" height="${y1 - y0 + 2 * pad}" fill="none" stroke="${INK.accentStrong}" stroke-width="2.5"/>`;
  return out + '</g>';
}

/** The legend lists what the slide shows: the symbols, then the territories on it (not always all eight). */
function legend(
  c: ViewContext,
  o: {
    selected: CoreTerritory | undefined;
    compared: readonly TerritoryId[];
    numbers: Map<string, number> | null;
    detail: boolean;
    colour: (id: string) => string;
  },
): string {
  const lx = SLIDE.legend.x;
  const lw = SLIDE.legend.w;
  let ly = 190;
  let out = text(lx, ly, fr(c) ? 'Légende' : 'Key', 28, { weight: 700 });
  ly += 46;
  const row = (swatch: string, label: string) => {
    out += swatch;
    out += text(lx + 50, ly, label, 22);
    ly += 38;
  };
  const sy = () => ly - 8;
  if (o.selected) {
    row(
      `<rect x="${lx}" y="${ly - 20}" width="36" height="24" fill="${INK.accent}" fill-opacity="0.15" stroke="${INK.accentStrong}" stroke-width="3"/>`,
      fr(c) ? `Périmètre de ${o.selected.shortName}` : `${o.selected.shortName}’s perimeter`,
    );
    if (o.detail) {
      row(
        `<rect x="${lx}" y="${ly - 20}" width="36" height="24" fill="${INK.land}" stroke="${INK.dep}" stroke-width="1.5"/>`,
        fr(c)
          ? 'Communes (COG 2024), noms des plus peuplées'
          : 'Communes (COG 2024), the most populous named',
      );
      if (o.selected.epcis.length > 1)
        row(
          `<line x1="${lx}" x2="${lx + 36}" y1="${sy()}" y2="${sy()}" stroke="${INK.territoryLine}" stroke-width="3" stroke-dasharray="8 4"/>`,
          fr(c) ? 'Limite d’intercommunalité (EPCI)' : 'Inter-municipal (EPCI) boundary',
        );
    }
    row(
      `<circle cx="${lx + 18}" cy="${sy()}" r="12" fill="${INK.accent}" stroke="${INK.ring}" stroke-width="3"/>`,
      fr(c) ? `Siège\u202F: ${o.selected.reference.name}` : `Seat: ${o.selected.reference.name}`,
    );
    row(
      `<rect x="${lx + 4}" y="${ly - 22}" width="28" height="28" fill="${INK.paper}" stroke="${INK.frame}"/><rect x="${lx + 14}" y="${ly - 14}" width="8" height="8" fill="${INK.accent}"/>`,
      fr(c) ? 'Carte de situation\u202F: le territoire en France' : 'Locator map: the territory in France',
    );
    ly += 20;
    out += text(lx, ly, o.selected.shortName, 24, { weight: 700 });
    ly += 30;
    for (const line of wrap(fr(c) ? o.selected.strategy.text : o.selected.strategy.en, lw, {
      size: 21,
    }).slice(0, 3)) {
      out += text(lx, ly, line, 21, { fill: INK.muted });
      ly += 27;
    }
    const deps = o.selected.departements.map((d) => `${d.name} (${d.code})`).join(', ');
    for (const line of wrap(`${deps} · ${o.selected.region.name}`, lw, { size: 19 }).slice(0, 2)) {
      out += text(lx, ly, line, 19, { fill: INK.muted });
      ly += 25;
    }
    return out;
  }
  row(
    `<rect x="${lx}" y="${ly - 20}" width="36" height="24" fill="${INK.territory}" fill-opacity="0.55" stroke="${INK.territoryLine}" stroke-width="1.6"/>`,
    fr(c) ? 'Périmètre d’un territoire de la Fabrique' : 'Perimeter of a Fabrique territory',
  );
  row(
    `<circle cx="${lx + 18}" cy="${sy()}" r="10" fill="${INK.territoryLine}" stroke="${INK.ring}" stroke-width="3"/>`,
    fr(c) ? 'Siège ou point de repère' : 'Seat or reference point',
  );
  if (c.dimmed.size)
    row(
      `<circle cx="${lx + 18}" cy="${sy()}" r="10" fill="${INK.paper}" stroke="${INK.muted}" stroke-width="3"/>`,
      fr(c) ? 'Hors du filtre en cours' : 'Outside the current filter',
    );
  out += text(
    lx,
    ly,
    fr(c) ? 'Outre-mer\u202F: aucun territoire de la Fabrique.' : 'Overseas: no Fabrique territory.',
    19,
    { fill: INK.muted },
  );
  ly += 44;
  const shown = o.compared.length
    ? o.compared.map((id) => territories.find((t) => t.id === id)!)
    : territories;
  for (const t of shown) {
    if (ly > 970) break;
    const n = o.numbers?.get(t.id);
    const cmp = o.compared.includes(t.id);
    let x = lx;
    if (cmp) {
      out += `<rect x="${lx}" y="${ly - 19}" width="22" height="22" rx="4" fill="${o.colour(t.id)}"/>`;
      x += 32;
    }
    if (n) {
      out += `<circle cx="${lx + 12}" cy="${ly - 8}" r="13" fill="${INK.territoryLine}"/>`;
      out += text(lx + 12, ly - 2, String(n), 16, { weight: 700, fill: INK.ring, anchor: 'middle' });
      x += 34;
    }
    out += text(x, ly, t.shortName, 22, { weight: 700, fill: c.dimmed.has(t.id) ? INK.muted : INK.text });
    ly += 26;
    for (const line of wrap(fr(c) ? t.strategy.text : t.strategy.en, lw - (x - lx), { size: 19 }).slice(
      0,
      2,
    )) {
      out += text(x, ly, line, 19, { fill: INK.muted });
      ly += 23;
    }
    ly += 8;
  }
  return out;
}

/**
 * A chart's slide, the header's « Diapositive » on the charts view: the chart's title and reading guide as
 * the slide's own, the chart alone (charts/export.ts, `bare`) as large as the slide's frame allows, and the
 * source line, on the map slide's 1920 × 1080 frame.
 */
export async function chartSlideSvg(
  chart: ExportedSvg,
  words: { title: string; guide: string; note?: string | undefined },
  c: ViewContext,
  options: { bare?: boolean } = {},
): Promise<ExportedSvg> {
  const { width: W, height: H } = SLIDE;
  let body = '';
  let top = PICTURE.y + 12;
  if (!options.bare) {
    body += text(48, 70, words.title, 44, { weight: 700 });
    const lead = [words.guide, words.note].filter(Boolean).join(' ');
    const leadLines = wrap(lead, 1820, { size: 26 }).slice(0, 3);
    for (const [i, line] of leadLines.entries())
      body += text(48, 110 + i * 32, line, 26, { fill: INK.muted });
    top = 110 + leadLines.length * 32 + 16;
  }
  const bottom = options.bare ? PICTURE.y + PICTURE.height - 12 : 1000;
  const area = { x: 48, y: top, w: W - 96, h: bottom - top };
  const scale = Math.min(area.w / chart.width, area.h / chart.height);
  const w = chart.width * scale;
  const h = chart.height * scale;
  // The chart's own document, nested: its root tag takes the slide's place and size (no DOMParser: a
  // parsed document's <style> is checked against the page's CSP and refused).
  const at = `x="${area.x + (area.w - w) / 2}" y="${area.y}" width="${w}" height="${h}"`;
  body += chart.svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/^<svg\b[^>]*>/, (tag) =>
      tag.replace(/\s(?:width|height|x|y)="[^"]*"/g, '').replace(/^<svg/, `<svg ${at}`),
    );
  if (options.bare) return picture(await svgDocument(W, H, body, words.title));
  body += text(48, 1040, fr(c) ? SOURCE_LINE : SOURCE_LINE_EN, 20, { fill: INK.muted });
  return svgDocument(W, H, body, words.title);
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
