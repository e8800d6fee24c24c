/**
 * What the facilitator's guide reads from a story's ink source as written, line by line: the
 * thresholds (`CONST`), the counterparts with their culture profile and the author's notes on them
 * (the comment paragraphs that start with their name), the discussion prompts and the choice that
 * follows each, the `// source:` comments, the endings with their learning points, and the
 * conditions that divert to each ending. The analyzer plays the story; this reads what playing does
 * not show (comments, conditions, every ending's tags).
 */

export interface InkCounterpart {
  id: string;
  name: string;
  /** Relationship orientation, power distance, collectivism, directness, flexibility (0–1). */
  profile: number[];
  line: number;
  /** The author's comment paragraphs about this person. */
  notes: string[];
}

export interface InkPrompt {
  line: number;
  text: string;
  /** The knot (or knot.stitch) it is in. */
  place: string;
  /** The words of the first choice after it in the same knot, as the learner reads them. */
  nextChoice: string | null;
}

export interface InkSource {
  line: number;
  file: string;
  quote: string;
  /** The choice the comment stands above, if it does. */
  choice: string | null;
}

export interface InkEnding {
  id: string;
  knot: string;
  title: string;
  learn: { seed: string; text: string }[];
}

/** One way to an ending: a branch of a conditional (`- cond: -> ending_x`), an `else`, or a divert. */
export interface InkRoute {
  line: number;
  /** The knot that decides. */
  place: string;
  /** The ink condition as written; null for `else` or a plain divert. */
  condition: string | null;
  kind: 'if' | 'else' | 'divert';
  ending: string;
  /** The branches of the same conditional before this one (checked first). */
  order: number;
  /** `~ temp x = …` in the deciding knot, for the condition's words. */
  temps: Record<string, string>;
}

export interface InkNotes {
  constants: Record<string, number>;
  counterparts: InkCounterpart[];
  prompts: InkPrompt[];
  sources: InkSource[];
  endings: InkEnding[];
  routes: InkRoute[];
  /** The words of the choices offered only when a condition holds (`* {cond} [words]`). */
  conditionalChoices: string[];
}

const KNOT = /^\s*={2,}\s*(function\s+)?([\w]+)/;
const STITCH = /^\s*=\s*(\w+)\s*$/;
const COMMENT = /^\s*\/\/\s?(.*)$/;
const CHOICE = /^\s*[*+](?:\s*[*+])*\s*(?:\(\w+\)\s*)?(?:\{[^}]*\}\s*)*(.*)$/;
const SOURCE = /^\s*\/\/\s*source:\s*(\S+)\s+"(.*)"\s*$/;

/** The words of a choice line as the learner reads them (`* [Ask # coach: …]` → `Ask`). */
export function choiceWords(line: string): string | null {
  const m = CHOICE.exec(line);
  if (!m) return null;
  const body = m[1]!;
  const open = body.indexOf('[');
  const close = body.indexOf(']', open);
  const shown = open >= 0 && close > open ? body.slice(0, open) + body.slice(open + 1, close) : body;
  const words = shown.split('#')[0]!.replace(/\s+/g, ' ').trim();
  return words || null;
}

/** A line's tags: `text # a: b # c: d` → [['a', 'b'], ['c', 'd']]. */
function tagsOf(line: string): [string, string][] {
  if (COMMENT.test(line)) return [];
  const code = line.replace(/\[[^\]]*\]/, ''); // a choice's bracket holds the choice's own tags
  return code
    .split('#')
    .slice(1)
    .map((t) => /^\s*([\w]+)\s*:?\s*(.*?)\s*$/.exec(t))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => [m[1]!, m[2]!]);
}

