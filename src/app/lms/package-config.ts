/**
 * What `build/package.ts` bakes into an LMS package: the standard it was built for, the module
 * (its definition, so a single-scenario package needs no module file), and the activity id and
 * IRI base for xAPI and cmi5. Read from `import.meta.env.VITE_RAPPORT_LMS`, which the package build
 * defines as JSON; a normal build leaves it undefined, and the game runs as a website.
 */
import type { ModuleDefinition } from '../../core/modules/module.ts';

export const LMS_ENV = 'VITE_RAPPORT_LMS';

export type PackageFormat = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';
export const PACKAGE_FORMATS: readonly PackageFormat[] = ['scorm12', 'scorm2004', 'xapi', 'cmi5'];

export interface PackagedLms {
  format: PackageFormat;
  module: ModuleDefinition;
  /** The module's activity id (xAPI object id; the manifest's identifiers derive from it too). */
  activityId: string;
  /** Base of Rapport's xAPI extension IRIs. */
  iriBase?: string;
  /**
   * The package's language (`--lang`, default `en`): the language a learner starts in when they
   * have not picked one in Settings and their LMS states no preference Rapport has (docs/lms.md,
   * "Languages"). English: the browser's language decides, as on the website.
   */
  lang?: string;
  /** The module's words in each language it is translated into (title, summary, objectives). */
  texts?: Record<string, ModuleText>;
}

/** A module's words in one language; what is missing is said in English. */
export interface ModuleText {
  title: string;
  summary?: string;
  /** By objective id. */
  objectives?: Record<string, string>;
}

/** The package's configuration, or null in a normal build (or when the baked value is damaged). */
export function packagedLms(
  raw: unknown = (import.meta.env as Record<string, unknown>)[LMS_ENV],
): PackagedLms | null {
  if (typeof raw !== 'string' || !raw) return null;
  try {
    const c = JSON.parse(raw) as Partial<PackagedLms>;
    const m = c.module;
    if (
      !c.format ||
      !PACKAGE_FORMATS.includes(c.format) ||
      typeof c.activityId !== 'string' ||
      !m ||
      typeof m.id !== 'string' ||
      typeof m.title !== 'string' ||
      !Array.isArray(m.scenarios) ||
      !m.scenarios.length ||
      typeof m.passMark !== 'number'
    ) {
      return null;
    }
    return c as PackagedLms;
  } catch {
    return null;
  }
}
