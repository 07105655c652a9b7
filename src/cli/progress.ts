/**
 * Progress on stderr (never stdout, which may carry JSON): a bar redrawn in place on a terminal,
 * one plain line per step otherwise (logs, CI).
 */
export interface Progress {
  step(done: number, total: number, label: string): void;
  done(message: string): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  const tty = stream.isTTY === true;
  let drawn = false;
  return {
    step(done, total, label) {
      if (quiet) return;
      if (!tty) {
        stream.write(`[${done}/${total}] ${label}\n`);
        return;
      }
      const width = 24;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      const cols = stream.columns || 80;
      const line = `${bar} ${done}/${total} ${label}`;
      stream.write(`\r${line.length > cols - 1 ? line.slice(0, cols - 2) + '…' : line.padEnd(cols - 1)}`);
      drawn = true;
    },
    done(message) {
      if (quiet) return;
      if (tty && drawn) stream.write('\r' + ' '.repeat((stream.columns || 80) - 1) + '\r');
      drawn = false;
      if (message !== '') stream.write(message + '\n');
    },
  };
}
