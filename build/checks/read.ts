/**
 * Reading a module's situational-judgement checks from `stories/checks/<module id>.yaml` (Node
 * only: the build, the dev server, the packaging tool). YAML because a trainer writes prose in it
 * without quoting (`situation: |` keeps paragraphs) and its parser knows the line of every value,
 * so each mistake is reported as `file:line: message — the fix`, all of them at once.
 *
 * The rules (docs/authoring.md, "Checks before and after a module"): `before` and `after` each hold
 * 4–8 items; an item has an id, the module objective it tests (`lesson`), its source (`003 "quote"`),
 * a situation, exactly four different responses, the best one (1–4) and why. The two checks are
 * parallel — the same lessons, as often, in different situations — and together they cover every
 * objective of the module. As in the stories, neither position nor length may give the answer away.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { CheckItem, CheckPhase, ModuleChecks } from '../../src/core/modules/checks.ts';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import { nearest } from '../../src/core/nearest.ts';
import { readSources } from '../ink/compile.ts';
import { giveaways } from './giveaways.ts';

export const ITEMS = { min: 4, max: 8 } as const;
const TOP_KEYS = ['before', 'after'];
const ITEM_KEYS = ['id', 'lesson', 'source', 'situation', 'responses', 'best', 'why'];
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const SOURCE = /^(\d{3})(?:\s+"(.+)")?$/s;

export class ChecksError extends Error {
  override name = 'ChecksError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

interface Context {
  file: string;
  doc: Document;
  lines: LineCounter;
  problems: string[];
}

function lineOf(c: Context, node: unknown): number {
  const range = (node as Node | undefined)?.range;
  return range ? c.lines.linePos(range[0]).line : 1;
}

function report(c: Context, node: unknown, message: string): void {
  c.problems.push(`${c.file}:${lineOf(c, node)}: ${message}`);
}

const didYouMean = (word: string, known: readonly string[]) => {
  const near = nearest(word, known);
  return near ? ` Did you mean "${near}"?` : '';
};

/** A non-empty string value at `key` of a map node, or null (reported). */
function textAt(c: Context, item: Node, key: string, where: string): string | null {
  const node = (item as { get(k: string, keep: true): unknown }).get(key, true);
  if (node === undefined) {
    report(c, item, `${where} has no "${key}" — add it.`);
    return null;
  }
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    report(
      c,
      node,
      isMap(node)
        ? `${where}: "${key}" reads as "name: value" because of a colon — write it as a block (${key}: |, then the text indented on the next lines) or in double quotes.`
        : `${where}: "${key}" must be text.`,
    );
    return null;
  }
  const text = String(value).trim();
  if (!text) report(c, node, `${where}: "${key}" is empty.`);
  return text || null;
}

function readItem(
  c: Context,
  node: unknown,
  where: string,
  def: ModuleDefinition,
  sources: ReadonlySet<string>,
): CheckItem | null {
  if (!isMap(node)) {
    report(c, node, `${where} must be an item with ${ITEM_KEYS.join(', ')}.`);
    return null;
  }
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!ITEM_KEYS.includes(key))
      report(
        c,
        pair.key,
        `${where}: unknown field "${key}".${didYouMean(key, ITEM_KEYS)} The fields are ${ITEM_KEYS.join(', ')}.`,
      );
  }
  const id = textAt(c, node, 'id', where);
  if (id && !ID.test(id))
    report(
      c,
      node.get('id', true),
      `${where}: id "${id}" must be lower-case letters, digits and dashes (at most 40).`,
    );
  const lesson = textAt(c, node, 'lesson', where);
  const objectives = def.objectives.map((o) => o.id);
  if (lesson && !objectives.includes(lesson))
    report(
      c,
      node.get('lesson', true),
      `${where}: lesson "${lesson}" is not an objective of the module "${def.id}".${didYouMean(lesson, objectives)} Its objectives: ${objectives.join(', ') || 'none — add objectives to stories/modules/' + def.id + '.json'}.`,
    );
  const source = textAt(c, node, 'source', where);
  const m = source ? SOURCE.exec(source) : null;
  if (source && !m)
    report(
      c,
      node.get('source', true),
      `${where}: source must be a source number and a quote, like 003 "the passage".`,
    );
  else if (m && !sources.has(m[1]!))
    report(
      c,
      node.get('source', true),
      `${where}: source ${m[1]} is not a known source (${[...sources].join(', ')}; see stories/sources.json).`,
    );
  const situation = textAt(c, node, 'situation', where);
  const why = textAt(c, node, 'why', where);
  const responses = readResponses(c, node, where);
  const best = readBest(c, node, where);
  if (!id || !lesson || !m || !situation || !why || !responses || best === null) return null;
  return { id, lesson, source: m[1]!, quote: m[2]?.trim() ?? null, situation, responses, best, why };
}

