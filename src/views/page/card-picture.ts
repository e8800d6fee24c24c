/**
 * The picture on a scenario's card in the menu: its first scene — the place and the counterpart
 * who speaks first — drawn at build time by the stage's own art code (build/stage-art.ts writes
 * `cards/<story>.svg`). Loaded lazily, so it is never part of the first line's budget, and sized
 * by the card (16:9), so the card's words stay where they are at any width or zoom. Its text
 * alternative says what it shows; the words are here, in one place. What each card shows comes
 * with the picture's own module (`virtual:rapport-cards`), loaded after the menu is drawn: nothing
 * of it is in the first line's JavaScript.
 */
import { h } from '../shared/dom.ts';
import { allMessages, hasMessage, t } from '../../l10n/index.ts';
import './card-picture.css';

/** "First scene: Meeting room, with Li Wei.", in the learner's language. */
export function cardPictureAlt(place: string, person: string | null): string {
  return t('cards.picture', { place, person: person ?? '', withPerson: person ? 'yes' : 'no' });
}

/**
 * The card's picture. Its text alternative is set as soon as the cards' module is here (until then
 * the picture is not loaded either: it is lazy, below the fold or not yet decoded); a story the
 * build drew no card for loses the picture. `names`: the story's people in the learner's language
 * (the menu's words, by counterpart id); the place is named by the interface (`stage.place.<id>`).
 */
export function cardPicture(storyId: string, names?: Readonly<Record<string, string>>): HTMLImageElement {
  const img = h('img', {
    class: 'card-picture',
    src: `${import.meta.env.BASE_URL}cards/${encodeURIComponent(storyId)}.svg`,
    alt: '',
    width: '640',
    height: '360',
    loading: 'lazy',
    decoding: 'async',
  });
  // The places' names are in the `more` group of messages (src/l10n/groups.ts).
  const ready = Promise.all([import('virtual:rapport-cards'), allMessages()]).then(([{ CARDS }]) => {
    const card = Object.hasOwn(CARDS, storyId) ? CARDS[storyId] : undefined;
    if (!card) return void img.remove();
    const placeKey = `stage.place.${card.placeId ?? ''}`;
    const place = hasMessage(placeKey) ? t(placeKey) : card.place;
    const person = (card.personId !== null && names?.[card.personId]) || card.person;
    img.alt = cardPictureAlt(place, person);
  });
  settled.set(img, ready);
  return img;
}

const settled = new WeakMap<HTMLImageElement, Promise<void>>();

/** Resolves once a card picture's text alternative is set (or the picture taken out). */
export function cardPictureSettled(img: HTMLImageElement): Promise<void> {
  return settled.get(img) ?? Promise.resolve();
}
