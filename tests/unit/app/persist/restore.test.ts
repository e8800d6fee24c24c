import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createPersistence,
  MemoryStore,
  restoreSession,
  type SaveSnapshot,
} from '../../../../src/app/persist/index.ts';
import { fingerprintChoice } from '../../../../src/app/persist/fingerprint.ts';
import { RESTORE_MESSAGES } from '../../../../src/app/persist/restore.ts';
import { Session } from '../../../../src/core/session/session.ts';
import type { LoadedStory } from '../../../../src/core/session/types.ts';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import { clock } from './helpers.ts';

/** Compile a fixture as the game would load it: same id for every version, hash of the JSON. */
function story(name: string): LoadedStory {
  const result = compileInkFile(resolve(__dirname, 'fixtures', `${name}.ink`));
  if (!result.json) throw new Error(`${name}.ink did not compile: ${JSON.stringify(result.diagnostics)}`);
  const hash = createHash('sha256').update(result.json).digest('hex').slice(0, 16);
  return { id: 'meeting', hash, json: result.json };
}
const base = story('meeting');
const addedChoice = story('meeting-added-choice');
const appended = story('meeting-choice-appended');
const removed = story('meeting-branch-removed');
const makeSession = (s: LoadedStory, options: { startAt?: string }) => new Session(s, options);

/** Play `path` on a story, recording what the game would save after each choice. */
function play(s: LoadedStory, path: number[], startAt?: string) {
  const session = new Session(s, startAt ? { startAt } : {});
  const choiceSources: string[] = [];
  const choiceTexts: string[] = [];
  for (const index of path) {
    const choice = session.current.choices[index]!;
    choiceSources.push(choice.source);
    choiceTexts.push(choice.text);
    session.choose(index);
  }
  return { session, choiceSources, choiceTexts };
}

function snapshot(s: LoadedStory, path: number[], over: Partial<SaveSnapshot> = {}): SaveSnapshot {
  const { choiceSources, choiceTexts } = play(s, path, over.startAt);
  return {
    schema: 1,
    storyId: s.id,
    contentHash: s.hash,
    path,
    choiceSources,
    choiceFingerprints: choiceTexts.map(fingerprintChoice),
    savedAt: '2026-02-01T00:00:00.000Z',
    revision: 1,
    tabId: 'tab-a',
    ...over,
  };
}

describe('restoring a save by replaying its choices', () => {
  it('closing the tab mid-scenario and coming back resumes at the same line with the same meters', () => {
    const store = new MemoryStore();
    const before = createPersistence({ store, tabId: 'tab-a', now: clock });
    const { session, choiceSources, choiceTexts } = play(base, [1]);
    before.saves.load(base.id);
    expect(
      before.saves.write({ storyId: base.id, contentHash: base.hash, path: [1], choiceSources, choiceTexts })
        .ok,
    ).toBe(true);

    const after = createPersistence({ store, tabId: 'tab-b', now: clock });
    const loaded = after.saves.load(base.id);
    if (loaded.status !== 'found') throw new Error(loaded.status);
    const restored = restoreSession(loaded.snapshot, base, makeSession);
    if (!restored.ok) throw new Error(restored.detail);
    expect(restored).toMatchObject({ exact: true, notice: null, path: [1], choiceSources, choiceTexts });
    expect(restored.session.current.lines).toEqual(session.current.lines);
    expect(restored.session.current.counterparts).toEqual(session.current.counterparts);
    expect(restored.session.current.choices.map((c) => c.text)).toEqual([
      'Ask her privately what is possible',
      'Press her in front of the team',
    ]);
    expect(JSON.stringify(restored.session.relationship)).toBe(JSON.stringify(session.relationship));
  });

  it('restores a finished path to the same ending', () => {
    const restored = restoreSession(snapshot(base, [0, 1]), base, makeSession);
    expect(restored.ok && restored.session.current.ending?.id).toBe('tense');
  });

  it('restores a save that jumped in at a knot', () => {
    const restored = restoreSession(snapshot(base, [0], { startAt: 'the_ask' }), base, makeSession);
    expect(restored).toMatchObject({ ok: true, exact: true });
    expect(restored.ok && restored.session.current.ending?.id).toBe('calm');
  });
});

