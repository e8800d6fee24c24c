// @vitest-environment happy-dom
/** The menu card's picture: the build's file for the story, lazily loaded, with words for what it shows. */
import { describe, expect, it } from 'vitest';
import { cardPicture, cardPictureAlt } from '../../../../src/views/page/card-picture.ts';

describe("a scenario card's picture", () => {
  it('is the first scene the build drew, loaded lazily, with a text alternative naming the place and person', () => {
    const img = cardPicture('lost-face')!;
    expect(img.tagName).toBe('IMG');
    expect(img.getAttribute('src')).toMatch(/cards\/lost-face\.svg$/);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('alt')).toMatch(/^First scene: .+, with .+\.$/);
    expect(img.getAttribute('width')).toBe('640');
    expect(img.getAttribute('height')).toBe('360');
  });

  it('is left out for a story the build drew none for', () => {
    expect(cardPicture('no-such-story')).toBeNull();
  });

  it('says who is there only when someone is', () => {
    expect(cardPictureAlt('Pub', 'Graham Pike')).toBe('First scene: Pub, with Graham Pike.');
    expect(cardPictureAlt('Office', null)).toBe('First scene: Office.');
  });
});
