/**
 * Keys of the focusable marks of a chart, one string per mark (`data-key`, roving focus, tooltips):
 * `t:<territory>` a territory's label, `g:<tag>` a tag's label (lever, audience, axis), `x:<territory>|<tag>`
 * a cell or bar, `p:<territory>|<territory>` a pair (similarity), `body` the canvas of a dense chart.
 */

export type MarkKey =
  | { kind: 't'; t: string }
  | { kind: 'g'; g: string }
  | { kind: 'x'; t: string; g: string }
  | { kind: 'p'; a: string; b: string }
  | { kind: 'body' };

export const tKey = (t: string) => `t:${t}`;
export const gKey = (g: string) => `g:${g}`;
export const xKey = (t: string, g: string) => `x:${t}|${g}`;
export const pKey = (a: string, b: string) => `p:${a}|${b}`;

export function parseKey(key: string): MarkKey {
  const kind = key.slice(0, 2);
  const rest = key.slice(2);
  switch (kind) {
    case 't:':
      return { kind: 't', t: rest };
    case 'g:':
      return { kind: 'g', g: rest };
    case 'x:': {
      const [t, g] = rest.split('|') as [string, string];
      return { kind: 'x', t, g };
    }
    case 'p:': {
      const [a, b] = rest.split('|') as [string, string];
      return { kind: 'p', a, b };
    }
    default:
      return { kind: 'body' };
  }
}
