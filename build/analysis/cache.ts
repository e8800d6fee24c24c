/**
 * A disk cache for story analyses (Node only). Exploring every path of a long story takes
 * seconds, and the build, the dev server and the tests all ask for it: the result is kept under
 * node_modules/.cache/rapport/, keyed by the compiled story and by the source of the code that
 * computes it (analyzer, model, binding), so any change to either recomputes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeStory, type AnalyzeOptions, type StoryReport } from './analyzer.ts';

const here = dirname(fileURLToPath(import.meta.url));
let codeHash: string | null = null;

function sourceHash(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  const dirs = [
    here,
    resolve(here, '../../src/core/model'),
    resolve(here, '../../src/core/session'),
    resolve(here, '../../src/core/story'),
  ];
  for (const dir of dirs) {
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      h.update(f).update(readFileSync(join(dir, f)));
    }
  }
  codeHash = h.digest('hex').slice(0, 16);
  return codeHash;
}

/** Where the analysis of this compiled story, by this code, with these options, is kept. */
function cachePath(file: string, storyJson: string, options: AnalyzeOptions): { dir: string; path: string } {
  const root = options.root ?? process.cwd();
  const key = createHash('sha256')
    .update(sourceHash())
    .update(storyJson)
    .update(String(options.maxStates ?? ''))
    .update(options.teaching === false ? 'no-teaching' : '')
    .update(options.graph ? 'graph' : '')
    .update(file)
    .digest('hex')
    .slice(0, 24);
  const dir = resolve(root, 'node_modules/.cache/rapport');
  return { dir, path: join(dir, `analysis-${key}.json`) };
}

/** Whether `analyzeStoryCached` would find this analysis on disk (without exploring anything). */
export function isAnalysisCached(file: string, storyJson: string, options: AnalyzeOptions = {}): boolean {
  return (
    existsSync(cachePath(file, storyJson, options).path) ||
    (!options.graph && existsSync(cachePath(file, storyJson, { ...options, graph: true }).path))
  );
}

export function analyzeStoryCached(
  file: string,
  storyJson: string,
  options: AnalyzeOptions = {},
): StoryReport {
  const { dir, path } = cachePath(file, storyJson, options);
  // The same analysis with the story graph (the build's, for the learner's map) serves a plain
  // request too: the graph changes nothing else in the report.
  const withGraph = options.graph ? null : cachePath(file, storyJson, { ...options, graph: true }).path;
  for (const at of [path, withGraph]) {
    if (!at || !existsSync(at)) continue;
    try {
      const report = JSON.parse(readFileSync(at, 'utf8')) as StoryReport;
      if (at !== path) delete report.graph;
      return report;
    } catch {
      // a damaged cache entry is recomputed below
    }
  }
  const report = analyzeStory(file, options);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, JSON.stringify(report));
  } catch {
    // no cache (read-only checkout): the result is still correct
  }
  return report;
}
