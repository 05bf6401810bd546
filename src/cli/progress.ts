/**
 * A one-line progress display on standard error: documents done, documents per second and, when
 * the total is known, an ETA. Redrawn at most 5 times a second; cleared at the end. Never on stdout.
 */
export class Progress {
  private done = 0;
  private last = 0;
  private shown = false;
  private readonly t0 = Date.now();
  constructor(
    private readonly enabled: boolean,
    private readonly total?: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(n = 1): void {
    this.done += n;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = Math.max((now - this.t0) / 1000, 1e-3);
    const rate = this.done / secs;
    let s = `warta: ${this.done}${this.total !== undefined ? `/${this.total}` : ''} docs, ${rate.toFixed(rate < 10 ? 1 : 0)} docs/s`;
    if (this.total !== undefined && rate > 0) s += `, ETA ${clock((this.total - this.done) / rate)}`;
    this.stream.write('\r' + s + '\x1b[K');
    this.shown = true;
  }

  /** Erase the line (before another message, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

function clock(secs: number): string {
  const s = Math.max(0, Math.round(secs));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0'), ss = String(r).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
