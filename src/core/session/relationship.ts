/**
 * Binds the ink vocabulary (stories/lib/rapport.ink) to the relationship model.
 *
 * Each EXTERNAL call from ink is validated (an author error names the call and the fix), applied
 * to the model with its place in the story and the current coach note, and logged. Used by the
 * session (one play-through) and by the story analyzer (every path), so both apply the same rules.
 * Never touches the DOM, the store or storage.
 */
import * as model from '../model/index.ts';
import type { ExternalFunction } from '../story/runner.ts';

export const READERS = ['rapport', 'trust'] as const;

export class RelationshipBinding {
  state: model.ModelState = model.initialState();
  readonly log: model.ExplanationRecord[] = [];
  /** The coach note of the choice being played, attached to the records it causes. */
  note: string | null = null;

  constructor(private readonly where: () => string | null) {}

  /** The functions to bind to the story's EXTERNALs. */
  externals(): Record<string, ExternalFunction> {
    const fns: Record<string, ExternalFunction> = {};
    for (const name of model.VOCABULARY_NAMES) fns[name] = (...args) => this.apply(name, args);
    for (const name of READERS) fns[name] = (...args) => this.read(name, args);
    return fns;
  }

  apply(name: string, args: unknown[]): unknown {
    const event = model.parseCall(name, args);
    const { state, record, result } = model.applyEvent(this.state, event, {
      source: this.where() ?? undefined,
      note: this.note ?? undefined,
    });
    this.state = state;
    this.log.push(record);
    return result;
  }

  read(name: (typeof READERS)[number], args: unknown[]): number {
    const who = args[0];
    const cp = typeof who === 'string' ? this.state.counterparts[who] : undefined;
    if (!cp) {
      const id = JSON.stringify(who);
      throw new model.AuthorError(
        `${name}(${id}): no counterpart ${id} has been declared — call counterpart(${id}, "Name", …) before reading its ${name}.`,
      );
    }
    return Math.round(name === 'rapport' ? model.shownRapport(cp) : model.shownTrust(cp));
  }
}
