/**
 * Where the game's "Facilitator's guide" links go (src/views/shared/guide-link.ts): the guide in
 * the interface's language when the build made it (the manifest build/guide/plugin.ts writes),
 * else the English one.
 */
import { describe, expect, it } from 'vitest';
import { guideAddress } from '../../../../src/views/shared/guide-link.ts';

const MANIFEST = { ja: 'lost-face module-asia-partners', es: 'lost-face' };

describe('a guide link', () => {
  it('goes to the guide in the interface language when there is one', () => {
    expect(guideAddress('lost-face', 'ja', MANIFEST)).toBe('guides/ja/lost-face.html');
    expect(guideAddress('module-asia-partners', 'ja', MANIFEST)).toBe('guides/ja/module-asia-partners.html');
    expect(guideAddress('lost-face', 'es', MANIFEST)).toBe('guides/es/lost-face.html');
  });

  it('goes to the English guide otherwise: English, an untranslated page, another language, no manifest', () => {
    expect(guideAddress('lost-face', 'en', MANIFEST)).toBe('guides/lost-face.html');
    expect(guideAddress('first-meeting', 'ja', MANIFEST)).toBe('guides/first-meeting.html');
    expect(guideAddress('module-asia-partners', 'es', MANIFEST)).toBe('guides/module-asia-partners.html');
    expect(guideAddress('lost-face', 'zh-Hans', MANIFEST)).toBe('guides/lost-face.html');
    expect(guideAddress('lost-face', 'en-XA', MANIFEST)).toBe('guides/lost-face.html');
    expect(guideAddress('lost-face', 'ja', {})).toBe('guides/lost-face.html');
    // A page named like an inherited property is not in the manifest.
    expect(guideAddress('lost', 'toString', MANIFEST)).toBe('guides/lost.html');
  });
});
