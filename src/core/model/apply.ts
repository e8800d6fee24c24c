/**
 * applyEvent: state + event → new state + explanation record; replay: a log → the same state.
 *
 * Pure and deterministic: never mutates its input, never reads the clock, Math.random, the DOM or
 * storage. Checks what only the state can tell (an undeclared counterpart, time running
 * backwards, a counterpart redeclared differently) and throws an AuthorError naming the fix.
 */
import { SHOCK_DROP } from './calibration.ts';
import { AuthorError, formatArg } from './errors.ts';
import { effectText, eventCall } from './explain.ts';
import * as H from './handlers.ts';
import { coolAll, diff, shown, snapshot } from './records.ts';
import { startState } from './rules.ts';
import type {
  CounterpartState,
  EventMeta,
  ExplanationRecord,
  ModelState,
  RelationshipEvent,
} from './types.ts';

export function initialState(): ModelState {
  return { day: 0, counterparts: {}, order: [] };
}

export interface Applied {
  state: ModelState;
  /** The event's own record: what the event itself did. */
  record: ExplanationRecord;
  /**
   * Every record the event yields, in log order: when a meeting moves the clock, first a cooling
   * record for each counterpart that changed over the gap (R6), then `record`. Keep all of them:
   * the log replays to the state only with the coolings in it.
   */
  records: ExplanationRecord[];
  /** business_ask only: whether the request succeeded (R9). */
  result?: boolean;
}

function notDeclared(e: RelationshipEvent): AuthorError {
  const id = formatArg(e.who);
  return new AuthorError(
    `${eventCall(e)}: no counterpart ${id} has been declared — call counterpart(${id}, "Name", ro, pd, co, di, fl) first ` +
      '(in the cast() function, so jump-ins declare it too), or check the spelling of the id.',
  );
}

function sameProfile(a: CounterpartState, e: Extract<RelationshipEvent, { kind: 'counterpart' }>): boolean {
  return a.name === e.name && JSON.stringify(a.profile) === JSON.stringify(e.profile);
}

/**
 * The copy of the state an event works on: the counterparts the event can change are copied (all of
 * them for a meeting that moves the clock, whose cooling reaches everyone; otherwise the event's
 * own), the others are shared with `state` — no event changes them, and nothing changes a state
 * once made. So is the order of the counterparts, except for a declaration, which adds to it.
 */
function copyFor(state: ModelState, event: RelationshipEvent): ModelState {
  if (event.kind === 'meeting' && event.day > state.day) return cloneState(state);
  const counterparts = { ...state.counterparts };
  const cp = counterparts[event.who];
  if (cp) counterparts[event.who] = cloneCounterpart(cp);
  return {
    day: state.day,
    counterparts,
    order: event.kind === 'counterpart' ? [...state.order] : state.order,
  };
}

/**
 * A counterpart's copy, written out field by field in the order `startState` gives them (five times
 * as fast as a spread, which was the largest part of an event's cost in the story analyzer). The
 * profile and the last violation are shared: nothing changes them once made (a violation added to
 * in the same meeting is replaced, see `rules.recordViolation`).
 */
function cloneCounterpart(cp: CounterpartState): CounterpartState {
  return {
    id: cp.id,
    name: cp.name,
    profile: cp.profile,
    Tc: cp.Tc,
    Ta: cp.Ta,
    A: cp.A,
    P: cp.P,
    C: cp.C,
    G: cp.G,
    meetings: cp.meetings,
    lastContactDay: cp.lastContactDay,
    lastViolation: cp.lastViolation,
    shockMeeting: cp.shockMeeting,
    faceIncidents: cp.faceIncidents,
    repair: { ...cp.repair },
  };
}

/**
 * A copy of the state an event can change anywhere, written out: `structuredClone` was most of the
 * cost of an event (the story analyzer applies hundreds of thousands). Every counterpart is copied
 * (`cloneCounterpart`); tests check that applying an event never changes the state it was given,
 * nor any state before it.
 */
export function cloneState(state: ModelState): ModelState {
  const counterparts: Record<string, CounterpartState> = {};
  for (const id of Object.keys(state.counterparts))
    counterparts[id] = cloneCounterpart(state.counterparts[id]!);
  return { day: state.day, counterparts, order: state.order };
}

/** Apply one event. Throws AuthorError when the event does not fit the story so far. */
export function applyEvent(state: ModelState, event: RelationshipEvent, meta: EventMeta = {}): Applied {
  return advance(state, event, meta, true) as Applied;
}

/**
 * The state after one event, and a business_ask's result, without the explanation records: the
 * same code and rules as `applyEvent`, for the story analyzer, which applies hundreds of thousands
 * of events and reads only the states. Throws what applyEvent throws.
 */
export function nextState(
  state: ModelState,
  event: RelationshipEvent,
): { state: ModelState; result?: boolean } {
  return advance(state, event, {}, false);
}

