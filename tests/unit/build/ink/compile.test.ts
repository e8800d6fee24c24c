import { describe, expect, it } from 'vitest';
import { compileInkFile, formatDiagnostic, parseInkMessage } from '../../../../build/ink/compile.ts';
import { fixture } from '../../core/story/helpers.ts';

describe('compileInkFile', () => {
  it('names the file and line of a compile error', () => {
    const result = compileInkFile(fixture('broken.ink'));
    expect(result.json).toBeNull();
    const error = result.diagnostics.find((d) => d.severity === 'error')!;
    expect(error.file).toMatch(/broken\.ink$/);
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/nowhere_to_go/);
    expect(formatDiagnostic(error)).toMatch(/broken\.ink:2: error: /);
  });

  it('names the included file when the error is inside an INCLUDE', () => {
    const result = compileInkFile(fixture('broken-include.ink'));
    expect(result.json).toBeNull();
    const error = result.diagnostics.find((d) => d.severity === 'error')!;
    expect(error.file).toMatch(/^tests\/fixtures\/story\/parts\/broken-part\.ink$/);
    expect(error.line).toBe(3);
  });

  it('lists every included file (so the dev server can watch them)', () => {
    const result = compileInkFile(fixture('include-main.ink'));
    expect(result.json).not.toBeNull();
    expect(result.files.some((f) => f.endsWith('parts/include-part.ink'))).toBe(true);
  });

  it('reports a missing INCLUDE with the path it looked for', () => {
    const result = compileInkFile(
      fixture('parts/../broken-include.ink').replace('broken-include', 'missing-include'),
    );
    expect(result.json).toBeNull();
  });

  it('parses the compiler message format', () => {
    expect(parseInkMessage("WARNING: 'a.ink' line 7: Apparent loose end", 'x.ink')).toEqual({
      severity: 'warning',
      file: 'a.ink',
      line: 7,
      message: 'Apparent loose end',
    });
  });
});
