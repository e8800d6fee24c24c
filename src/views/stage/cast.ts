/**
 * Who is on stage and what each face shows, worked out from the session's view alone.
 *
 * - A counterpart joins the scene when they speak in it, when a narration line that sets a mood
 *   names them ("Li Wei pours more tea and does not answer. # mood: uneasy"), or when narration
 *   opens a sentence with them ("Li Wei raises a glass to the launch."). A new scene
 *   (a `place`, `location` or `date` tag that changes them) starts with nobody; at most three
 *   stay, the least recent speaker leaving first.
 * - A video call with nobody in it yet shows the story's counterparts (up to three).
 * - Faces follow the relationship model (`expression`). A `# mood:` tag overrides it for the rest
 *   of its step (the lines a choice brings) within its scene, for the one it is about: the line's speaker, or the
 *   counterpart a narration line names (else the one who spoke last). The session's view keeps
 *   only the last line's mood, so the stage reads the tags from the lines themselves: a smile
 *   tagged mid-step still shows when the step ends on narration.
 * Pure: no Phaser, no DOM — unit-tested in Node.
 */
import type { CounterpartView, SessionView, ShownLine } from '../../core/session/types.ts';
import { MOODS, type Mood } from '../../core/story/tags.ts';
import { placeInfo, placeName } from './places/index.ts';

export interface OnStage {
  id: string;
  name: string;
  mood: Mood;
  speaking: boolean;
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
  people: OnStage[];
  learnerSpeaking: boolean;
}

const MAX_ON_STAGE = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The counterpart a narration line names: full name first, then any name part of 3+ letters.
 * With `subject`, only a name that opens a sentence counts ("Li Wei raises a glass").
 */
export function namedIn(
  text: string,
  counterparts: readonly CounterpartView[],
  subject = false,
): string | null {
  const lead = subject ? '(?:^|[.!?]\\s+)' : '\\b';
  const names = (cp: CounterpartView) => [cp.name, ...cp.name.split(/\s+/).filter((p) => p.length >= 3)];
  for (const pass of [0, 1]) {
    for (const cp of counterparts) {
      const candidates = pass === 0 ? [cp.name] : names(cp).slice(1);
      if (candidates.some((n) => new RegExp(`${lead}${escapeRegExp(n)}\\b`).test(text))) return cp.id;
    }
  }
  return null;
}

export class Cast {
  private seen = 0;
  private scene = { place: '', location: '', date: '' };
  private present: string[] = [];
  private seats: string[] = [];
  private lastSpeaker: string | null = null;
  /** Moods the story gave in the current step (the lines since the last choice), by person. */
  private stepMoods = new Map<string, Mood>();
  /** Named speakers who are not counterparts (a CIO in the meeting, the outgoing manager), by id. */
  private guests = new Map<string, string>();

  /** Take in the lines added since the last call (or all of them, if the view was rebuilt). */
  feed(view: SessionView): void {
    if (view.lines.length < this.seen) this.reset();
    const fresh = view.lines.slice(this.seen);
    this.seen = view.lines.length;
    for (const line of fresh) this.take(line, view.counterparts);
  }

  private reset(): void {
    this.seen = 0;
    this.scene = { place: '', location: '', date: '' };
    this.present = [];
    this.seats = [];
    this.lastSpeaker = null;
    this.stepMoods.clear();
    this.guests.clear();
  }

