/**
 * Saves by line id (docs/saves.md): a save made in one language restores in another, a choice is
 * found by its id even when its words changed, and a save made before ids — with the ink paths
 * that moved when the ids were added (tests/fixtures/saves/lost-face-before-ids.json, written by
 * the game of November 2026 on the story as it was then) — still restores by its words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileInkFile } from '../../../build/ink/compile.ts';
import { stringsOfStory } from '../../../build/l10n/cli.ts';
import { placeholdersOf, pseudoTable } from '../../../build/l10n/tables.ts';
import { parseInkJson } from '../../../src/core/story/ink-json.ts';
import { Session } from '../../../src/core/session/session.ts';
import type { StoryText } from '../../../src/core/session/story-text.ts';
import type { LoadedStory } from '../../../src/core/session/types.ts';
import { restoreSession } from '../../../src/app/persist/restore.ts';
import { fingerprintChoice } from '../../../src/app/persist/fingerprint.ts';
import { SaveSnapshotSchema, type SaveSnapshot } from '../../../src/app/persist/schema.ts';

const compiled = compileInkFile(resolve('stories/lost-face.ink'), process.cwd());
const entries = stringsOfStory('stories/lost-face.ink', process.cwd()).entries;
const story: LoadedStory = {
  id: 'lost-face',
  hash: 'now',
  json: parseInkJson(compiled.json!),
  placeholders: placeholdersOf(entries),
};
const pseudo: StoryText = { language: 'en-XA', story: 'lost-face', strings: pseudoTable(entries).strings };
const make = (s: LoadedStory, o: object) => new Session(s, o);

/** The save the keeper writes for a session (keeper.ts `save`). */
function snapshotOf(s: Session): SaveSnapshot {
  const view = s.english;
  return v.parse(SaveSnapshotSchema, {
    schema: 1,
    storyId: 'lost-face',
    contentHash: 'an-older-hash',
    path: view.path,
    choiceSources: view.taken.map((t) => t.source),
    choiceIds: view.taken.map((t) => t.id ?? ''),
    choiceFingerprints: view.taken.map((t) => fingerprintChoice(t.text)),
    savedAt: '2026-12-05T10:00:00.000Z',
    revision: 1,
    tabId: 't',
  });
}

describe('saves by line id', () => {
  it('a save made in the pseudo-locale restores in English at the same place, and back', () => {
    const s = new Session(story, { text: pseudo });
    for (const i of [1, 0, 2, 0]) s.choose(i);
    expect(s.current.lines.at(-1)!.text).toMatch(/^\[/);
    const restored = restoreSession(snapshotOf(s), story, make);
    if (!restored.ok) throw new Error(restored.detail);
    expect(restored.path).toEqual([1, 0, 2, 0]);
    expect(restored.session.current).toEqual(s.english);
    expect(restored.session.setText(pseudo)).toEqual(s.current);
  });

  it('finds a choice by its id when its words changed and it moved', () => {
    const s = new Session(story);
    for (const i of [1, 0, 2]) s.choose(i);
    const snap = snapshotOf(s);
    // As if the author reworded every choice since and the ids were all that stayed.
    const reworded = { ...snap, choiceFingerprints: snap.choiceFingerprints!.map(() => '00000000') };
    const restored = restoreSession(reworded, story, make);
    expect(restored.ok && restored.path).toEqual([1, 0, 2]);
    // Without the ids, the same save cannot be rebuilt (the words no longer match).
    const { choiceIds: _ids, ...withoutIds } = reworded;
    expect(restoreSession(withoutIds, story, make).ok).toBe(false);
    // An id the story no longer has, and words that do not match: refused, not guessed.
    const gone = { ...reworded, choiceIds: reworded.choiceIds!.map(() => 'lf-9999') };
    expect(restoreSession(gone, story, make).ok).toBe(false);
  });

  it('a save made before ids (ink paths that have moved since) still restores by its words', () => {
    const before = v.parse(
      SaveSnapshotSchema,
      JSON.parse(readFileSync(resolve('tests/fixtures/saves/lost-face-before-ids.json'), 'utf8')),
    );
    expect(before.choiceIds).toBeUndefined();
    const restored = restoreSession(before, story, make);
    if (!restored.ok) throw new Error(restored.detail);
    expect(restored.path).toEqual(before.path);
    expect(restored.choiceSources).not.toEqual(before.choiceSources); // the paths did move
    const view = restored.session.current;
    expect(view.taken.every((t) => /^lf-\d{4}$/.test(t.id ?? ''))).toBe(true);
    expect(restored.session.setText(pseudo).lines.at(-1)!.text).toMatch(/^\[/);
  });
});
