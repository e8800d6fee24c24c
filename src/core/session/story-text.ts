/**
 * A story in the learner's language (docs/translating.md, "How translations reach the game").
 *
 * The session keeps everything it shows in English, with the key of each piece (a line's or a
 * choice's `# id:`, `<id>#coach`, `<id>#location`, `<story>:<who>#name`, …) and the values of the
 * `{variables}` a line showed. `localizeView` turns that view into the learner's language with a
 * string table (key → text) the build compiled from the translators' files: a key the table does not
 * have — untranslated, fuzzy, stale, or a line that cannot be translated — shows the English, never
 * the key. Pure and small: the page applies it to a build-time opening before the engine loads.
 *
 * Nothing here changes what a play-through is: paths, ids, scores and the model's records are the
 * same in every language; only the words on the view differ.
 */
import { fnv1a } from '../hash.ts';
import type { LearningPoint } from '../story/tags.ts';
import type { SessionView, ShownLine } from './types.ts';

/** One story's strings in one language: key → text, only the translations that are current. */
export interface StoryText {
  language: string;
  story: string;
  strings: Readonly<Record<string, string>>;
}

/** A story's menu words in one language: `<story>#title`, `#summary`, `#role` → text. */
export type MenuText = Readonly<Record<string, string>>;

/**
 * The runtime key of a learning point: the line's id and a hash of the English text (the
 * translator's file keys it by SHA-256, which the page cannot compute at once; the build re-keys).
 */
export function learnKey(lineId: string, text: string): string {
  return `${lineId}#learn~${fnv1a(text).toString(16)}`;
}

/**
 * The second key of a prose tag (a cue, a caption, a discussion prompt, an ending's title or a
 * learning point): its name and a hash of its English text. A tag on a line of its own goes with
 * whichever line ink shows next — in a conditional, not always the line the translator's file
 * names — so the game looks it up by its line first and by its words second.
 */
export function proseKey(name: string, text: string): string {
  return `~${name}:${fnv1a(text).toString(16)}`;
}

/** A guest speaker's id: `Dana Okafor` → `guest-dana-okafor` (the stage and the build use the same). */
export function guestId(speaker: string): string {
  const slug = speaker
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `guest-${slug || 'speaker'}`;
}

const PLACEHOLDER = /\{([A-Za-z_][\w.]*)\}/g;

/** `{name}` placeholders filled from `vars`; one the line did not capture stays as written. */
export function fill(text: string, vars: Readonly<Record<string, string>> | undefined): string {
  return text.replace(PLACEHOLDER, (m, name: string) => vars?.[name] ?? m);
}

/** The text for `key`, or `english` when the table has none (or there is no table, or no key). */
function pick(
  t: StoryText | null,
  key: string | null | undefined,
  english: string,
  vars?: Readonly<Record<string, string>>,
) {
  const text = t && key && Object.hasOwn(t.strings, key) ? t.strings[key] : undefined;
  return text === undefined ? english : fill(text, vars);
}

/** A prose tag's text in a table (`strings`): by its line's key, else by its name and English words. */
export function proseText(
  strings: Readonly<Record<string, string>>,
  key: string | null | undefined,
  name: string,
  english: string,
): string {
  return prose({ language: '', story: '', strings }, key, name, english);
}

/** A prose tag's text: by its line's key, else by its name and English words (`proseKey`). */
function prose(t: StoryText, key: string | null | undefined, name: string, english: string) {
  const byLine = pick(t, key, english);
  return byLine !== english || (key && Object.hasOwn(t.strings, key))
    ? byLine
    : pick(t, proseKey(name, english), english);
}

/**
 * The view in `text`'s language (null: English). The view is returned unchanged without a table,
 * and `taken` (what saves compare) always keeps the English words.
 */
