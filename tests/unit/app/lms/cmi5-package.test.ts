/**
 * cmi5.xml, the course structure of a cmi5 package, validated with libxml2 (WebAssembly) against
 * the cmi5 CourseStructure.xsd as the specification ships it (../shared/standards/cmi5/, beside the
 * repository: not a copy of ours). Every module's course structure is made by the same code the
 * packager runs (packageConfig + controlFile), so each module's package is what is checked here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlFile, packageConfig } from '../../../../build/package.ts';
import { cmi5Xml, masteryScore, type Cmi5Input } from '../../../../build/lms/cmi5-xml.ts';
import { moduleFiles } from '../../../../build/lms/module-source.ts';
import { XmlDocument } from 'libxml2-wasm';
import { xsdErrors } from '../../xml.ts';
import { req } from './cmi5-requirements.ts';
import { moduleOf } from './helpers.ts';

const root = resolve(__dirname, '../../../..');
const XSD = readFileSync(resolve(root, '../shared/standards/cmi5/CourseStructure.xsd'), 'utf8');
const NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** A module as the packager sees it, and its cmi5.xml. */
function packaged(id: string, extra: { lang?: string; activityId?: string } = {}) {
  const { config } = packageConfig({ module: id, format: 'cmi5', ...extra }, root);
  const input = {
    module: config.module,
    files: ['index.html'],
    launch: 'index.html',
    version: '0',
    activityId: config.activityId,
    lang: config.lang ?? 'en',
    texts: config.texts ?? {},
  };
  const [name, xml] = controlFile('cmi5', input);
  return { name, xml, config };
}

/** Attribute values and texts of the document, by XPath (each call parses it afresh). */
function read(xml: string) {
  const values = (xpath: string) => {
    const doc = XmlDocument.fromString(xml);
    try {
      return doc.root.find(xpath, { c: NS }).map((n) => n.content.trim());
    } finally {
      doc.dispose();
    }
  };
  return { values, one: (xpath: string) => values(xpath)[0] };
}

const MODULES = moduleFiles(root).map((m) => m.module.id);