function readResponses(
  c: Context,
  item: { get(k: string, keep: true): unknown },
  where: string,
): string[] | null {
  const node = item.get('responses', true);
  if (node === undefined) {
    report(c, item, `${where} has no "responses" — add a list of four.`);
    return null;
  }
  if (!isSeq(node) || node.items.length !== 4) {
    const key = isMap(item)
      ? item.items.find((p) => isScalar(p.key) && p.key.value === 'responses')?.key
      : node;
    report(
      c,
      key,
      `${where}: "responses" must be a list of exactly four (found ${isSeq(node) ? node.items.length : 'no list'}).`,
    );
    return null;
  }
  const texts = node.items.map((r) => (isScalar(r) && typeof r.value === 'string' ? r.value.trim() : ''));
  texts.forEach((t, i) => {
    if (!t)
      report(
        c,
        node.items[i],
        isMap(node.items[i])
          ? `${where}: response ${i + 1} reads as "name: value" because of its colon — put the response in double quotes.`
          : `${where}: response ${i + 1} must be text.`,
      );
    else if (texts.indexOf(t) !== i)
      report(c, node.items[i], `${where}: response ${i + 1} repeats response ${texts.indexOf(t) + 1}.`);
  });
  return texts.every((t, i) => t && texts.indexOf(t) === i) ? texts : null;
}

function readBest(c: Context, item: { get(k: string, keep: true): unknown }, where: string): number | null {
  const node = item.get('best', true);
  const value = isScalar(node) ? node.value : undefined;
  if (node === undefined)
    report(c, item, `${where} has no "best" — add the number (1–4) of the best response.`);
  else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 4)
    report(
      c,
      node,
      `${where}: "best" must be the number of the best response, 1 to 4 (got ${JSON.stringify(value ?? null)}).`,
    );
  else return value - 1;
  return null;
}

function readPhase(
  c: Context,
  phase: CheckPhase,
  def: ModuleDefinition,
  sources: ReadonlySet<string>,
): { items: CheckItem[]; nodes: unknown[] } {
  const node = c.doc.get(phase, true);
  if (!isSeq(node)) {
    report(c, node ?? c.doc.contents, `"${phase}" must be a list of ${ITEMS.min}–${ITEMS.max} items.`);
    return { items: [], nodes: [] };
  }
  if (node.items.length < ITEMS.min || node.items.length > ITEMS.max)
    report(c, node, `"${phase}" has ${node.items.length} items; a check has ${ITEMS.min}–${ITEMS.max}.`);
  const items: CheckItem[] = [];
  const nodes: unknown[] = [];
  node.items.forEach((n, i) => {
    const item = readItem(c, n, `${phase} item ${i + 1}`, def, sources);
    if (item) {
      items.push(item);
      nodes.push(n);
    }
  });
  return { items, nodes };
}

