/** Progress of a long docs-mode run on stderr: at most one line a second, and a summary at the end. */
import type { Writable } from 'node:stream';

const INTERVAL_MS = 1000;

export class ProgressReporter {
  private documents = 0;
  private bytes = 0;
  private readonly started = performance.now();
  private lastReport = performance.now();

  constructor(
    private readonly stderr: Writable,
    private readonly enabled: boolean,
  ) {}

  /** Counts one analysed document of `bytes` bytes. */
  tick(bytes: number): void {
    this.documents += 1;
    this.bytes += bytes;
    const now = performance.now();
    if (this.enabled && now - this.lastReport >= INTERVAL_MS) {
      this.lastReport = now;
      this.stderr.write(`argscope: ${this.summary(now)}\n`);
    }
  }

  /** Documents analysed so far. */
  get count(): number {
    return this.documents;
  }

  /** Prints the final count when progress is on or lines were skipped. */
  done(skipped: number): void {
    if (!this.enabled && skipped === 0) return;
    const skippedText = skipped > 0 ? `, ${skipped} line${skipped === 1 ? '' : 's'} skipped (see above)` : '';
    this.stderr.write(`argscope: done: ${this.summary(performance.now())}${skippedText}\n`);
  }

  private summary(now: number): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const mb = this.bytes / 1e6;
    const documents = `${this.documents.toLocaleString('en-US')} document${this.documents === 1 ? '' : 's'}`;
    return `${documents}, ${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s (${(mb / seconds).toFixed(2)} MB/s)`;
  }
}
