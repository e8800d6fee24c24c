/**
 * The compiler's own errors, as an author reads them: a misspelt function or knot names the one
 * probably meant (with its parameters), a wrong argument count names the missing arguments, an
 * INCLUDE that is not there says where it looked. Reads the parsed story through review.ts.
 */
import { nearest } from '../../src/core/nearest.ts';
import type { InkDiagnostic } from './diagnostic.ts';
import { gather, type Parsed } from './review.ts';

/**
 * The compiler's own error, with what the author probably meant: the nearest function or knot for
 * a name not found, the parameters a call is missing or has too many of.
 */
export function explainCompilerError(d: InkDiagnostic, parsedStory: unknown): InkDiagnostic {
  if (d.severity !== 'error' || !parsedStory) return d;
  const facts = gather(parsedStory as Parsed, d.file);
  const missingTarget = /^(Function call|Divert) target not found: '-> ([\w.]+)'/.exec(d.message);
  if (missingTarget) {
    const wanted = missingTarget[2]!;
    const functionCall = missingTarget[1] === 'Function call';
    const names = functionCall ? [...facts.functions.keys()] : [...facts.knots, ...facts.functions.keys()];
    const near = nearest(wanted, names);
    const shown =
      near && facts.functions.has(near) ? `${near}(${facts.functions.get(near)!.join(', ')})` : near;
    return {
      ...d,
      message: `${functionCall ? 'no function' : 'no knot, stitch or function'} named "${wanted}"${
        near ? ` — did you mean ${shown}?` : '.'
      } ${functionCall ? 'The relationship vocabulary is listed in docs/relationship-model.md.' : 'Check the name after "->".'}`,
    };
  }
  const load = /^Failed to load: '[^']*'\.?\s*(?:Error:\s*)+(.+)$/s.exec(d.message);
  if (load) return { ...d, message: load[1]!.trim() };
  const count = /^Function call to '(\w+)' requires (\d+) arguments?, but (?:only )?got (\d+)/.exec(
    d.message,
  );
  if (count) {
    const [, name, want, got] = count as unknown as [string, string, string, string];
    const params = facts.functions.get(name);
    if (!params) return d;
    const n = Number(got);
    const detail =
      n < Number(want)
        ? `missing ${listWords(params.slice(n))}`
        : `${n - Number(want)} argument${n - Number(want) === 1 ? '' : 's'} too many`;
    return {
      ...d,
      message: `${name}(${params.join(', ')}) takes ${want} argument${want === '1' ? '' : 's'}; this call has ${got} — ${detail}.`,
    };
  }
  return d;
}

function listWords(words: readonly string[]): string {
  return words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
