import { describe, expect, it } from 'vitest';
import { EntityMemory, cleanName } from '../../../lambdas/pipeline/attribution/entity-memory.js';

describe('EntityMemory: organisations', () => {
  it('resolves a noun to the latest organisation whose name holds it', () => {
    const m = new EntityMemory();
    m.addOrganisation('the Harbour Council', 0);
    m.addOrganisation('Norland transport ministry', 1);
    expect(m.organisation('council', 2)).toBe('Harbour Council');
    expect(m.organisation('ministry', 2)).toBe('Norland transport ministry');
  });
  it('lets a generic noun ("the group") take the latest organisation, but not a specific one', () => {
    const m = new EntityMemory();
    m.addOrganisation('Harbour Trust', 0);
    expect(m.organisation('group', 1)).toBe('Harbour Trust');
    expect(m.organisation('ministry', 1)).toBeNull();
  });
  it('never sees organisations named later', () => {
    const m = new EntityMemory();
    m.addOrganisation('Harbour Trust', 5);
    expect(m.organisation('group', 3)).toBeNull();
  });
});

describe('EntityMemory: people', () => {
  it('strict recency skips people first named in the current sentence', () => {
    const m = new EntityMemory();
    m.addPerson('Tomas Pekkala', null, 0);
    m.addPerson('Arvo Lind', null, 1);
    expect(m.mostRecent(1, 'm')?.name).toBe('Arvo Lind');
    expect(m.mostRecent(1, 'm', true)?.name).toBe('Tomas Pekkala');
  });
  it('strict recency still sees an earlier mention of someone named again now', () => {
    const m = new EntityMemory();
    m.addPerson('Arvo Lind', null, 0);
    m.addPerson('Tomas Pekkala', null, 1);
    m.addPerson('Lind', null, 2);
    expect(m.mostRecent(2, null, true)?.name).toBe('Tomas Pekkala');
  });
  it('skips people of the other gender, told by their honorifics', () => {
    const m = new EntityMemory();
    m.addPerson('Mr. Ortiz', null, 0);
    m.addPerson('Ms. Vance', null, 0, 5);
    expect(m.mostRecent(1, 'm')?.name).toBe('Ortiz');
    expect(m.mostRecent(1, 'f')?.name).toBe('Vance');
  });
  it('matches abbreviated and full forms of a role', () => {
    const m = new EntityMemory();
    m.addPerson('Hal Brenner', 'Sen.', 0);
    m.addPerson('Rosa Delgado', 'Rep.', 0);
    expect(m.byRole('senator', 1)?.name).toBe('Hal Brenner');
    expect(m.byRole('congresswoman', 1)?.name).toBe('Rosa Delgado');
  });
  it('prefers the recent subject over other recent mentions', () => {
    const m = new EntityMemory();
    m.addPerson('Tomas Pekkala', null, 0, 0);
    m.addPerson('Jussi Koski', null, 0, 5);
    m.noteSubject('Jussi Koski', 0);
    expect(m.recentSubject(1, 'm', 2)?.name).toBe('Jussi Koski');
  });
  it('gives a lone surname the full name of a capitalised pair seen before, and nothing else', () => {
    const memory = new EntityMemory();
    memory.notePair('Annette Guessford');
    expect(memory.pairFor('Guessford')).toBe('Annette Guessford');
    expect(memory.pairFor('Harbourton')).toBeNull();
  });
});

describe('names', () => {
  it('never keeps the masked-quotation token in a name', () => {
    expect(cleanName('QQQ Mara Quint')).toBe('Mara Quint');
  });
  it('drops honorifics and trailing punctuation', () => {
    expect(cleanName('Mr. Sam Reyes,')).toBe('Sam Reyes');
  });
  it('keeps the remembered gender of the same name with and without a role apart', () => {
    const m = new EntityMemory();
    expect(m.genderOf('Alex Moreno', 'spokeswoman')).toBe('f');
    expect(m.genderOf('Alex Moreno')).toBeNull();
    expect(m.genderOf('Alex Moreno', 'spokesman')).toBe('m');
    expect(m.genderOf('Alex Moreno', 'spokeswoman')).toBe('f');
  });
});
