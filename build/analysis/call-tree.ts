/**
 * The recorded plays of one ink segment (segments.ts) as a tree of external calls. Ink is
 * deterministic given its state and what its externals return: from the same ink state, the first
 * call is always the same; the value it returns decides the next call; and so on to the outcome. A
 * node holds the call ink makes there and, by the value that call returned (or by what decides
 * ink's way on, see `Call.compare` and `Call.use`), what ink did next; a leaf holds the outcome.
 */
import type { RelationshipEvent } from '../../src/core/model/index.ts';
import type { Comparison } from '../../src/core/story/runner.ts';
import type { ReaderUse } from './reader-use.ts';

/** One external call made by ink while playing a segment. */
export interface Call {
  name: string;
  args: unknown[];
  reader: boolean;
  /** Where in the story the call is (ink file and line, or ink path); null for a reader. */
  source: string | null;
  /** When ink only compares the value with a number: that comparison. The tree then branches on
   * whether it holds, not on the value, so a reader's value only has to fall on the same side. */
  compare: Comparison | null;
  /** When ink adds the value to other readers' before it compares, or keeps it in a variable it
   * only compares (reader-use.ts): the tree branches on those comparisons, and the other readers'
   * calls are part of this one. */
  use: ReaderUse | null;
  /** An event's call parsed, once it has been replayed (the same call is replayed many times). */
  event?: RelationshipEvent;
}

/** A call as recorded: the call and the key of the value it returned. */
export interface Made {
  call: Call;
  value: unknown;
}

export interface CallTree<O> {
  call?: Call;
  next?: Map<unknown, CallTree<O>>;
  outcome?: O;
}

/** A business_ask made in a segment: where, to whom, and whether the relationship carried it. */
export interface Ask {
  source: string;
  who: string;
  result: boolean;
}

/** Follow the tree from its root, taking at each call the branch `keyOf` gives: the outcome at
 * the leaf reached, or undefined when a branch was never recorded. */
export function follow<O>(tree: CallTree<O>, keyOf: (call: Call) => unknown): O | undefined {
  let node: CallTree<O> | undefined = tree;
  while (node?.call) node = node.next!.get(keyOf(node.call));
  return node?.outcome;
}

/** Add a segment ink played (its calls and their keys, then its outcome) to its tree. */
export function record<O>(tree: CallTree<O>, calls: readonly Made[], outcome: O): void {
  let node = tree;
  for (const { call, value } of calls) {
    if (!node.call) {
      if (node.outcome) return; // cannot happen while ink is deterministic: learn nothing
      node.call = call;
      node.next = new Map();
    } else if (!sameCall(node.call, call)) return;
    let child = node.next!.get(value);
    if (!child) node.next!.set(value, (child = {}));
    node = child;
  }
  if (!node.call && !node.outcome) node.outcome = outcome;
}

/** What a segment's calls did besides changing the relationship state: whether it had any event
 * (each event is logged), and its business requests with their results. */
export function effectsOf(calls: readonly Made[]): { logged: boolean; asks: Ask[] } {
  const asks: Ask[] = [];
  let logged = false;
  for (const { call, value } of calls) {
    if (call.reader) continue;
    logged = true;
    if (call.name === 'business_ask' && typeof value === 'boolean')
      asks.push({ source: call.source ?? '?', who: call.args[0] as string, result: value });
  }
  return { logged, asks };
}

function sameCall(a: Call, b: Call): boolean {
  return (
    a.name === b.name &&
    a.reader === b.reader &&
    a.source === b.source &&
    a.compare?.op === b.compare?.op &&
    a.compare?.than === b.compare?.than &&
    a.use?.id === b.use?.id &&
    sameArgs(a.args, b.args)
  );
}

export function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
