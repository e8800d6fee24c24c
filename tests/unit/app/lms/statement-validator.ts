/**
 * Every xAPI statement the game sends is checked by a validator someone else maintains:
 * Learning Locker's (@learninglocker/xapi-validation, the one its LRS runs and has been conformance
 * tested with) — not a list of our own expectations that could share our misreadings. It returns
 * every problem of a statement at once; a test fails with all of them, named by path.
 */
import { expect } from 'vitest';
import * as validation from '@learninglocker/xapi-validation';

type Warning = { path?: (string | number)[]; typeName?: string; name?: string; data?: unknown };
type Validate = (data: unknown) => Warning[];

// A CommonJS module with `exports.default`: reached as `.default` or `.default.default`.
const mod = validation as unknown as { default: Validate | { default: Validate } };
const validate: Validate = typeof mod.default === 'function' ? mod.default : mod.default.default;

/** What the validator has against a statement, one line each (`statement.result.duration: ISO Duration`). */
export function statementProblems(statement: unknown): string[] {
  return validate(statement).map(
    (w) => `${(w.path ?? []).join('.')}: ${w.typeName ?? w.name ?? 'invalid'} (${JSON.stringify(w.data)})`,
  );
}

/** Fails with every problem the validator finds. */
export function expectValidStatement(statement: unknown): void {
  expect(statementProblems(statement), JSON.stringify(statement)).toEqual([]);
}
