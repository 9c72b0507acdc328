/**
 * Integer ids for strings, local to one call or one story (the day-wide, bounded table is the paraphrase session's):
 * counts, postings and membership marks then live in arrays indexed by id instead of Maps keyed by strings.
 */
export class LocalIds {
  private readonly ids = new Map<string, number>();
  /** The string of each id, by id (kept for tie-breaks that compare the strings). */
  readonly texts: string[] = [];

  /** The id of `s`: the next one when it is new. */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(s, id);
      this.texts.push(s);
    }
    return id;
  }

  /** The id of `s` when it has one, else undefined (nothing is added). */
  find(s: string): number | undefined {
    return this.ids.get(s);
  }

  /** Ids handed out so far: every id is below it. */
  get size(): number {
    return this.texts.length;
  }
}
