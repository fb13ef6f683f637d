/** Keyboard movement between a chart's marks (roving tabindex): pure key-grid logic. */
import { describe, expect, it } from 'vitest';

import { gKey, parseKey, pKey, tKey, xKey } from '../../src/lib/charts/keys';
import { firstKey, move, type KeyGrid } from '../../src/lib/charts/roving';

// The matrix's shape: a header row with a blank corner, then a label and cells per row.
const grid: KeyGrid = [
  [null, 'g1', 'g2', 'g3'],
  ['t1', 'a1', 'a2', 'a3'],
  ['t2', 'b1', null, 'b3'],
];

describe('roving focus', () => {
  it('starts at the first focusable mark', () => {
    expect(firstKey(grid)).toBe('g1');
    expect(move(grid, null, 'ArrowDown')).toBe('g1');
  });

  it('steps with the arrows, skipping holes and stopping at the edges', () => {
    expect(move(grid, 'a1', 'ArrowRight')).toBe('a2');
    expect(move(grid, 'b1', 'ArrowRight')).toBe('b3');
    expect(move(grid, 'a3', 'ArrowRight')).toBe('a3');
    expect(move(grid, 't1', 'ArrowLeft')).toBe('t1');
    expect(move(grid, 'a2', 'ArrowDown')).toBe('b1');
    expect(move(grid, 't1', 'ArrowUp')).toBe('g1');
    expect(move(grid, 'g2', 'ArrowDown')).toBe('a2');
  });

  it('goes to the ends with Home and End, and to the corners with Ctrl', () => {
    expect(move(grid, 'a2', 'Home')).toBe('t1');
    expect(move(grid, 'a2', 'End')).toBe('a3');
    expect(move(grid, 'b3', 'Home', true)).toBe('g1');
    expect(move(grid, 'g1', 'End', true)).toBe('b3');
  });

  it('leaves other keys alone', () => {
    expect(move(grid, 'a1', 'Tab')).toBeNull();
    expect(move(grid, 'a1', 'Enter')).toBeNull();
  });
});

describe('mark keys', () => {
  it('round-trips', () => {
    expect(parseKey(tKey('nord-loiret'))).toEqual({ kind: 't', t: 'nord-loiret' });
    expect(parseKey(gKey('formation'))).toEqual({ kind: 'g', g: 'formation' });
    expect(parseKey(xKey('nord-loiret', 'decouverte'))).toEqual({
      kind: 'x',
      t: 'nord-loiret',
      g: 'decouverte',
    });
    expect(parseKey(pKey('a', 'b'))).toEqual({ kind: 'p', a: 'a', b: 'b' });
    expect(parseKey('body')).toEqual({ kind: 'body' });
  });
});
