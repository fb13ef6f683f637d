/**
 * The build's prerendered first screen (#17): the map is rendered once, in Node, at a design size, and the
 * page scales it to the map's real box until the client has measured that box and laid the map out again.
 * The SVG scales by its viewBox (xMidYMid meet); the markers are HTML buttons, placed by the stylesheet
 * written here, since the page's CSP refuses `style=` attributes in HTML. Their dots scale with the map;
 * their labels keep their size and hang from the dots as the placement put them at the design size.
 */

/** The design size: about a 1366 × 768 laptop's map (the panel beside it), which most screens scale. */
export const DESIGN_SIZE = { width: 960, height: 640 } as const;

export interface PlacedMarker {
  id: string;
  /** The dot's centre at the design size. */
  x: number;
  y: number;
  /** The label's offset from the marker's box: its left or right edge, and its top, in pixels. */
  label:
    | { left: number; top: number; right?: undefined }
    | { right: number; top: number; left?: undefined }
    | undefined;
}

const px = (n: number) => `${+n.toFixed(2)}px`;
const num = (n: number) => `${+n.toFixed(2)}`;

/**
 * The rules for the markers of `.markers.pre`, in the map's box (a size container, AtlasMap.svelte): each
 * dot at `50cqw + (x − W/2) × k`, `k` the viewBox's scale. Browsers without container units keep the
 * design size's pixels (the declaration before).
 */
export function firstScreenCss(
  markers: readonly PlacedMarker[],
  size: { width: number; height: number },
): string {
  const scale = `--pre-k:min(calc(100cqw / ${num(size.width)}),calc(100cqh / ${num(size.height)}))`;
  const rules = [`.markers.pre{${scale}}`];
  for (const m of markers) {
    const at = `.markers.pre .marker[data-id='${m.id}']`;
    const dx = num(m.x - size.width / 2);
    const dy = num(m.y - size.height / 2);
    rules.push(
      `${at}{transform:translate(${px(m.x)},${px(m.y)});` +
        `transform:translate(calc(50cqw + ${dx} * var(--pre-k)),calc(50cqh + ${dy} * var(--pre-k)))}`,
    );
    const l = m.label;
    if (l)
      rules.push(
        `${at} .label{${l.right === undefined ? `left:${px(l.left)}` : `right:${px(l.right)}`};top:${px(l.top)}}`,
      );
  }
  return rules.join('\n');
}
