/**
 * The version of the learner record's format (its `schema` field), apart from the schemas that
 * check it (schema.ts) so that reading a record (profile-read.ts) needs no validation code.
 */
export const PROFILE_SCHEMA = 1;
