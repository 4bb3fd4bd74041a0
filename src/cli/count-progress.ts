/** Progress of a long index or match run on stderr: at most one line a second. */
import type { Writable } from 'node:stream';

const INTERVAL_MS = 1000;

/** Counts items ("fact-checks", "queries") and reports the count now and then when enabled. */
export class CountProgress {
  private count = 0;
  private readonly started = performance.now();
  private lastReport = performance.now();

  constructor(
    private readonly stderr: Writable,
    private readonly enabled: boolean,
    private readonly noun: string,
  ) {}

  /** Counts `n` more items. */
  add(n = 1): void {
    this.count += n;
    const now = performance.now();
    if (this.enabled && now - this.lastReport >= INTERVAL_MS) {
      this.lastReport = now;
      this.stderr.write(`argscope: ${this.count.toLocaleString('en-US')} ${this.noun} so far (${this.rate(now)})\n`);
    }
  }

  /** Items counted so far. */
  get total(): number {
    return this.count;
  }

  /** Seconds since the start. */
  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  private rate(now: number): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    return `${(this.count / seconds).toFixed(0)}/s`;
  }
}
