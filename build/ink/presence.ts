/**
 * The review's presence rule (docs/authoring.md, "Who is there"): a warning when someone speaks in
 * a scene the story has taken them out of — after `# leave:` or `# absent:` — on a line that does
 * not bring them back (`# enter:`, `# present:`, `# remote:`) or say it is read from a message
 * (`# via:`). The stage keeps such a speaker off the picture, so the line would come from nowhere.
 * Also a warning when a presence tag names someone who is nearly a counterpart ("# leave: wnag").
 *
 * It follows the story's flow in ink's parsed hierarchy: lines in order, each choice from the
 * state at its choice point, a gather or a conditional meeting its branches, a divert ending a
 * path. A person counts as away only when every path to the line took them out, and a knot or a
 * stitch starts afresh (it can be entered from anywhere), as does any `place`, `location` or `date`
 * tag (a scene may change there) — so a warning is never a guess. Warnings, not errors: the story
 * still builds and plays.
 */
import { nearest } from '../../src/core/nearest.ts';
import { parseTag } from '../../src/core/story/tags.ts';
import type { InkDiagnostic } from './diagnostic.ts';
import { flatten, tagText, textOf, type Parsed } from './parsed.ts';

interface LineTag {
  name: string;
  value: string;
  file: string;
  line: number | null;
}

/** Who is away, and the tag that took them out. `null`: no path reaches this point. */
type Away = Map<string, LineTag> | null;

const SCENE = new Set(['place', 'location', 'date']);
const BRINGS_BACK = new Set(['enter', 'present', 'remote']);
const TAKES_OUT = new Set(['leave', 'absent']);
const PRESENCE = new Set([...BRINGS_BACK, ...TAKES_OUT]);

export function reviewPresence(root: unknown, fallbackFile: string): InkDiagnostic[] {
  const story = root as Parsed;
  const counterparts = declaredCounterparts(story);
  const out: InkDiagnostic[] = [];
  const speakers = new Set<string>();
  const named: LineTag[] = [];
  const key = (who: string) => personKey(who, counterparts);
  const nameOf = (k: string) => counterparts.get(k) ?? k;

  const line = (tags: LineTag[], away: Away): Away => {
    if (!tags.length || away === null) return away;
    const state: Map<string, LineTag> = tags.some((t) => SCENE.has(t.name)) ? new Map() : new Map(away);
    const speakerTag = tags.find((t) => t.name === 'speaker');
    const speaker = speakerTag && speakerTag.value.toLowerCase() !== 'you' ? key(speakerTag.value) : null;
    if (speaker) speakers.add(speaker);
    const people = (t: LineTag) =>
      t.value.trim()
        ? t.value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : speakerTag
          ? [speakerTag.value]
          : [];
    for (const t of tags) if (BRINGS_BACK.has(t.name)) for (const p of people(t)) state.delete(key(p));
    const mark = speaker ? state.get(speaker) : undefined;
    if (speaker && speakerTag && mark && !tags.some((t) => t.name === 'via')) {
      const who = nameOf(speaker);
      const id = speakerTag.value;
      out.push({
        severity: 'warning',
        file: speakerTag.file,
        line: speakerTag.line,
        message: `${who} speaks here, but the scene took them out at line ${mark.line ?? '?'} ("# ${mark.name}: ${mark.value || id}"), so the stage does not show them. Add "# via: email" if the line is read from a message, "# remote: ${id}" if it comes by phone or on a screen, or "# enter: ${id}" if ${who} is back.`,
      });
    }
    for (const t of tags) {
      if (PRESENCE.has(t.name) && t.value.trim()) named.push(t);
      if (TAKES_OUT.has(t.name)) for (const p of people(t)) state.set(key(p), t);
    }
    return state;
  };

  /** Walk a list of siblings from `away`; returns the state after them. */
  const list = (items: readonly Parsed[], start: Away, at: LineTag): Away => {
    let away = start;
    let pending: LineTag[] = [];
    const flush = () => {
      away = line(pending, away);
      pending = [];
    };
    const flat = flatten(items);
    for (let i = 0; i < flat.length; i++) {
      const o = flat[i]!;
      const here = where(o, at);
      if (o.typeName === 'Tag' && o.isStart) {
        const { text, end: j } = tagText(flat, i);
        const tag = parseTag(text);
        if (tag.name) pending.push({ ...here, name: tag.name, value: tag.value });
        i = j;
        continue;
      }
      if (o.typeName === 'Text') {
        if (o.text?.includes('\n')) flush();
        continue;
      }
      flush();
      away = node(o, away, here);
    }
    flush();
    return away;
  };

  /** A weave: choices start from their choice point, a gather meets the branches that reach it. */
  const weave = (o: Parsed, start: Away, at: LineTag): Away => {
    let away = start;
    let point: Away | undefined;
    let ends: Away[] = [];
    let run: Parsed[] = [];
    const close = () => {
      away = list(run, away, at);
      run = [];
    };
    for (const child of o.content ?? []) {
      if (child.typeName === 'Choice') {
        close();
        if (point === undefined) point = away;
        else ends.push(away);
        away = diverts(child) ? null : copy(point);
      } else if (child.typeName === 'Gather') {
        close();
        if (point !== undefined) {
          ends.push(away);
          away = meet(ends);
          point = undefined;
          ends = [];
        }
      } else run.push(child);
    }
    close();
    if (point !== undefined) away = meet([...ends, away]);
    return away;
  };

  const node = (o: Parsed, away: Away, at: LineTag): Away => {
    switch (o.typeName) {
      case 'Knot':
      case 'Stitch':
        // Entered from anywhere: nobody is known to be away. Its end is not this flow's.
        if (!o.isFunction) list(o.content ?? [], new Map(), at);
        return away;
      case 'Function':
        return away;
      case 'Weave':
        return weave(o, away, at);
      case 'Conditional': {
        const branches = (o.content ?? []).filter((c) => c.typeName === 'ConditionalSingleBranch');
        const ends = branches.map((b) => list(b.content ?? [], copy(away), where(b, at)));
        return meet(branches.some((b) => b.isElse) ? ends : [...ends, away]);
      }
      case 'Sequence':
        // Shuffles, cycles and once-only lists: any element, or none.
        return meet([...(o.content ?? []).map((e) => node(e, copy(away), where(e, at))), away]);
      case 'Divert':
        return o.isTunnel || o.isThread ? away : null;
      case 'TunnelOnwards':
        return null;
      case 'IncludedFile':
        return list(o.content ?? [], away, at);
      default:
        // Choices and gathers belong to their weave; the rest is logic (a function call runs ink's
        // own divert into the function and back), with no lines of its own.
        return away;
    }
  };

  list((story.content ?? []) as Parsed[], new Map(), { name: '', value: '', file: fallbackFile, line: null });

  // A presence tag naming someone who never speaks and is nearly a counterpart: a slip of the keyboard.
  const known = [...counterparts.keys()];
  const reported = new Set<string>();
  for (const t of named)
    for (const who of t.value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)) {
      const k = key(who);
      if (counterparts.has(k) || speakers.has(k) || reported.has(k) || who.toLowerCase() === 'you') continue;
      const near = nearest(who, known);
      if (!near) continue;
      reported.add(k);
      out.push({
        severity: 'warning',
        file: t.file,
        line: t.line,
        message: `"# ${t.name}: ${t.value}" names "${who}", who is not a counterpart and never speaks — did you mean "${near}"?`,
      });
    }
  return out;
}

