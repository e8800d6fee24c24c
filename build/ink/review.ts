/**
 * The build's first review of a story: the mistakes an author makes with Rapport's tags and
 * vocabulary, found in ink's parsed story (file and line of every piece) before anything plays.
 *
 * - a choice without a `# coach:` note; an ending with fewer than 3 or more than 5 `# learn:` points;
 * - a tag the game does not know (with "did you mean"); a `# speaker:` that is nearly a counterpart;
 * - a counterpart the vocabulary is asked about but that is never declared with `counterpart(…)`;
 * - a learning point citing a source that is not among the story's `# seeds:` or the known sources;
 * - a line id (`# id:`, lines.ts) that two lines or choices share; a line or choice without one,
 *   in a story that has ids (or that `npm run check` holds to them: those in stories/);
 * - (a warning) someone speaking in a scene the story has taken them out of (presence.ts);
 * - and, for the compiler's own errors, the function or knot the author probably meant and the
 *   argument a call is missing.
 *
 * One message per cause, each with the fix. Plain ink — a story that uses none of Rapport's tags
 * (coach, ending, learn) or vocabulary words (counterpart, meeting, gain, …) — is not held to these
 * rules, so a story written for Inky still builds and plays. The parsed story is inkjs's compiler
 * hierarchy (inkjs/full): this file reads only its public getters (typeName, content,
 * debugMetadata, name, args, identifier), and tests/unit/build/ink/review.test.ts fails if an
 * inkjs update changes them.
 */
import { DIMENSIONS } from '../../src/core/model/types.ts';
import { VOCABULARY, VOCABULARY_NAMES } from '../../src/core/model/vocabulary.ts';
import { nearest } from '../../src/core/nearest.ts';
import { KNOWN_TAGS, parseLearningPoint, parseTag } from '../../src/core/story/tags.ts';
import type { InkDiagnostic } from './diagnostic.ts';
import { allIdTags, gluedLines, textUnits, type IdTag } from './lines.ts';
import { flatten, tagText, textOf, type Parsed } from './parsed.ts';
import { reviewPresence } from './presence.ts';
import { untranslatable, untranslatableMessage } from '../l10n/units.ts';

export type { Parsed };

/** How many learning points an ending carries (docs/authoring.md). */
export const LEARN_PER_ENDING = { min: 3, max: 5 } as const;

interface Where {
  file: string;
  line: number | null;
}

interface FoundTag extends Where {
  name: string;
  value: string;
  /** The knot it is in (null at the top of the story). */
  knot: string | null;
  /** The text of the line before its tags (what the learner reads), as far as it is plain text. */
  text: string;
}

/** Everything the rules look at, gathered in one walk of the parsed story. */
export interface Facts {
  tags: FoundTag[];
  choices: (Where & { hasCoach: boolean })[];
  /** Calls, with their literal string arguments (null where an argument is not a literal string). */
  calls: (Where & { name: string; first: string | null; strings: (string | null)[] })[];
  /** Functions and EXTERNALs by name, with their parameter names. */
  functions: Map<string, string[]>;
  knots: string[];
}

export interface ReviewOptions {
  /** Known source ids ("003") → their file names; null when the project keeps no list. */
  sources?: ReadonlyMap<string, string> | null;
  /** Hold the story to line ids even if it has none yet (`npm run check`, for stories/). */
  requireIds?: boolean;
}

/** Review a compiled story: the diagnostics (errors) for every mistake found. */
export function reviewStory(
  parsedStory: unknown,
  fallbackFile: string,
  options: ReviewOptions = {},
): InkDiagnostic[] {
  const facts = gather(parsedStory as Parsed, fallbackFile);
  const declared = new Set(
    facts.calls.filter((c) => c.name === 'counterpart' && c.first).map((c) => c.first!),
  );
  // A word that changes the relationship makes it a Rapport story (a story may read meters of its own).
  const events = new Set(VOCABULARY_NAMES);
  const words = vocabularyWords(facts);
  const rapportStory =
    declared.size > 0 ||
    facts.calls.some((c) => words.has(c.name) && events.has(c.name)) ||
    facts.tags.some((t) => t.name === 'coach' || t.name === 'ending' || t.name === 'learn');
  if (!rapportStory) return [];
  const out: InkDiagnostic[] = [];
  const error = (at: Where, message: string) =>
    out.push({ severity: 'error', file: at.file, line: at.line, message });
  const warn = (at: Where, message: string) =>
    out.push({ severity: 'warning', file: at.file, line: at.line, message });

  for (const c of facts.choices)
    if (!c.hasCoach)
      error(
        c,
        'this choice has no coach note. Add "# coach: <why this choice lands as it does>" inside its brackets, e.g. * [Ask what the date would take # coach: An open question …]',
      );

  for (const t of facts.tags) {
    if (KNOWN_TAGS.has(t.name)) continue;
    const near = nearest(t.name, [...KNOWN_TAGS]);
    error(
      t,
      `unknown tag "# ${t.name}:" — ${
        near ? `did you mean "# ${near}:"?` : `the game reads ${[...KNOWN_TAGS].join(', ')}.`
      } (docs/authoring.md lists what each does.)`,
    );
  }

  reviewEndings(facts, error);
  reviewCounterparts(facts, declared, error, warn);
  reviewDimensions(facts, error);
  reviewSources(facts, options.sources ?? null, error);
  reviewIds(parsedStory, fallbackFile, options.requireIds ?? false, error);
  out.push(...reviewPresence(parsedStory, fallbackFile));
  return dedupe(out);
}

