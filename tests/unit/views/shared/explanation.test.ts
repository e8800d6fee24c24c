/**
 * The model's explanations said through the interface catalog (views/shared/explanation.ts): over
 * every story's golden best and worst play-through, each record's parts rendered in English are,
 * word for word, the model's own English sentence — so a translation of the `model.*` messages
 * says exactly what the model means — and every part names a message the catalog has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choicesOf } from '../../../../build/analysis/golden.ts';
import { replay } from '../../../../src/core/session/replay.ts';
import { en } from '../../../../src/l10n/en.ts';
import { explanationText } from '../../../../src/views/shared/explanation.ts';
import { loadStory } from '../../app/lms/helpers.ts';

const golden = resolve(__dirname, '../../../golden');
const stories = readdirSync(resolve(__dirname, '../../../../stories'))
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.replace(/\.ink$/, ''));

describe('the model’s explanations in the learner’s language', () => {
  it('say in English exactly what the model says, over every story’s best and worst path', () => {
    const keys = new Set<string>();
    let n = 0;
    for (const id of stories) {
      const story = loadStory(id);
      for (const kind of ['best', 'worst']) {
        const session = replay(story, choicesOf(readFileSync(resolve(golden, `${id}.${kind}.txt`), 'utf8')));
        for (const r of session.records) {
          expect(r.words, `${id} ${kind}: ${r.explanation}`).toBeDefined();
          keys.add(r.words!.key);
          expect(explanationText(r)).toBe(r.explanation);
          n++;
        }
        for (const m of session.current.outcome?.debrief.moments ?? [])
          expect(explanationText(m)).toBe(m.explanation);
      }
    }
    expect(n).toBeGreaterThan(500);
    for (const key of keys) expect(key in en, key).toBe(true);
    // The stories reach most kinds of explanation.
    expect(keys.size).toBeGreaterThanOrEqual(8);
  }, 180_000); // compiles every story

  it('name the counterpart as the story’s translation does, and leave a record without a name as it is', () => {
    const story = loadStory('lost-face');
    const session = replay(story, choicesOf(readFileSync(resolve(golden, 'lost-face.best.txt'), 'utf8')));
    const act = session.records.find((r) => r.who === 'wang' && r.words?.params.name === 'Wang Haitao')!;
    expect(explanationText(act)).toContain('Wang Haitao');
    const translated = explanationText(act, { wang: '王海涛' });
    expect(translated).toContain('王海涛');
    expect(translated).not.toContain('Wang Haitao');
    expect(translated).toBe(act.explanation.replace('Wang Haitao', '王海涛'));
  }, 60_000);
});
