/**
 * The next scenes' places, fetched while the learner reads: when a scene is drawn, the two places
 * the story names next (in the order its ink first names them, from the build: `virtual:rapport-places`)
 * are fetched in idle time and kept as object URLs, so a scene change does not wait on the network.
 * The service worker serves them offline anyway; this is for the first visit and for LMS packages,
 * which have no service worker.
 */
import { STORY_PLACES } from 'virtual:rapport-places';
import { whenIdle } from '../../platform/schedule.ts';
import { placeArtKey, placeFile, placesAfter } from './places/index.ts';

const kept = new Map<string, Promise<string | null>>();

export function prefetchPlaces(storyId: string, current: string | null): void {
  for (const place of placesAfter(STORY_PLACES[storyId] ?? [], current)) {
    const key = placeArtKey(place);
    if (key.startsWith('video-call')) continue; // drawn in the stage, not a file
    for (const layer of ['back', 'front'] as const) {
      const url = placeFile(key, layer);
      if (kept.has(url)) continue;
      kept.set(
        url,
        whenIdle({ timeout: 2000 })
          .then(() => fetch(url, { priority: 'low' } as RequestInit))
          .then((r) => (r.ok ? r.blob() : null))
          .then((blob) => (blob ? URL.createObjectURL(blob) : null))
          .catch(() => null),
      );
    }
  }
}

/** The URL to draw a place's file from: the prefetched copy if there is one. */
export async function placeUrl(url: string): Promise<string> {
  return (await kept.get(url)) ?? url;
}
