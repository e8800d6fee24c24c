/** Compile ink files and print their diagnostics: `npx tsx build/ink-check.ts stories/*.ink`. */
import { compileInkFile, formatDiagnostic } from './ink/compile.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = compileInkFile(file);
  for (const d of result.diagnostics) console.log(formatDiagnostic(d));
  if (!result.json) failed = true;
  else console.log(`${file}: compiled (${result.json.length} bytes of JSON)`);
}
process.exit(failed ? 1 : 0);
