/**
 * Roving focus inside a chart (one Tab stop per chart, arrows between marks): the marks' keys laid out
 * as they appear, rows of columns, `null` where nothing is focusable. Pure, so it is tested in Node.
 */

export type KeyGrid = readonly (readonly (string | null)[])[];

function find(grid: KeyGrid, key: string): [number, number] | null {
  for (let r = 0; r < grid.length; r++) {
    const c = grid[r]!.indexOf(key);
    if (c >= 0) return [r, c];
  }
  return null;
}

/** The first focusable key, reading order. */
export function firstKey(grid: KeyGrid): string | null {
  for (const row of grid) for (const k of row) if (k !== null) return k;
  return null;
}

/** The nearest key in row `r` to column `c` (ties go left). */
function nearestInRow(grid: KeyGrid, r: number, c: number): string | null {
  const row = grid[r]!;
  for (let d = 0; d < row.length; d++) {
    if (row[c - d] != null) return row[c - d]!;
    if (row[c + d] != null) return row[c + d]!;
  }
  return null;
}

/**
 * Where a key press moves the focus from `key`: arrows step to the next focusable mark in that
 * direction (down and up land on the nearest mark of the next row that has one), Home and End go to
 * the ends of the row, Ctrl+Home and Ctrl+End to the first and last marks. Null: the key is not ours.
 */
export function move(grid: KeyGrid, key: string | null, press: string, ctrl = false): string | null {
  const at = key === null ? null : find(grid, key);
  if (!at) return firstKey(grid);
  const [r, c] = at;
  const row = grid[r]!;
  switch (press) {
    case 'ArrowRight':
      for (let j = c + 1; j < row.length; j++) if (row[j] != null) return row[j]!;
      return key;
    case 'ArrowLeft':
      for (let j = c - 1; j >= 0; j--) if (row[j] != null) return row[j]!;
      return key;
    case 'ArrowDown':
      for (let i = r + 1; i < grid.length; i++) {
        const k = nearestInRow(grid, i, c);
        if (k !== null) return k;
      }
      return key;
    case 'ArrowUp':
      for (let i = r - 1; i >= 0; i--) {
        const k = nearestInRow(grid, i, c);
        if (k !== null) return k;
      }
      return key;
    case 'Home':
      if (ctrl) return firstKey(grid);
      return row.find((k) => k != null) ?? key;
    case 'End': {
      if (ctrl) {
        for (let i = grid.length - 1; i >= 0; i--)
          for (let j = grid[i]!.length - 1; j >= 0; j--) if (grid[i]![j] != null) return grid[i]![j]!;
        return key;
      }
      for (let j = row.length - 1; j >= 0; j--) if (row[j] != null) return row[j]!;
      return key;
    }
    default:
      return null;
  }
}
