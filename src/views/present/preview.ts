/** What each choice offered now would do: the facilitator's preview (each rebuilt from its path). */
import { replay } from '../../core/session/replay.ts';
import { explanationText } from '../shared/explanation.ts';
import { t } from '../../l10n/index.ts';
import type { LoadedStory, SessionView } from '../../core/session/types.ts';

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
  // The replays below play the story as written; the names are shown as the learner's view has them.
  const names = Object.fromEntries(now.counterparts.map((c) => [c.id, c.name]));
  return now.choices.map((choice, index) => {
    const after = replay(story, [...path, index]).current;
    const effects = after.counterparts.map((cp) => {
      const before = now.counterparts.find((c) => c.id === cp.id);
      const dt = cp.trust - (before?.trust ?? cp.trust);
      const dr = cp.rapport - (before?.rapport ?? cp.rapport);
      return t('present.preview.effect', {
        name: names[cp.id] ?? cp.name,
        effect: t('model.effect.both', { dt: signed(dt), dr: signed(dr) }),
      });
    });
    return {
      index,
      text: choice.text,
      coach: choice.coach,
      effects,
      explanations:
        after.coach?.explained?.map((e) => explanationText(e, names)) ?? after.coach?.effects ?? [],
    };
  });
}
