/**
 * What a play-through runs on — inkjs (in the runner), the relationship model, the session and
 * the rebuilding of saves — as one module the game controller loads with the first story, so none
 * of it is parsed before the first line is on screen (see controller.ts).
 */
export { replay } from '../core/session/replay.ts';
export { buildInParts } from '../core/story/built.ts';
export { Session } from '../core/session/session.ts';
export { restoreSession } from './persist/restore.ts';
