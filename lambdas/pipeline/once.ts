/**
 * A value built on first use and never changed after: the one kind of module-level laziness the pipeline allows.
 * It is for lookup tables of fixed facts (which code units are letters) that cost too much to build when the
 * module loads but never depend on the data: the value is the same whenever it is built, so building it lazily
 * changes nothing but when the cost is paid.
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}
