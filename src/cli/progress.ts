// Progress for long imports, on stderr and only when stderr is a terminal: scheduled jobs and
// pipes get clean output.

export class Progress {
  private readonly enabled = process.stderr.isTTY;

  start(message: string): void {
    if (this.enabled) process.stderr.write(`\r\x1b[2K${message}…`);
  }

  done(message: string): void {
    if (this.enabled) process.stderr.write(`\r\x1b[2K${message}\n`);
  }
}
