/**
 * Who is on stage and what each face shows, worked out from the session's view alone.
 *
 * - A counterpart joins the scene when they speak in it, when a narration line that sets a mood
 *   names them ("Li Wei pours more tea and does not answer. # mood: uneasy"), or when narration
 *   opens a sentence with them ("Li Wei raises a glass to the launch."). A new scene
 *   (a `place`, `location` or `date` tag that changes them) starts with nobody; at most three
 *   stay, the least recent speaker leaving first.
 * - Presence tags say the rest (docs/authoring.md, "Who is there"): `# enter:` and `# present:`
 *   bring people in (`present`: exactly these), `# leave:` and `# absent:` keep them out for the
 *   rest of the scene (neither speaking nor narration brings them back; only `enter`, `present`
 *   or `remote` does), `# remote:` puts them on the phone or a screen — a card in the corner, or a
 *   tile in a video call — and `# via: email` marks a line read from a message: its speaker is not
 *   put anywhere, the message shows as a card. A tag with no value is about the line's speaker;
 *   `# leave:` on the leaver's own line takes effect after it, so they say their goodbye on stage.
 * - A video call that nobody has joined yet (no speaker, no actor, no presence tag) shows the
 *   story's counterparts, up to three, not those marked away — a call is usually with them — and
 *   they stay in it once a choice is made there. Anyone who speaks or is named there instead
 *   makes the call theirs alone.
 * - Faces follow the relationship model (`expression`). A `# mood:` tag overrides it for the rest
 *   of its step (the lines a choice brings) within its scene, for the one it is about: the line's speaker, or the
 *   counterpart a narration line names (else the one who spoke last). The session's view keeps
 *   only the last line's mood, so the stage reads the tags from the lines themselves: a smile
 *   tagged mid-step still shows when the step ends on narration.
 * Pure: no Phaser, no DOM — unit-tested in Node.
 */
import type { CounterpartView, SessionView, ShownLine } from '../../core/session/types.ts';
import { guestId } from '../../core/session/story-text.ts';
import { MOODS, type Mood } from '../../core/story/tags.ts';
import { hasMessage, t } from '../../l10n/index.ts';
import { placeInfo, placeName } from './places/index.ts';
import type { OnStage, StagePlan } from './stage-plan.ts';

export {
  describePeople,
  describeScene,
  type MessageCard,
  type OnStage,
  type Remote,
  type StagePlan,
} from './stage-plan.ts';

