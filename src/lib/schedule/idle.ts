/**
 * Background work (prefetching lazy chunks) waits until the map is on screen and the browser is idle:
 * run earlier, it competes with the first paint and with MapLibre's start for two cores' worth of main
 * thread. `idle: false` runs the task as soon as the map is ready, for what the next click most likely
 * needs; `delay` leaves the first seconds after it to the user (and out of the page's blocking time).
 * Idle tasks also wait for a pause of a second in the user's clicks and keys.
 * `after: 'map-first'` starts as soon as the SVG map is on screen instead (with MapLibre, `map-ready`
 * comes seconds later). Views without a map (an embedded chart or card) never mark either, so a
 * fallback timer lets the work run anyway.
 * `intent` is for speculative work that the user's next action needs (the territory view's chunk and its
 * warm-up, the deck's code): after the mark it waits for a sign that the user is about to act (the pointer
 * moving, a touch, a key, the wheel, the focus entering the page) or for `quiet` ms without one. A page
 * nobody touches yet finishes loading without it (#17: it was a third of the blocking time under a
 * phone's CPU), and a hand on its way to a marker starts it before the click.
 */
/** A user who clicked or typed this recently is busy: idle work waits for a pause (`QUIET_MS`). */
const QUIET_MS = 1000;
let lastInput = -Infinity;
let listening = false;
function listenForInput() {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  const seen = () => (lastInput = performance.now());
  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'])
    addEventListener(type, seen, { capture: true, passive: true });
}

const INTENT = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'focusin'] as const;

/** Calls `then` once, at the first sign of the user's hand on the page; returns how to stop listening. */
function onIntent(then: () => void): () => void {
  const stop = () => {
    for (const type of INTENT) removeEventListener(type, fire, { capture: true });
  };
  const fire = () => {
    stop();
    then();
  };
  for (const type of INTENT) addEventListener(type, fire, { capture: true, passive: true });
  return stop;
}

export function whenSettled(
  task: () => void,
  {
    timeout = 5000,
    fallback = 8000,
    idle = true,
    delay = 0,
    after = 'map-ready' as 'map-ready' | 'map-first',
    intent = false,
    quiet = 5000,
  } = {},
): () => void {
  let done = false;
  let idleId: number | undefined;
  let delayId: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | undefined;
  let stopIntent: (() => void) | undefined;
  const fallbackId = setTimeout(() => start(), fallback);

  function start() {
    if (done) return;
    done = true;
    clearTimeout(fallbackId);
    observer?.disconnect();
    if (!intent || typeof addEventListener !== 'function') {
      delayId = setTimeout(schedule, delay);
      return;
    }
    const go = () => {
      stopIntent?.();
      clearTimeout(delayId);
      schedule();
    };
    stopIntent = onIntent(go);
    delayId = setTimeout(go, quiet);
  }
  function schedule() {
    if (idle && typeof requestIdleCallback === 'function') idleId = requestIdleCallback(run, { timeout });
    else idleId = setTimeout(run, idle ? 200 : 0) as unknown as number;
  }
  // Idle work (a chunk to compile and evaluate: tens of milliseconds) does not start while the user is
  // clicking or typing: a click landing behind it would wait. It waits for a pause instead.
  function run() {
    const busy = idle ? lastInput + QUIET_MS - performance.now() : 0;
    if (busy > 0) delayId = setTimeout(schedule, busy);
    else task();
  }
  if (idle) listenForInput();

  if (typeof performance === 'undefined' || performance.getEntriesByName(after).length) start();
  else if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(after).length) start();
    });
    observer.observe({ type: 'mark' });
  }

  return () => {
    done = true;
    clearTimeout(fallbackId);
    clearTimeout(delayId);
    stopIntent?.();
    observer?.disconnect();
    if (idleId !== undefined) {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idleId);
      clearTimeout(idleId);
    }
  };
}

/**
 * Runs `task` once the next frame is on screen: work that shows nothing (the address bar, the tab's
 * title) stays out of the frame that answers a click. A hidden page draws no frames: a timer then.
 */
export function afterNextPaint(task: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const cancel = () => {
    done = true;
  };
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(run);
    return cancel;
  }
  requestAnimationFrame(() => setTimeout(run));
  // Frames can stop (a tab hidden in the meantime): the task is not held back more than this.
  setTimeout(run, 250);
  return cancel;
}
