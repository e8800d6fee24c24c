import { describe, expect, it } from 'vitest';
import { Cast, describePeople, namedIn } from '../../../src/scenes/cast.ts';
import type { CounterpartView, SessionView, ShownLine } from '../../../src/session/types.ts';
import type { Mood } from '../../../src/story/tags.ts';

const cps: CounterpartView[] = [
  { id: 'wang', name: 'Wang Haitao', rapport: 40, trust: 30, expression: 'neutral' },
  { id: 'ishida', name: 'Emi Ishida', rapport: 40, trust: 30, expression: 'uneasy' },
  { id: 'hoshino', name: 'Takeshi Hoshino', rapport: 40, trust: 30, expression: 'pleased' },
  { id: 'rohit', name: 'Rohit Deshpande', rapport: 40, trust: 30, expression: 'closed' },
];

/** A line as the session shows it: `tags` like `{ place: 'office', mood: 'pleased' }`. */
function line(
  text: string,
  speaker: string | null,
  tags: Record<string, string> = {},
  kind: ShownLine['kind'] = 'line',
): ShownLine {
  return {
    seq: 0,
    kind,
    text,
    speaker,
    speakerName: speaker,
    tags: Object.entries(tags).map(([name, value]) => ({ name, value })),
  };
}

/** A view after `lines`, with the session's rules for speaker, mood and scene. */
function view(lines: ShownLine[], counterparts = cps): SessionView {
  const last = lines.at(-1);
  const tag = (l: ShownLine, n: string) => l.tags.find((t) => t.name === n)?.value;
  const scene = {
    place: null as string | null,
    location: null as string | null,
    date: null as string | null,
    day: 0,
  };
  for (const l of lines) {
    scene.place = tag(l, 'place') ?? scene.place;
    scene.location = tag(l, 'location') ?? scene.location;
    scene.date = tag(l, 'date') ?? scene.date;
  }
  return {
    storyId: 't',
    lines,
    choices: [],
    ended: false,
    ending: null,
    scene,
    speaker: last?.speaker ?? null,
    mood: ((last && tag(last, 'mood')) as Mood | undefined) ?? null,
    counterparts,
    coach: null,
    cues: [],
    path: [],
    taken: [],
    outcome: null,
  };
}

function planAfter(lines: ShownLine[], counterparts = cps) {
  const cast = new Cast();
  const v = view(lines, counterparts);
  cast.feed(v);
  return cast.plan(v);
}

describe('who is on stage', () => {
  it('brings in counterparts as they speak, with the model’s expression', () => {
    const plan = planAfter([
      line('The meeting room.', null, { place: 'meeting-room', location: 'Shanghai', date: 'day 1' }),
      line('Welcome.', 'wang'),
      line('Thank you.', 'you'),
    ]);
    expect(describePeople(plan.people)).toBe('wang:neutral');
    expect(plan.learnerSpeaking).toBe(true);
    expect(plan.title).toBe('Shanghai — day 1');
    expect(plan.subtitle).toBe('Meeting room');
  });

  it('starts each new scene empty, and keeps seats when people speak again', () => {
    const plan = planAfter([
      line('Office.', null, { place: 'office' }),
      line('Hello.', 'wang'),
      line('Hi.', 'ishida'),
      line('Again.', 'wang'),
      line('Later, at the restaurant.', null, { place: 'restaurant' }),
      line('Good evening.', 'hoshino'),
    ]);
    expect(plan.people.map((p) => p.id)).toEqual(['hoshino']);
    expect(plan.people[0]!.speaking).toBe(true);
    expect(plan.people[0]!.mood).toBe('pleased');

    const seats = planAfter([
      line('Office.', null, { place: 'office' }),
      line('A.', 'wang'),
      line('B.', 'ishida'),
      line('C.', 'wang'),
    ]);
    expect(seats.people.map((p) => p.id)).toEqual(['wang', 'ishida']);
  });

  it('keeps at most three, the least recent speaker leaving first', () => {
    const plan = planAfter([
      line('Office.', null, { place: 'office' }),
      ...['wang', 'ishida', 'hoshino', 'rohit'].map((id) => line('Hello.', id)),
    ]);
    expect(plan.people.map((p) => p.id).sort()).toEqual(['hoshino', 'ishida', 'rohit']);
  });

  it('lets narration bring in someone who acts, but not someone only mentioned', () => {
    const acts = planAfter([
      line('Dinner.', null, { place: 'banquet' }),
      line('Wang Haitao raises a glass to the launch.', null),
    ]);
    expect(acts.people.map((p) => p.id)).toEqual(['wang']);
    const mentioned = planAfter([
      line('Office.', null, { place: 'office' }),
      line('You set up a call with Wang Haitao.', null),
    ]);
    expect(mentioned.people).toEqual([]);
  });

  it('opens a video call with the story’s counterparts in it', () => {
    const plan = planAfter([line('A call.', null, { place: 'video-call' })], cps.slice(0, 2));
    expect(plan.people.map((p) => p.id)).toEqual(['wang', 'ishida']);
  });
});

