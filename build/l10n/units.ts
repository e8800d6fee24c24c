/**
 * What a translator translates in one story (docs/translating.md): every line and choice by its
 * `# id:`, the prose in the tags a learner or facilitator reads (`<id>#coach`, `<id>#location`, …),
 * the story's global tags (`<story>#title`) and its counterparts' names (`<story>:<who>#name`),
 * each with the notes a translator needs (what it is, who says it, where and when).
 *
 * Read from inkjs's parsed story (build/ink/parsed.ts) like the ids themselves (build/ink/lines.ts).
 * A line that cannot be translated as one unit — an inline conditional or sequence, an expression
 * other than a plain variable, glue into the next line — is reported as an error with file:line and
 * left out; a plain variable `{name}` becomes the placeholder `{name}` the translation must keep.
 */
import { createHash } from 'node:crypto';
import { parseLearningPoint, GLOBAL_TAGS } from '../../src/core/story/tags.ts';
import { gluedLines, textUnits, type TextUnit } from '../ink/lines.ts';
import { clean, readStory, type TagAt } from './line-text.ts';
import { guestId } from '../../src/core/session/story-text.ts';
import { readInkNotes } from '../guide/ink-notes.ts';

/** Tags whose value a learner or facilitator reads, on or around an id'd line or choice. */
export const PROSE_TAGS = ['coach', 'location', 'date', 'cue', 'discuss', 'ending_title', 'learn'] as const;
/** Global tags a learner reads: the menu's title and summary, and the learner's role. */
export const GLOBAL_PROSE_TAGS = ['title', 'summary', 'role'] as const;
/** Prose tags an id'd line may carry several of: keyed by the hash of their text, not by order. */
const MANY = new Set<string>(['learn']);

const KIND_NOTE: Record<string, string> = {
  coach: 'coach note: shown to the learner after they pick this choice, the principle behind it',
  location: 'scene location: shown on the stage caption from this line on',
  date: 'scene date/time: shown on the stage caption from this line on',
  cue: 'cue: a short caption of the moment, shown with this line',
  discuss: "discussion prompt: the facilitator's question to the group at this point",
  ending_title: 'ending title: the name of this ending on the debrief',
  learn: 'learning point: one of the lessons of this ending, on the debrief',
};

/**
 * Why a line or choice cannot be translated as one unit, and the fix (`problems`: what
 * line-text.ts found in it; null when its text could not be read). Shared by `npm run strings`
 * and the build's review (build/ink/review.ts), which refuses such a line in stories/.
 */
export function untranslatableMessage(words: string, id: string | null, problems: string[] | null): string {
  const why = problems ? problems.join('; ') : 'its text could not be read';
  const fix =
    problems && problems.every((p) => p.startsWith('glue'))
      ? 'Write the glued lines as one line.'
      : 'Write each variant as a whole line of its own (a multi-line conditional or sequence, one line per branch), or put the changing part in a variable shown as {name}.';
  return `"${words.slice(0, 50)}"${id ? ` (${id})` : ''} cannot be translated as one unit: it contains ${why}. ${fix} Until then the line stays in English in every language.`;
}

/** The lines and choices of `file` that cannot be translated as one unit (see untranslatableMessage). */
export function untranslatable(
  parsed: unknown,
  file: string,
): { unit: TextUnit; problems: string[] | null }[] {
  const { texts } = readStory(parsed, file);
  return textUnits(parsed, file)
    .filter((u) => u.file === file)
    .map((unit) => ({ unit, text: texts.get(`${unit.kind}:${unit.line}`) }))
    .filter(({ text }) => !text || text.problems.size > 0)
    .map(({ unit, text }) => ({ unit, problems: text ? [...text.problems] : null }));
}

export interface SourceEntry {
  /** The stable key: the msgctxt. */
  key: string;
  /** The English text, with `{variable}` placeholders. */
  source: string;
  /** `stories/x.ink:12`. */
  reference: string;
  /** The notes for the translator (one per line), without the source hash. */
  notes: string[];
}

export interface StoryStrings {
  entries: SourceEntry[];
  /** `file:line: error: …` for lines that cannot be translated as one unit. */
  errors: string[];
}

const GUIDE_NOTE =
  "the author's note on a counterpart (who they are, what moves them, their culture profile in words), printed in the facilitator's guide only; keep the numbers and the quotations' register";

/** The key of an author's note on a counterpart: `lost-face:wang#note:3fa2c1` (its text's hash). */
export function noteKey(story: string, who: string, note: string): string {
  return `${story}:${who}#note:${sourceHash(note).slice(0, 6)}`;
}

/** A key of the facilitator's guide only (an author's note): not in the game's string tables. */
export const isGuideOnlyKey = (key: string) => /#note:[0-9a-f]{6}$/.test(key);

/** The hash of a source text recorded with its translation: 8 hex digits of its SHA-256. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** A guest speaker's id on stage: `Dana Okafor` → `guest-dana-okafor` (the game's own rule). */
export { guestId };

