/**
 * A module and its checks in the learner's language (src/core/modules/text.ts): every string from
 * the table when it has it, the English one by one when it has not — never a key — and nothing a
 * score depends on (ids, lessons, the best response, the order) touched.
 */
import { describe, expect, it } from 'vitest';
import type { ModuleChecks } from '../../../../src/core/modules/checks.ts';
import type { ModuleDefinition } from '../../../../src/core/modules/module.ts';
import { localizeChecks, localizeModule, proseOf } from '../../../../src/core/modules/text.ts';

const def: ModuleDefinition = {
  id: 'm',
  title: 'Working abroad',
  summary: 'Two stories.',
  scenarios: ['a', 'b'],
  objectives: [
    { id: 'one', text: 'Ask well', scenarios: ['a'], minScore: 50 },
    { id: 'two', text: 'Listen well', scenarios: ['b'], minScore: 50 },
  ],
  passMark: 60,
  sequential: true,
};
const item = (id: string) => ({
  id,
  lesson: 'one',
  source: '000',
  quote: null,
  situation: 'You are\nin a room.\n\nA second paragraph.',
  responses: ['A', 'B', 'C', 'D'],
  best: 2,
  why: 'Because.',
});
const checks: ModuleChecks = { moduleId: 'm', before: [item('x')], after: [item('y')] };

describe('modules and checks in a language', () => {
  it('takes each of a module’s strings from the menu table, and the English for the rest', () => {
    const ja = localizeModule(def, {
      'module:m#title': '海外で働く',
      'module:m#objective:two': 'よく聴く',
      'm#summary': 'not a module key: ignored',
      'module:m#objective:one': '',
    });
    expect(ja.title).toBe('海外で働く');
    expect(ja.summary).toBe('Two stories.');
    expect(ja.objectives.map((o) => o.text)).toEqual(['Ask well', 'よく聴く']);
    expect(ja.objectives.map((o) => [o.id, o.scenarios, o.minScore])).toEqual(
      def.objectives.map((o) => [o.id, o.scenarios, o.minScore]),
    );
    expect({ ...ja, title: def.title, objectives: def.objectives }).toEqual(def);
    expect(localizeModule(def, {})).toBe(def);
    expect(localizeModule(def, null)).toBe(def);
  });

  it('takes each check string by module, item and field, and keeps ids, lessons and the best response', () => {
    const ja = localizeChecks(checks, {
      'm:x#situation': '会議室にいます。\n\n二段落目。',
      'm:x#response-3': 'ウ',
      'm:y#why': 'なぜなら。',
    });
    expect(ja.before[0]!.situation).toBe('会議室にいます。\n\n二段落目。');
    expect(ja.before[0]!.responses).toEqual(['A', 'B', 'ウ', 'D']);
    expect(ja.before[0]!.why).toBe('Because.');
    expect(ja.after[0]!.situation).toBe(checks.after[0]!.situation);
    expect(ja.after[0]!.why).toBe('なぜなら。');
    for (const phase of ['before', 'after'] as const)
      expect(ja[phase].map((i) => [i.id, i.lesson, i.best, i.source])).toEqual(
        checks[phase].map((i) => [i.id, i.lesson, i.best, i.source]),
      );
    expect(localizeChecks(checks, null)).toBe(checks);
  });

  it('reads prose as the page shows it: paragraphs kept, line breaks inside them made spaces', () => {
    expect(proseOf('  You are\n  in a room.\n\n\n  A second\tparagraph.\n')).toBe(
      'You are in a room.\n\nA second paragraph.',
    );
  });
});
