/** Build-time: a catalog entry (menu data) from a compiled story, or the compile error to show. */
import { Story } from 'inkjs';
import { formatDiagnostic, type InkCompileResult } from './compile.ts';
import { storyInfo, type StoryInfo } from './tags.ts';

export interface CatalogEntryData extends StoryInfo {
  id: string;
  /** Set when the story does not compile: the menu shows it instead of a broken entry. */
  error?: string;
  /** Worst and best reachable scenario scores, from the story analyzer (for "share of the best"). */
  scoreRange?: { min: number; max: number } | null;
  /** Every ending and every choice (by its place in the story), for the learner's path map. */
  endingIds?: string[];
  choiceSources?: string[];
}

export function readCatalogEntry(id: string, result: InkCompileResult): CatalogEntryData {
  if (!result.json) {
    const error = result.diagnostics
      .filter((d) => d.severity === 'error')
      .map(formatDiagnostic)
      .join('\n');
    return { id, ...storyInfo(id, []), error: error || 'The story did not compile.' };
  }
  const story = new Story(result.json);
  return { id, ...storyInfo(id, story.globalTags) };
}
