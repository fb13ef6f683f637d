// Background work waits for the map (schedule/idle.ts): map-ready by default, map-first on request.
import { afterEach, describe, expect, it } from 'vitest';

import { whenSettled } from '../../src/lib/schedule/idle';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('whenSettled', () => {
  afterEach(() => performance.clearMarks());

  it('waits for map-ready by default, and map-first when asked', async () => {
    const ran: string[] = [];
    const cancel = [
      whenSettled(() => ran.push('ready'), { idle: false }),
      whenSettled(() => ran.push('first'), { idle: false, after: 'map-first' }),
    ];
    await tick(20);
    expect(ran).toEqual([]);
    performance.mark('map-first');
    await tick(20);
    expect(ran).toEqual(['first']);
    performance.mark('map-ready');
    await tick(20);
    expect(ran).toEqual(['first', 'ready']);
    cancel.forEach((c) => c());
  });

  it('runs at once when the mark is already there, after its delay, and not once cancelled', async () => {
    performance.mark('map-ready');
    const ran: string[] = [];
    whenSettled(() => ran.push('now'), { idle: false });
    whenSettled(() => ran.push('later'), { idle: false, delay: 60 });
    whenSettled(() => ran.push('never'), { idle: false })();
    await tick(20);
    expect(ran).toEqual(['now']);
    await tick(80);
    expect(ran).toEqual(['now', 'later']);
  });
});