describe('restoring a save of an edited story', () => {
  it('a story that gained a choice before the chosen one still restores, the choice found by its words', () => {
    const restored = restoreSession(snapshot(base, [1, 0]), addedChoice, makeSession);
    if (!restored.ok) throw new Error(restored.detail);
    expect(restored).toMatchObject({ exact: false, path: [2, 0], notice: RESTORE_MESSAGES.updated });
    const fresh = play(addedChoice, [2, 0]).session;
    expect(restored.session.current.lines.filter((l) => l.kind === 'choice').map((l) => l.text)).toEqual([
      'Wave and say hi',
      'Ask her privately what is possible',
    ]);
    expect(restored.session.current.counterparts).toEqual(fresh.current.counterparts);
    expect(restored.choiceTexts).toEqual(['Wave and say hi', 'Ask her privately what is possible']);
  });

  it('a story that gained a choice elsewhere restores an old save that recorded only the path', () => {
    const old = snapshot(base, [0, 1]);
    delete old.choiceSources;
    delete old.choiceFingerprints;
    const restored = restoreSession(old, appended, makeSession);
    expect(restored).toMatchObject({ ok: true, exact: false, path: [0, 1] });
    expect(restored.ok && restored.session.current.ending?.id).toBe('tense');
  });

  it('a story whose chosen branch was removed gives "cannot restore" with a reason for the learner', () => {
    const restored = restoreSession(snapshot(base, [0, 0]), removed, makeSession);
    expect(restored).toMatchObject({
      ok: false,
      reason: 'choice-changed',
      step: 2,
      message: RESTORE_MESSAGES.changed,
    });
    // The remaining choice sits at the removed one's index and ink source: only the words tell.
    expect(play(removed, [0]).session.current.choices[0]!.source).toBe(
      play(base, [0]).session.current.choices[0]!.source,
    );
  });

  it('an old save recording only the path fails safely when its choice index is gone', () => {
    const old = snapshot(base, [0, 1]);
    delete old.choiceSources;
    delete old.choiceFingerprints;
    expect(restoreSession(old, removed, makeSession)).toMatchObject({
      ok: false,
      reason: 'choice-missing',
      step: 2,
    });
  });

  it('a save whose jump-in knot no longer exists cannot be restored', () => {
    const save = snapshot(base, [0], { startAt: 'the_ask' });
    expect(restoreSession({ ...save, startAt: 'the_old_ask' }, base, makeSession)).toMatchObject({
      ok: false,
      reason: 'start-missing',
      step: null,
    });
  });

  it('a path longer than the story now is cannot be restored (the story ends first)', () => {
    const save = { ...snapshot(base, [0, 0]), path: [0, 0, 1] };
    delete save.choiceSources;
    delete save.choiceFingerprints;
    const restored = restoreSession(save, base, makeSession);
    expect(restored).toMatchObject({ ok: false, reason: 'choice-missing', step: 3 });
    expect(!restored.ok && restored.detail).toMatch(/ends before this choice/);
  });

  it('an unchanged story with a save that does not match it (tampered words) is not replayed', () => {
    const save = snapshot(base, [0, 0]);
    save.choiceFingerprints = ['00000000', save.choiceFingerprints![1]!];
    expect(restoreSession(save, base, makeSession)).toMatchObject({
      ok: false,
      reason: 'choice-changed',
      step: 1,
    });
  });

  it('a save of another scenario is refused', () => {
    expect(restoreSession(snapshot(base, [0]), { ...base, id: 'other' }, makeSession)).toMatchObject({
      ok: false,
      reason: 'other-story',
    });
  });

  it('never throws: a story that errors during replay is a "cannot restore"', () => {
    const throwing = () => ({
      current: { choices: [{ source: 'a.0', text: 'Go' }], ended: false },
      choose: () => {
        throw new Error('ink ran out of content');
      },
    });
    const save = { ...snapshot(base, [0]), choiceSources: undefined, choiceFingerprints: undefined };
    expect(restoreSession(save, base, throwing)).toMatchObject({ ok: false, reason: 'story-error', step: 1 });
    const failingStart = () => {
      throw new Error('story JSON is broken');
    };
    expect(restoreSession(save, base, failingStart)).toMatchObject({
      ok: false,
      reason: 'story-error',
      step: null,
    });
  });
});
