/**
 * Each person's language in a live room (issue #21, docs/live.md "Each person's language"): the
 * server sends one message for the whole room — the story's English with the ids of its lines and
 * choices — and each page applies its own language's string table; every refusal carries a reason
 * and values that each page words in its own language.
 */
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringsOfStory } from '../../../build/l10n/cli.ts';
import { tableOf } from '../../../build/l10n/plugin.ts';
import { localizeHost, localizeRoom, localizeStories } from '../../../src/core/live/story-text.ts';
import type {
  CreateReply,
  GroupDebrief,
  HostState,
  JoinReply,
  LiveError,
  LiveNotice,
  RoomState,
} from '../../../src/core/live/protocol.ts';
import type { StoryText } from '../../../src/core/session/story-text.ts';
import { allMessages, setLanguage } from '../../../src/l10n/index.ts';
import { liveErrorText } from '../../../src/views/live/errors.ts';
import { call, next, ok, openRoom, startHarness, type Harness } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const entries = () => stringsOfStory('stories/lost-face.ink', ROOT).entries;
const textIn = (lang: string): StoryText => ({
  language: lang,
  story: 'lost-face',
  strings: tableOf(ROOT, lang, 'lost-face', entries()).strings,
});

/** A room of `storyId` made by a facilitator, and a phone joined to it as Aiko. */
async function joinedPhone(h: Harness, storyId: string) {
  const host = await h.connect();
  const created = ok(await call<CreateReply>(host, 'create', { storyId }, 30_000));
  const phone = await h.connect();
  const { state } = ok(await call<JoinReply>(phone, 'join', { code: created.code, name: 'Aiko' }));
  return { host, created, phone, state };
}

