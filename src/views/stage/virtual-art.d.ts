/** Written by build/stage-art.ts: the places each story's ink names, in the order it first names them. */
declare module 'virtual:rapport-places' {
  export const STORY_PLACES: Readonly<Record<string, readonly string[]>>;
}

/** Written by build/stage-art.ts: each story's card picture (`cards/<id>.svg`) and what it shows. */
declare module 'virtual:rapport-cards' {
  export const CARDS: Readonly<Record<string, { file: string; place: string; person: string | null }>>;
}
