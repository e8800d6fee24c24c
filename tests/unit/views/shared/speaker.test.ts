/** The learner's own name plate and the places' names follow the interface's language. */
import { afterEach, describe, expect, it } from 'vitest';
import { allMessages, setLanguage } from '../../../../src/l10n/index.ts';
import { speakerLabel } from '../../../../src/views/shared/speaker.ts';
import { shownPlace } from '../../../../src/views/stage/cast.ts';

afterEach(async () => {
  await setLanguage('en');
  await allMessages();
});

describe('words around the story in the learner’s language', () => {
  it('names the learner "You" in the interface’s language, and anyone else as the session does', async () => {
    expect(speakerLabel({ speaker: 'you', speakerName: 'You' })).toBe('You');
    expect(speakerLabel({ speaker: 'wang', speakerName: '王海涛' })).toBe('王海涛');
    await setLanguage('ja');
    await allMessages();
    expect(speakerLabel({ speaker: 'you', speakerName: 'You' })).toBe('あなた');
    expect(speakerLabel({ speaker: 'wang', speakerName: '王海涛' })).toBe('王海涛');
  });

  it('names a place the stage draws in the interface’s language, and an author’s own place by its id', async () => {
    expect(shownPlace('meeting-room')).toBe('Meeting room');
    await setLanguage('zh-Hans');
    await allMessages();
    expect(shownPlace('restaurant')).toBe('餐厅');
    expect(shownPlace('lobby-night')).toBe('酒店大堂');
    expect(shownPlace('rooftop-garden')).toBe('Rooftop garden');
  });
});
