/** One thing the compiler or the review (review.ts) says about a story, and how an author reads it. */
export interface InkDiagnostic {
  severity: 'error' | 'warning' | 'author';
  file: string;
  line: number | null;
  message: string;
}

/** `stories/x.ink:12: error: …` — the form editors and terminals link to the line. */
export function formatDiagnostic(d: InkDiagnostic): string {
  return `${d.file}${d.line !== null ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`;
}
