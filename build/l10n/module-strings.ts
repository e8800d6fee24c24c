/**
 * The words of the modules and their checks a learner reads (docs/translating.md, "Modules and
 * checks"): each module's title, summary and objectives (`stories/modules/*.json`), and each
 * situational-judgement check item's situation, four responses and why
 * (`stories/checks/<module>.yaml`). They go to two PO files per language beside the stories' —
 * `translations/<lang>/modules.po` and `translations/<lang>/checks.po` — with the same keys, notes,
 * source hashes, fuzzy marks and status as a story's, and compile into tables the same way
 * (tables.ts). Two files, not one per module: the menu shows every module's title at once (one
 * small table per language, in the menu's chunk), while the checks are most of the words and a
 * translator's job of their own (each module's check is a chunk of its own at run time).
 *
 * Keys (never change them):
 *
 * | key | what |
 * |---|---|
 * | `asia-partners#title`, `#summary` | a module's title and summary |
 * | `asia-partners#objective:face` | a module's objective, by its id |
 * | `asia-partners:card-order#situation` | a check item's situation, by module and item id |
 * | `asia-partners:card-order#response-2` | its second response (in the order the file lists them) |
 * | `asia-partners:card-order#why` | why the best response is best |
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckItem, CheckPhase, ModuleChecks } from '../../src/core/modules/checks.ts';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import { checkTextKey, moduleTextKey, proseOf } from '../../src/core/modules/text.ts';
import { readAllChecks } from '../checks/read.ts';
import { readModulesIn } from '../module-files.ts';
import type { SourceEntry, StoryStrings } from './units.ts';

/** The PO files' names (`translations/<lang>/modules.po`), beside the stories' own. */
export const MODULES = 'modules';
export const CHECKS = 'checks';
/** Names no story may have: their PO files would be these. */
export const RESERVED = [MODULES, CHECKS, 'interface'] as const;

/** The 1-based line of the first line of `text` matching `pattern` (1 when none does). */
function lineOf(text: string, pattern: RegExp, from = 0): number {
  const lines = text.split('\n');
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (pattern.test(lines[i]!)) return i + 1;
  return from || 1;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The translatable strings of every module (`stories/modules/*.json`), in file order. */
export function moduleStrings(
  root: string,
  modules?: readonly ModuleDefinition[],
  dir = join(root, 'stories'),
): StoryStrings {
  let defs: readonly ModuleDefinition[];
  try {
    defs = modules ?? readModulesIn(dir);
  } catch (e) {
    return { entries: [], errors: [`error: ${(e as Error).message}`] };
  }
  const entries: SourceEntry[] = [];
  for (const m of defs) {
    const file = relative(root, join(dir, 'modules', `${m.id}.json`)).replaceAll('\\', '/');
    let text = '';
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      // A module given by the caller (a one-story package's): no file to point at.
    }
    const ref = (pattern: RegExp, from = 0) => `${file}:${lineOf(text, pattern, from)}`;
    const scenarios = `scenarios: ${m.scenarios.join(', ')}`;
    entries.push({
      key: moduleTextKey(m.id, 'title'),
      source: m.title,
      reference: ref(/"title"\s*:/),
      notes: [
        'kind: module title, on its menu card, the module summary, the check screens and in the learning platform (LMS)',
        scenarios,
      ],
    });
    if (m.summary)
      entries.push({
        key: moduleTextKey(m.id, 'summary'),
        source: m.summary,
        reference: ref(/"summary"\s*:/),
        notes: [
          'kind: module summary, on its menu card under the title, on the module summary and in the learning platform',
          `module: ${m.title}`,
        ],
      });
    const objectivesAt = lineOf(text, /"objectives"\s*:/);
    for (const o of m.objectives)
      entries.push({
        key: moduleTextKey(m.id, 'objective', o.id),
        source: o.text,
        reference: ref(new RegExp(`"id"\\s*:\\s*"${escape(o.id)}"`), objectivesAt),
        notes: [
          'kind: learning objective, on the module summary (met / not yet) and as a lesson after the closing check: what the learner can do, an instruction without a subject',
          `module: ${m.title}`,
          `shown by: ${o.scenarios.join(', ')}`,
        ],
      });
  }
  return { entries, errors: [] };
}

const PHASE_NOTE: Record<CheckPhase, string> = {
  before: 'check: the opening check, answered before the first scenario (no answers shown)',
  after: 'check: the closing check, after the last scenario (then each answer is marked, with why)',
};

/** The translatable strings of every module's checks (`stories/checks/<module>.yaml`), in file order. */
export function checkStrings(
  root: string,
  modules?: readonly ModuleDefinition[],
  dir = join(root, 'stories'),
): StoryStrings {
  let all: ModuleChecks[];
  let defs: readonly ModuleDefinition[];
  try {
    defs = modules ?? readModulesIn(dir);
    all = readAllChecks(dir, defs);
  } catch (e) {
    return { entries: [], errors: [`error: ${(e as Error).message}`] };
  }
  const entries: SourceEntry[] = [];
  for (const checks of all) {
    const def = defs.find((m) => m.id === checks.moduleId);
    if (!def) continue; // a module left out by the caller (an LMS package of another module)
    const file = relative(root, join(dir, 'checks', `${checks.moduleId}.yaml`)).replaceAll('\\', '/');
    const text = readFileSync(join(root, file), 'utf8');
    for (const phase of ['before', 'after'] as const)
      for (const item of checks[phase]) entries.push(...itemEntries(def, phase, item, file, text));
  }
  return { entries, errors: [] };
}

function itemEntries(
  def: ModuleDefinition,
  phase: CheckPhase,
  item: CheckItem,
  file: string,
  text: string,
): SourceEntry[] {
  const at = lineOf(text, new RegExp(`^\\s*-\\s*id:\\s*${escape(item.id)}\\s*$`));
  const ref = (field: RegExp) => `${file}:${lineOf(text, field, at)}`;
  const lesson = def.objectives.find((o) => o.id === item.lesson)?.text ?? item.lesson;
  const context = [`module: ${def.title}`, PHASE_NOTE[phase], `lesson: ${lesson}`];
  const key = (field: string) => checkTextKey(def.id, item.id, field);
  return [
    {
      key: key('situation'),
      source: proseOf(item.situation),
      reference: ref(/^\s*situation:/),
      notes: [
        'kind: the situation of a situational-judgement item: the learner reads it, then picks one of four responses (second person: "You are …"); paragraphs are separated by a blank line',
        ...context,
      ],
    },
    ...item.responses.map((response, i) => ({
      key: key(`response-${i + 1}`),
      source: proseOf(response),
      reference: ref(/^\s*responses:/),
      notes: [
        `kind: response ${i + 1} of 4 to the situation above (what the learner would do)${i === item.best ? '; the best response' : ''}. Neither length nor tone may give the best one away: keep the four alike`,
        `situation: ${proseOf(item.situation).slice(0, 160)}…`,
        ...context,
      ],
    })),
    {
      key: key('why'),
      source: proseOf(item.why),
      reference: ref(/^\s*why:/),
      notes: [
        `kind: why response ${item.best + 1} is the best, shown after the closing check under the learner's answer`,
        ...context,
      ],
    },
  ];
}
