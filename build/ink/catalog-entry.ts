/** Build-time: a catalog entry (menu data) from a compiled story, or the compile error to show. */
import { Story } from 'inkjs';
import { formatDiagnostic, type InkCompileResult } from './compile.ts';
import { parseInkJson } from '../../src/core/story/ink-json.ts';
import { storyInfo, type CatalogEntryData } from '../../src/core/story/tags.ts';

export type { CatalogEntryData };

export function readCatalogEntry(id: string, result: InkCompileResult): CatalogEntryData {
  if (!result.json) {
    const error = result.diagnostics
      .filter((d) => d.severity === 'error')
      .map(formatDiagnostic)
      .join('\n');
    return { id, ...storyInfo(id, []), error: error || 'The story did not compile.' };
  }
  const story = new Story(parseInkJson(result.json));
  return { id, ...storyInfo(id, story.globalTags) };
}
