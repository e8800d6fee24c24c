/** Written by build/stage-art.ts: the places each story's ink names, in the order it first names them. */
declare module 'virtual:rapport-places' {
  export const STORY_PLACES: Readonly<Record<string, readonly string[]>>;
}

/** Written by build/stage-art.ts: each story's card picture (`cards/<id>.svg`) and what it shows. */
declare module 'virtual:rapport-cards' {
  export const CARDS: Readonly<
    Record<
      string,
      {
        file: string;
        /** The place's name and id (`stage.place.<id>` names it in the learner's language). */
        place: string;
        placeId: string | null;
        /** The counterpart in the picture: name (English) and id (`<story>:<id>#name` in the menu's words). */
        person: string | null;
        personId: string | null;
      }
    >
  >;
}
