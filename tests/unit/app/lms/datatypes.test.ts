import { describe, expect, it } from 'vitest';
import {
  choiceLetter,
  isoDuration,
  SCORM12_IDENTIFIER,
  SCORM12_TIME,
  SCORM12_TIMESPAN,
  scorm12Time,
  scorm12Timespan,
  SCORM2004_LANG_STRING_250,
  SCORM2004_LONG_IDENTIFIER,
  SCORM2004_SHORT_IDENTIFIER,
  SCORM2004_TIME,
  SCORM2004_TIMEINTERVAL,
  scorm2004Time,
  toLangString250,
  toLongIdentifier,
  toScorm12Identifier,
  toShortIdentifier,
} from '../../../../src/app/lms/datatypes.ts';
import { responseId } from '../../../../src/app/lms/attempt.ts';
import { HOSTILE_TEXTS } from './helpers.ts';

describe('SCORM session time', () => {
  it('writes SCORM 1.2 CMITimespan as HHHH:MM:SS.SS', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(1500)).toBe('0000:00:01.50');
    expect(scorm12Timespan(3_723_450)).toBe('0001:02:03.45');
    expect(scorm12Timespan(10_001 * 3_600_000)).toBe('9999:59:59.99');
    for (const ms of [0, 999, 59_999, 3_600_000, 86_400_000 * 3])
      expect(scorm12Timespan(ms)).toMatch(SCORM12_TIMESPAN);
  });

  it('writes SCORM 2004 and xAPI durations as ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1500)).toBe('PT1.5S');
    expect(isoDuration(60_000)).toBe('PT1M');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(90_000_000)).toBe('PT25H');
    for (const ms of [0, 10, 999, 61_000, 3_600_000]) expect(isoDuration(ms)).toMatch(SCORM2004_TIMEINTERVAL);
  });

  it('writes clock times and timestamps in each standard’s form', () => {
    const at = new Date('2026-03-01T09:05:07.123Z');
    expect(scorm12Time(at)).toMatch(SCORM12_TIME);
    expect(scorm2004Time(at)).toBe('2026-03-01T09:05:07.12Z');
    expect(scorm2004Time(at)).toMatch(SCORM2004_TIME);
  });
});

describe('identifiers from choice text (quotes, newlines, CJK, emoji)', () => {
  it('makes every text a valid identifier for each standard, and keeps distinct texts distinct', () => {
    const ids12 = new Set<string>();
    const short = new Set<string>();
    for (const text of HOSTILE_TEXTS) {
      const a = toScorm12Identifier(`lost-face/${text}`);
      expect(a).toMatch(SCORM12_IDENTIFIER);
      ids12.add(a);
      expect(toShortIdentifier(responseId(1, text))).toMatch(SCORM2004_SHORT_IDENTIFIER);
      short.add(toShortIdentifier(text));
      expect(toLongIdentifier(`lost-face/${text}`)).toMatch(SCORM2004_LONG_IDENTIFIER);
      expect(toLongIdentifier(`lost-face/${text}`).length).toBeLessThanOrEqual(4000);
    }
    expect(ids12.size).toBe(HOSTILE_TEXTS.length);
    expect(short.size).toBe(HOSTILE_TEXTS.length);
  });

  it('names options by letter and ASCII words', () => {
    expect(choiceLetter(0)).toBe('a');
    expect(choiceLetter(25)).toBe('z');
    expect(choiceLetter(26)).toBe('0');
    expect(choiceLetter(36)).toBeNull();
    expect(responseId(1, 'Read "rather attached" as the serious worry it is')).toBe(
      'b-read-rather-attached-as-the-serious',
    );
    expect(responseId(0, '请您先看一下这个计划')).toBe('a');
    expect(toShortIdentifier('b-ask-him-privately')).toBe('b-ask-him-privately');
    expect(toScorm12Identifier('south-of-london/the_ask.0.19')).toBe('south-of-london_the_ask_0_19');
    expect(toLongIdentifier('south-of-london/the_ask.0.19')).toBe('urn:rapport:south-of-london/the_ask.0.19');
    expect(responseId(2, 'Café — déjà vu')).toBe('c-cafe-deja-vu');
  });

  it('keeps the real text, on one line and within 250 characters, in SCORM 2004 descriptions', () => {
    for (const text of HOSTILE_TEXTS) {
      const d = toLangString250(text);
      expect(d).toMatch(SCORM2004_LANG_STRING_250);
      expect(d.length - '{lang=en}'.length).toBeLessThanOrEqual(250);
      // No lone surrogate: an emoji is never cut in half.
      expect(d).toBe(d.toWellFormed());
    }
    expect(toLangString250('He said "好"\nthen 🙂')).toBe('{lang=en}He said "好" then 🙂');
    expect(toLangString250('🙂'.repeat(200)).endsWith('🙂…')).toBe(true);
  });
});
