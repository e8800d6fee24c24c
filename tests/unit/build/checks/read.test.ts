import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChecksError, parseChecks, readChecksFiles } from '../../../../build/checks/read.ts';
import type { ModuleDefinition } from '../../../../src/core/modules/module.ts';

const def: ModuleDefinition = {
  id: 'asia',
  title: 'Asia',
  summary: '',
  scenarios: ['lost-face', 'the-president'],
  objectives: [
    { id: 'face', text: 'Save face', scenarios: ['lost-face'], minScore: 50 },
    { id: 'hierarchy', text: 'Reach the top', scenarios: ['the-president'], minScore: 50 },
  ],
  passMark: 50,
  sequential: true,
};
const sources = new Set(['000', '001']);

/** An item in YAML; `best` 1–4 and response texts of varied length so no giveaway by default. */
function item(id: string, lesson: string, best: number, extra = ''): string {
  const lengths = [
    'Short one.',
    'A somewhat longer response.',
    'Mid length answer.',
    'The longest response of the four here.',
  ];
  return [
    `  - id: ${id}`,
    `    lesson: ${lesson}`,
    `    source: 000 "lose face"`,
    `    situation: |`,
    `      Situation ${id} happens.`,
    `    responses:`,
    ...lengths.map((t) => `      - ${t} (${id})`),
    `    best: ${best}`,
    `    why: Because.`,
    extra,
  ]
    .filter(Boolean)
    .join('\n');
}

const goodBefore = [
  item('b1', 'face', 1),
  item('b2', 'hierarchy', 2),
  item('b3', 'face', 3),
  item('b4', 'hierarchy', 2),
];
const goodAfter = [
  item('a1', 'face', 3),
  item('a2', 'hierarchy', 1),
  item('a3', 'face', 2),
  item('a4', 'hierarchy', 3),
];
const file = (before = goodBefore, after = goodAfter) =>
  `before:\n${before.join('\n')}\nafter:\n${after.join('\n')}\n`;

function problems(text: string): string[] {
  try {
    parseChecks(text, 'stories/checks/asia.yaml', def, sources);
  } catch (e) {
    if (e instanceof ChecksError) return e.problems;
    throw e;
  }
  return [];
}

