/**
 * The Settings button every screen shows, and the page-wide settings (text size, motion). The
 * dialog itself loads on first use, so it is not in the bundle before the first line of dialogue.
 */
import type { Settings, SettingsStore } from '../../app/stores/settings.ts';
import { h } from './dom.ts';

export function settingsButton(settings: SettingsStore, className = 'ghost'): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: `${className} settings-button`,
      'aria-haspopup': 'dialog',
      onclick: () =>
        void import('./settings-dialog.ts')
          .then((m) => m.openSettings(settings))
          .catch((e: unknown) => {
            console.error('[Rapport] The settings could not open. Reload the page and try again.', e);
          }),
    },
    'Settings',
  );
}

/** Apply the settings that live on the page: text size and motion. */
export function applyPageSettings(root: HTMLElement, s: Settings, reduced: boolean): void {
  root.style.setProperty('--text-scale', String(s.textScale));
  root.classList.toggle('reduce-motion', reduced);
}