/** `counterpart("wang", "Wang Haitao", …)` calls and the `//` notes just above each. */
export function counterparts(source: string): { who: string; name: string; line: number; notes: string[] }[] {
  const lines = source.split('\n');
  const found: { who: string; name: string; line: number; notes: string[] }[] = [];
  lines.forEach((text, i) => {
    const m = /^\s*~\s*counterpart\(\s*"([\w-]+)"\s*,\s*"([^"]*)"/.exec(text);
    if (!m) return;
    const notes: string[] = [];
    for (let j = i - 1; j >= 0 && /^\s*\/\//.test(lines[j]!); j--)
      notes.unshift(lines[j]!.replace(/^\s*\/\/\s?/, ''));
    // The first paragraph of the character notes: who they are, before their profile numbers.
    const cut = notes.findIndex((n) => /^profile\b/i.test(n.trim()));
    found.push({
      who: m[1]!,
      name: m[2]!,
      line: i + 1,
      notes: (cut < 0 ? notes : notes.slice(0, cut)).slice(0, 6),
    });
  });
  return found;
}

/**
 * Every translatable string of a story, in source order, and the lines that cannot be translated.
 * `file` is the story's path as the references show it (`stories/x.ink`); `story` its id.
 */
export function storyStrings(parsed: unknown, source: string, file: string, story: string): StoryStrings {
  const units = textUnits(parsed, file).filter((u) => u.file === file);
  const { texts, tags } = readStory(parsed, file);
  const mine = tags.filter((t) => t.file === file);
  const errors: string[] = [];
  const entries: SourceEntry[] = [];
  const sourceLines = source.split('\n');
  const ref = (line: number) => `${file}:${line}`;

  const cast = counterparts(source);
  const names = new Map(cast.map((c) => [c.who, c.name]));
  const global = (name: string) =>
    mine.find((t) => t.name === name && (GLOBAL_TAGS as readonly string[]).includes(t.name));
  const role = global('role')?.value ?? '';

  for (const name of GLOBAL_PROSE_TAGS) {
    const t = global(name);
    if (!t || !t.value) continue;
    entries.push({
      key: `${story}#${name}`,
      source: t.value,
      reference: ref(t.line),
      notes: [
        name === 'title'
          ? 'kind: story title, on the menu and the debrief'
          : name === 'summary'
            ? 'kind: story summary, on the menu under the title'
            : 'kind: the learner\'s role, read before the story starts (second person: "You are …")',
      ],
    });
  }
  for (const c of cast)
    entries.push({
      key: `${story}:${c.who}#name`,
      source: c.name,
      reference: ref(c.line),
      notes: [
        "kind: a counterpart's name, on stage, in captions and on the debrief",
        ...(c.notes.length ? [`who: ${c.notes.join(' ')}`] : []),
      ],
    });

  // The author's notes on each counterpart, as the facilitator's guide shows them (build/guide/):
  // keyed by their text's hash like a learning point, so an edited note is a new, untranslated key.
  // They are for the guide only: the game's string tables leave them out (tables.ts).
  for (const c of readInkNotes(source).counterparts)
    for (const note of c.notes) {
      const at = sourceLines.findIndex((l) => /^\s*\/\//.test(l) && l.includes(note.slice(0, 30)));
      entries.push({
        key: noteKey(story, c.id, note),
        source: note,
        reference: ref(at >= 0 ? at + 1 : c.line),
        notes: [`kind: ${GUIDE_NOTE}`, `about: ${c.name} (counterpart "${c.id}")`],
      });
    }

  // Someone who speaks but is not a counterpart (`# speaker: Dana Okafor`): their name is shown too.
  const guests = new Map<string, TagAt>();
  for (const t of mine)
    if (t.name === 'speaker' && t.value && t.value !== 'you' && !names.has(t.value) && !guests.has(t.value))
      guests.set(t.value, t);
  for (const [name, t] of guests)
    entries.push({
      key: `${story}:${guestId(name)}#name`,
      source: name,
      reference: ref(t.line),
      notes: [
        'kind: the name of someone who speaks but is not a counterpart, shown on stage and in captions',
      ],
    });

  // Tags by line; which lines are tag-only (no unit on them).
  const unitLines = new Map<number, TextUnit[]>();
  for (const u of units) unitLines.set(u.line, [...(unitLines.get(u.line) ?? []), u]);
  const knotStarts = sourceLines.flatMap((l, i) => (/^\s*==/.test(l) ? [i + 1] : []));
  const knotOf = (line: number) => knotStarts.filter((s) => s <= line).length;
  const idOf = (u: TextUnit | undefined) => u?.ids[0]?.value;

  // Scene as set so far in source order, for the notes.
  let location = '';
  let date = '';
  const prose = new Map<string, TagAt[]>(); // id -> prose tags attached
  const anchorFor = (t: TagAt): string | undefined => {
    const here = unitLines.get(t.line);
    if (here) {
      const choice = here.find((u) => u.kind === 'choice');
      const other = here.find((u) => u.kind !== 'choice') ?? choice;
      return idOf(t.inChoice && choice ? choice : t.name === 'coach' && choice ? choice : other);
    }
    // A tag-only line goes with the next line of its knot (as ink attaches it), else the one before.
    const next = units.find((u) => u.line > t.line && knotOf(u.line) === knotOf(t.line) && u.ids.length);
    if (next) return idOf(next);
    const before = units
      .filter((u) => u.line < t.line && knotOf(u.line) === knotOf(t.line) && u.ids.length)
      .pop();
    return idOf(before);
  };
  for (const t of mine) {
    if (!(PROSE_TAGS as readonly string[]).includes(t.name) || !t.value) continue;
    if (knotOf(t.line) === 0 && !unitLines.has(t.line) && (GLOBAL_TAGS as readonly string[]).includes(t.name))
      continue;
    if (t.dynamic) {
      errors.push(
        `${ref(t.line)}: error: the "# ${t.name}:" tag holds {…}: a tag a learner reads must be plain text to be translated.`,
      );
      continue;
    }
    const anchor = anchorFor(t);
    if (!anchor) {
      errors.push(
        `${ref(t.line)}: error: the "# ${t.name}:" tag is on no line with an id, so it has no key: run npm run strings.`,
      );
      continue;
    }
    prose.set(anchor, [...(prose.get(anchor) ?? []), t]);
  }

  const glued = gluedLines(parsed, file)
    .filter((g) => g.file === file)
    .map((g) => g.line);
  const emitted = new Set<string>();
  const speakerNote = (speaker: string | undefined) => {
    if (!speaker) return [];
    if (speaker === 'you') return [`speaker: the learner (you)${role ? ` — see ${story}#role` : ''}`];
    const name = names.get(speaker);
    return [name ? `speaker: ${name} (counterpart "${speaker}")` : `speaker: ${speaker}`];
  };
  for (const u of units) {
    const id = idOf(u);
    if (!id || emitted.has(id)) continue;
    emitted.add(id);
    const lineTags = mine.filter(
      (t) => t.line === u.line && (u.kind === 'choice' ? t.inChoice : !t.inChoice || u.kind === 'line'),
    );
    const speaker = lineTags.find((t) => t.name === 'speaker')?.value;
    for (const t of lineTags) {
      if (t.name === 'location') location = t.value;
      if (t.name === 'date') date = t.value;
    }
    const text = texts.get(`${u.kind}:${u.line}`);
    // A line glued to from the line(s) before it (`Half a sentence <>`) is one unit with them.
    const gluedFrom = glued
      .filter((l) => l < u.line && !units.some((o) => o.line > l && o.line < u.line))
      .pop();
    if (text && gluedFrom !== undefined) text.problems.add(`glue (<>) from line ${gluedFrom}`);
    const attached = prose.get(id) ?? [];
    const scene = [
      location && `location: ${location}`,
      date && `date: ${date}`,
      lineTags.find((t) => t.name === 'place')?.value &&
        `place: ${lineTags.find((t) => t.name === 'place')!.value}`,
    ]
      .filter(Boolean)
      .join(', ');
    const sceneNote = scene ? [`scene: ${scene}`] : [];
    if (!text || text.problems.size) {
      errors.push(
        `${ref(u.line)}: error: ${untranslatableMessage(u.text, id, text ? [...text.problems] : null)}`,
      );
    } else {
      const kind =
        u.kind === 'choice'
          ? `kind: choice, one of the learner's options (what the learner decides to do or say)${u.bracketed ? '' : '; the same words are then shown as what the learner says'}`
          : u.kind === 'choice-output'
            ? 'kind: what the learner says once this choice is picked'
            : speaker
              ? 'kind: spoken line'
              : 'kind: narration (second person, present tense)';
      const coach = attached.find((t) => t.name === 'coach');
      entries.push({
        key: id,
        source: clean(text.pieces),
        reference: ref(u.line),
        notes: [
          kind,
          ...speakerNote(
            u.kind === 'line' ? speaker : u.kind === 'choice-output' ? (speaker ?? 'you') : undefined,
          ),
          ...sceneNote,
          ...(coach ? [`coach note: ${coach.value}`] : []),
        ],
      });
    }
    const seen = new Set<string>();
    for (const tag of attached) {
      // A learning point's leading seed number ("000: …") is not prose: only its text is translated.
      const point = tag.name === 'learn' ? parseLearningPoint(tag.value) : null;
      const t = point ? { ...tag, value: point.text } : tag;
      const key = MANY.has(t.name) ? `${id}#${t.name}:${sourceHash(t.value).slice(0, 6)}` : `${id}#${t.name}`;
      if (seen.has(key)) {
        if (!MANY.has(t.name))
          errors.push(
            `${ref(t.line)}: error: a second "# ${t.name}:" goes with the line ${id}, so the two would share the key ${key}: merge them into one tag, or move one to another line.`,
          );
        continue;
      }
      seen.add(key);
      entries.push({
        key,
        source: t.value,
        reference: ref(t.line),
        notes: [
          `kind: ${KIND_NOTE[t.name] ?? t.name}`,
          ...(point?.seed ? [`from seed article ${point.seed} (kept in English as the number only)`] : []),
          ...(t.name === 'coach' ? [`the choice: ${u.text}`] : sceneNote),
        ],
      });
    }
  }
  return { entries, errors };
}
