/**
 * The sound director: from the session view before and after a step, what should sound. Pure —
 * it reads two views and returns commands; `applyAudioCommands` hands them to an `AudioPort`.
 *
 * - A new place: its ambience (crossfaded by the port). Leaving the session: silence.
 * - A relationship moved a lot in one step (any counterpart's Trust or Rapport by ≥ 8 points, or
 *   the counterpart closed up — the model's "shock": a big loss or a face incident): one cue.
 *   A loss outweighs a repair, which outweighs a gain; at most one relationship cue per step.
 * - A repair: the apology or denial restored trust (the model's explanation says so), or a
 *   counterpart who had closed up opened again within the same scene with Trust rising.
 * - The end of the scenario: the ending chime (alone), and the ambience fades out under the debrief.
 *
 * Nothing sounds for a view that is not a new step (a re-render, a restored save's first view).
 */
import type { CounterpartView, SessionView } from '../../core/session/types.ts';
import type { SoundId } from '../../core/sound-catalog.ts';
import type { AudioPort } from './port.ts';

export type AudioCommand = { kind: 'ambience'; place: string | null } | { kind: 'play'; sound: SoundId };

/** Shown points of Trust or Rapport that make a move "large" in one step. */
export const LARGE_MOVE = 8;

/** The model's explanation of a repair that restored something ("… restores 35 % of what it cost …"). */
const REPAIR_RESTORED = /\brestores (?!0 %)\d+ %/;
/** Cues the model adds for face incidents and refused asks (src/core/model/handlers.ts). */
const HURT_CUES = [/^Face lost\b/, /^Face threatened\b/, /^Too early for business\b/];

function isNewStep(prev: SessionView, next: SessionView): boolean {
  return (
    next.lines.length !== prev.lines.length ||
    next.path.length !== prev.path.length ||
    next.ended !== prev.ended
  );
}

function sameScene(prev: SessionView, next: SessionView): boolean {
  return prev.scene.place === next.scene.place && prev.scene.day === next.scene.day;
}

type Move = 'loss' | 'repaired' | 'gain' | null;

function moveOf(before: CounterpartView, after: CounterpartView, sameSceneStep: boolean): Move {
  const trust = after.trust - before.trust;
  const rapport = after.rapport - before.rapport;
  const closed = after.expression === 'closed' && before.expression !== 'closed';
  if (trust <= -LARGE_MOVE || rapport <= -LARGE_MOVE || closed) return 'loss';
  if (before.expression === 'closed' && after.expression !== 'closed' && trust > 0 && sameSceneStep)
    return 'repaired';
  if (trust >= LARGE_MOVE || rapport >= LARGE_MOVE) return 'gain';
  return null;
}

/** The relationship cue for one step, if any. */
export function relationshipCue(prev: SessionView, next: SessionView): SoundId | null {
  const moves = new Set<Move>();
  const scene = sameScene(prev, next);
  for (const after of next.counterparts) {
    const before = prev.counterparts.find((c) => c.id === after.id);
    if (before) moves.add(moveOf(before, after, scene));
  }
  if (next.cues.some((cue) => HURT_CUES.some((re) => re.test(cue)))) moves.add('loss');
  if (next.coach?.effects.some((e) => REPAIR_RESTORED.test(e))) moves.add('repaired');
  if (moves.has('loss')) return 'cue-loss';
  if (moves.has('repaired')) return 'cue-repaired';
  if (moves.has('gain')) return 'cue-gain';
  return null;
}

/**
 * What to play between two views. `prev` is the view the player last acted on (null when a
 * session starts or is restored); `next` null means the session was closed.
 */
export function directSound(prev: SessionView | null, next: SessionView | null): AudioCommand[] {
  if (!next) return prev ? [{ kind: 'ambience', place: null }] : [];
  // Another story, or the same one started again: a new session, not a step.
  const restarted = prev && (next.lines.length < prev.lines.length || next.path.length < prev.path.length);
  const before = prev && prev.storyId === next.storyId && !restarted ? prev : null;
  const commands: AudioCommand[] = [];
  if (!before) {
    commands.push({ kind: 'ambience', place: next.ended ? null : next.scene.place });
    return commands;
  }
  if (!isNewStep(before, next)) return commands;
  if (next.ended) {
    // The chime alone: a relationship cue on top of it would blur both.
    if (!before.ended) commands.push({ kind: 'play', sound: 'ending' }, { kind: 'ambience', place: null });
    return commands;
  }
  if (next.scene.place !== before.scene.place || before.ended) {
    commands.push({ kind: 'ambience', place: next.scene.place });
  }
  const cue = relationshipCue(before, next);
  if (cue) commands.push({ kind: 'play', sound: cue });
  return commands;
}

export function applyAudioCommands(port: AudioPort, commands: readonly AudioCommand[]): void {
  for (const c of commands) {
    if (c.kind === 'ambience') port.setAmbience(c.place);
    else port.play(c.sound);
  }
}