const MAX_ON_STAGE = 3;
const MAX_REMOTE = 2;
/** Tags that say who is where (src/core/story/tags.ts). */
const PRESENCE = new Set(['enter', 'leave', 'present', 'remote', 'absent']);

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
  /** On the phone or a screen, in order of arrival, with how they are there. */
  private remote: { id: string; how: string }[] = [];
  /** Marked not here (`leave`, `absent`) for the rest of the scene. */
  private away = new Set<string>();
  /** The scene has said who is there (someone joined, or a presence tag): no stand-in call. */
  private settled = false;
  /** `# leave:` on the leaver's own line: applied when the next line comes. */
  private leaving: string[] = [];
  private message: { id: string | null; medium: string } | null = null;
  /** The latest line was read from a message (`# via:`). */
  private lastWasMessage = false;
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
    this.clearScene();
    this.guests.clear();
  }

  private clearScene(): void {
    this.present = [];
    this.seats = [];
    this.remote = [];
    this.away.clear();
    this.settled = false;
    this.leaving = [];
    this.message = null;
    this.lastWasMessage = false;
    this.lastSpeaker = null;
    // A mood belongs to its scene: the morning's closed face does not sit down to the evening's dinner.
    this.stepMoods.clear();
  }

  private get inCall(): boolean {
    return placeInfo(this.scene.place || null).call;
  }

  private take(line: ShownLine, counterparts: readonly CounterpartView[]): void {
    const tag = (name: string) => line.tags.find((t) => t.name === name)?.value;
    for (const id of this.leaving.splice(0)) this.markAway(id);
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
      this.clearScene();
    }
    if (line.kind === 'choice') {
      // A call the learner has been looking at, with its stand-ins, keeps them once they answer.
      if (this.inCall && !this.settled) for (const id of this.standIns(counterparts)) this.join(id);
      this.stepMoods.clear();
      this.message = null;
    }
    this.lastWasMessage = false;
    const mood = tag('mood') as Mood | undefined;
    const valid = mood !== undefined && MOODS.includes(mood);
    const speaker = line.kind === 'line' ? this.speakerId(line, counterparts) : null;
    const via = tag('via');
    // `# remote: ruth # via: video`: the via says how she is there; the line is no message.
    const how = tag('remote') !== undefined && via !== undefined ? via.trim() : null;
    for (const t of line.tags)
      if (PRESENCE.has(t.name)) this.presence(t.name, t.value, speaker, counterparts, how);
    if (via !== undefined && how === null && line.kind === 'line') {
      // Read from an email, a letter, a message: whoever wrote it stays where they are.
      const from = speaker ?? namedIn(line.text, counterparts);
      this.message = { id: from, medium: via.trim() || 'message' };
      this.lastWasMessage = true;
      if (speaker) this.lastSpeaker = speaker;
      if (from && valid) this.stepMoods.set(from, mood);
      return;
    }
    if (speaker) {
      // Someone speaks: in the room, unless they are on the phone or the scene has them away.
      if (this.canJoin(speaker)) this.join(speaker);
      this.lastSpeaker = speaker;
      this.message = null;
      if (valid) this.stepMoods.set(speaker, mood);
    } else if (line.kind === 'line' && !line.speaker && valid) {
      const named = namedIn(line.text, counterparts);
      if (named && this.canJoin(named)) this.join(named);
      const target = named ?? this.lastSpeaker ?? (this.present.length === 1 ? this.present[0]! : null);
      if (target) this.stepMoods.set(target, mood);
    } else if (line.kind === 'line' && !line.speaker) {
      // Narration that opens with someone doing something puts them in the scene.
      const actor = namedIn(line.text, counterparts, true);
      if (actor && this.canJoin(actor)) this.join(actor);
    }
  }

  /**
   * Who a line's speaker is on stage: a counterpart's id, or a guest's (someone the story names but
   * does not model: drawn too, with a look of their own); null for narration, the learner, or a
   * counterpart called by name.
   */
  private speakerId(line: ShownLine, counterparts: readonly CounterpartView[]): string | null {
    const speaker = line.speaker;
    if (!speaker || speaker.toLowerCase() === 'you') return null;
    if (counterparts.some((c) => c.id === speaker)) return speaker;
    if (counterparts.some((c) => c.name.toLowerCase() === speaker.toLowerCase())) return null;
    const id = guestId(speaker);
    this.guests.set(id, line.speakerName ?? speaker);
    return id;
  }

  /** The people a presence tag names: ids, counterparts' names, or anyone else's name (a guest). */
  private named(value: string, counterparts: readonly CounterpartView[]): string[] {
    return value
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v && v.toLowerCase() !== 'you')
      .map((v) => {
        const cp = counterparts.find((c) => c.id === v || c.name.toLowerCase() === v.toLowerCase());
        if (cp) return cp.id;
        const id = guestId(v);
        if (!this.guests.has(id)) this.guests.set(id, v);
        return id;
      });
  }

  private presence(
    name: string,
    value: string,
    speaker: string | null,
    counterparts: readonly CounterpartView[],
    how: string | null,
  ): void {
    const ids = value.trim() ? this.named(value, counterparts) : speaker ? [speaker] : [];
    if (name === 'present') {
      // Exactly these in the room (or the call); whoever else was here is not any more.
      for (const id of [...this.present]) if (!ids.includes(id)) this.drop(id);
      this.settled = true;
    }
    for (const id of ids) {
      if (name === 'enter' || name === 'present') {
        this.away.delete(id);
        this.remote = this.remote.filter((r) => r.id !== id);
        this.join(id);
      } else if (name === 'remote') {
        this.away.delete(id);
        this.settled = true;
        if (this.inCall) {
          // On a call everyone is on a screen: a tile like the others.
          this.join(id);
          continue;
        }
        this.drop(id);
        this.remote = this.remote.filter((r) => r.id !== id);
        this.remote.push({ id, how: remoteHow(how, this.scene.place) });
        if (this.remote.length > MAX_REMOTE) this.remote.shift();
      } else if (name === 'leave' && id === speaker) {
        this.leaving.push(id);
      } else {
        this.markAway(id);
        if (name === 'leave') this.settled = true;
      }
    }
  }

  private canJoin(id: string): boolean {
    return !this.away.has(id) && !this.remote.some((r) => r.id === id);
  }

  private markAway(id: string): void {
    this.drop(id);
    this.remote = this.remote.filter((r) => r.id !== id);
    this.away.add(id);
  }

  /** Out of the room (not marked away: they may come back by speaking). */
  private drop(id: string): void {
    this.present = this.present.filter((p) => p !== id);
    this.seats = this.seats.filter((p) => p !== id);
  }

  /** A call nobody has joined yet: the story's counterparts, up to three, not those marked away. */
  private standIns(counterparts: readonly CounterpartView[]): string[] {
    return counterparts
      .map((c) => c.id)
      .filter((id) => !this.away.has(id))
      .slice(0, MAX_ON_STAGE);
  }

  /** `present` is ordered by how recently each spoke; `seats` by arrival, for a stable layout. */
  private join(id: string): void {
    this.settled = true;
    this.present = this.present.filter((p) => p !== id);
    this.present.push(id);
    if (!this.seats.includes(id)) this.seats.push(id);
    if (this.present.length > MAX_ON_STAGE) {
      const leaving = this.present.shift();
      this.seats = this.seats.filter((p) => p !== leaving);
    }
  }

  plan(view: SessionView): StagePlan {
    const speaking = (id: string) =>
      !this.lastWasMessage &&
      (view.speaker === id ||
        (!!view.speaker && !view.counterparts.some((c) => c.id === id) && guestId(view.speaker) === id));
    const person = (id: string): OnStage => {
      const cp = view.counterparts.find((c) => c.id === id);
      return {
        id,
        name: this.nameOf(id, view.counterparts),
        mood: this.stepMoods.get(id) ?? cp?.expression ?? 'neutral',
        speaking: speaking(id),
      };
    };
    const room =
      this.inCall && !this.settled && this.seats.length === 0 ? this.standIns(view.counterparts) : this.seats;
    const message = this.message;
    const { place, location, date, day } = view.scene;
    const where = location ?? (place ? shownPlace(place) : '');
    const when = date ?? t('play.day', { n: day + 1 });
    return {
      place,
      sceneKey: `${location ?? ''}|${place ?? ''}|${day}|${date ?? ''}`,
      title: where ? `${where} — ${when}` : when,
      where,
      subtitle: location && place ? shownPlace(place) : '',
      people: room.map(person),
      remote: this.remote.map((r) => ({ ...person(r.id), how: r.how })),
      message: message && {
        id: message.id,
        name: message.id ? this.nameOf(message.id, view.counterparts) : null,
        medium: message.medium,
        speaking: this.lastWasMessage,
      },
      learnerSpeaking: view.speaker?.toLowerCase() === 'you',
    };
  }

  private nameOf(id: string, counterparts: readonly CounterpartView[]): string {
    return counterparts.find((c) => c.id === id)?.name ?? this.guests.get(id) ?? id;
  }
}

/**
 * How someone on `# remote:` is there: "on screen" for `# via: video` (or screen, camera) or in a
 * room with a video wall; otherwise "on the phone".
 */
function remoteHow(via: string | null, place: string): string {
  if (via && /video|screen|camera/i.test(via)) return 'on screen';
  if (via && /phone|call/i.test(via)) return 'on the phone';
  return place === 'video-wall' ? 'on screen' : 'on the phone';
}

/** A guest speaker's id on stage: `Dana Okafor` → `guest-dana-okafor` (never a counterpart's id). */
export { guestId };

/** A place's name in the learner's language (a place the stage draws), else its id made readable. */
export function shownPlace(place: string): string {
  const key = `stage.place.${place}`;
  return hasMessage(key) ? t(key) : placeName(place);
}