export function localizeView(view: SessionView, text: StoryText | null): SessionView {
  if (!text || !Object.keys(text.strings).length) return view;
  const t = text;
  const story = view.storyId;
  const nameKey = (who: string) => `${story}:${who}#name`;
  const counterpartIds = new Set(view.counterparts.map((c) => c.id));
  const speakerName = (line: ShownLine): string | null => {
    if (line.speakerName === null || line.speaker === null) return line.speakerName;
    const who = line.speaker.toLowerCase() === 'you' ? null : line.speaker;
    if (who === null) return line.speakerName;
    return pick(t, counterpartIds.has(who) ? nameKey(who) : nameKey(guestId(who)), line.speakerName);
  };
  const tagged = (line: ShownLine) => {
    const id = line.key;
    if (!id) return line.tags;
    return line.tags.map((tag) => {
      if (tag.name === 'learn' || !PROSE_ON_LINES.has(tag.name)) return tag;
      const value = prose(t, `${id}#${tag.name}`, tag.name, tag.value);
      return value === tag.value ? tag : { ...tag, value };
    });
  };
  // A line or choice in the language says so (`lang`): one the table has no words for stays English.
  const translated = (key: string | null | undefined) =>
    key && Object.hasOwn(t.strings, key) ? { lang: t.language } : {};
  const lines = view.lines.map((line) => ({
    ...line,
    text: pick(t, line.key, line.text, line.vars),
    speakerName: speakerName(line),
    tags: tagged(line),
    ...translated(line.key),
  }));
  const choiceId = (tags: readonly { name: string; value: string }[]) =>
    tags.find((tag) => tag.name === 'id')?.value;
  const choices = view.choices.map((c) => {
    const id = choiceId(c.tags);
    return {
      ...c,
      text: pick(t, id, c.text),
      coach: c.coach === null ? null : pick(t, id && `${id}#coach`, c.coach),
      ...translated(id),
    };
  });
  const coach = view.coach && {
    ...view.coach,
    choiceText: pick(t, view.coach.choiceKey, view.coach.choiceText),
    note:
      view.coach.note === null
        ? null
        : pick(t, view.coach.choiceKey && `${view.coach.choiceKey}#coach`, view.coach.note),
  };
  const keys = view.scene.keys;
  const scene = keys
    ? {
        ...view.scene,
        location:
          view.scene.location === null ? null : prose(t, keys.location, 'location', view.scene.location),
        date: view.scene.date === null ? null : prose(t, keys.date, 'date', view.scene.date),
      }
    : view.scene;
  const cues = view.cues.map((cue, i) => prose(t, view.cueKeys?.[i], 'cue', cue));
  const point = (p: LearningPoint): LearningPoint => ({ ...p, text: prose(t, p.key, 'learn', p.text) });
  const ending = view.ending && {
    ...view.ending,
    title: prose(t, view.ending.titleKey, 'ending_title', view.ending.title),
    learn: view.ending.learn.map(point),
  };
  const counterparts = view.counterparts.map((c) => ({ ...c, name: pick(t, nameKey(c.id), c.name) }));
  // The debrief: a moment's coach note is the note of the choice that caused it.
  const takenIds = view.taken.map((c) => c.id);
  const takenByText = new Map(view.taken.map((c) => [c.text, c.id]));
  const outcome = view.outcome && {
    ...view.outcome,
    debrief: {
      ...view.outcome.debrief,
      moments: view.outcome.debrief.moments.map((m) => {
        const id = m.replayPath ? takenIds[m.replayPath.length] : undefined;
        const led = m.cooling?.choice ? takenByText.get(m.cooling.choice) : undefined;
        return {
          ...m,
          note: m.note === null ? null : pick(t, id && `${id}#coach`, m.note),
          cooling:
            m.cooling && m.cooling.choice !== null
              ? { ...m.cooling, choice: pick(t, led, m.cooling.choice) }
              : m.cooling,
        };
      }),
    },
  };
  return { ...view, lines, choices, coach, scene, cues, ending, counterparts, outcome };
}

/** Tags on a line a learner or facilitator reads, translated in place (`learn` goes with the ending). */
const PROSE_ON_LINES: ReadonlySet<string> = new Set(['location', 'date', 'cue', 'discuss', 'ending_title']);

/** The story's menu words in a language (title, summary, role, its endings' titles, its people's names), English where there is none. */
export function localizeInfo<T extends { id: string; title: string; summary: string; role: string }>(
  entry: T,
  menu: MenuText | null,
): T & {
  endingTitles?: Readonly<Record<string, string>>;
  names?: Readonly<Record<string, string>>;
  untranslated?: boolean;
} {
  if (!menu) return entry;
  const get = (name: string, english: string) => menu[`${entry.id}#${name}`] ?? english;
  // One pass over the menu's words: this story's ending titles and its people's names.
  const endingTitles: Record<string, string> = {};
  const names: Record<string, string> = {};
  const ending = `${entry.id}#ending:`;
  const person = `${entry.id}:`;
  for (const [key, text] of Object.entries(menu)) {
    if (key.startsWith(ending)) endingTitles[key.slice(ending.length)] = text;
    else if (key.startsWith(person) && key.endsWith('#name')) names[key.slice(person.length, -5)] = text;
  }
  return {
    ...entry,
    // A story not translated into the language keeps its English words: marked so, for the views.
    ...(!Object.hasOwn(menu, `${entry.id}#title`) && { untranslated: true }),
    title: get('title', entry.title),
    summary: get('summary', entry.summary),
    role: get('role', entry.role),
    ...(Object.keys(endingTitles).length && { endingTitles }),
    ...(Object.keys(names).length && { names }),
  };
}