/** applyEvent, and with `explain` false nextState: the records are left out, nothing else. */
function advance(
  state: ModelState,
  event: RelationshipEvent,
  meta: EventMeta,
  explain: boolean,
): Applied | { state: ModelState; result?: boolean } {
  const next = copyFor(state, event);
  let outcome: H.Outcome;
  const existing = next.counterparts[event.who];
  // What the counterpart showed before anything happened (the time before a meeting included).
  const before = existing ? shown(existing) : null;
  let cooled: ExplanationRecord[] = [];
  // The state the event's own record starts from: after the cooling, if the clock moved.
  let start = state;

  if (event.kind === 'counterpart') {
    if (existing && !sameProfile(existing, event)) {
      throw new AuthorError(
        `${eventCall(event)}: counterpart ${formatArg(event.who)} was already declared as ` +
          `${formatArg(existing.name)} with a different profile — declare each counterpart once (in cast()), or give this one another id.`,
      );
    }
    if (existing) {
      outcome = {
        rules: [],
        lead: `${event.name} was already declared; nothing changes`,
        words: { key: 'model.redeclared', params: { name: event.name } },
      };
    } else {
      next.counterparts[event.who] = startState(event.who, event.name, event.profile, next.day);
      next.order.push(event.who);
      outcome = {
        rules: ['R8'],
        lead: `${event.name} enters the story at the start values`,
        words: { key: 'model.enter', params: { name: event.name } },
      };
    }
  } else {
    const cp = existing;
    if (!cp) throw notDeclared(event);
    switch (event.kind) {
      case 'meeting': {
        if (event.day < next.day) {
          throw new AuthorError(
            `${eventCall(event)}: day ${event.day} is before day ${next.day}, the story's last meeting — ` +
              'in-story time only runs forward; give this meeting a day ≥ ' +
              `${next.day}.`,
          );
        }
        // The time before the meeting is recorded on its own (R6), before the meeting's record.
        if (explain) {
          cooled = coolAll(next, event.day, event, meta);
          if (cooled.length) start = snapshot(next);
        } else if (event.day > next.day) {
          for (const id of next.order) H.cooling(next.counterparts[id]!, next.day, event.day, meta.choice);
        }
        next.day = event.day;
        outcome = H.meeting(cp, event);
        break;
      }
      case 'gain':
        outcome = H.gain(cp, event);
        break;
      case 'loss':
        outcome = H.loss(cp, event);
        break;
      case 'face_threat':
        outcome = H.faceThreat(cp, event);
        break;
      case 'business_ask':
        outcome = H.businessAsk(cp, event);
        break;
      case 'handover':
        outcome = H.handover(cp);
        break;
      case 'apology':
      case 'denial':
        outcome = H.repair(cp, event.kind);
        break;
    }
  }

  const cp = next.counterparts[event.who]!;
  const after = shown(cp);
  // A single event that costs this much at once (or loses face) closes the counterpart for the
  // rest of the meeting; a repair that restores something opens them again. (For a meeting, the
  // cooling before it counts too, as it always has: `before` is from before the gap.)
  if (
    before &&
    (before.trust - after.trust >= SHOCK_DROP ||
      before.rapport - after.rapport >= SHOCK_DROP ||
      outcome.faceIncident)
  )
    cp.shockMeeting = cp.meetings;
  if (outcome.repaired) cp.shockMeeting = null;
  if (!explain)
    return outcome.result === undefined ? { state: next } : { state: next, result: outcome.result };

  const startCp = start.counterparts[event.who];
  const ownBefore = startCp ? shown(startCp) : null;
  const record: ExplanationRecord = {
    day: next.day,
    who: event.who,
    event: structuredClone(event),
    rules: outcome.rules,
    changes: diff(start, next, event.who),
    shown: { before: ownBefore, after },
    explanation: `${outcome.lead}: ${effectText(ownBefore, after)}.`,
    words: outcome.words,
  };
  if (meta.source !== undefined) record.source = meta.source;
  if (meta.note !== undefined) record.note = meta.note;
  if (outcome.faceIncident !== undefined) record.faceIncident = outcome.faceIncident;
  if (outcome.cue !== undefined) record.cue = outcome.cue;
  if (outcome.result !== undefined) record.result = outcome.result;
  const applied: Applied = { state: next, record, records: [...cooled, record] };
  if (outcome.result !== undefined) applied.result = outcome.result;
  return applied;
}

export interface LogEntry {
  event: RelationshipEvent;
  meta?: EventMeta;
}

/**
 * Re-apply a log of events from the start (or from `from`): same events, same state and records.
 * A record's `seq` is its place in the log, coolings included, not the entry's.
 */
export function replay(
  entries: readonly LogEntry[],
  from: ModelState = initialState(),
): { state: ModelState; records: ExplanationRecord[] } {
  let state = from;
  const records: ExplanationRecord[] = [];
  for (const entry of entries) {
    const applied = applyEvent(state, entry.event, entry.meta);
    state = applied.state;
    for (const record of applied.records) records.push({ seq: records.length, ...record });
  }
  return { state, records };
}
