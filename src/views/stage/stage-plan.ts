/**
 * What the stage shows at one moment (the plan cast.ts works out from the story), and its words:
 * the text alternative a screen reader hears, and the `data-people` summary tests and tools read.
 * Pure: no Phaser, no DOM.
 */
import type { Mood } from '../../core/story/tags.ts';
import { t } from '../../l10n/index.ts';

export interface OnStage {
  id: string;
  name: string;
  mood: Mood;
  speaking: boolean;
}

/** A line read from a message (`# via: email`): the card shows the medium and who it is from. */
export interface MessageCard {
  /** The sender's id on stage (a counterpart or `guest-…`), null when the line names nobody. */
  id: string | null;
  name: string | null;
  /** As the tag says it: `email`, `letter`, `text message`… (`message` when the tag is empty). */
  medium: string;
  /** The message is the latest line. */
  speaking: boolean;
}

export interface Remote extends OnStage {
  /** "on the phone", or "on screen" (`# via: video` on the line, or a room with a video wall). */
  how: string;
}

export interface StagePlan {
  place: string | null;
  /** Changes exactly when a transition card should show. */
  sceneKey: string;
  /** "Shanghai — Monday, day 1", or just the date when the story has not said where. */
  title: string;
  /** The "where" part alone (empty when unknown): the first scene shows a card only if set. */
  where: string;
  /** The kind of place under the title ("Meeting room"), when the title names a city. */
  subtitle: string;
  /** In the room, or the tiles of a video call. */
  people: OnStage[];
  /** On the phone or a screen (`# remote:`): a card in the corner, never in the room. */
  remote: Remote[];
  /** The message being read, if a `# via:` line is the latest thing in the step. */
  message: MessageCard | null;
  learnerSpeaking: boolean;
}

/**
 * The stage's text alternative: where, then everyone on stage with the face they show
 * ("Shanghai — Monday evening, Restaurant. Wang Haitao is speaking and looks pleased. Zhou Min
 * looks uneasy."), then who is on the phone ("On the phone, Dana Okafor is speaking.") and the
 * message being read ("An email from Claire Vautrin."). Neutral faces are not mentioned.
 */
export function describeScene(plan: StagePlan): string {
  const where = [plan.title, plan.subtitle].filter(Boolean).join(', ') || t('play.stage');
  const person = (p: OnStage, how: string) =>
    t('stage.person', {
      name: p.name,
      how: how === 'here' ? 'here' : how === 'on screen' ? 'screen' : 'phone',
      speaking: p.speaking ? 'yes' : 'no',
      mood: p.mood,
    });
  const people = plan.people.map((p) => person(p, 'here'));
  for (const p of plan.remote) people.push(person(p, p.how));
  const m = plan.message;
  if (m)
    people.push(
      t('stage.message', {
        vowel: /^[aeiou]/i.test(m.medium) ? 'yes' : 'no',
        medium: m.medium,
        from: m.name ? 'yes' : 'no',
        name: m.name ?? '',
        reading: m.speaking ? 'yes' : 'no',
      }),
    );
  if (plan.learnerSpeaking) people.push(t('stage.you'));
  return [t('play.sceneAlt', { where }), ...people].join(' ');
}

/** `liwei:uneasy priya:neutral` — what the stage shows, for tests and tools (`data-people`). */
export function describePeople(people: readonly OnStage[]): string {
  return people.map((p) => `${p.id}:${p.mood}`).join(' ');
}
