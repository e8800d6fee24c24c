/**
 * `cmi5.xml`, the course structure of a cmi5 package (cmi5 §13–14, CourseStructure.xsd): the
 * module as a course of **one AU**. Why one AU for the whole module and not one per scenario: the
 * module is what is judged — its score is the average of its scenarios' best scores against one
 * pass mark, its opening and closing checks frame all the scenarios, and one resume point carries
 * the learner through them — and cmi5 gives each AU its own `masteryScore` and `moveOn`, which an
 * average over several AUs cannot be written as. The LMS sees one AU to launch, complete and pass.
 *
 * - course: `<activity id>/course`, the module's title and summary;
 * - objectives: one per module objective (`<activity id>/objectives/<id>`), referenced by the AU;
 * - au: id = the module's activity id (the publisher id the LMS puts in `grouping`), `moveOn` =
 *   CompletedAndPassed, `masteryScore` = the pass mark ÷ 100, `launchMethod` = AnyWindow (the game
 *   runs in a frame or a window alike), `url` = the launch page, relative to the zip's root.
 *
 * Every text is a `langstring` in English and one in each language the module is translated into
 * (`<langstring lang="ja">`). Pure: plain text from plain data.
 */
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import { escapeXml } from '../xml.ts';
import { encodeHref, inEveryLanguage } from './manifest.ts';
import type { ModuleText } from '../../src/app/lms/package-config.ts';

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** An xs:language tag (RFC 3066 as XML Schema has it): `en`, `en-GB`, `zh-Hans-CN`. */
export const XS_LANGUAGE = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

export interface Cmi5Input {
  module: ModuleDefinition;
  /** The launch page, relative to the zip's root. */
  launch: string;
  /** The AU's id (the module's activity id). */
  activityId: string;
  /** The package's language (`--lang`): English texts are tagged with it when it is English. */
  lang: string;
  /** The module's words in each language it is translated into: a langstring each. */
  texts?: Record<string, ModuleText>;
}

export type MoveOn = 'NotApplicable' | 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed';

/** The AU's masteryScore: the pass mark (0–100) as a decimal 0–1 with at most 4 places. */
export function masteryScore(passMark: number): number {
  const clamped = Math.min(100, Math.max(0, passMark));
  return Math.round(clamped * 100) / 10000;
}

/** A path segment of an IRI, percent-encoded. */
const segment = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

export const courseId = (activityId: string) => `${activityId}/course`;
export const objectiveId = (activityId: string, id: string) => `${activityId}/objectives/${segment(id)}`;

export function cmi5Xml(m: Cmi5Input): string {
  if (!XS_LANGUAGE.test(m.lang))
    throw new Error(`--lang must be a language tag such as en or en-GB (got "${m.lang}")`);
  /** A text in English and each translation (`pick` finds it in a language's words; none: English only). */
  const text = (
    tag: string,
    value: string,
    indent: string,
    pick: (t: ModuleText) => string | undefined = () => undefined,
  ) =>
    `${indent}<${tag}>${inEveryLanguage(m, value, pick)
      .map(([lang, v]) => `<langstring lang="${escapeXml(lang)}">${escapeXml(v.trim() || '—')}</langstring>`)
      .join('')}</${tag}>`;
  const module = m.module;
  const objectives = module.objectives.map((o) => ({
    id: objectiveId(m.activityId, o.id),
    title: o.text,
    pick: (t: ModuleText) => t.objectives?.[o.id],
    description: `${o.text} (shown in: ${o.scenarios.join(', ')})`,
  }));
  const title = (t: ModuleText) => t.title;
  const summary = (t: ModuleText) => t.summary ?? (module.summary ? undefined : t.title);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `  <course id="${escapeXml(courseId(m.activityId))}">`,
    text('title', module.title, '    ', title),
    text('description', module.summary || module.title, '    ', summary),
    '  </course>',
  ];
  if (objectives.length) {
    lines.push('  <objectives>');
    for (const o of objectives) {
      lines.push(
        `    <objective id="${escapeXml(o.id)}">`,
        text('title', o.title, '      ', o.pick),
        text('description', o.description, '      ', o.pick),
        '    </objective>',
      );
    }
    lines.push('  </objectives>');
  }
  const moveOn: MoveOn = 'CompletedAndPassed';
  lines.push(
    `  <au id="${escapeXml(m.activityId)}" moveOn="${moveOn}" masteryScore="${masteryScore(module.passMark)}" launchMethod="AnyWindow">`,
    text('title', module.title, '    ', title),
    text('description', module.summary || module.title, '    ', summary),
  );
  if (objectives.length) {
    lines.push('    <objectives>');
    for (const o of objectives) lines.push(`      <objective idref="${escapeXml(o.id)}"/>`);
    lines.push('    </objectives>');
  }
  lines.push(`    <url>${escapeXml(encodeHref(m.launch))}</url>`, '  </au>', '</courseStructure>', '');
  return lines.join('\n');
}