/** Rapport's vocabulary words about one counterpart (src/core/model/vocabulary.ts), that the story declares. */
function vocabularyWords(facts: Facts): Set<string> {
  return new Set(VOCABULARY.map((w) => w.name).filter((n) => n !== 'counterpart' && facts.functions.has(n)));
}

function reviewEndings(facts: Facts, error: (at: Where, message: string) => void): void {
  const endingsByKnot = new Map<string, FoundTag>();
  const learnByKnot = new Map<string, number>();
  for (const t of facts.tags) {
    const knot = t.knot ?? '';
    if (t.name === 'ending' && !endingsByKnot.has(knot)) endingsByKnot.set(knot, t);
    if (t.name === 'learn') learnByKnot.set(knot, (learnByKnot.get(knot) ?? 0) + 1);
  }
  const { min, max } = LEARN_PER_ENDING;
  for (const [knot, ending] of endingsByKnot) {
    const n = learnByKnot.get(knot) ?? 0;
    if (n >= min && n <= max) continue;
    error(
      ending,
      `the ending "${ending.value}" has ${n} learning point${n === 1 ? '' : 's'}; an ending carries ${min} to ${max}. ${
        n < min
          ? `Add "# learn: 003: <what to take away>" lines in the knot${knot ? ` ${knot}` : ''} (the number names its source).`
          : 'Keep the ones that matter most: a learner reads three to five.'
      }`,
    );
  }
}

function reviewCounterparts(
  facts: Facts,
  declared: ReadonlySet<string>,
  error: (at: Where, message: string) => void,
  warn: (at: Where, message: string) => void,
): void {
  const aboutWho = vocabularyWords(facts);
  const reported = new Set<string>();
  for (const call of facts.calls) {
    if (!aboutWho.has(call.name) || call.first === null || declared.has(call.first)) continue;
    if (reported.has(call.first)) continue; // one message per cause: the first use
    reported.add(call.first);
    const near = nearest(call.first, [...declared]);
    error(
      call,
      `${call.name}("${call.first}", …) names a counterpart that is never declared.${
        near ? ` Did you mean "${near}"?` : ''
      } Declare each counterpart once, before any other word about them: ~ counterpart("${call.first}", "Their name", …) (see docs/relationship-model.md).`,
    );
  }
  // Narration about a counterpart written under their # speaker: tag shows as their own words.
  const names = new Map(
    facts.calls
      .filter((c) => c.name === 'counterpart' && c.first && c.strings[1])
      .map((c) => [c.first!, c.strings[1]!]),
  );
  for (const t of facts.tags) {
    if (t.name !== 'speaker' || !names.has(t.value) || !t.text) continue;
    const name = names.get(t.value)!;
    // "Marta smiles and says nothing." — the name, then a word in lower case: a sentence about her.
    const opens = [name, name.split(/\s+/)[0]!].some((w) => {
      const next = t.text.charAt(w.length + 1);
      return t.text.startsWith(`${w} `) && next >= 'a' && next <= 'z';
    });
    if (opens)
      warn(
        t,
        `"${t.text.slice(0, 40)}${t.text.length > 40 ? '…' : ''}" reads as narration about ${name}, but "# speaker: ${t.value}" shows it as ${name}'s own words. For narration drop the speaker tag; "# mood:" on a narration line sets the face of the one it names.`,
      );
  }
  for (const t of facts.tags) {
    if (t.name !== 'speaker' || t.value === 'you' || declared.has(t.value)) continue;
    const near = nearest(t.value, [...declared], 2);
    if (near)
      error(
        t,
        `"# speaker: ${t.value}" is not a counterpart — did you mean "${near}"? (A speaker who is not a counterpart is shown as written, so write a name in full, e.g. "# speaker: Waiter".)`,
      );
  }
}

