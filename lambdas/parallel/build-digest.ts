/**
 * buildDigest with the stories built on the pool's worker threads. The day-wide phases (outlets, copies,
 * clustering: planStories) and the final order (finishDigest) run here, in the main thread, exactly as buildDigest
 * runs them; only buildStory, which reads nothing but its own group, moves. Each result lands at its group's index,
 * so the digest is byte for byte buildDigest's whatever order the workers finish in.
 */
import type { Article, Digest, Story } from '../pipeline/model.js';
import { finishDigest, membersOf, planStories, type BuildOptions } from '../pipeline/index.js';
import type { DigestPool } from './digest-pool.js';
import { storyTask } from './tasks.js';

let contextSeq = 0;

export async function buildDigestInPool(pool: DigestPool, input: readonly Article[], options: BuildOptions): Promise<Digest> {
  const plan = planStories(input);
  // A key of its own per call: two digests built on one pool at once never read each other's previous digest.
  const previous = options.previous ? `previous-${++contextSeq}` : null;
  if (previous) pool.setContext(previous, options.previous);
  try {
    const members = plan.groups.map((ids) => membersOf(plan, ids));
    const stories: Story[] = new Array(members.length);
    // Biggest stories first: merging grows faster than a story's text, and a big story dispatched last would
    // leave the other workers idle while it runs. The order of dispatch changes nothing in the result.
    const order = members.map((_, i) => i).sort((a, b) => storyCost(members[b]!) - storyCost(members[a]!) || a - b);
    await Promise.all(
      order.map(async (i) => {
        stories[i] = await pool.story(storyTask(members[i]!, plan.copies, previous));
      }),
    );
    return finishDigest(plan, stories, options);
  } finally {
    if (previous) pool.setContext(previous, undefined);
  }
}

function storyCost(members: readonly Article[]): number {
  let chars = 0;
  for (const a of members) chars += a.text.length;
  return chars;
}
