/** The functions with the most self time in a V8 .cpuprofile (node --cpu-prof): where a stage spends its time. */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  fn: string;
  selfMs: number;
  share: number;
}

export function hotSpots(file: string, top = 20): HotSpot[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const where = frame.url.replace(/^.*\/(lambdas|node_modules|bench)\//, '$1/');
    // tsx's transpiled frames carry no useful line number: the function name and file say enough.
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ fn, selfMs: us / 1000, share: us / total }));
}

/** Functions whose inclusive time (their own plus everything they call) the bench reports: the pipeline's steps. */
export const STEP_FUNCTIONS = [
  'readArticle', 'readHtml', 'readTxt', 'readJson', 'findCopies', 'clusterStories', 'mergeStory', 'rankStory',
  'compareFeatures', 'sentencesOf', 'findFigureDisputes', 'storyTitle', 'renderEmail', 'buildMime',
] as const;

/**
 * Inclusive time per named function: a sample counts for a function when it is anywhere on the stack (once,
 * however deep the recursion). Covers the whole measured process (buildDigest and the stage replica).
 */
export function inclusiveTimes(file: string, names: readonly string[] = STEP_FUNCTIONS): Record<string, number> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName] as const));
  const wanted = new Set(names);
  const out: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf.get(at);
      if (name !== undefined && wanted.has(name) && !seen.has(name)) {
        seen.add(name);
        out[name]! += dt;
      }
    }
  });
  return out;
}