/** A dimension named in a vocabulary call (gain, loss) must be one the model knows. */
function reviewDimensions(facts: Facts, error: (at: Where, message: string) => void): void {
  const words = vocabularyWords(facts);
  for (const w of VOCABULARY) {
    const at = w.params.indexOf('dimension');
    if (at < 0 || !words.has(w.name)) continue;
    for (const call of facts.calls) {
      const given = call.name === w.name ? call.strings[at] : null;
      if (given == null || (DIMENSIONS as readonly string[]).includes(given)) continue;
      const near = nearest(given, DIMENSIONS);
      error(
        call,
        `${w.name}(…, "${given}", …): "${given}" is not a dimension${near ? ` — did you mean "${near}"?` : '.'} The dimensions are ${DIMENSIONS.join(', ')} (docs/relationship-model.md).`,
      );
    }
  }
}

function reviewSources(
  facts: Facts,
  sources: ReadonlyMap<string, string> | null,
  error: (at: Where, message: string) => void,
): void {
  const seedsTag = facts.tags.find((t) => t.name === 'seeds');
  const listed = seedsTag
    ? seedsTag.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  const idOf = (s: string) => /^(\d{3})/.exec(s)?.[1] ?? s;
  if (seedsTag && sources)
    for (const s of listed)
      if (
        !sources.has(idOf(s)) ||
        (s.length > 3 && sources.get(idOf(s)) !== s.replace(/\.txt$/, '') + '.txt')
      )
        error(
          seedsTag,
          `"# seeds:" names "${s}", which is not one of the known sources (${[...sources.values()].join(', ')}). Correct the name, or add the article to stories/sources.json.`,
        );
  const listedIds = new Set(listed.map(idOf));
  for (const t of facts.tags) {
    if (t.name !== 'learn') continue;
    const seed = parseLearningPoint(t.value).seed;
    if (seed === null) continue;
    if (sources && !sources.has(seed))
      error(
        t,
        `this learning point cites source ${seed}, which does not exist (the sources are ${[...sources.keys()].join(', ')}). Correct the number.`,
      );
    else if (seedsTag && !listedIds.has(seed))
      error(
        t,
        `this learning point cites source ${seed}, which is not among the story's "# seeds:" (${[...listedIds].join(', ')}). Add it there, or correct the number.`,
      );
  }
}

const RUN_STRINGS =
  'Run npm run strings: it gives every line and choice that lacks one an id, and keeps the rest (docs/authoring.md, "Line ids").';

/**
 * Line ids (lines.ts): no two lines or choices share one; in a story that has ids (or is held to
 * them), every line and choice has exactly one.
 */
function reviewIds(
  parsedStory: unknown,
  file: string,
  required: boolean,
  error: (at: Where, message: string) => void,
): void {
  const ids = allIdTags(parsedStory, file);
  const first = new Map<string, IdTag>();
  for (const id of ids) {
    if (!id.value) {
      error(
        id,
        `"# id:" has no value. Delete it and ${RUN_STRINGS.charAt(0).toLowerCase()}${RUN_STRINGS.slice(1)}`,
      );
      continue;
    }
    const earlier = first.get(id.value);
    if (!earlier) {
      first.set(id.value, id);
      continue;
    }
    const there = earlier.file === id.file ? `line ${earlier.line}` : `${earlier.file}:${earlier.line}`;
    error(
      id,
      `the id "${id.value}" is also on ${there}: every line and choice has its own, so a translation, a save or an LMS record never mixes them up. If this line was copied from that one, delete "# id: ${id.value}" here and run npm run strings: it gives this line a new id (${there} keeps its own).`,
    );
  }
  const glued = new Set(gluedLines(parsedStory, file).map((g) => `${g.file}:${g.line}`));
  for (const id of ids)
    if (glued.has(`${id.file}:${id.line}`))
      error(
        id,
        `this line ends in glue (<>), so it is one line with the next, and a tag here makes ink run the lines after it together. Move "# id: ${id.value}" to the end of the line it is glued to (if that line has none; else delete it).`,
      );
  if (!required && ids.length === 0) return;
  const units = textUnits(parsedStory, file);
  if (ids.length === 0) {
    // One message for the cause: the story has never been given ids.
    if (units.length)
      error({ file, line: 1 }, `this story's lines and choices have no ids yet. ${RUN_STRINGS}`);
    return;
  }
  // In stories/, a line a translator cannot take whole (an inline conditional inside a sentence).
  if (required)
    for (const { unit, problems } of untranslatable(parsedStory, file))
      error(unit, untranslatableMessage(unit.text, unit.ids[0]?.value ?? null, problems));
  for (const u of units) {
    const what =
      u.kind === 'choice'
        ? 'this choice'
        : u.kind === 'choice-output'
          ? 'the words this choice prints once taken'
          : 'this line';
    const words = `("${u.text.slice(0, 40)}${u.text.length > 40 ? '…' : ''}")`;
    if (u.ids.length === 0) error(u, `${what} ${words} has no id. ${RUN_STRINGS}`);
    else if (u.ids.length > 1)
      error(
        u,
        `${what} ${words} has ${u.ids.length} ids (${u.ids.map((i) => i.value).join(', ')}); it keeps one. Delete the others${u.kind === 'choice' && u.bracketed ? ' inside its brackets' : ''} — keep the oldest, which saves and records already use.`,
      );
  }
}

