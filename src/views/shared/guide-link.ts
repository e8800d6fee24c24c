/**
 * Where a facilitator's guide is (build/guide/, docs/guides.md): in the interface's language when
 * the build made the page in it, else in English. The build tells which pages exist in which
 * language as `import.meta.env.VITE_RAPPORT_GUIDES` (build/guide/plugin.ts: `{ "ja": "lost-face
 * module-asia-partners …" }`); without it (tests, an LMS package) every link is to English.
 */
import { language } from '../../l10n/index.ts';

type Manifest = Readonly<Record<string, string>>;

function readManifest(raw: unknown): Manifest {
  if (typeof raw !== 'string') return {};
  try {
    return JSON.parse(raw) as Manifest;
  } catch {
    return {};
  }
}

const MANIFEST = readManifest(import.meta.env.VITE_RAPPORT_GUIDES);

/**
 * The address of the guide `page` (`lost-face`, `module-asia-partners`) under `guides/`, relative
 * to the game's page: `guides/ja/lost-face.html` when `manifest` says it is made in `lang`, else
 * `guides/lost-face.html`.
 */
export function guideAddress(page: string, lang: string, manifest: Manifest = MANIFEST): string {
  const file = `${encodeURIComponent(page)}.html`;
  const pages = Object.hasOwn(manifest, lang) ? manifest[lang]!.split(' ') : [];
  return lang !== 'en' && pages.includes(page) ? `guides/${lang}/${file}` : `guides/${file}`;
}

/** The guide of a scenario in the interface's language now (or English). */
export const scenarioGuideHref = (storyId: string) => guideAddress(storyId, language());
/** The guide of a module in the interface's language now (or English). */
export const moduleGuideHref = (moduleId: string) => guideAddress(`module-${moduleId}`, language());
