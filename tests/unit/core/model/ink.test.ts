// The vocabulary end to end: fixture stories compiled with the project's compiler, played with
// inkjs's runtime, every EXTERNAL bound to parseCall + applyEvent.
import { resolve } from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import {
  AuthorError,
  READER_NAMES,
  VOCABULARY,
  VOCABULARY_NAMES,
  applyEvent,
  initialState,
  parseCall,
  replay,
  shownRapport,
  shownTrust,
} from '../../../../src/core/model/index.ts';
import type {
  CounterpartState,
  ExplanationRecord,
  LogEntry,
  ModelState,
} from '../../../../src/core/model/index.ts';
import { compileInkFile, compileInkSource } from '../../../../build/ink/compile.ts';

const fixture = (name: string) => resolve(__dirname, '../../../fixtures/model', name);
const ROOT = resolve(__dirname, '../../../..');

/**
 * Play a fixture to the end, taking choice `choice` whenever there is one; with `source`, that ink
 * instead, compiled as if it were the fixture `name`.
 */
function play(name: string, choice = 0, source?: string) {
  const compiled =
    source === undefined ? compileInkFile(fixture(name)) : compileInkSource(source, fixture(name));
  if (!compiled.json) throw new Error(`${name} did not compile: ${JSON.stringify(compiled.diagnostics)}`);
  const story = new Story(compiled.json);
  let state: ModelState = initialState();
  const records: ExplanationRecord[] = [];
  const log: LogEntry[] = [];
  let note: string | undefined;
  for (const name of VOCABULARY_NAMES) {
    story.BindExternalFunction(name, (...args: unknown[]) => {
      const event = parseCall(name, args);
      const meta = { source: story.state.currentPathString ?? undefined, note };
      const applied = applyEvent(state, event, meta);
      state = applied.state;
      for (const record of applied.records) records.push({ seq: records.length, ...record });
      log.push({ event, meta });
      return applied.result;
    });
  }
  const read = (f: (c: CounterpartState) => number) => (who: unknown) =>
    Math.round(f(state.counterparts[String(who)]!));
  story.BindExternalFunction('rapport', read(shownRapport), true);
  story.BindExternalFunction('trust', read(shownTrust), true);
  const text: string[] = [];
  for (;;) {
    while (story.canContinue) text.push(story.Continue() ?? '');
    if (story.currentChoices.length === 0) break;
    note = `choice ${story.currentChoices[choice]!.text}`;
    story.ChooseChoiceIndex(choice);
  }
  return { state, records, log, text: text.join('') };
}

