import { describe, expect, it } from 'vitest';
import { Cast, describePeople, describeScene, guestId, namedIn } from '../../../../src/views/stage/cast.ts';
import type { CounterpartView, SessionView, ShownLine } from '../../../../src/core/session/types.ts';
import type { Mood } from '../../../../src/core/story/tags.ts';
import { emptyView } from '../../view.ts';

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
  return emptyView({
    lines,
    scene,
    speaker: last?.speaker ?? null,
    mood: ((last && tag(last, 'mood')) as Mood | undefined) ?? null,
    counterparts,
  });
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

describe('speakers the story names but does not model', () => {
  it('draws them with their own name and a face of their own, speaking when they speak', () => {
    const plan = planAfter([
      line('Welcome.', 'wang', { place: 'meeting-room' }),
      line('Can you guarantee a clean cutover?', 'Dana Okafor', { mood: 'uneasy' }),
    ]);
    expect(plan.people.map((p) => [p.id, p.name, p.mood, p.speaking])).toEqual([
      ['wang', 'Wang Haitao', 'neutral', false],
      ['guest-dana-okafor', 'Dana Okafor', 'uneasy', true],
    ]);
    expect(describePeople(plan.people)).toBe('wang:neutral guest-dana-okafor:uneasy');
  });

  it('never mistakes the learner or a counterpart called by name for a guest', () => {
    const plan = planAfter([
      line('Hello.', 'you', { place: 'office' }),
      line('Hello to you.', 'Wang Haitao'),
    ]);
    expect(plan.people.map((p) => p.id)).not.toContain('guest-you');
    expect(plan.people.some((p) => p.id.startsWith('guest-wang'))).toBe(false);
  });

  it('gives accented names a plain id', () => {
    expect(guestId('Léa')).toBe('guest-lea');
    expect(guestId('  ')).toBe('guest-speaker');
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
    // A new scene in the same step (the meeting, then that evening's dinner): the mood stays behind.
    const evening = planAfter([
      line('Office.', null, { place: 'office' }),
      line('Of course.', 'wang', { mood: 'closed' }),
      line('That evening, dinner.', null, { place: 'restaurant' }),
      line('Welcome.', 'wang'),
    ]);
    expect(describePeople(evening.people)).toBe('wang:neutral');
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

describe('the stage’s text alternative', () => {
  const plan = (people: { name: string; mood: Mood; speaking?: boolean }[], learnerSpeaking = false) => ({
    place: 'restaurant',
    sceneKey: 'x',
    title: 'Shanghai — Monday evening',
    where: 'Shanghai',
    subtitle: 'Restaurant',
    people: people.map((p) => ({ id: p.name.toLowerCase(), speaking: false, ...p })),
    remote: [],
    message: null,
    learnerSpeaking,
  });

  it('names the place and every face on stage, not only the speaker’s', () => {
    expect(
      describeScene(
        plan([
          { name: 'Wang Haitao', mood: 'pleased', speaking: true },
          { name: 'Zhou Min', mood: 'uneasy' },
          { name: 'Chen Yu', mood: 'neutral' },
        ]),
      ),
    ).toBe(
      'Shanghai — Monday evening, Restaurant. Wang Haitao is speaking and looks pleased. Zhou Min looks uneasy. Chen Yu is here.',
    );
  });

  it('says closed-off in words, leaves neutral faces unsaid, and notes when the learner speaks', () => {
    const text = describeScene(
      plan(
        [
          { name: 'Li Wei', mood: 'closed' },
          { name: 'Priya', mood: 'neutral', speaking: true },
        ],
        true,
      ),
    );
    expect(text).toContain('Li Wei looks closed-off.');
    expect(text).toContain('Priya is speaking.');
    expect(text).not.toMatch(/Priya is speaking and looks/);
    expect(text.endsWith('You are speaking.')).toBe(true);
  });
});

describe('who is there: presence tags and their defaults', () => {
  const ids = (plan: ReturnType<typeof planAfter>) => plan.people.map((p) => p.id);

  it('keeps the sender of a line read from an email off the stage, and shows the email', () => {
    const plan = planAfter([
      line('Back in Vancouver.', null, { place: 'office', location: 'Vancouver' }),
      line('We had not decided.', 'wang', { via: 'email', mood: 'closed' }),
    ]);
    expect(plan.people).toEqual([]);
    expect(plan.remote).toEqual([]);
    expect(plan.message).toEqual({ id: 'wang', name: 'Wang Haitao', medium: 'email', speaking: true });
    expect(describeScene(plan)).toBe('Vancouver — day 1, Office. An email from Wang Haitao is being read.');
    // Narration read from a message brings nobody in either, and the email stays up until someone speaks.
    const narrated = planAfter([
      line('The office.', null, { place: 'office' }),
      line('Wang Haitao writes that he cannot come.', null, { via: 'email' }),
      line('You read it twice.', null),
    ]);
    expect(narrated.people).toEqual([]);
    expect(narrated.message).toMatchObject({ id: 'wang', medium: 'email', speaking: false });
    const answered = planAfter([
      line('The office.', null, { place: 'office' }),
      line('I cannot come.', 'wang', { via: 'letter' }),
      line('Then I will come to you.', 'ishida'),
    ]);
    expect(answered.message).toBeNull();
    expect(ids(answered)).toEqual(['ishida']);
  });

  it('puts someone on the phone in a card, not in the room, for the rest of the scene', () => {
    const plan = planAfter([
      line('Düsseldorf. The hotel lobby.', null, { place: 'lobby-night', location: 'Düsseldorf' }),
      line('Good to see you.', 'hoshino'),
      line('Your VP calls.', null, { remote: 'Dana Okafor' }),
      line('Where are we?', 'Dana Okafor'),
      line('Still here?', 'Dana Okafor'),
    ]);
    expect(ids(plan)).toEqual(['hoshino']);
    expect(plan.remote.map((p) => [p.id, p.name, p.how, p.speaking])).toEqual([
      ['guest-dana-okafor', 'Dana Okafor', 'on the phone', true],
    ]);
    expect(describeScene(plan)).toBe(
      'Düsseldorf — day 1, Hotel lobby. Takeshi Hoshino looks pleased. On the phone, Dana Okafor is speaking.',
    );
    // `# remote:` with no value is about the line's speaker; `# via: video` puts them on a screen.
    const own = planAfter([
      line('The office.', null, { place: 'office' }),
      line('Can you hear me?', 'wang', { remote: '', via: 'video', mood: 'uneasy' }),
      line('Yes.', 'you'),
    ]);
    expect(own.people).toEqual([]);
    expect(own.message).toBeNull();
    expect(own.remote.map((p) => [p.id, p.how, p.mood])).toEqual([['wang', 'on screen', 'uneasy']]);
    expect(describeScene(own)).toContain('On screen, Wang Haitao looks uneasy.');
  });

  it('makes someone remote in a video call a tile like the others', () => {
    const plan = planAfter([
      line('The weekly call.', null, { place: 'video-call' }),
      line('Hello.', 'wang'),
      line('Ishida joins from Nagoya.', null, { remote: 'ishida' }),
    ]);
    expect(ids(plan)).toEqual(['wang', 'ishida']);
    expect(plan.remote).toEqual([]);
  });

  it('takes someone who leaves off the stage — after their own goodbye — and keeps them out', () => {
    const gone = planAfter([
      line('Office.', null, { place: 'office' }),
      line('Hello.', 'wang'),
      line('Hi.', 'ishida'),
      line('Wang Haitao leaves for the airport.', null, { leave: 'wang' }),
      line('Wang Haitao calls from the taxi.', null),
    ]);
    expect(ids(gone)).toEqual(['ishida']);
    const goodbye = [line('Office.', null, { place: 'office' }), line('I must go.', 'wang', { leave: '' })];
    expect(ids(planAfter(goodbye))).toEqual(['wang']);
    expect(ids(planAfter([...goodbye, line('The door closes.', null)]))).toEqual([]);
    // Not even speaking brings them back (the build warns); `# enter:` does.
    const again = [...goodbye, line('One more thing.', 'wang')];
    expect(ids(planAfter(again))).toEqual([]);
    expect(ids(planAfter([...again, line('He comes back in.', null, { enter: 'wang' })]))).toEqual(['wang']);
  });

  it('keeps someone absent out of the scene, even when narration has them act', () => {
    const plan = planAfter([
      line('Lyon. The hotel lobby.', null, { place: 'lobby', absent: 'Wang Haitao, ishida' }),
      line('Wang Haitao asked last night for a revised price sheet.', null),
      line('Ishida’s reply is short.', null, { mood: 'closed' }),
    ]);
    expect(plan.people).toEqual([]);
  });

  it('brings people in with enter, and sets exactly who is here with present', () => {
    const entered = planAfter([
      line('The banquet.', null, { place: 'banquet' }),
      line('The President gives a short speech.', null, { enter: 'hoshino, ishida' }),
    ]);
    expect(ids(entered)).toEqual(['hoshino', 'ishida']);
    const exactly = planAfter([
      line('Office.', null, { place: 'office' }),
      line('A.', 'wang'),
      line('B.', 'ishida'),
      line('The others have gone; Hoshino stays.', null, { present: 'hoshino' }),
    ]);
    expect(ids(exactly)).toEqual(['hoshino']);
    const nobody = planAfter([
      line('Office.', null, { place: 'office' }),
      line('A.', 'wang'),
      line('You are alone.', null, { present: '' }),
    ]);
    expect(nobody.people).toEqual([]);
  });

  it('starts every new scene afresh: nobody in the room, on the phone or away', () => {
    const plan = planAfter([
      line('Office.', null, { place: 'office' }),
      line('A.', 'wang'),
      line('On the phone.', 'ishida', { remote: '' }),
      line('Hoshino is away.', null, { absent: 'hoshino' }),
      line('An email.', 'rohit', { via: 'email' }),
      line('Dinner.', null, { place: 'restaurant' }),
      line('Takeshi Hoshino raises a glass.', null),
    ]);
    expect(ids(plan)).toEqual(['hoshino']);
    expect(plan.remote).toEqual([]);
    expect(plan.message).toBeNull();
  });

  it('gives a video call to those who speak or are named in it, not to every counterpart', () => {
    // Dewi alone in her office: her counterpart from Chicago is not on this call.
    const alone = planAfter([
      line('Dewi is alone in her office.', null, { place: 'video-call', location: 'Cikarang' }),
      line('Thank you for calling.', 'ishida'),
    ]);
    expect(ids(alone)).toEqual(['ishida']);
    // A call where nobody has spoken yet shows the counterparts, and they stay once you answer.
    const waiting = [line('Seven squares on the screen.', null, { place: 'video-call' })];
    expect(ids(planAfter(waiting, cps.slice(0, 2)))).toEqual(['wang', 'ishida']);
    const answered = [...waiting, line('Let us begin.', 'you', {}, 'choice'), line('Of course.', 'ishida')];
    expect(ids(planAfter(answered, cps.slice(0, 2)))).toEqual(['wang', 'ishida']);
    // …but not those the scene marked away, and not once the call has emptied.
    expect(
      ids(planAfter([line('A call.', null, { place: 'video-call', absent: 'wang' })], cps.slice(0, 2))),
    ).toEqual(['ishida']);
    const after = planAfter([
      line('A call.', null, { place: 'video-call' }),
      line('Bye.', 'wang'),
      line('After the call you write the summary.', null, { leave: 'wang' }),
    ]);
    expect(after.people).toEqual([]);
  });
});
