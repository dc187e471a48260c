// Progress of long imports, on stderr and only when stderr is a terminal, so that pipes, files
// and scheduled jobs get clean output. A line appears only once a job has taken a moment (short
// imports do not flicker) and is erased when the job ends, leaving the terminal as it was.

/** How long a job runs before its progress is shown, and how often the line is redrawn (ms). */
const SHOW_AFTER = 300;
const REDRAW_EVERY = 100;

/** A single self-erasing progress line. */
export class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private drawnAt = 0;
  private shown = false;

  constructor(enabled: boolean = process.stderr.isTTY === true) {
    this.enabled = enabled;
  }

  /** Whether anything can be shown; callers skip extra work for progress when not. */
  get active(): boolean {
    return this.enabled;
  }

  /** Shows `message` in place of the previous one, if it is time to. */
  update(message: string): void {
    const now = Date.now();
    if (now - this.started < SHOW_AFTER || now - this.drawnAt < REDRAW_EVERY) return;
    this.draw(message, now);
  }

  /** Shows `message` now: for a step that is known to be long and reports nothing while it runs. */
  announce(message: string): void {
    this.draw(message, Date.now());
  }

  private draw(message: string, now: number): void {
    if (!this.enabled) return;
    this.drawnAt = now;
    this.shown = true;
    process.stderr.write(`\r\x1b[2K${message}`);
  }

  /** Erases the line, if one was shown. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    process.stderr.write('\r\x1b[2K');
  }
}