export function readInkNotes(text: string): InkNotes {
  const lines = text.split(/\r?\n/);
  const notes: InkNotes = {
    constants: {},
    counterparts: [],
    prompts: [],
    sources: [],
    endings: [],
    routes: [],
    conditionalChoices: [],
  };
  const knotOf: string[] = [];
  const placeOf: string[] = [];
  let knot = '';
  let place = '';
  for (const line of lines) {
    const k = KNOT.exec(line);
    const s = !k && STITCH.exec(line);
    if (k) knot = place = k[2]!;
    else if (s) place = `${knot}.${s[1]}`;
    knotOf.push(knot);
    placeOf.push(place);
  }
  const nextCode = (from: number) => {
    for (let j = from; j < lines.length; j++) if (lines[j]!.trim() && !COMMENT.test(lines[j]!)) return j;
    return -1;
  };

  lines.forEach((line, i) => {
    const c = /^\s*CONST\s+(\w+)\s*=\s*(-?[\d.]+)/.exec(line);
    if (c) notes.constants[c[1]!] = Number(c[2]);
    const cp = /counterpart\(\s*"([^"]+)"\s*,\s*"([^"]+)"\s*,([^)]*)\)/.exec(line);
    if (cp && !COMMENT.test(line) && !/EXTERNAL|function/.test(line))
      notes.counterparts.push({
        id: cp[1]!,
        name: cp[2]!,
        profile: cp[3]!.split(',').map((x) => Number(x.trim())),
        line: i + 1,
        notes: [],
      });
    const words = /^\s*[*+](?:\s*[*+])*\s*(?:\(\w+\)\s*)?\{/.test(line) && choiceWords(line);
    if (words) notes.conditionalChoices.push(words);
    const src = SOURCE.exec(line);
    if (src) {
      const next = nextCode(i + 1);
      notes.sources.push({
        line: i + 1,
        file: src[1]!,
        quote: src[2]!,
        choice: next >= 0 ? choiceWords(lines[next]!) : null,
      });
    }
    for (const [name, value] of tagsOf(line)) {
      if (name === 'discuss') {
        let choice: string | null = null;
        for (let j = i + 1; j < lines.length && knotOf[j] === knotOf[i] && choice === null; j++)
          if (!COMMENT.test(lines[j]!)) choice = choiceWords(lines[j]!);
        notes.prompts.push({ line: i + 1, text: value, place: placeOf[i]!, nextChoice: choice });
      }
      const ending = notes.endings.find((e) => e.knot === knotOf[i]);
      if (name === 'ending') notes.endings.push({ id: value, knot: knotOf[i]!, title: value, learn: [] });
      else if (name === 'ending_title' && ending) ending.title = value;
      else if (name === 'learn' && ending) {
        const m = /^(\d+)\s*:\s*(.*)$/.exec(value);
        ending.learn.push({ seed: m?.[1] ?? '', text: m?.[2] ?? value });
      }
    }
  });

  readRoutes(lines, knotOf, notes);
  readPeople(lines, notes.counterparts);
  return notes;
}

/** The diverts to ending knots, with the conditions that guard them. */
function readRoutes(lines: readonly string[], knotOf: readonly string[], notes: InkNotes): void {
  const endingOf = new Map(notes.endings.map((e) => [e.knot, e.id]));
  let order = 0;
  lines.forEach((line, i) => {
    if (COMMENT.test(line)) return;
    const branch = /^\s*-\s*(.+?)\s*:\s*->\s*(\w+)\s*$/.exec(line);
    const plain = !branch && /->\s*(\w+)\s*$/.exec(line);
    const target = branch ? branch[2]! : plain ? plain[1]! : null;
    if (!branch) order = 0;
    if (!target || !endingOf.has(target) || knotOf[i] === target) return;
    const temps: Record<string, string> = {};
    lines.forEach((l, j) => {
      const t = knotOf[j] === knotOf[i] && /^\s*~\s*temp\s+(\w+)\s*=\s*(.+?)\s*$/.exec(l);
      if (t) temps[t[1]!] = t[2]!;
    });
    const isElse = branch?.[1] === 'else';
    notes.routes.push({
      line: i + 1,
      place: knotOf[i]!,
      condition: branch && !isElse ? branch[1]! : null,
      kind: branch ? (isElse ? 'else' : 'if') : 'divert',
      ending: endingOf.get(target)!,
      order: branch ? order++ : 0,
      temps,
    });
  });
}

/**
 * The author's notes on each counterpart: the comment paragraphs from the line that starts with
 * their name up to the next person's, or to the first line of code.
 */
function readPeople(lines: readonly string[], people: InkCounterpart[]): void {
  let who: InkCounterpart | null = null;
  let paragraph: string[] = [];
  const close = () => {
    if (who && paragraph.length) who.notes.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const line of lines) {
    const m = COMMENT.exec(line);
    if (!m || SOURCE.test(line)) {
      close();
      who = null;
      continue;
    }
    const words = m[1]!.trim();
    const starts = people.find((p) => words.startsWith(p.name));
    if (starts) {
      close();
      who = starts;
      if (starts.notes.length) who = null; // notes already found: a later mention is not about them
    }
    if (!words) close();
    else if (who) paragraph.push(words);
  }
  close();
}
