/** Rebuild a play-through from its path (the session is deterministic), and preview each choice. */
import { Session } from '../../core/session/session.ts';
import type { LoadedStory, SessionView } from '../../core/session/types.ts';

export function sessionAt(story: LoadedStory, path: readonly number[]): Session {
  const s = new Session(story);
  for (const i of path) {
    if (s.current.ended || i >= s.current.choices.length) break;
    s.choose(i);
  }
  return s;
}

export interface ChoicePreview {
  index: number;
  text: string;
  coach: string | null;
  /** What the choice would do, per counterpart: "Li Wei: Trust −10, Rapport −7". */
  effects: string[];
  /** The model's explanations of the events it would cause. */
  explanations: string[];
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');

export function previewChoices(
  story: LoadedStory,
  path: readonly number[],
  now: SessionView,
): ChoicePreview[] {
  return now.choices.map((choice, index) => {
    const after = sessionAt(story, [...path, index]).current;
    const effects = after.counterparts.map((cp) => {
      const before = now.counterparts.find((c) => c.id === cp.id);
      const dt = cp.trust - (before?.trust ?? cp.trust);
      const dr = cp.rapport - (before?.rapport ?? cp.rapport);
      return `${cp.name}: Trust ${signed(dt)}, Rapport ${signed(dr)}`;
    });
    return {
      index,
      text: choice.text,
      coach: choice.coach,
      effects,
      explanations: after.coach?.effects ?? [],
    };
  });
}