/** Counterparts declared with `counterpart("id", "Name", …)`: id → name. */
function declaredCounterparts(root: Parsed): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (o: Parsed) => {
    if (o.typeName === 'FunctionCall' && o.name === 'counterpart') {
      const [id, name] = (o.args ?? []).map((a) => (a.typeName === 'String' ? textOf(a) : null));
      if (id) found.set(id, name ?? id);
    }
    for (const c of o.content ?? []) visit(c);
  };
  visit(root);
  return found;
}

/** The same person however a tag writes them: a counterpart's id or name, or anyone else's name. */
function personKey(who: string, counterparts: ReadonlyMap<string, string>): string {
  const w = who.trim();
  if (counterparts.has(w)) return w;
  for (const [id, name] of counterparts) if (name.toLowerCase() === w.toLowerCase()) return id;
  return w.toLowerCase().replace(/\s+/g, ' ');
}

/** A choice whose own line diverts away (`* [Go] -> next`): its branch never reaches the gather. */
function diverts(choice: Parsed): boolean {
  return flatten(choice.content ?? []).some((c) => c.typeName === 'Divert' && !c.isTunnel && !c.isThread);
}

function where(o: Parsed, at: LineTag): LineTag {
  return o.debugMetadata
    ? { ...at, file: o.debugMetadata.fileName ?? at.file, line: o.debugMetadata.startLineNumber }
    : at;
}

function copy(away: Away): Away {
  return away && new Map(away);
}

/** Away on every path that reaches here; paths that do not reach it (null) do not count. */
function meet(states: readonly Away[]): Away {
  const reached = states.filter((s): s is Map<string, LineTag> => s !== null);
  if (!reached.length) return null;
  const [first, ...rest] = reached;
  return new Map([...first!].filter(([id]) => rest.every((s) => s.has(id))));
}
