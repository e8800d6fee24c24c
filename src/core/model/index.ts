/**
 * The relationship model's public face: import everything from here (`src/core/model/index.ts`).
 *
 * Pure TypeScript: state in, event in, state and explanation out. The model never reads the
 * clock, randomness, the DOM, the store or storage, and never knows about ink or Phaser.
 */
export * from './types.ts';
export { AuthorError, formatCall } from './errors.ts';
export { VOCABULARY, VOCABULARY_NAMES, READER_NAMES, parseCall } from './vocabulary.ts';
export type { VocabularyWord } from './vocabulary.ts';
export { applyEvent, nextState, replay, initialState } from './apply.ts';
export type { Applied, LogEntry } from './apply.ts';
export {
  shownTrust,
  shownRapport,
  relationshipIndex,
  scenarioScore,
  scenarioReport,
  expression,
  baseline,
  startTrust,
  affectiveWeight,
  rapportWeights,
} from './meters.ts';
export type { ScenarioReport } from './meters.ts';
export { describeRecord, eventCall } from './explain.ts';
export * as rules from './rules.ts';
export * as calibration from './calibration.ts';
