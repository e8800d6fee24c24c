/**
 * Figures per counterpart over every explored path, not averaged: each one's Rapport and Trust
 * range over the paths that end, and the same for each ending they reach (so an author sets an
 * ending's threshold inside the range that reaches it); and whether each business_ask can ever
 * succeed. Fed by the analyzer (analyzer.ts) as it explores; read into the report.
 */
import * as model from '../../src/core/model/index.ts';
import type { ModelState } from '../../src/core/model/index.ts';
import { emptyRange as empty, round1, widen, type Range } from './teaching.ts';

export interface CounterpartFigure {
  id: string;
  name: string;
  /** Shown Rapport and Trust over the paths that reach an ending. */
  rapport: Range;
  trust: Range;
  /** The same, per ending reached (ending id → ranges). */
  byEnding: Record<string, { rapport: Range; trust: Range }>;
}

export interface AskFigure {
  /** Where the business_ask is in the ink (file:line, or ink's path). */
  source: string;
  who: string;
  /** Whether some explored path has the relationship carry it, and whether some has it refused. */
  granted: boolean;
  refused: boolean;
}

export class CounterpartFigures {
  private readonly byId = new Map<string, CounterpartFigure>();
  private readonly asks = new Map<string, AskFigure>();

  /** A path reached `ending` with the relationship in `state`. */
  ended(state: ModelState, ending: string): void {
    for (const who of state.order) {
      const cp = state.counterparts[who]!;
      const rapport = round1(model.shownRapport(cp));
      const trust = round1(model.shownTrust(cp));
      let f = this.byId.get(who);
      if (!f)
        this.byId.set(who, (f = { id: who, name: cp.name, rapport: empty(), trust: empty(), byEnding: {} }));
      widen(f.rapport, rapport);
      widen(f.trust, trust);
      const e = (f.byEnding[ending] ??= { rapport: empty(), trust: empty() });
      widen(e.rapport, rapport);
      widen(e.trust, trust);
    }
  }

  /** A segment's business requests (where, to whom, whether the relationship carried it). */
  asked(asks: readonly { source: string; who: string; result: boolean }[]): void {
    for (const { source, who, result } of asks) {
      let a = this.asks.get(source);
      if (!a) this.asks.set(source, (a = { source, who, granted: false, refused: false }));
      if (result) a.granted = true;
      else a.refused = true;
    }
  }

  /** Each counterpart's shown Rapport range (what the teaching bars read). */
  rapportRanges(): Map<string, { name: string; min: number; max: number }> {
    return new Map([...this.byId].map(([id, f]) => [id, { name: f.name, ...f.rapport }]));
  }

  counterparts(): CounterpartFigure[] {
    return [...this.byId.values()];
  }

  businessAsks(): AskFigure[] {
    return [...this.asks.values()].sort((a, b) => a.source.localeCompare(b.source, 'en', { numeric: true }));
  }
}
