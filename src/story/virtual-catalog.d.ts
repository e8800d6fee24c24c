declare module 'virtual:story-catalog' {
  import type { CatalogEntry } from './catalog.ts';
  export const catalog: CatalogEntry[];
  export default catalog;
}

declare module '*.ink' {
  import type { LoadedStory } from '../session/types.ts';
  const story: LoadedStory;
  export default story;
}
