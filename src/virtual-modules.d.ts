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

declare module 'virtual:story-text' {
  /** The languages some story can be shown in (translations/<lang>/, and the pseudo-locale en-XA). */
  export const languages: string[];
  /** A story's string table in a language, its own small chunk (null: none in that language). */
  export function storyText(
    story: string,
    lang: string,
  ): Promise<import('./core/session/story-text.ts').StoryText> | null;
  /** Every story's title, summary and role in a language (null: none). */
  export function menuText(lang: string): Promise<import('./core/session/story-text.ts').MenuText> | null;
  /** One module's checks in a language (translations/<lang>/checks.po), its own chunk (null: none). */
  export function checkText(
    moduleId: string,
    lang: string,
  ): Promise<import('./core/session/story-text.ts').StoryText> | null;
  /** A story's learner's map with its words in a language, laid out for them (null: none). */
  export function storyMap(
    story: string,
    lang: string,
  ): Promise<import('./core/story-map.ts').StoryMap | null> | null;
}

declare module 'virtual:story-openings' {
  /** The languages some story can be shown in (as in virtual:story-text). */
  export const languages: string[];
  /** A story's build-time opening as painted in a language (null: none in that language). */
  export function openingIn(
    story: string,
    lang: string,
  ): Promise<import('./core/session/session.ts').ShownOpening | null> | null;
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