describe('the story in each phone’s language', () => {
  let h: Harness;
  let ja: StoryText;
  beforeAll(async () => {
    h = await startHarness({ storiesDir: resolve(ROOT, 'stories') });
    ja = textIn('ja');
  }, 60_000);
  afterAll(async () => {
    await h.close();
  });

  it('sends the ids with the English; a Japanese table puts every line, name and choice into Japanese', async () => {
    const { host, created, phone, state } = await joinedPhone(h, 'lost-face');
    expect(state.storyId).toBe('lost-face');
    const spoken = state.lines.filter((l) => l.kind === 'line');
    expect(spoken.length).toBeGreaterThan(0);
    for (const l of spoken) expect(l.key, l.text).toMatch(/^lf-\d{4}$/);
    expect(state.choiceIds).toHaveLength(state.choices.length);
    for (const id of state.choiceIds!) expect(id).toMatch(/^lf-\d{4}$/);
    const named = spoken.find((l) => l.speaker !== null && !l.you);
    expect(named?.speakerKey).toMatch(/^lost-face:[\w-]+#name$/);

    const shown = localizeRoom(state, ja);
    for (const [i, l] of shown.lines.entries()) {
      const english = state.lines[i]!;
      expect(l.text, english.text).toBe(ja.strings[english.key!]);
      expect(l.text).not.toBe(english.text);
      if (english.speakerKey) expect(l.speaker).toBe(ja.strings[english.speakerKey]);
    }
    for (const [i, c] of shown.choices.entries()) {
      expect(c).toBe(ja.strings[state.choiceIds![i]!]);
      expect(c).not.toBe(state.choices[i]);
    }
    // Votes are by index: the phone's language changes nothing the server counts.
    ok(await call(phone, 'vote', { decision: 0, choice: 1 }));
    const after = next<RoomState>(phone, 'room', 3000, (s) => s.decision === 1);
    const advanced = ok(
      await call<{ state: HostState }>(host, 'host', {
        type: 'advance',
        code: created.code,
        secret: created.secret,
        decision: 0,
      }),
    );
    const room = await after;
    expect(room.coach?.key).toBe(state.choiceIds![1]);
    const coached = localizeRoom(room, ja);
    if (room.coach?.note) expect(coached.coach?.note).toBe(ja.strings[`${room.coach.key}#coach`]);
    expect(coached.lines.map((l) => l.text)).not.toContain(room.lines.find((l) => l.key)?.text);

    // The console: transcript, the decision record (prompt and choices) in the facilitator's language.
    const record = advanced.state.history[0]!;
    expect(record.promptKey).toMatch(/^lf-\d{4}$/);
    const console_ = localizeHost(advanced.state, ja);
    expect(console_.history[0]!.choices).toEqual(state.choiceIds!.map((id) => ja.strings[id]));
    expect(console_.history[0]!.prompt).toBe(ja.strings[record.promptKey!]);
    for (const [i, l] of console_.transcript.entries())
      if (advanced.state.transcript[i]!.key) expect(l.text).not.toBe(advanced.state.transcript[i]!.text);
    // Without a table (English) the message is shown as sent.
    expect(localizeRoom(state, null)).toBe(state);
  }, 60_000);
});

const emptyRoom: RoomState = {
  code: 'ABCDEF',
  storyId: 's',
  title: 'A story',
  phase: 'voting',
  decision: 0,
  lines: [],
  coach: null,
  choices: [],
  result: null,
  timer: null,
  locked: false,
  debrief: null,
};

describe('falling back to English, one string at a time', () => {
  const room: RoomState = {
    code: 'ABCDEF',
    storyId: 's',
    title: 'A story',
    phase: 'voting',
    decision: 0,
    lines: [
      { seq: 0, kind: 'line', speaker: 'Ana', text: 'Hello.', key: 'k-1', speakerKey: 's:ana#name' },
      { seq: 1, kind: 'line', speaker: null, text: 'Unknown id.', key: 'k-404' },
      { seq: 2, kind: 'line', speaker: null, text: 'Welcome, Bo.', key: 'k-3' },
      { seq: 3, kind: 'line', speaker: null, text: 'Welcome, Cy.', key: 'k-3', vars: { name: 'Cy' } },
      { seq: 4, kind: 'line', speaker: null, text: 'No id.' },
    ],
    coach: null,
    choices: ['Yes', 'No'],
    choiceIds: ['k-5', ''],
    result: null,
    timer: null,
    locked: false,
    debrief: null,
  };
  const text: StoryText = {
    language: 'ja',
    story: 's',
    strings: { 'k-1': 'こんにちは。', 's:ana#name': 'アナ', 'k-3': 'ようこそ、{name}さん。', 'k-5': 'はい' },
  };

  it('an unknown id, a line without one and a translation missing its variable show the English', () => {
    const shown = localizeRoom(room, text, { 's#title': 'ある物語' });
    expect(shown.title).toBe('ある物語');
    expect(shown.lines.map((l) => l.text)).toEqual([
      'こんにちは。',
      'Unknown id.',
      'Welcome, Bo.',
      'ようこそ、Cyさん。',
      'No id.',
    ]);
    expect(shown.lines[0]!.speaker).toBe('アナ');
    expect(shown.choices).toEqual(['はい', 'No']);
  });

  it('the facilitator’s list of scenarios in the menu’s language, English where it has none', () => {
    const list = [
      { id: 's', title: 'A story', summary: 'About it.' },
      { id: 't', title: 'Another', summary: null },
    ];
    expect(localizeStories(list, { 's#title': 'ある物語', 's#summary': 'その話。' })).toEqual([
      { id: 's', title: 'ある物語', summary: 'その話。' },
      { id: 't', title: 'Another', summary: null },
    ]);
    expect(localizeStories(list, null)).toEqual(list);
  });
});

describe('the ending in the language', () => {
  it('puts the group debrief, the decisions and the solo debrief’s coach notes into the table’s language', () => {
    const text: StoryText = {
      language: 'es',
      story: 's',
      strings: {
        'k-end#ending_title': 'Fin de la reunión',
        'k-learn': 'Las cosas pequeñas cuentan.',
        's:ana#name': 'Ana Prueba',
        'k-p': '¿Empezamos?',
        'k-a': 'Preguntar por su equipo',
        'k-a#coach': 'El interés por las personas crea confianza.',
      },
    };
    const decision = {
      decision: 0,
      source: 'start.0',
      prompt: 'Shall we begin?',
      promptKey: 'k-p',
      choices: ['Ask about her team', 'Leave'],
      choiceIds: ['k-a', 'k-b'],
      counts: [2, 0],
      voters: 2,
      taken: 0,
      by: 'majority' as const,
    };
    const debrief: GroupDebrief = {
      ending: {
        id: 'done',
        title: 'The meeting ends',
        titleKey: 'k-end#ending_title',
        learn: [{ seed: '000', text: 'Small things count.', key: 'k-learn' }],
      },
      score: 60,
      rapport: 50,
      trust: 40,
      counterparts: [{ id: 'ana', name: 'Ana Test', rapport: 50, trust: 40 }],
      decisions: [decision],
      participants: 2,
    };
    const moment = { note: 'Interest in people builds goodwill.', replayPath: [], cooling: null };
    const host = {
      room: { ...emptyRoom, phase: 'ended', debrief },
      storyId: 's',
      transcript: [],
      tally: { decision: 1, counts: [], voters: 0, connected: 2, participants: 2 },
      participants: [],
      history: [decision],
      joinUrl: null,
      soloDebrief: { series: {}, moments: [moment], faceIncidents: 0 },
      expiresAt: 0,
    } as unknown as HostState;
    const shown = localizeHost(host, text);
    const d = shown.room.debrief!;
    expect(d.ending?.title).toBe('Fin de la reunión');
    expect(d.ending?.learn[0]!.text).toBe('Las cosas pequeñas cuentan.');
    expect(d.counterparts[0]!.name).toBe('Ana Prueba');
    expect(d.decisions[0]).toMatchObject({
      prompt: '¿Empezamos?',
      choices: ['Preguntar por su equipo', 'Leave'],
    });
    expect(shown.history[0]!.choices[0]).toBe('Preguntar por su equipo');
    expect((shown.soloDebrief as { moments: { note: string }[] }).moments[0]!.note).toBe(
      'El interés por las personas crea confianza.',
    );
    // The counts and the choice taken are what they were: only words change.
    expect(d.decisions[0]).toMatchObject({ counts: [2, 0], taken: 0, choiceIds: ['k-a', 'k-b'] });
  });
});

describe('what the server tells a person, in their language', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
    await setLanguage('en');
    await allMessages();
  });

  it('sends reasons and values, never only English; the page words them in Japanese', async () => {
    h = await startHarness();
    const errorOf = (reply: { ok: boolean; error?: LiveError }) => {
      expect(reply.ok).toBe(false);
      return reply.error!;
    };
    const host = await h.connect();
    const created = ok(await call<CreateReply>(host, 'create', { storyId: 'mini', size: 1 }));
    const phone = await h.connect();
    const wrong = errorOf(await call(phone, 'join', { code: 'ZZZZZZ', name: 'Kenji' }));
    expect(wrong).toMatchObject({ code: 'not-found', reason: 'no-room' });
    const format = errorOf(await call(phone, 'join', { code: 'O0O0O0', name: 'Kenji' }));
    expect(format).toMatchObject({ reason: 'code-format', params: { n: 6 } });
    const long = errorOf(await call(phone, 'join', { code: created.code, name: 'x'.repeat(201) }));
    expect(long).toMatchObject({ reason: 'name-too-long', params: { max: 200, shown: 40 } });
    const first = ok(await call<JoinReply>(phone, 'join', { code: created.code, name: 'Kenji' }));
    const full = errorOf(await call(await h.connect(), 'join', { code: created.code, name: 'Mia' }));
    expect(full).toMatchObject({ code: 'full', reason: 'room-full', params: { size: 1 } });
    const auth = { code: created.code, secret: created.secret };
    const tied = errorOf(await call(host, 'host', { type: 'advance', ...auth, decision: 0 }));
    expect(tied).toMatchObject({ reason: 'no-votes' });
    const timer = errorOf(await call(host, 'host', { type: 'timer', ...auth, seconds: 30 }));
    expect(timer).toMatchObject({ reason: 'timer-range', params: { min: 1, max: 5 } });
    const removed = next<LiveNotice>(phone, 'removed');
    ok(await call(host, 'host', { type: 'remove', ...auth, participant: first.you.id }));
    expect(await removed).toMatchObject({ reason: 'removed' });

    await setLanguage('ja');
    await allMessages();
    expect(liveErrorText(wrong)).toBe(
      'そのコードのルームはありません。ファシリテーターの画面のコードを確認してください。',
    );
    expect(liveErrorText(full)).toContain('（1人）');
    expect(liveErrorText(long)).toContain('200文字');
    expect(liveErrorText(long)).toContain('40文字');
    expect(liveErrorText(timer)).toBe('ディスカッションタイマーは1～5分です。');
    expect(liveErrorText({ message: 'x', reason: 'tied', params: { choices: [1, 3] } })).toMatch(
      /1.*3.*同数/,
    );
    // A reason this page does not know (a newer server): the server's own sentence.
    expect(liveErrorText({ message: 'Something new.', reason: 'brand-new' as never })).toBe('Something new.');
    expect(liveErrorText({ message: 'Old server.' })).toBe('Old server.');
  });

  it('words a tie as a list in the page’s language', async () => {
    h = await startHarness();
    const room = await openRoom(h);
    const error = { message: '', reason: 'tied' as const, params: { choices: [1, 2] } };
    expect(liveErrorText(error)).toBe('The vote is tied between 1 and 2: pick one of them.');
    await setLanguage('es');
    await allMessages();
    expect(liveErrorText(error)).toBe('Hay empate entre 1 y 2: elige una de ellas.');
    expect(room.code).toHaveLength(6);
  });
});

describe('a line that shows a variable, on each phone', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ storiesDir: resolve(import.meta.dirname, 'fixtures/stories-vars') });
  }, 60_000);
  afterAll(async () => {
    await h.close();
  });

  it('brings the value the line showed, so a translation with {guest} is filled, not left English', async () => {
    const { state } = await joinedPhone(h, 'greeting');
    const welcome = state.lines.find((l) => l.key === 'gv-0002');
    expect(welcome?.text).toBe('Welcome, Cy. Shall we begin?');
    expect(welcome?.vars).toEqual({ guest: 'Cy' });
    const ja: StoryText = {
      language: 'ja',
      story: 'greeting',
      strings: { 'gv-0002': 'ようこそ、{guest}さん。始めましょうか。' },
    };
    const shown = localizeRoom(state, ja).lines.find((l) => l.key === 'gv-0002');
    expect(shown?.text).toBe('ようこそ、Cyさん。始めましょうか。');
  });
});
