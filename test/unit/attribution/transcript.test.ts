import { describe, expect, it } from 'vitest';
import { transcriptSpeaker } from '../../../lambdas/pipeline/attribution/transcript.js';

describe('transcript lines', () => {
  it('reads the capitalised name before the colon, also after an opening quote mark', () => {
    expect(transcriptSpeaker('HALVORSEN: Well, the question really is why the council waited.')).toBe('HALVORSEN');
    expect(transcriptSpeaker('"HALVORSEN: Well, the question really is why.')).toBe('HALVORSEN');
  });
  it('refuses labels that open a line without naming a speaker', () => {
    expect(transcriptSpeaker('UPDATE: The council met again on Friday.')).toBeNull();
  });
});
