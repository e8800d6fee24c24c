/**
 * The source passages a story cites (`// source: <file> "quote"`), checked against the articles
 * they come from: the file must be one of stories/sources.json's, and the quote must be in the
 * seed file's text (whitespace normalised). A quote that differs only in its quotation marks or
 * apostrophes (' for ’) is a warning; any other difference, or an unknown file, is an error that
 * names the story's file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInkNotes, type InkSource } from './ink-notes.ts';

export interface SourceArticle {
  id: string;
  file: string;
  title: string;
}

export interface SourceProblem {
  severity: 'error' | 'warning';
  /** `file:line: what is wrong. How to fix it.` */
  message: string;
}

/** stories/sources.json (an empty list when there is none). */
export function readSourceArticles(storiesDir: string): SourceArticle[] {
  const file = join(storiesDir, 'sources.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sources?: SourceArticle[] };
  return data.sources ?? [];
}

const spaces = (s: string) => s.replace(/\s+/g, ' ').trim();
const typography = (s: string) => s.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');

/** The seed files' texts, whitespace normalised (null: the seeds folder is not there). */
export function readSeedTexts(
  seedsDir: string | null,
  articles: readonly SourceArticle[],
): Map<string, string> | null {
  if (!seedsDir || !existsSync(seedsDir)) return null;
  const texts = new Map<string, string>();
  for (const a of articles) {
    const path = join(seedsDir, a.file);
    if (existsSync(path)) texts.set(a.file, spaces(readFileSync(path, 'utf8')));
  }
  return texts;
}

/**
 * Every problem with a story's source comments. `where`: the story's path as the messages name it
 * (`stories/lost-face.ink`); `seeds`: the seed texts, or null to check the file names only.
 */
export function checkSources(
  where: string,
  sources: readonly InkSource[],
  articles: readonly SourceArticle[],
  seeds: ReadonlyMap<string, string> | null,
): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const known = new Set(articles.map((a) => a.file));
  for (const s of sources) {
    const at = `${where}:${s.line}`;
    if (!known.has(s.file)) {
      problems.push({
        severity: 'error',
        message: `${at}: the source comment cites "${s.file}", which is not a known source. Use one of ${[...known].join(', ') || '(none)'} or add the article to stories/sources.json.`,
      });
      continue;
    }
    const text = seeds?.get(s.file);
    if (text === undefined) continue;
    const quote = spaces(s.quote);
    if (text.includes(quote)) continue;
    if (typography(text).includes(typography(quote)))
      problems.push({
        severity: 'warning',
        message: `${at}: the quote "${s.quote}" differs from ${s.file} only in its quotation marks or apostrophes. Copy them from the article (’ “ ”).`,
      });
    else
      problems.push({
        severity: 'error',
        message: `${at}: the quote "${s.quote}" is not in ${s.file} (compared with whitespace normalised). Copy the passage exactly from the article.`,
      });
  }
  return problems;
}

/**
 * Every story's source comments, and every module check's source quote, against the articles:
 * what `npm run check` reports (errors: an unknown file, a quote not in its article; warnings: a
 * quote that differs only in its quotation marks, or seeds that are not there to compare with).
 */
export function quoteProblems(
  stories: readonly { where: string; text: string }[],
  checks: readonly { where: string; source: string; quote: string | null }[],
  storiesDir: string,
  seedsDir: string,
): { errors: string[]; warnings: string[] } {
  const articles = readSourceArticles(storiesDir);
  const seeds = readSeedTexts(seedsDir, articles);
  const problems: SourceProblem[] = [];
  for (const s of stories)
    problems.push(...checkSources(s.where, readInkNotes(s.text).sources, articles, seeds));
  const fileOf = new Map(articles.map((a) => [a.id, a.file]));
  for (const c of checks) {
    const file = fileOf.get(c.source);
    if (!file || !c.quote) continue; // the checks reader reports an unknown source
    for (const p of checkSources(c.where, [{ line: 0, file, quote: c.quote, choice: null }], articles, seeds))
      problems.push({ ...p, message: p.message.replace(`${c.where}:0:`, `${c.where}:`) });
  }
  // In the form of the build's other messages: `file:line: error: …`.
  const tagged = (p: SourceProblem) => p.message.replace(/^(.*?(?::\d+|\))): /, `$1: ${p.severity}: `);
  const warnings = problems.filter((p) => p.severity === 'warning').map(tagged);
  if (!seeds)
    warnings.push(
      `warning: the seed articles are not at ${seedsDir}, so source quotes were not compared with them (set RAPPORT_SEEDS to their folder).`,
    );
  return { errors: problems.filter((p) => p.severity === 'error').map(tagged), warnings };
}