describe('which face each person shows', () => {
  it('uses a line’s mood for its speaker until the next choice, the model for everyone else', () => {
    const plan = planAfter([
      line('Office.', null, { place: 'office' }),
      line('Hm.', 'ishida'),
      line('Of course.', 'wang', { mood: 'uneasy' }),
    ]);
    expect(describePeople(plan.people)).toBe('ishida:uneasy wang:uneasy');
    const later = planAfter([
      line('Office.', null, { place: 'office' }),
      line('Of course.', 'wang', { mood: 'closed' }),
      line('Fine.', 'ishida'),
      line('He leaves it there.', null),
    ]);
    expect(describePeople(later.people)).toBe('wang:closed ishida:uneasy');
    const nextStep = planAfter([
      line('Office.', null, { place: 'office' }),
      line('Of course.', 'wang', { mood: 'closed' }),
      line('Let us talk tomorrow.', 'you', {}, 'choice'),
      line('Tomorrow, then.', 'wang'),
    ]);
    expect(describePeople(nextStep.people)).toBe('wang:neutral');
  });

  it('gives a narrated mood to the person named, else to the last speaker', () => {
    const named = planAfter([
      line('Office.', null, { place: 'office' }),
      line('Hello.', 'wang'),
      line('Next week, Ishida’s camera is on.', null, { mood: 'pleased' }),
    ]);
    expect(describePeople(named.people)).toBe('wang:neutral ishida:pleased');
    const unnamed = planAfter([
      line('Office.', null, { place: 'office' }),
      line('Hello.', 'wang'),
      line('He does not answer.', null, { mood: 'closed' }),
    ]);
    expect(describePeople(unnamed.people)).toBe('wang:closed');
  });

  it('rebuilds from scratch when the view starts over (a replay)', () => {
    const cast = new Cast();
    const first = view([
      line('Office.', null, { place: 'office' }),
      line('A.', 'wang'),
      line('B.', 'ishida'),
    ]);
    cast.feed(first);
    const replay = view([line('Office.', null, { place: 'office' }), line('C.', 'hoshino')]);
    cast.feed(replay);
    expect(cast.plan(replay).people.map((p) => p.id)).toEqual(['hoshino']);
  });
});

describe('naming', () => {
  it('finds full names first, then a distinctive part, as a whole word', () => {
    expect(namedIn('Takeshi Hoshino bows.', cps)).toBe('hoshino');
    expect(namedIn('Mr Hoshino bows.', cps)).toBe('hoshino');
    expect(namedIn('The rohitness of it.', cps)).toBeNull();
    expect(namedIn('You nod to Wang Haitao.', cps, true)).toBeNull();
    expect(namedIn('Tea first. Wang Haitao pours.', cps, true)).toBe('wang');
  });
});
