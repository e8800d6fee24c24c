/// <reference types="vite-plugin-pwa/vanillajs" />
declare module 'virtual:story-catalog' {
  import type { CatalogEntry } from './catalog.ts';
  export const catalog: CatalogEntry[];
  export const modules: import('../modules/module.ts').ModuleDefinition[];
  export default catalog;
}

declare module '*.ink' {
  import type { LoadedStory } from '../session/types.ts';
  const story: LoadedStory;
  export default story;
}
