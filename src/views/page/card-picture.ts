/**
 * The picture on a scenario's card in the menu: its first scene — the place and the counterpart
 * who speaks first — drawn at build time by the stage's own art code (build/stage-art.ts writes
 * `cards/<story>.svg`). Loaded lazily, so it is never part of the first line's budget, and sized
 * by the card (16:9), so the card's words stay where they are at any width or zoom. Its text
 * alternative says what it shows; the words are here, in one place.
 */
import { CARDS } from 'virtual:rapport-cards';
import { h } from '../shared/dom.ts';
import './card-picture.css';

/** "First scene: Meeting room, with Li Wei." */
export function cardPictureAlt(place: string, person: string | null): string {
  return `First scene: ${place}${person ? `, with ${person}` : ''}.`;
}

/** The card's picture, or null for a story the build drew none for. */
export function cardPicture(storyId: string): HTMLImageElement | null {
  const card = Object.hasOwn(CARDS, storyId) ? CARDS[storyId] : undefined;
  if (!card) return null;
  return h('img', {
    class: 'card-picture',
    src: `${import.meta.env.BASE_URL}${card.file}`,
    alt: cardPictureAlt(card.place, card.person),
    width: '640',
    height: '360',
    loading: 'lazy',
    decoding: 'async',
  });
}
