/** One line of the eval table: a measure on a data set, and the floor it must not fall below. */
export interface EvalRow {
  measure: string;
  data: string;
  value: number;
  /** Minimum accepted value; the eval fails when value < floor. Omitted for figures that are only reported. */
  floor?: number;
  /** Free-form context printed beside the figure (a baseline, a count). */
  note?: string;
}

/** A named check that is right or wrong (the seeds' reader checks). */
export interface EvalCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface EvalSection {
  rows: EvalRow[];
  checks?: EvalCheck[];
}
