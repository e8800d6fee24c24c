/**
 * What went wrong with a story, in words a learner can act on: an error in the scenario's ink (tell
 * its author), a piece of the game that did not load (check the connection), or anything else
 * (reload). Told apart by the error's name and message, so this module needs none of the engine.
 */
import type { ProblemReport } from './stores/game-store.ts';

export function describeProblem(e: unknown, title: string): ProblemReport {
  const message = e instanceof Error ? e.message : String(e);
  // By name: the runner's module (with inkjs) is not loaded with this one.
  if (e instanceof Error && (e.name === 'StoryRuntimeError' || e.name === 'AuthorError')) {
    return {
      title: `“${title}” stopped with an error in its story`,
      detail: message,
      fix: 'This is a mistake in the scenario’s ink, not in what you did. Tell the scenario’s author (the message names the place); run `npm run stories` to check every path.',
      words: {
        title: { key: 'problem.scenario.storyError.title', params: { title } },
        fix: { key: 'problem.scenario.storyError.fix' },
      },
    };
  }
  if (/Failed to fetch|Loading chunk|dynamically imported module/i.test(message)) {
    return {
      title: `“${title}” could not be loaded`,
      detail: message,
      fix: 'Check your connection and reload the page.',
      words: {
        title: { key: 'problem.scenario.notLoaded.title', params: { title } },
        fix: { key: 'problem.scenario.notLoaded.fix' },
      },
    };
  }
  return {
    title: `“${title}” stopped unexpectedly`,
    detail: message,
    fix: 'Reload the page and try again.',
    words: {
      title: { key: 'problem.scenario.unexpected.title', params: { title } },
      fix: { key: 'app.error.generic.fix' },
    },
  };
}
