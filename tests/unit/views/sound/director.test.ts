/** What sounds after each step (the pure director), and the sound desk behind the port. */
import { describe, expect, it } from 'vitest';
import { directSound, LARGE_MOVE } from '../../../../src/views/sound/index.ts';
import { FakeAudio } from '../../../../src/views/sound/fake-audio.ts';
import type { CounterpartView, SessionView } from '../../../../src/core/session/types.ts';
import { emptyView } from '../../view.ts';

function view(patch: Partial<SessionView> & { trust?: number; rapport?: number } = {}): SessionView {
  const { trust = 40, rapport = 40, ...rest } = patch;
  const counterparts: CounterpartView[] = [
    { id: 'wang', name: 'Wang Haitao', trust, rapport, expression: 'neutral' },
  ];
  return emptyView({
    scene: { place: 'meeting-room', location: 'Shanghai', date: null, day: 0 },
    counterparts,
    ...rest,
  });
}
const line = (seq: number) => ({
  seq,
  kind: 'line' as const,
  text: 'x',
  speaker: null,
  speakerName: null,
  tags: [],
});
const step = (prev: SessionView, patch: Partial<SessionView> & { trust?: number; rapport?: number }) =>
  view({ lines: [...prev.lines, line(prev.lines.length)], path: [...prev.path, 0], ...patch });

describe('the director', () => {
  const start = view({ lines: [line(0)] });

  it('starts the place’s ambience when a session opens, and falls silent when it closes', () => {
    expect(directSound(null, start)).toEqual([{ kind: 'ambience', place: 'meeting-room' }]);
    expect(directSound(start, null)).toEqual([{ kind: 'ambience', place: null }]);
  });

  it('plays nothing for a view that is not a new step', () => {
    expect(directSound(start, { ...start })).toEqual([]);
  });

  it('cues a large loss, a large gain, and nothing for a small move', () => {
    expect(directSound(start, step(start, { trust: 40 - LARGE_MOVE }))).toEqual([
      { kind: 'play', sound: 'cue-loss' },
    ]);
    expect(directSound(start, step(start, { rapport: 40 + LARGE_MOVE }))).toEqual([
      { kind: 'play', sound: 'cue-gain' },
    ]);
    expect(directSound(start, step(start, { trust: 43 }))).toEqual([]);
  });

  it('hears a face incident as a loss even when the numbers move little', () => {
    expect(directSound(start, step(start, { cues: ['Face lost in front of the team'] }))).toEqual([
      { kind: 'play', sound: 'cue-loss' },
    ]);
  });

  it('crossfades to a new place’s ambience', () => {
    const next = step(start, { scene: { place: 'restaurant', location: 'Shanghai', date: null, day: 2 } });
    expect(directSound(start, next)).toEqual([{ kind: 'ambience', place: 'restaurant' }]);
  });

  it('ends with the chime alone and the ambience fading out', () => {
    expect(directSound(start, step(start, { ended: true, trust: 10 }))).toEqual([
      { kind: 'play', sound: 'ending' },
      { kind: 'ambience', place: null },
    ]);
  });

  it('treats the same story started again as a new session, not a step', () => {
    const later = step(step(start, {}), {});
    expect(directSound(later, start)).toEqual([{ kind: 'ambience', place: 'meeting-room' }]);
  });
});

describe('the sound desk', () => {
  it('plays nothing before the first gesture, then starts what was asked for', () => {
    const audio = new FakeAudio();
    audio.setAmbience('restaurant');
    audio.play('cue-gain');
    expect(audio.engineLog).toEqual([]);
    audio.unlock();
    expect(audio.unlocked).toBe(true);
    expect(audio.engineLog.some((e) => e.event === 'loop-start' && e.id === 'amb-restaurant')).toBe(true);
  });

  it('crossfades between places and keeps one ambience sounding', () => {
    const audio = new FakeAudio({ crossfadeMs: 900 });
    audio.unlock();
    audio.setAmbience('meeting-room');
    audio.setAmbience('meeting-room'); // the same place again changes nothing
    audio.setAmbience('restaurant');
    const log = audio.engineLog;
    expect(log.filter((e) => e.event === 'loop-start').map((e) => e.event === 'loop-start' && e.id)).toEqual([
      'amb-meeting-room',
      'amb-restaurant',
    ]);
    expect(log).toContainEqual({ event: 'loop-stop', id: 'amb-meeting-room', fadeMs: 900 });
  });

  it('applies volumes per channel and mute', () => {
    const audio = new FakeAudio({ volumes: { music: 0.5, effects: 1 } });
    audio.unlock();
    audio.setAmbience('office');
    const start = audio.engineLog.find((e) => e.event === 'loop-start')!;
    audio.setVolume('music', 0);
    expect(audio.engineLog.at(-1)).toEqual({ event: 'loop-volume', id: 'amb-office', volume: 0 });
    expect(start.event === 'loop-start' && start.volume).toBeGreaterThan(0);
    audio.setMuted(true);
    expect(audio.engineLog.at(-1)).toEqual({ event: 'mute', muted: true });
  });

  it('captions meaningful sounds, never the learner’s own presses', () => {
    const audio = new FakeAudio();
    audio.unlock();
    audio.play('ui-choice');
    audio.play('cue-loss');
    audio.setAmbience('ballpark');
    expect(audio.captions.map((c) => c.sound)).toEqual(['cue-loss', 'amb-ballpark']);
    expect(audio.captions[0]!.text).toMatch(/^\[.*\]$/);
  });
});
