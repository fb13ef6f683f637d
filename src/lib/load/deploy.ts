/**
 * Is the atlas that runs still the one the server serves? After a redeploy, the page still asks for
 * yesterday's chunks, which now answer 404: no retry can bring them back, a reload (or, in a host page,
 * mounting the new build) can. The server's `index.html` names its entry script; when that is not the
 * entry running here, the build was replaced.
 */

let running: string | null = null;

/** main.ts tells which entry script runs (its `import.meta.url`); until then nothing is ever stale. */
export function setRunningEntry(url: string): void {
  running = url;
}

/** A built chunk's name without its hash: `main` for `assets/main-B1M33DV0.js`. */
const stem = (url: string) => /([^/]+?)-[\w-]{8}\.js(?:\?.*)?$/.exec(url)?.[1] ?? null;

/**
 * The entry script an `index.html` names, resolved against the page's address; null if it names none.
 * The build lists the entry's static imports as module scripts too: the one named like `like` (the
 * running entry) is taken, else the last, which is the entry.
 */
export function entryOf(html: string, base: string, like?: string): string | null {
  const found: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (!/\btype\s*=\s*["']?module\b/i.test(tag)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src) found.push(new URL(src, base).href);
  }
  const wanted = like ? stem(like) : null;
  return (wanted && found.find((u) => stem(u) === wanted)) || (found.at(-1) ?? null);
}

/**
 * After a failure: when the running entry script is gone from the server (404 or 410) while the server's
 * `index.html` answers, the build was replaced; returns the new build's entry script (null when the new
 * page names none, which still means stale: see `isStale`). Returns undefined when nothing was replaced or
 * it cannot be told (no network, the single file, the dev server). Never throws.
 */
export async function freshEntry(): Promise<string | null | undefined> {
  if (!running || !/^https?:/.test(running)) return undefined;
  try {
    const self = await fetch(running, { method: 'HEAD', cache: 'no-store' });
    if (self.status !== 404 && self.status !== 410) return undefined;
    const index = new URL('../index.html', running).href;
    const res = await fetch(index, { cache: 'no-store' });
    if (!res.ok) return undefined;
    return entryOf(await res.text(), index, running);
  } catch {
    return undefined;
  }
}
