/**
 * A live room's story in each reader's language (docs/live.md, "Each person's language").
 *
 * The server sends one message for the whole room: the story's words in English with the key of
 * each piece — a line's or a choice's `# id:`, `<id>#coach`, `<story>:<who>#name`, an ending's
 * title key, a learning point's key. Each page applies its own language's string table (the same
 * tables the game uses, core/session/story-text.ts) to that message: a key the table does not
 * have, a translation that needs a `{variable}` the line did not bring, or no table at all shows
 * the English — never a key. Votes, tallies and decisions are by index and id, so nothing here
 * changes what a vote means. Pure: message and table in, message in the language out.
 */
import { fill, proseKey, type MenuText, type StoryText } from '../session/story-text.ts';
import type { Debrief } from '../session/debrief.ts';
import type {
  DecisionRecord,
  GroupDebrief,
  HostState,
  LiveLine,
  RoomState,
  StorySummary,
} from './protocol.ts';

type Strings = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{([A-Za-z_][\w.]*)\}/g;

/** The translation of `key` filled from `vars`; the English when there is none or it lacks a value. */
function pick(
  strings: Strings | null,
  key: string | null | undefined,
  english: string,
  vars?: Readonly<Record<string, string>>,
): string {
  if (!strings || !key || !Object.hasOwn(strings, key)) return english;
  const text = strings[key]!;
  const missing = [...text.matchAll(PLACEHOLDER)].some((m) => vars?.[m[1]!] === undefined);
  return missing ? english : fill(text, vars);
}

/** A prose tag's text (an ending's title, a learning point): by its key, else by its name and English words. */
function prose(
  strings: Strings | null,
  key: string | null | undefined,
  name: string,
  english: string,
): string {
  if (strings && key && Object.hasOwn(strings, key)) return pick(strings, key, english);
  return pick(strings, proseKey(name, english), english);
}

const table = (text: StoryText | null): Strings | null =>
  text && Object.keys(text.strings).length ? text.strings : null;

export function localizeLines(lines: readonly LiveLine[], text: StoryText | null): LiveLine[] {
  const s = table(text);
  if (!s) return [...lines];
  return lines.map((l) => ({
    ...l,
    text: pick(s, l.key, l.text, l.vars),
    speaker: l.speaker === null ? null : pick(s, l.speakerKey, l.speaker),
  }));
}

function localizeChoices(choices: readonly string[], ids: readonly string[] | undefined, s: Strings | null) {
  return choices.map((c, i) => pick(s, ids?.[i] || null, c));
}

export function localizeDecision(d: DecisionRecord, text: StoryText | null): DecisionRecord {
  const s = table(text);
  if (!s) return d;
  return {
    ...d,
    prompt: d.prompt === null ? null : pick(s, d.promptKey, d.prompt, d.promptVars),
    choices: localizeChoices(d.choices, d.choiceIds, s),
  };
}

function localizeGroupDebrief(storyId: string, d: GroupDebrief, s: Strings | null, text: StoryText | null) {
  return {
    ...d,
    ending: d.ending && {
      ...d.ending,
      title: prose(s, d.ending.titleKey, 'ending_title', d.ending.title),
      learn: d.ending.learn.map((p) => ({ ...p, text: prose(s, p.key, 'learn', p.text) })),
    },
    counterparts: d.counterparts.map((c) => ({ ...c, name: pick(s, `${storyId}:${c.id}#name`, c.name) })),
    decisions: d.decisions.map((r) => localizeDecision(r, text)),
  };
}

/** The story's title in the menu's language (`<story>#title`), else as sent. */
export function localizeTitle(storyId: string, english: string, menu: MenuText | null): string {
  return menu?.[`${storyId}#title`] ?? english;
}

/** The scenarios a facilitator chooses from, with their titles and summaries in the language. */
export function localizeStories(list: readonly StorySummary[], menu: MenuText | null): StorySummary[] {
  return list.map((s) => ({
    ...s,
    title: localizeTitle(s.id, s.title, menu),
    summary: s.summary === null ? null : (menu?.[`${s.id}#summary`] ?? s.summary),
  }));
}

/** What a participant's phone (and the console's room view) shows, in `text`'s language. */
export function localizeRoom(
  state: RoomState,
  text: StoryText | null,
  menu: MenuText | null = null,
): RoomState {
  const s = table(text);
  const title = localizeTitle(state.storyId, state.title, menu);
  if (!s) return title === state.title ? state : { ...state, title };
  const coach = state.coach;
  return {
    ...state,
    title,
    lines: localizeLines(state.lines, text),
    coach: coach && {
      ...coach,
      note: coach.note === null ? null : pick(s, coach.key && `${coach.key}#coach`, coach.note),
      // The model's explanations name the counterpart: in the story's translation of the name.
      ...(coach.explained && {
        explained: coach.explained.map((e) =>
          e.who !== undefined && e.words && typeof e.words.params.name === 'string'
            ? {
                ...e,
                words: {
                  ...e.words,
                  params: {
                    ...e.words.params,
                    name: pick(s, `${state.storyId}:${e.who}#name`, e.words.params.name),
                  },
                },
              }
            : e,
        ),
      }),
    },
    choices: localizeChoices(state.choices, state.choiceIds, s),
    debrief: state.debrief && localizeGroupDebrief(state.storyId, state.debrief, s, text),
  };
}

/**
 * The solo debrief's key moments in the language: a moment's note is the coach's note on the
 * choice that caused it (the room's `taken` choice ids, by the moment's place in the path).
 */
function localizeSoloDebrief(
  debrief: Debrief,
  history: readonly DecisionRecord[],
  s: Strings | null,
): Debrief {
  if (!s) return debrief;
  const taken = history.map((d) => d.choiceIds?.[d.taken] || undefined);
  const byText = new Map(history.map((d) => [d.choices[d.taken], d.choiceIds?.[d.taken] || undefined]));
  return {
    ...debrief,
    moments: debrief.moments.map((m) => {
      const id = m.replayPath ? taken[m.replayPath.length] : undefined;
      const led = m.cooling?.choice ? byText.get(m.cooling.choice) : undefined;
      return {
        ...m,
        note: m.note === null ? null : pick(s, id && `${id}#coach`, m.note),
        cooling:
          m.cooling && m.cooling.choice !== null
            ? { ...m.cooling, choice: pick(s, led, m.cooling.choice) }
            : m.cooling,
      };
    }),
  };
}

/** The facilitator's console in `text`'s language: the room, the transcript, the history, the debriefs. */
export function localizeHost(
  host: HostState,
  text: StoryText | null,
  menu: MenuText | null = null,
): HostState {
  const s = table(text);
  const room = localizeRoom(host.room, text, menu);
  if (!s) return room === host.room ? host : { ...host, room };
  const solo = host.soloDebrief as Debrief | null;
  return {
    ...host,
    room,
    transcript: localizeLines(host.transcript, text),
    history: host.history.map((d) => localizeDecision(d, text)),
    soloDebrief: solo && Array.isArray(solo.moments) ? localizeSoloDebrief(solo, host.history, s) : solo,
  };
}