describe('the vocabulary fixture played through inkjs', () => {
  const run = play('vocabulary.ink');
  const kinds = run.records.map((r) => r.event.kind);

  it('uses every vocabulary word', () => {
    for (const w of VOCABULARY_NAMES) expect(kinds).toContain(w);
    expect(run.text).toMatch(/Rapport \d+, trust \d+\./);
    expect(VOCABULARY.map((w) => w.name).sort()).toEqual([...VOCABULARY_NAMES, ...READER_NAMES].sort());
  });

  it('records where in the ink each event came from and the coach note', () => {
    const meeting = run.records.find((r) => r.event.kind === 'meeting')!;
    expect(meeting.source).toMatch(/^first_meeting/);
    const threat = run.records.find((r) => r.event.kind === 'face_threat')!;
    expect(threat.source).toMatch(/^first_meeting\.0\.c-0/);
    expect(threat.note).toBe('choice Ask in front of his team');
    expect(threat.event).toMatchObject({ inPublic: true, imposition: 1, powerGap: 0.5 });
    expect(threat.faceIncident).toBe(true);
    expect(threat.explanation).toMatch(/public face threat to Li Wei: Trust −\d+/);
  });

  it('the public request makes the business ask fail; the private one leaves goodwill to absorb it', () => {
    const ask = run.records.find((r) => r.event.kind === 'business_ask')!;
    expect(ask.result).toBe(false);
    expect(run.text).toMatch(/Not yet/);
    const privately = play('vocabulary.ink', 1);
    const threat = privately.records.find((r) => r.event.kind === 'face_threat')!;
    expect(threat.faceIncident).toBe(false);
    expect(threat.changes.map((c) => c.variable)).toEqual(['G']);
  });

  it('fires the expected rules in order', () => {
    expect(run.records.map((r) => `${r.event.kind}:${r.rules.join('+')}`)).toEqual([
      'counterpart:R8',
      'meeting:',
      'gain:R3+R1+R4',
      'gain:R3+R1+R4',
      'gain:R3+R1+R4',
      'gain:R3+R1+R4',
      'gain:R3+R1+R4',
      'gain:R3+R1+R4',
      'face_threat:R5+R2+R4',
      // The 14 days before the second meeting: a cooling record of their own, then the meeting.
      'meeting:R6',
      'meeting:',
      'loss:R3+R2+R4',
      'apology:R10',
      // Goodwill is used up by now: the refused ask and later losses land in full.
      'business_ask:R9+R5+R2',
      'loss:R3+R2',
      'denial:R10',
      'loss:R3+R2',
      'handover:R7',
    ]);
  });

  it('replaying the log reproduces the state and the records', () => {
    const again = replay(run.log);
    expect(again.state).toEqual(run.state);
    expect(again.records).toEqual(run.records);
  });
});

describe('author errors in ink', () => {
  const failure = (name: string, source?: string) => {
    try {
      play(name, 0, source);
    } catch (e) {
      return e;
    }
    throw new Error(`${name} played without an error`);
  };

  it('an unknown dimension names the word, the typo and the dimensions to use', () => {
    const e = failure('unknown-dimension.ink');
    expect(e).toBeInstanceOf(AuthorError);
    expect((e as Error).message).toBe(
      'gain("liwei", "benevolance", 4, 1): unknown dimension "benevolance" (did you mean "benevolence"?) — ' +
        'use one of ability, integrity, benevolence, attentiveness, positivity, coordination.',
    );
  });

  it('a size of 25 names the size and its range', () => {
    const e = failure('size-too-big.ink');
    expect(e).toBeInstanceOf(AuthorError);
    expect((e as Error).message).toMatch(
      /^loss\("liwei", "integrity", 25, 1\): size 25 is out of range — use a number from 1 to 20/,
    );
  });

  it('a counterpart never declared is a build error at its first use, with how to declare it', () => {
    // The build's review (build/ink/review.ts) finds it before anything plays.
    const compiled = compileInkFile(fixture('undeclared.ink'), ROOT);
    expect(compiled.json).toBeNull();
    expect(compiled.diagnostics).toEqual([
      {
        severity: 'error',
        file: 'tests/fixtures/model/undeclared.ink',
        line: 3,
        message:
          'meeting("mei", …) names a counterpart that is never declared. Declare each counterpart once, ' +
          'before any other word about them: ~ counterpart("mei", "Their name", …) (see docs/relationship-model.md).',
      },
    ]);
  });

  it('a counterpart declared only after its first use names the id and how to declare it', () => {
    // The review sees that "mei" is declared somewhere; only playing shows it comes too late.
    const e = failure(
      'declared-late.ink',
      [
        'INCLUDE ../../../stories/lib/rapport.ink',
        '~ counterpart("liwei", "Li Wei", 0.8, 0.8, 0.8, 0.2, 0.6)',
        '~ meeting("mei", 0)',
        '~ counterpart("mei", "Mei", 0.8, 0.8, 0.8, 0.2, 0.6)',
        'Never reached.',
        '-> END',
      ].join('\n'),
    );
    expect(e).toBeInstanceOf(AuthorError);
    expect((e as Error).message).toMatch(
      /^meeting\("mei", 0\): no counterpart "mei" has been declared — call counterpart\("mei", "Name"/,
    );
  });
});
