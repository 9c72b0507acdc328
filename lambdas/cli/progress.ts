/**
 * A one-line progress bar on stderr, shown only when stderr is a terminal and the run is long enough to need it:
 * piped output and CI logs stay clean.
 */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const MIN_FILES = 200;
const WIDTH = 30;

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, finish() {} };
  let shown = false;
  let lastPct = -1;
  return {
    update(done, total) {
      if (total < MIN_FILES) return;
      const pct = Math.floor((done / total) * 100);
      if (pct === lastPct) return;
      lastPct = pct;
      shown = true;
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}`);
    },
    finish() {
      if (shown) stream.write('\n');
    },
  };
}
