/**
 * What the game says about progress and problems is said in the learner's language
 * (views/page/banners.ts `said`): each storage problem, restore outcome, import refusal and story
 * problem carries the key of an interface message whose English is the game's own English text —
 * so a learner in English reads exactly what they read before, and one in another language the
 * translation — and before the messages load, the English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { allMessages, setLanguage } from '../../../../src/l10n/index.ts';
import { said } from '../../../../src/views/page/banners.ts';
import { problem } from '../../../../src/platform/storage/problems.ts';
import { parseExportFile } from '../../../../src/app/persist/transfer.ts';
import { RESTORE_MESSAGES } from '../../../../src/app/persist/restore.ts';
import { describeProblem } from '../../../../src/app/problem-words.ts';
import {
  parseCmi5Params,
  refused,
  unreachable,
  type LaunchProblem,
} from '../../../../src/app/lms/cmi5-launch.ts';
import { LAUNCH_WORDS } from '../../../../src/views/page/lms-page.ts';

afterEach(async () => {
  await setLanguage('en');
  await allMessages();
});

const storageProblems = [
  problem.unavailable('x'),
  problem.quota('x'),
  problem.tooLarge(5000, 2048),
  problem.conflict('x'),
  problem.newerVersion('save', 9),
  problem.newerVersion('profile', 9),
  problem.damaged('x'),
  problem.setAside('save', 'x'),
  problem.setAside('profile', 'x'),
  problem.setAside('part of the profile', 'x'),
  problem.invalid('x'),
  problem.failed('x'),
];

describe('progress and problems in the learner’s language', () => {
  it('says each storage problem in English exactly as the game’s own text', async () => {
    await allMessages();
    for (const p of storageProblems)
      expect(said(p.words, '(not loaded)'), p.words.key).toBe(
        p.message
          .replace(/A damaged save was/, 'A damaged saved play-through was')
          .replace(/A damaged profile was/, 'A damaged progress record was')
          .replace(/A damaged part of the profile was/, 'A damaged part of your progress record was')
          .replace(/This save was saved/, 'This saved play-through was saved')
          .replace(/This profile was saved/, 'Your progress record was saved'),
      );
  });

  it('says the import refusals and the restore outcomes as the game’s own English', async () => {
    await allMessages();
    for (const text of ['', '{', '{"format":"other"}', 'x'.repeat(9_000_000)]) {
      const refused = parseExportFile(text);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(said(refused.words, '(not loaded)')).toBe(refused.message);
    }
    for (const [name, english] of Object.entries(RESTORE_MESSAGES))
      expect(said({ key: `problem.restore.${name as keyof typeof RESTORE_MESSAGES}` }, '')).toBe(english);
    for (const e of [new TypeError('Failed to fetch dynamically imported module'), new Error('boom')]) {
      const p = describeProblem(e, 'Lost face');
      expect([said(p.words?.title, ''), said(p.words?.fix, '')]).toEqual([p.title, p.fix]);
    }
  });

  it('says them in another language; without words, as given', async () => {
    expect(said(undefined, 'As given')).toBe('As given');
    const quota = problem.quota('QuotaExceededError');
    await setLanguage('en-XA');
    await allMessages();
    const pseudo = said(quota.words, quota.message);
    expect(pseudo).not.toBe(quota.message);
    expect(pseudo).toMatch(/^\[.+\]$/su);
  });

  it('says a failed LMS launch’s title and what to do as the launch code’s own English', async () => {
    await allMessages();
    const problems = [
      parseCmi5Params('endpoint=https://lrs.example/'),
      parseCmi5Params('endpoint=not a url&fetch=x&actor=%7B&registration=r&activityId=a'),
      unreachable(new Error('offline')),
      refused(401),
    ] as LaunchProblem[];
    expect(problems.map((p) => p.code)).toEqual([
      'missing-parameters',
      'bad-parameters',
      'unreachable',
      'refused',
    ]);
    for (const p of problems) {
      const words = LAUNCH_WORDS[p.code];
      expect([said({ key: words.title }, ''), said({ key: words.fix }, '')], p.code).toEqual([
        p.title,
        p.fix,
      ]);
    }
  });
});
