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

declare module 'virtual:interface-messages' {
  import type { MessageTable } from './l10n/types.ts';
  /** A language's messages of one group (build/interface/plugin.ts): a lazily imported chunk. */
  export function loadMessages(
    language: import('./l10n/languages.ts').Language,
    group: import('./l10n/groups.ts').Group,
  ): Promise<MessageTable>;
}