/** Parse and validate one checks file; throws ChecksError listing every problem with its line. */
export function parseChecks(
  text: string,
  file: string,
  def: ModuleDefinition,
  sources: ReadonlySet<string>,
): ModuleChecks {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const c: Context = { file, doc, lines, problems: [] };
  for (const e of doc.errors)
    c.problems.push(
      `${file}:${lines.linePos(e.pos[0]).line}: not valid YAML: ${e.message.split('\n')[0]}. Check the indentation and that each item starts with "- ".`,
    );
  if (c.problems.length) throw new ChecksError(c.problems);
  if (!isMap(doc.contents))
    throw new ChecksError([`${file}:1: a checks file has two lists, "before:" and "after:".`]);
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!TOP_KEYS.includes(key))
      report(
        c,
        pair.key,
        `unknown section "${key}".${didYouMean(key, TOP_KEYS)} A checks file has "before:" and "after:".`,
      );
  }
  const before = readPhase(c, 'before', def, sources);
  const after = readPhase(c, 'after', def, sources);
  if (!c.problems.length) {
    parallel(c, before.items, after.items, def);
    for (const [phase, read] of [
      ['before', before],
      ['after', after],
    ] as const)
      for (const g of giveaways(read.items)) report(c, c.doc.get(phase, true), `"${phase}": ${g}`);
  }
  if (c.problems.length) throw new ChecksError(c.problems);
  return { moduleId: def.id, before: before.items, after: after.items };
}

/** The same lessons as often before and after, different situations, every objective covered. */
function parallel(c: Context, before: CheckItem[], after: CheckItem[], def: ModuleDefinition): void {
  const ids = new Map<string, string>();
  for (const [phase, items] of [
    ['before', before],
    ['after', after],
  ] as const)
    items.forEach((item, i) => {
      const seen = ids.get(item.id);
      if (seen)
        report(
          c,
          c.doc.getIn([phase, i, 'id'], true),
          `id "${item.id}" is used twice (also ${seen}); each item needs its own.`,
        );
      ids.set(item.id, `${phase} item ${i + 1}`);
      const twin = (phase === 'after' ? before : []).find((b) => b.situation === item.situation);
      if (twin)
        report(
          c,
          c.doc.getIn([phase, i, 'situation'], true),
          `after item ${i + 1} repeats the situation of before item "${twin.id}"; the closing check needs new situations on the same lessons.`,
        );
    });
  const count = (items: CheckItem[]) => {
    const m = new Map<string, number>();
    for (const i of items) m.set(i.lesson, (m.get(i.lesson) ?? 0) + 1);
    return m;
  };
  const b = count(before);
  const a = count(after);
  for (const lesson of new Set([...b.keys(), ...a.keys()]))
    if ((b.get(lesson) ?? 0) !== (a.get(lesson) ?? 0))
      report(
        c,
        c.doc.get('after', true),
        `lesson "${lesson}" has ${b.get(lesson) ?? 0} item(s) before and ${a.get(lesson) ?? 0} after; the two checks must test the same lessons as often.`,
      );
  for (const o of def.objectives)
    if (!b.has(o.id))
      report(
        c,
        c.doc.get('before', true),
        `objective "${o.id}" of the module has no item; add one before and one after ("${o.text}").`,
      );
}

/** Every `stories/checks/*.yaml`, for the modules that exist; throws ChecksError with all problems. */
export function readChecksFiles(
  storiesDir: string,
  modules: readonly ModuleDefinition[],
  sources: ReadonlySet<string>,
): ModuleChecks[] {
  const dir = join(storiesDir, 'checks');
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const out: ModuleChecks[] = [];
  for (const f of readdirSync(dir).sort()) {
    const file = join('stories', 'checks', f);
    if (f.endsWith('.yml')) {
      problems.push(`${file}:1: name checks files .yaml (rename it to ${f.replace(/\.yml$/, '.yaml')}).`);
      continue;
    }
    if (!f.endsWith('.yaml')) continue;
    const id = basename(f, '.yaml');
    const def = modules.find((m) => m.id === id);
    if (!def) {
      const ids = modules.map((m) => m.id);
      problems.push(
        `${file}:1: no module "${id}" — a checks file is named after its module's id.${didYouMean(id, ids)} Modules: ${ids.join(', ')}.`,
      );
      continue;
    }
    try {
      out.push(parseChecks(readFileSync(join(dir, f), 'utf8'), file, def, sources));
    } catch (e) {
      if (e instanceof ChecksError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new ChecksError(problems);
  return out;
}

/** The checks of every module in `storiesDir` (modules and sources read from there too). */
export function readAllChecks(storiesDir: string, modules: readonly ModuleDefinition[]): ModuleChecks[] {
  const sources = readSources(storiesDir);
  return readChecksFiles(storiesDir, modules, new Set(sources?.keys() ?? []));
}