describe('cmi5 course structure (cmi5.xml)', () => {
  it.each([...MODULES, 'south-of-london'])(`${req('13.2.0.0-1')} — module %s`, (id) => {
    const { name, xml, config } = packaged(id);
    expect(name).toBe('cmi5.xml');
    expect(xsdErrors(xml, XSD)).toEqual([]);
    const doc = read(xml);
    // One AU: the module. Its pass mark is the masteryScore; moveOn asks for both verdicts.
    expect(doc.values('//c:au/@id')).toEqual([config.activityId]);
    expect(doc.one('//c:au/@moveOn')).toBe('CompletedAndPassed');
    expect(Number(doc.one('//c:au/@masteryScore'))).toBe(config.module.passMark / 100);
    expect(doc.one('//c:au/c:url')).toBe('index.html');
    expect(doc.one('//c:course/c:title/c:langstring')).toBe(config.module.title);
    // English first, then each language the module is translated into (translations/<lang>/modules.po).
    const langs = ['en', ...Object.keys(config.texts ?? {})];
    expect(doc.values('//c:course/c:title/c:langstring/@lang')).toEqual(langs);
    expect(doc.values('//c:au/c:description/c:langstring/@lang')).toEqual(langs);
    expect(new Set(doc.values('//c:langstring/@lang'))).toEqual(new Set(langs));
    const objectives = doc.values('/c:courseStructure/c:objectives/c:objective/@id');
    expect(objectives).toHaveLength(config.module.objectives.length);
    expect(doc.values('//c:au/c:objectives/c:objective/@idref')).toEqual(objectives);
  });

  it('the schema check is real: a structure that breaks the XSD is refused, with the line', () => {
    const { xml } = packaged('partners-abroad');
    const broken = [
      xml.replace(/masteryScore="[^"]+"/, 'masteryScore="1.5"'),
      xml.replace(/moveOn="[^"]+"/, 'moveOn="Finished"'),
      xml.replace(/ {4}<url>[^<]*<\/url>\n/, ''),
      xml.replace(/<course id="[^"]+">/, '<course>'),
      xml.replace(/xmlns="[^"]+"/, ''),
      xml.replace('</courseStructure>', ''),
    ];
    for (const text of broken) expect(xsdErrors(text, XSD).length, text).toBeGreaterThan(0);
    expect(xsdErrors(xml.replace(/masteryScore="[^"]+"/, 'masteryScore="1.5"'), XSD)[0]).toMatch(
      /^line \d+: .*masteryScore/,
    );
  });

  it(`${req('3.0.0.0-1')}`, () => {
    for (const id of MODULES) {
      const doc = read(packaged(id).xml);
      for (const iri of [...doc.values('//@id'), ...doc.values('//@idref')])
        expect(iri, id).toMatch(/^https:\/\/[^\s/]+\/\S+$/);
    }
  });

  it(`${req('13.1.3.0-1')}; ${req('13.1.4.0-1')}`, () => {
    for (const id of MODULES) {
      const ids = read(packaged(id).xml).values('//@id');
      expect(new Set(ids).size, id).toBe(ids.length);
    }
  });

  it(`${req('8.1.0.0-6')}`, () => {
    for (const id of MODULES) {
      const url = read(packaged(id).xml).one('//c:au/c:url')!;
      const query = new URLSearchParams(url.split('?')[1] ?? '');
      for (const name of ['endpoint', 'fetch', 'actor', 'registration', 'activityId'])
        expect(query.has(name)).toBe(false);
      expect(url).not.toMatch(/^[a-z]+:|^\//i); // 14.1.0.0-3: media in the zip by a relative URL
    }
  });

  it('a translated module: a langstring per language for the course, the AU and each objective, valid', () => {
    const { xml, config } = packaged('asia-partners', { lang: 'ja' });
    expect(config.lang).toBe('ja');
    expect(Object.keys(config.texts!).sort()).toEqual(['es', 'ja', 'zh-Hans']);
    expect(xsdErrors(xml, XSD)).toEqual([]);
    const doc = read(xml);
    expect(doc.values('//c:course/c:title/c:langstring[@lang="ja"]')).toEqual(['アジアのパートナーと働く']);
    expect(doc.values('//c:au/c:title/c:langstring[@lang="zh-Hans"]')).toEqual(['与亚洲合作伙伴共事']);
    expect(doc.one('//c:au/c:description/c:langstring[@lang="es"]')).toMatch(/^Cuatro casos: /);
    expect(doc.values('//c:objectives/c:objective/c:title/c:langstring[@lang="ja"]')).toHaveLength(4);
    // The English texts are tagged English whatever the package's language.
    expect(doc.one('//c:course/c:title/c:langstring[@lang="en"]')).toBe('Working with partners in Asia');
    expect(() => packaged('asia-partners', { lang: 'fr' })).toThrow(
      /--lang must be a language Rapport speaks/,
    );
    expect(packaged('asia-partners', { lang: 'ja-JP' }).config.lang).toBe('ja');
    expect(packaged('asia-partners', { lang: 'en-GB' }).xml).toContain(
      '<langstring lang="en-GB">Working with',
    );
  });

  it('language strings in English; texts escaped; a module without objectives has none', () => {
    const input: Cmi5Input = {
      module: { ...moduleOf(['lost-face']), title: 'Partners & "rivals" <abroad>', summary: '' },
      launch: 'index.html',
      activityId: 'https://lms.example.com/au/1',
      lang: 'en-CA',
    };
    const xml = cmi5Xml(input);
    expect(xsdErrors(xml, XSD)).toEqual([]);
    expect(xml).toContain(
      '<langstring lang="en-CA">Partners &amp; &quot;rivals&quot; &lt;abroad&gt;</langstring>',
    );
    expect(xml).not.toContain('<objectives>');
    expect(() => cmi5Xml({ ...input, lang: 'français' })).toThrow(/--lang must be a language tag/);
    expect(() => packaged('south-of-london', { lang: 'en_GB' })).toThrow(/--lang/);
    expect(masteryScore(55)).toBe(0.55);
    expect(masteryScore(33.33333)).toBe(0.3333);
    expect(masteryScore(140)).toBe(1);
  });
});
