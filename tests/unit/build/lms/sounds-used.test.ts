/**
 * A package carries the sounds its stories can play (build/lms/sounds-used.ts): every UI sound and
 * cue, the ambience and accents of each place named, and the quiet room an unknown place falls
 * back to — not the other places' loops.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placesOf, soundFilesFor } from '../../../../build/lms/sounds-used.ts';

describe('the sounds a package needs', () => {
  it("are south-of-london's places' ambiences, the UI sounds and cues, and the fallback room", () => {
    const places = placesOf([resolve('stories/south-of-london.ink')]);
    expect([...places].sort()).toEqual(['meeting-room', 'office', 'pub', 'shop-floor']);
    const files = soundFilesFor(places);
    for (const f of ['ui-choice.ogg', 'cue-gain.ogg', 'ending.ogg', 'amb-room.ogg'])
      expect(files).toContain(f);
    // The pub borrows the hotel bar's loop, and with it the clink of glasses; the shop floor the lobby's.
    for (const f of [
      'amb-meeting-room.ogg',
      'amb-office.ogg',
      'amb-hotel-bar.ogg',
      'acc-clink.ogg',
      'amb-lobby.ogg',
    ])
      expect(files).toContain(f);
    for (const f of [
      'amb-airport.ogg',
      'acc-airport-chime.ogg',
      'amb-ballpark.ogg',
      'acc-cheer.ogg',
      'amb-banquet.ogg',
    ])
      expect(files).not.toContain(f);
  });

  it('give a place the game does not know the quiet room', () => {
    expect(soundFilesFor(['submarine'])).toContain('amb-room.ogg');
  });
});