describe('module checks files', () => {
  it('reads a good file: four responses, best 0-based, the quote kept', () => {
    const checks = parseChecks(file(), 'stories/checks/asia.yaml', def, sources);
    expect(checks.before).toHaveLength(4);
    expect(checks.after[0]).toMatchObject({
      id: 'a1',
      lesson: 'face',
      best: 2,
      source: '000',
      quote: 'lose face',
    });
    expect(checks.before[0]!.responses).toHaveLength(4);
    expect(checks.before[0]!.situation).toBe('Situation b1 happens.');
  });

  it('names the line and the fix for a misspelt field, with "did you mean"', () => {
    const bad = file([item('b1', 'face', 1).replace('lesson:', 'leson:'), ...goodBefore.slice(1)]);
    const p = problems(bad);
    expect(
      p.some((m) =>
        /^stories\/checks\/asia\.yaml:3: before item 1: unknown field "leson"\. Did you mean "lesson"\?/.test(
          m,
        ),
      ),
    ).toBe(true);
    expect(p.some((m) => /before item 1 has no "lesson"/.test(m))).toBe(true);
  });

  it('refuses a lesson that is not an objective, suggesting the nearest', () => {
    const p = problems(file([item('b1', 'fase', 1), ...goodBefore.slice(1)]));
    expect(p).toContainEqual(
      expect.stringMatching(
        /asia\.yaml:3: before item 1: lesson "fase" is not an objective .* Did you mean "face"\?/,
      ),
    );
  });

  it('needs exactly four different responses and a best from 1 to 4', () => {
    const three = item('b1', 'face', 1).replace(/\n {6}- The longest[^\n]*/, '');
    expect(problems(file([three, ...goodBefore.slice(1)]))).toContainEqual(
      expect.stringMatching(/:7: before item 1: "responses" must be a list of exactly four \(found 3\)/),
    );
    expect(problems(file([item('b1', 'face', 5), ...goodBefore.slice(1)]))).toContainEqual(
      expect.stringMatching(
        /:12: before item 1: "best" must be the number of the best response, 1 to 4 \(got 5\)/,
      ),
    );
    const twice = item('b1', 'face', 1).replace('Short one. (b1)', 'Mid length answer. (b1)');
    expect(problems(file([twice, ...goodBefore.slice(1)]))).toContainEqual(
      expect.stringMatching(/response 3 repeats response 1/),
    );
  });

  it('holds each check to 4–8 items and the two checks to the same lessons', () => {
    expect(problems(file(goodBefore.slice(0, 3), goodAfter.slice(0, 3)))).toContainEqual(
      expect.stringMatching(/"before" has 3 items; a check has 4–8/),
    );
    const skewed = [
      item('a1', 'face', 3),
      item('a2', 'face', 1),
      item('a3', 'face', 2),
      item('a4', 'hierarchy', 3),
    ];
    expect(problems(file(goodBefore, skewed))).toContainEqual(
      expect.stringMatching(/lesson "face" has 2 item\(s\) before and 3 after/),
    );
  });

  it('covers every objective, with new situations after and unique ids', () => {
    const allFace = [
      item('b1', 'face', 1),
      item('b2', 'face', 2),
      item('b3', 'face', 3),
      item('b4', 'face', 2),
    ];
    const allFaceAfter = [
      item('a1', 'face', 1),
      item('a2', 'face', 2),
      item('a3', 'face', 3),
      item('a4', 'face', 2),
    ];
    expect(problems(file(allFace, allFaceAfter))).toContainEqual(
      expect.stringMatching(/objective "hierarchy" of the module has no item/),
    );
    const reused = [item('b1', 'face', 3), ...goodAfter.slice(1)];
    const p = problems(file(goodBefore, reused));
    expect(p).toContainEqual(expect.stringMatching(/id "b1" is used twice/));
    expect(p).toContainEqual(expect.stringMatching(/after item 1 repeats the situation of before item "b1"/));
  });

  it('fails a check whose answers sit in one position or are always the longest', () => {
    const first = [
      item('b1', 'face', 1),
      item('b2', 'hierarchy', 1),
      item('b3', 'face', 1),
      item('b4', 'hierarchy', 2),
    ];
    expect(problems(file(first))).toContainEqual(
      expect.stringMatching(/"before": the best response is the first in 3 of 4 items/),
    );
    const longest = [
      item('b1', 'face', 4),
      item('b2', 'hierarchy', 4),
      item('b3', 'face', 4),
      item('b4', 'hierarchy', 2),
    ];
    const p = problems(file(longest));
    expect(p).toContainEqual(expect.stringMatching(/the best response is the longest in 3 of 4 items/));
  });

  it('reports broken YAML with its line, and an unknown source', () => {
    expect(problems('before:\n  - id: x\n   lesson: face\n')).toContainEqual(
      expect.stringMatching(/^stories\/checks\/asia\.yaml:\d+: not valid YAML/),
    );
    expect(
      problems(file([item('b1', 'face', 1).replace('000 "lose face"', '042 "x"'), ...goodBefore.slice(1)])),
    ).toContainEqual(expect.stringMatching(/source 042 is not a known source \(000, 001/));
  });

  it('reads stories/checks/*.yaml for the modules that exist and names a stray file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'checks-'));
    mkdirSync(join(dir, 'checks'));
    writeFileSync(join(dir, 'checks', 'asia.yaml'), file());
    expect(readChecksFiles(dir, [def], sources).map((c) => c.moduleId)).toEqual(['asia']);
    writeFileSync(join(dir, 'checks', 'asai.yaml'), file());
    expect(() => readChecksFiles(dir, [def], sources)).toThrow(
      /stories\/checks\/asai\.yaml:1: no module "asai".*Did you mean "asia"\?/,
    );
  });
});

describe('module checks files: what a trainer types', () => {
  it('says to quote a response that YAML reads as "name: value"', () => {
    const colon = item('b1', 'face', 1).replace('- Short one. (b1)', '- Note: bow first (b1)');
    expect(problems(file([colon, ...goodBefore.slice(1)]))).toContainEqual(
      expect.stringMatching(
        /before item 1: response 1 reads as "name: value" because of its colon — put the response in double quotes/,
      ),
    );
  });
  it('refuses a .yml file, naming the .yaml it should be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'checks-'));
    mkdirSync(join(dir, 'checks'));
    writeFileSync(join(dir, 'checks', 'asia.yml'), file());
    expect(() => readChecksFiles(dir, [def], sources)).toThrow(
      /asia\.yml:1: name checks files \.yaml \(rename it to asia\.yaml\)/,
    );
  });
});
