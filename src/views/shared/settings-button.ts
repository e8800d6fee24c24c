/**
 * The Settings button every screen shows, the dialog's opening and closing, and the page-wide
 * settings (text size, motion). The dialog's code and words load on first use, so they are not in
 * the bundle before the first line of dialogue. The dialog follows `settings.dialog` (the router
 * gives that an address: `&settings`), so Back closes it and a reload reopens it.
 */
import type { Settings, SettingsStore } from '../../app/stores/settings.ts';
import { allMessages, t } from '../../l10n/index.ts';
import { h } from './dom.ts';

export function settingsButton(settings: SettingsStore, className = 'ghost'): HTMLButtonElement {
  watchSettingsDialog(settings);
  return h(
    'button',
    {
      type: 'button',
      class: `${className} settings-button`,
      'aria-haspopup': 'dialog',
      onclick: () => settings.dialog.setState({ open: true }),
    },
    t('common.settings'),
  );
}

const watched = new WeakSet<SettingsStore>();

/** Open the dialog whenever `settings.dialog` says so (once per store; the buttons call this too). */
export function watchSettingsDialog(settings: SettingsStore): void {
  if (watched.has(settings)) return;
  watched.add(settings);
  let shown: HTMLDialogElement | null = null;
  let opening = false;
  const follow = ({ open }: { open: boolean }) => {
    if (open && !shown && !opening) {
      opening = true;
      Promise.all([import('./settings-dialog.ts'), allMessages()])
        .then(([m]) => {
          opening = false;
          if (!settings.dialog.getState().open || shown) return;
          shown = m.openSettings(settings, () => {
            shown = null;
            if (settings.dialog.getState().open) settings.dialog.setState({ open: false });
          });
        })
        .catch((e: unknown) => {
          opening = false;
          settings.dialog.setState({ open: false });
          console.error('[Rapport] The settings could not open. Reload the page and try again.', e);
        });
    } else if (!open && shown) {
      const dialog = shown;
      shown = null;
      dialog.close();
    }
  };
  settings.dialog.subscribe(follow);
  follow(settings.dialog.getState());
}

/** Apply the settings that live on the page: text size and motion. */
export function applyPageSettings(root: HTMLElement, s: Settings, reduced: boolean): void {
  root.style.setProperty('--text-scale', String(s.textScale));
  root.classList.toggle('reduce-motion', reduced);
}
