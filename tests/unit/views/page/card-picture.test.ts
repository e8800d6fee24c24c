// @vitest-environment happy-dom
/** The menu card's picture: the build's file for the story, lazily loaded, with words for what it shows. */
import { afterEach, describe, expect, it } from 'vitest';
import { CARDS } from 'virtual:rapport-cards';
import { cardPicture, cardPictureAlt, cardPictureSettled } from '../../../../src/views/page/card-picture.ts';
import { setLanguage } from '../../../../src/l10n/index.ts';

describe("a scenario card's picture", () => {
  it('is the first scene the build drew, loaded lazily, with a text alternative naming the place and person', async () => {
    const img = cardPicture('lost-face');
    await cardPictureSettled(img);
    expect(img.tagName).toBe('IMG');
    expect(img.getAttribute('src')).toMatch(/cards\/lost-face\.svg$/);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('alt')).toMatch(/^First scene: .+, with .+\.$/);
    expect(img.getAttribute('width')).toBe('640');
    expect(img.getAttribute('height')).toBe('360');
  });

  it('is taken out for a story the build drew none for', async () => {
    const card = document.createElement('article');
    const img = card.appendChild(cardPicture('no-such-story'));
    await cardPictureSettled(img);
    expect(card.querySelector('img')).toBeNull();
  });

  afterEach(() => setLanguage('en'));

  it('is described in the learner’s language: the place by the interface, the person by the menu’s words', async () => {
    await setLanguage('ja');
    const card = CARDS['lost-face']!;
    expect(card.personId).not.toBeNull();
    const img = cardPicture('lost-face', { [card.personId!]: '王海涛' });
    await cardPictureSettled(img);
    expect(img.getAttribute('alt')).toBe('最初の場面：会議室、王海涛と。');
    // Without the menu's words for the person, the English name the build found.
    const plain = cardPicture('lost-face');
    await cardPictureSettled(plain);
    expect(plain.getAttribute('alt')).toBe(`最初の場面：会議室、${card.person!}と。`);
  });

  it('says who is there only when someone is', () => {
    expect(cardPictureAlt('Pub', 'Graham Pike')).toBe('First scene: Pub, with Graham Pike.');
    expect(cardPictureAlt('Office', null)).toBe('First scene: Office.');
  });
});
