/** Which language a learner gets: `?lang=`, else the picker's choice, else the browser's, else English. */
import { describe, expect, it } from 'vitest';
import {
  browserLanguage,
  chooseLanguage,
  languageOf,
  searchWithLanguage,
} from '../../../src/l10n/languages.ts';

describe('the learner’s language', () => {
  it('reads BCP 47 tags: zh, zh-CN, zh-SG and zh-Hans are Simplified Chinese; Traditional is not', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'ZH_cn'])
      expect(languageOf(tag)).toBe('zh-Hans');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW']) expect(languageOf(tag)).toBeNull();
    expect(languageOf('ja-JP')).toBe('ja');
    expect(languageOf('es-419')).toBe('es');
    expect(languageOf('es-MX')).toBe('es');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('en-XA')).toBe('en-XA');
    expect(languageOf('fr-FR')).toBeNull();
  });

  it('takes the first browser language it speaks, else English; never the pseudo-locale', () => {
    expect(browserLanguage(['fr-FR', 'zh-TW', 'ja', 'en'])).toBe('ja');
    expect(browserLanguage(['de', 'fr'])).toBe('en');
    expect(browserLanguage(['en-XA', 'es-AR'])).toBe('es');
    expect(browserLanguage([])).toBe('en');
  });

  it('?lang= wins over the saved choice, which wins over the browser', () => {
    const browser = ['es-ES'];
    expect(chooseLanguage({ search: '?story=x&lang=zh-CN', saved: 'ja', browser })).toBe('zh-Hans');
    expect(chooseLanguage({ search: '?lang=en-XA', saved: null, browser })).toBe('en-XA');
    expect(chooseLanguage({ search: '?story=x', saved: 'ja', browser })).toBe('ja');
    expect(chooseLanguage({ search: '', saved: null, browser })).toBe('es');
    // An address asking for a language Rapport does not speak falls through to the next source.
    expect(chooseLanguage({ search: '?lang=fr', saved: null, browser })).toBe('es');
  });

  it('puts the picked language in an address that has one, in place', () => {
    expect(searchWithLanguage('?story=x&lang=ja&at=y', 'es')).toBe('?story=x&lang=es&at=y');
    expect(searchWithLanguage('?progress', 'zh-Hans')).toBe('?progress&lang=zh-Hans');
  });
});
