/// <reference types="vite-plugin-pwa/vanillajs" />
declare module 'virtual:story-catalog' {
  import type { CatalogEntry } from './app/catalog.ts';
  export const catalog: CatalogEntry[];
  export const modules: import('./core/modules/module.ts').ModuleDefinition[];
  /** Per module with checks (stories/checks/<id>.yaml): a loader of its validated items. */
  export const checks: Record<string, () => Promise<import('./core/modules/checks.ts').ModuleChecks>>;
  /** Per module with checks (stories/checks/<id>.yaml): a loader of its validated items. */
  export const checks: Record<string, () => Promise<import('./core/modules/checks.ts').ModuleChecks>>;
  export default catalog;
}

declare module '*.ink' {
  import type { LoadedStory } from './core/session/types.ts';
  const story: LoadedStory;
  export default story;
}
