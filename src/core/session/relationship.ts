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
  /** The choice being played (see `choose`): a gap its own branch leads into is attributed to it. */
  private chosen: { text: string; branch: string; acted: boolean } | null = null;

  /**
   * `where`: the place of the call the records name (an ink file and line, or an ink path);
   * `paths`: the ink paths of the call stack (the story's current path, and the places a tunnel or
   * a thread was called from), to tell a choice's own branch — a tunnel the branch calls is still
   * the choice's, a knot it diverts to is not;
   * `explain`: false to keep no explanation records (the log stays empty): the story analyzer
   * plays hundreds of thousands of events and reads only the states.
   */
  constructor(
    private readonly where: () => string | null,
    private readonly paths: () => readonly (string | null)[] = () => [where()],
    private readonly explain = true,
  ) {}

  /**
   * The learner takes a choice: `source` is its place in the ink (the runner's `Choice.source`, the
   * path of the choice point). Its own branch is the content ink runs for it — `c-N` beside the
   * choice point, and the tunnels it calls. Only events there carry the choice's coach note: an
   * event in a knot the branch diverts to (the next scene's crisis) is the story's, not this
   * choice's, and the debrief must not explain it with this choice's "Why". A meeting written in
   * the branch *after* something the choice did (the learner chose, then the time passed)
   * attributes the gap it ends to this choice; any other gap is time alone.
   * Pass null when the choice's continuation is over.
   */
  choose(choice: { text: string; source: string; coach: string | null } | null): void {
    this.note = choice?.coach ?? null;
    if (!choice) {
      this.chosen = null;
      return;
    }
    const dot = choice.source.lastIndexOf('.');
    this.chosen = {
      text: choice.text,
      branch: `${dot < 0 ? '' : choice.source.slice(0, dot + 1)}c-`,
      acted: false,
    };
  }

  /** The functions to bind to the story's EXTERNALs. */
  externals(): Record<string, ExternalFunction> {
    const fns: Record<string, ExternalFunction> = {};
    for (const name of model.VOCABULARY_NAMES) fns[name] = (...args) => this.apply(name, args);
    for (const name of READERS) fns[name] = (...args) => this.read(name, args);
    return fns;
  }

  apply(name: string, args: unknown[]): unknown {
    return this.applyEvent(model.parseCall(name, args));
  }

  /** `apply` for a call already parsed (`model.parseCall`): the story analyzer replays the same
   * calls many times. */
  applyEvent(event: model.RelationshipEvent): unknown {
    if (!this.explain) {
      const { state, result } = model.nextState(this.state, event);
      this.state = state;
      return result;
    }
    const branch = this.chosen?.branch;
    const own = branch !== undefined && this.paths().some((p) => p !== null && p.startsWith(branch));
    const meta: model.EventMeta = { source: this.where() ?? undefined };
    if (own && this.note !== null) meta.note = this.note;
    if (own && this.chosen!.acted) meta.choice = this.chosen!.text;
    const { state, records, result } = model.applyEvent(this.state, event, meta);
    if (own) this.chosen!.acted = true;
    this.state = state;
    this.log.push(...records);
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