  private take(line: ShownLine, counterparts: readonly CounterpartView[]): void {
    const tag = (name: string) => line.tags.find((t) => t.name === name)?.value;
    const next = {
      place: tag('place') ?? this.scene.place,
      location: tag('location') ?? this.scene.location,
      date: tag('date') ?? this.scene.date,
    };
    if (
      next.place !== this.scene.place ||
      next.location !== this.scene.location ||
      next.date !== this.scene.date
    ) {
      this.scene = next;
      this.present = [];
      this.seats = [];
      this.lastSpeaker = null;
      // A mood belongs to its scene: the morning's closed face does not sit down to the evening's dinner.
      this.stepMoods.clear();
      // A call opens with the story's counterparts in it: the call is with them.
      if (placeInfo(next.place || null).call)
        for (const c of counterparts.slice(0, MAX_ON_STAGE)) this.join(c.id);
    }
    if (line.kind === 'choice') this.stepMoods.clear();
    const mood = tag('mood') as Mood | undefined;
    const valid = mood !== undefined && MOODS.includes(mood);
    const isCounterpart = (id: string | null): id is string => !!id && counterparts.some((c) => c.id === id);
    if (line.kind === 'line' && isCounterpart(line.speaker)) {
      this.join(line.speaker);
      this.lastSpeaker = line.speaker;
      if (valid) this.stepMoods.set(line.speaker, mood);
    } else if (
      line.kind === 'line' &&
      line.speaker &&
      line.speaker.toLowerCase() !== 'you' &&
      !counterparts.some((c) => c.name.toLowerCase() === line.speaker!.toLowerCase())
    ) {
      // Someone the story names but does not model: drawn too, with a look of their own.
      const id = guestId(line.speaker);
      this.guests.set(id, line.speakerName ?? line.speaker);
      this.join(id);
      this.lastSpeaker = id;
      if (valid) this.stepMoods.set(id, mood);
    } else if (line.kind === 'line' && !line.speaker && valid) {
      const named = namedIn(line.text, counterparts);
      if (named) this.join(named);
      const target = named ?? this.lastSpeaker ?? (this.present.length === 1 ? this.present[0]! : null);
      if (target) this.stepMoods.set(target, mood);
    } else if (line.kind === 'line' && !line.speaker) {
      // Narration that opens with someone doing something puts them in the scene.
      const actor = namedIn(line.text, counterparts, true);
      if (actor) this.join(actor);
    }
  }

  /** `present` is ordered by how recently each spoke; `seats` by arrival, for a stable layout. */
  private join(id: string): void {
    this.present = this.present.filter((p) => p !== id);
    this.present.push(id);
    if (!this.seats.includes(id)) this.seats.push(id);
    if (this.present.length > MAX_ON_STAGE) {
      const leaving = this.present.shift();
      this.seats = this.seats.filter((p) => p !== leaving);
    }
  }

  plan(view: SessionView): StagePlan {
    const order = [...this.seats];
    const people = order.map((id) => {
      const cp = view.counterparts.find((c) => c.id === id);
      return {
        id,
        name: cp?.name ?? this.guests.get(id) ?? id,
        mood: this.stepMoods.get(id) ?? cp?.expression ?? 'neutral',
        speaking: view.speaker === id || (!!view.speaker && !cp && guestId(view.speaker) === id),
      };
    });
    const { place, location, date, day } = view.scene;
    const where = location ?? (place ? placeName(place) : '');
    const when = date ?? `day ${day + 1}`;
    return {
      place,
      sceneKey: `${location ?? ''}|${place ?? ''}|${day}|${date ?? ''}`,
      title: where ? `${where} — ${when}` : when,
      where,
      subtitle: location && place ? placeName(place) : '',
      people,
      learnerSpeaking: view.speaker?.toLowerCase() === 'you',
    };
  }
}

/**
 * The stage's text alternative: where, then everyone on stage with the face they show
 * ("Shanghai — Monday evening, Restaurant. Wang Haitao is speaking and looks pleased. Zhou Min
 * looks uneasy."). Neutral faces are not mentioned.
 */
export function describeScene(plan: StagePlan): string {
  const where = [plan.title, plan.subtitle].filter(Boolean).join(', ') || 'The scene';
  const people = plan.people.map((p) => {
    const looks = p.mood === 'neutral' ? '' : ` looks ${p.mood === 'closed' ? 'closed-off' : p.mood}`;
    if (p.speaking) return `${p.name} is speaking${looks ? ` and${looks}` : ''}.`;
    return looks ? `${p.name}${looks}.` : `${p.name} is here.`;
  });
  if (plan.learnerSpeaking) people.push('You are speaking.');
  return [`${where}.`, ...people].join(' ');
}

/** A guest speaker's id on stage: `Dana Okafor` → `guest-dana-okafor` (never a counterpart's id). */
export function guestId(speaker: string): string {
  const slug = speaker
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `guest-${slug || 'speaker'}`;
}

/** `liwei:uneasy priya:neutral` — what the stage shows, for tests and tools (`data-people`). */
export function describePeople(people: readonly OnStage[]): string {
  return people.map((p) => `${p.id}:${p.mood}`).join(' ');
}
