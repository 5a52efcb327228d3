/** Redrawn at most this often: a terminal line per article would cost more than the analysis. */
const REDRAW_MS = 100;

/**
 * A one-line progress display on a terminal's stderr: files done (of how many, when known), rate
 * and time left. Cleared before any other stderr line and at the end, so it never mixes with them.
 */
export class Progress {
  private done = 0;
  private readonly started: number;
  private drawnAt = 0;
  private shown = false;

  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly total: number | null,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** One more file done. */
  tick(): void {
    this.done++;
    const time = this.now();
    if (time - this.drawnAt < REDRAW_MS && this.done !== this.total) return;
    this.drawnAt = time;
    this.stderr.write(`\r\x1b[K${this.line(time)}`);
    this.shown = true;
  }

  /** Clears the line, before another stderr line or at the end. */
  clear(): void {
    if (!this.shown) return;
    this.stderr.write('\r\x1b[K');
    this.shown = false;
  }

  line(time: number): string {
    const seconds = Math.max((time - this.started) / 1000, 0.001);
    const rate = this.done / seconds;
    const counted = this.total === null ? `${this.done} files` : `${this.done}/${this.total} files`;
    const bar = this.total === null ? '' : `${renderBar(this.done / Math.max(this.total, 1))} `;
    const left = this.total === null || rate === 0 ? '' : ` · ${clock((this.total - this.done) / rate)} left`;
    return `copydesk ${bar}${counted} · ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s${left}`;
  }
}

function renderBar(share: number): string {
  const width = 20;
  const full = Math.round(Math.min(1, Math.max(0, share)) * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`;
}

/** "1:05", "0:07". */
function clock(seconds: number): string {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
