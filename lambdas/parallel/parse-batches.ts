/**
 * Files to parse, sent to the worker threads in batches. A file is a fraction of a millisecond of work, and a
 * message to a thread and back costs about as much again (posting, cloning the result, settling a promise), so a
 * day of 10,000 files parsed one message each spent as much CPU on messages as on parsing. Files that arrive while
 * a batch fills go together: a batch leaves when it holds `size` files, or when the files on hand stop arriving
 * (the next turn of the event loop), so a lone file never waits for company.
 */
import type { RawFile, ReadResult } from '../pipeline/model.js';

/** Files per parse message: enough that messages cost little beside the parsing, few enough to keep threads busy. */
export const PARSE_BATCH = 32;

interface Waiting {
  file: RawFile;
  resolve: (result: ReadResult) => void;
  reject: (error: unknown) => void;
}

export class ParseBatches {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(
    /** Parses one batch: one result per file, in the files' order. */
    private readonly send: (files: RawFile[]) => Promise<ReadResult[]>,
    private readonly size: number = PARSE_BATCH,
  ) {}

  parse(file: RawFile): Promise<ReadResult> {
    return new Promise<ReadResult>((resolve, reject) => {
      this.waiting.push({ file, resolve, reject });
      if (this.waiting.length >= this.size) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    if (this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    this.send(batch.map((w) => w.file))
      .then((results) => {
        if (results.length !== batch.length) throw new Error(`a parse batch of ${batch.length} files came back with ${results.length} results`);
        batch.forEach((w, i) => w.resolve(results[i]!));
      })
      .catch((error: unknown) => batch.forEach((w) => w.reject(error)));
  }
}
