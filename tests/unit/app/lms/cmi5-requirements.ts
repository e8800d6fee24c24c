/**
 * The cmi5 specification's requirements by id, from ADL's own list (@cmi5/requirements, the list
 * the cmi5 conformance test suite CATAPULT is keyed to). A test of a rule is named `<id> <the
 * requirement's words>`; an id the list does not have fails at once, so a name cannot cite a rule
 * that does not exist.
 */
import requirements from '@cmi5/requirements' with { type: 'json' };

const list = requirements as Record<string, { txt: string }>;

/** `9.3.0.0-2 Verbs MUST NOT be duplicated (in cmi5 defined statements).` */
export function req(id: string): string {
  const r = list[id];
  if (!r) throw new Error(`@cmi5/requirements has no requirement "${id}"`);
  const words = r.txt.replace(/\s+/g, ' ').trim();
  return `${id} ${words.length > 150 ? `${words.slice(0, 147)}…` : words}`;
}

/** Every id the list has (for a test that checks each rule this project claims is tested). */
export const requirementIds = (): string[] => Object.keys(list);
