import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  encodeHref,
  escapeXml,
  scorm12Manifest,
  scorm2004Manifest,
  tincanXml,
  xmlId,
  type ManifestInput,
} from '../../../../build/lms/manifest.ts';
import { resolveModule } from '../../../../build/lms/module-source.ts';
import { packageConfig } from '../../../../build/package.ts';
import { packagedLms } from '../../../../src/app/lms/package-config.ts';
import { moduleOf } from './helpers.ts';
import { xmlRoot } from '../../xml.ts';

const root = resolve(__dirname, '../../../..');

const input = (over: Partial<ManifestInput> = {}): ManifestInput => ({
  module: {
    ...moduleOf(['lost-face', 'south-of-london']),
    id: 'partners-abroad',
    title: 'Partners & "rivals" <abroad>',
  },
  files: ['index.html', 'assets/index-abc.js', 'assets/file with space.css'],
  launch: 'index.html',
  version: '0.1.0',
  activityId: 'https://w3id.org/rapport/xapi/modules/partners-abroad',
  lang: 'en',
  ...over,
});

describe('package control files', () => {
  it('SCORM 1.2: IMS CP 1.1.2 and ADL CP 1.2 schemas, one SCO, the pass mark as mastery score', () => {
    const xml = scorm12Manifest(input());
    expect(xmlRoot(xml)).toBe('manifest');
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml).toContain('<adlcp:masteryscore>28</adlcp:masteryscore>');
    expect(xml).toContain('<title>Partners &amp; &quot;rivals&quot; &lt;abroad&gt;</title>');
    expect(xml).toContain('<file href="assets/file%20with%20space.css"/>');
    expect(xml).not.toMatch(/href="\//);
  });

  it('SCORM 2004 4th edition: CP 1.1.4 / ADL 1.3 schemas, the content sets completion and success', () => {
    const xml = scorm2004Manifest(input());
    expect(xmlRoot(xml)).toBe('manifest');
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco"');
    expect(xml).toContain('completionSetByContent="true" objectiveSetByContent="true"');
    // Every identifier is an xs:ID, every identifierref points at one.
    const ids = [...xml.matchAll(/ identifier="([^"]+)"/g)].map((m) => m[1]!);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
    for (const [, ref] of xml.matchAll(/identifierref="([^"]+)"/g)) expect(ids).toContain(ref);
    expect(xml).toContain(`default="${ids[1]}"`);
  });

  it('tincan.xml: the module as one activity with a relative launch', () => {
    const xml = tincanXml(input());
    expect(xmlRoot(xml)).toBe('tincan');
    expect(xml).toContain(
      '<activity id="https://w3id.org/rapport/xapi/modules/partners-abroad" type="http://adlnet.gov/expapi/activities/module">',
    );
    expect(xml).toContain('<launch lang="en">index.html</launch>');
  });

  it('in every language the module is translated into: LOM langstrings (2004), names (tincan), the package language’s title', () => {
    const texts = {
      ja: { title: '海外の <パートナー>', summary: '三つの会話', objectives: {} },
      es: { title: 'Socios en el extranjero' },
    };
    const xml = scorm2004Manifest(input({ lang: 'ja', texts }));
    expect(xml).toContain('<lom xmlns="http://ltsc.ieee.org/xsd/LOM">');
    expect(xml).toContain(
      '<title><string language="en">Partners &amp; &quot;rivals&quot; &lt;abroad&gt;</string><string language="ja">海外の &lt;パートナー&gt;</string><string language="es">Socios en el extranjero</string></title>',
    );
    expect([...xml.matchAll(/<language>([^<]+)<\/language>/g)].map((m) => m[1])).toEqual(['en', 'ja', 'es']);
    // A language with no summary describes the module by its title there.
    expect(xml).toContain(
      '<string language="ja">三つの会話</string><string language="es">Socios en el extranjero</string>',
    );
    // The LMS lists the package under its language's title.
    expect(xml).toContain('<title>海外の &lt;パートナー&gt;</title>');
    expect(xmlRoot(xml)).toBe('manifest');
    expect(scorm12Manifest(input({ lang: 'es', texts }))).toContain('<title>Socios en el extranjero</title>');
    // Without translations: English only.
    expect(scorm2004Manifest(input())).toContain('<language>en</language>\n');
    expect([...scorm2004Manifest(input()).matchAll(/<language>/g)]).toHaveLength(1);
    const tincan = tincanXml(input({ lang: 'ja', texts }));
    expect(tincan).toContain('<name lang="ja">海外の &lt;パートナー&gt;</name>');
    expect(tincan).toContain('<name lang="es">Socios en el extranjero</name>');
    expect(tincan).toContain('<description lang="ja">三つの会話</description>');
    expect(tincan).toContain('<launch lang="en">index.html</launch>');
    expect(xmlRoot(tincan)).toBe('tincan');
  });

  it('a one-story package takes the story’s translated title and summary; --lang sets the package language', () => {
    const { config } = packageConfig({ module: 'lost-face', format: 'scorm2004', lang: 'es' }, root);
    expect(config.lang).toBe('es');
    expect(config.texts?.ja?.title).toBe('上海で失ったメンツ');
    expect(config.texts?.es?.summary).toMatch(/Shanghái/);
    expect(config.texts?.ja?.objectives).toBeUndefined();
    const english = packageConfig({ module: 'lost-face', format: 'scorm2004' }, root).config;
    expect(english.lang).toBe('en');
  }, 30_000);

  it('escapes, names and links safely', () => {
    expect(escapeXml(`a&b<c>"d"'e'\u0001`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
    expect(xmlId('rapport-1st module')).toBe('rapport-1st-module');
    expect(xmlId('1st')).toBe('R-1st');
    expect(() => encodeHref('/etc/passwd')).toThrow(/relative/);
    expect(() => encodeHref('assets/../../x')).toThrow(/relative/);
    expect(encodeHref('assets/a b#c.js')).toBe('assets/a%20b%23c.js');
  });
});

describe('which module a package carries', () => {
  it('a module file by its id', () => {
    const { module, from } = resolveModule(root, 'partners-abroad');
    expect(from).toBe('stories/modules/partners-abroad.json');
    expect(module.scenarios.length).toBeGreaterThan(1);
    expect(resolveModule(root, 'partners-abroad', 50).module.passMark).toBe(50);
  });

  it("a story id as a module of one scenario, with the story's own pass mark", () => {
    const { module, from } = resolveModule(root, 'south-of-london');
    expect(module).toMatchObject({
      id: 'south-of-london',
      scenarios: ['south-of-london'],
      title: 'The acquisition south of London',
    });
    const tag = /^# pass_mark: (\d+)$/m.exec(
      readFileSync(resolve(root, 'stories/south-of-london.ink'), 'utf8'),
    );
    expect(module.passMark).toBe(Number(tag![1]));
    expect(from).toMatch(/"# pass_mark:" tag/);
    expect(resolveModule(root, 'south-of-london', 10).module.passMark).toBe(10);
  });

  it('an unknown id names what exists', () => {
    expect(() => resolveModule(root, 'nope')).toThrow(
      /No module or story "nope"\. Modules: .*partners-abroad.*; stories: .*lost-face/,
    );
  });
});

describe('the configuration baked into a package', () => {
  it('is read back, and anything else is no package', () => {
    const config = { format: 'scorm12', module: moduleOf(['a']), activityId: 'https://x.example/m' };
    expect(packagedLms(JSON.stringify(config))).toEqual(config);
    expect(packagedLms(undefined)).toBeNull();
    expect(packagedLms('')).toBeNull();
    expect(packagedLms('{bad')).toBeNull();
    expect(packagedLms(JSON.stringify({ ...config, format: 'aicc' }))).toBeNull();
    expect(
      packagedLms(JSON.stringify({ ...config, module: { ...config.module, scenarios: [] } })),
    ).toBeNull();
    // A normal build (and the unit tests) define nothing.
    expect(packagedLms()).toBeNull();
  });
});
