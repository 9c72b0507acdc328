import { describe, expect, it } from 'vitest';
import { ceiling } from '../../../bench/s3-read.js';

describe('S3 read bench ceiling', () => {
  it('bounds the speedup by the busier process, or by all the CPU over the cores', () => {
    // 1.8 ms of reader CPU and 1.7 ms of server CPU per GET, 1,000 GETs, a sequential loop that took 4 s on a loaded machine.
    const c = ceiling({ ms: 4000, cpuMs: 1800, serverCpuMs: 1700 }, 1000);
    expect(c.floorMs).toBe(1800);
    expect(c.measured).toBeCloseTo(4000 / 1800);
    // Idle: one request at a time costs both CPUs in turn; overlapping them on 2 cores can never reach 2x.
    expect(c.idle).toBeCloseTo(3500 / 1800);
    expect(c.idle).toBeLessThan(2);
  });

  it('counts the latency a sequential loop waits through, which concurrency can hide', () => {
    const c = ceiling({ ms: 25_000, cpuMs: 1800, serverCpuMs: 1700 }, 1000, 20);
    expect(c.idle).toBeCloseTo((3500 + 20_000) / 1800);
    expect(c.idle).toBeGreaterThan(8);
  });

  it('on one core, all the CPU is the floor', () => {
    expect(ceiling({ ms: 4000, cpuMs: 1800, serverCpuMs: 1700 }, 1000, 0, 1).floorMs).toBe(3500);
  });
});
