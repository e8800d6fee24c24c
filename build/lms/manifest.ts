/**
 * The control files an LMS reads from a package: `imsmanifest.xml` for SCORM 1.2 and SCORM 2004
 * (4th edition), `tincan.xml` for xAPI. Plain text from plain data; every href is relative, so the
 * package works wherever the LMS unpacks it. Pure: the caller lists the files.
 */
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import type { ModuleText } from '../../src/app/lms/package-config.ts';
import { languageOf } from '../../src/l10n/languages.ts';
import { escapeXml } from '../xml.ts';

export { escapeXml };

export interface ManifestInput {
  module: ModuleDefinition;
  /** Every file of the package (relative, `/`-separated), the launch page among them. */
  files: string[];
  launch: string;
  /** The package's version (package.json), recorded in the manifest. */
  version: string;
  /** xAPI activity id of the module. */
  activityId: string;
  /** The package's language (`--lang`). */
  lang: string;
  /** The module's words in each language it is translated into (build/lms/module-text.ts). */
  texts?: Record<string, ModuleText>;
}

/** The tag of the English texts: the package's own when it is English (`en-GB`), else `en`. */
export const englishTag = (lang: string) => (languageOf(lang) === 'en' ? lang : 'en');

/** A text in English and in every translation: `[tag, text]`, English first. */
export function inEveryLanguage(
  m: Pick<ManifestInput, 'lang' | 'texts'>,
  english: string,
  pick: (t: ModuleText) => string | undefined,
): [string, string][] {
  const out: [string, string][] = [[englishTag(m.lang), english]];
  for (const [lang, t] of Object.entries(m.texts ?? {})) {
    const text = pick(t);
    if (text) out.push([lang, text]);
  }
  return out;
}

/** The title an LMS lists the package under: in the package's language when translated, else English. */
export function titleOf(m: Pick<ManifestInput, 'lang' | 'texts' | 'module'>): string {
  return m.texts?.[m.lang]?.title ?? m.module.title;
}

/**
 * IEEE LOM in the manifest's metadata (SCORM 2004 allows it inline): the title and description in
 * English and each translation, and the languages of the content.
 */
function lom(m: ManifestInput, indent: string): string {
  const strings = (pairs: [string, string][]) =>
    pairs.map(([lang, text]) => `<string language="${escapeXml(lang)}">${escapeXml(text)}</string>`).join('');
  const titles = inEveryLanguage(m, m.module.title, (t) => t.title);
  const descriptions = inEveryLanguage(m, m.module.summary || m.module.title, (t) => t.summary ?? t.title);
  return [
    `${indent}<lom xmlns="http://ltsc.ieee.org/xsd/LOM">`,
    `${indent}  <general>`,
    `${indent}    <title>${strings(titles)}</title>`,
    ...titles.map(([lang]) => `${indent}    <language>${escapeXml(lang)}</language>`),
    `${indent}    <description>${strings(descriptions)}</description>`,
    `${indent}  </general>`,
    `${indent}</lom>`,
  ].join('\n');
}

/** An xs:ID: a letter first, then letters, digits, `-`, `_`, `.`. */
export function xmlId(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_.-]+/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `R-${id}`;
}

const fileList = (files: string[], indent: string) =>
  files.map((f) => `${indent}<file href="${escapeXml(encodeHref(f))}"/>`).join('\n');

/** A relative href: each path segment URI-encoded, never a leading slash or `..`. */
export function encodeHref(path: string): string {
  if (path.startsWith('/') || path.split('/').includes('..'))
    throw new Error(`not a relative package path: ${path}`);
  return path.split('/').map(encodeURIComponent).join('/');
}

/** SCORM 1.2 (IMS CP 1.1.2, ADL CP 1.2): one SCO, the pass mark as mastery score. */
export function scorm12Manifest(m: ManifestInput): string {
  const title = escapeXml(titleOf(m));
  const id = xmlId(`rapport-${m.module.id}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${escapeXml(m.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${Number(m.module.passMark.toFixed(2))}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(encodeHref(m.launch))}">
${fileList(m.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th edition (IMS CP 1.1.4, ADL CP/SEQ/NAV 1.3): one SCO that sets completion and
 * success itself (deliveryControls), so the LMS takes its statuses as reported.
 */
export function scorm2004Manifest(m: ManifestInput): string {
  const title = escapeXml(titleOf(m));
  const id = xmlId(`rapport-${m.module.id}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${escapeXml(m.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
${lom(m, '    ')}
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${escapeXml(encodeHref(m.launch))}">
${fileList(m.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** xAPI "tincan launch": the module as one activity, launched from the given page. */
export function tincanXml(m: ManifestInput): string {
  const each = (tag: string, pairs: [string, string][]) =>
    pairs
      .map(([lang, text]) => `      <${tag} lang="${escapeXml(lang)}">${escapeXml(text)}</${tag}>`)
      .join('\n');
  return `<?xml version="1.0" encoding="utf-8" ?>
<tincan xmlns="http://projecttincan.com/tincan.xsd">
  <activities>
    <activity id="${escapeXml(m.activityId)}" type="http://adlnet.gov/expapi/activities/module">
${each(
  'name',
  inEveryLanguage(m, m.module.title, (t) => t.title),
)}
${each(
  'description',
  inEveryLanguage(m, m.module.summary || m.module.title, (t) => t.summary ?? t.title),
)}
      <launch lang="${escapeXml(englishTag(m.lang))}">${escapeXml(encodeHref(m.launch))}</launch>
    </activity>
  </activities>
</tincan>
`;
}