export function gather(root: Parsed, fallbackFile: string): Facts {
  const facts: Facts = { tags: [], choices: [], calls: [], functions: new Map(), knots: [] };
  const where = (o: Parsed, inherited: Where): Where =>
    o.debugMetadata
      ? { file: o.debugMetadata.fileName ?? inherited.file, line: o.debugMetadata.startLineNumber }
      : inherited;

  /** Walk `o`; returns the tags found directly in it or below (for the choice that holds them). */
  const walk = (o: Parsed, at: Where, knot: string | null): FoundTag[] => {
    const here = where(o, at);
    const type = o.typeName;
    if (type === 'Knot' || type === 'Function') {
      const name = o.identifier?.name ?? null;
      if (o.isFunction && name)
        facts.functions.set(
          name,
          ((o as { args?: { identifier?: { name: string } }[] }).args ?? []).map(
            (a) => a.identifier?.name ?? '?',
          ),
        );
      else if (name) facts.knots.push(name);
      if (!o.isFunction) knot = name;
    } else if (type === 'Stitch' && o.identifier?.name && knot) {
      facts.knots.push(`${knot}.${o.identifier.name}`);
    } else if (type === 'EXTERNAL' && o.identifier?.name && !facts.functions.has(o.identifier.name)) {
      facts.functions.set(o.identifier.name, o.argumentNames ?? []);
    } else if (type === 'FunctionCall' && o.name) {
      const strings = (o.args ?? []).map((a) => (a.typeName === 'String' ? textOf(a) : null));
      facts.calls.push({ ...here, name: o.name, first: strings[0] ?? null, strings });
    }
    const found: FoundTag[] = [];
    // A line's second tag sits in a ContentList with the first one's end (`# a # b`): read through it.
    const children = flatten(o.content ?? []);
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.typeName === 'Tag' && child.isStart) {
        // The tag's text runs to its end marker: `# speaker: liwei` is Tag(start) Text Tag(end).
        const { text, end: j } = tagText(children, i);
        const tag = parseTag(text);
        if (tag.name) {
          const t: FoundTag = {
            ...where(child, here),
            name: tag.name,
            value: tag.value,
            knot,
            text: lineBefore(children, i),
          };
          facts.tags.push(t);
          found.push(t);
        }
        i = j;
        continue;
      }
      found.push(...walk(child, here, knot));
    }
    if (type === 'Choice') {
      if (!o.isInvisibleDefault)
        facts.choices.push({ ...here, hasCoach: found.some((t) => t.name === 'coach') });
      return []; // a choice's tags are its own
    }
    return found;
  };
  walk(root, { file: fallbackFile, line: null }, null);
  return facts;
}

/** The plain text of the line that `children[at]` (a tag) is on, up to the line's first tag. */
function lineBefore(children: readonly Parsed[], at: number): string {
  let text = '';
  let inTag = false;
  for (let k = at - 1; k >= 0; k--) {
    const c = children[k]!;
    if (c.typeName === 'Tag') {
      inTag = !c.isStart;
      if (c.isStart) text = ''; // an earlier tag on the same line: its text is not the line's
      continue;
    }
    if (inTag) continue;
    if (c.typeName !== 'Text') break;
    const t = c.text ?? '';
    if (t.includes('\n')) break;
    text = t + text;
  }
  return text.trim();
}

function dedupe(diagnostics: InkDiagnostic[]): InkDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
