import { resolve } from 'node:path';
import { compileInkFile } from '../../../../build/ink/compile.ts';

export const fixture = (name: string) => resolve(__dirname, '../../../fixtures/story', name);

/** Compile a fixture and fail loudly (with the diagnostics) if it does not compile. */
export function compiledFixture(name: string): string {
  const result = compileInkFile(fixture(name));
  if (!result.json) throw new Error(`fixture ${name} did not compile: ${JSON.stringify(result.diagnostics)}`);
  return result.json;
}
