/**
 * The settings dialog: a native <dialog> (focus kept inside, Escape closes) with labelled
 * controls for the language, text size, motion, sound and coach feedback. Changes apply at once and
 * persist. A new language re-draws the dialog in it, focus staying on the picker. Loaded when the
 * learner first opens it (see settings-button.ts).
 */
import { TEXT_SCALES, type Settings, type SettingsStore } from '../../app/stores/settings.ts';
import { language, onLanguageChange, t } from '../../l10n/index.ts';
import { LANGUAGES, NATIVE_NAMES, PSEUDO, type Language } from '../../l10n/languages.ts';
import { h } from './dom.ts';

const percent = (v: number) => t('settings.percent', { p: v });

function form(settings: SettingsStore): HTMLFormElement {
  const s = settings.getState();
  const set = (patch: Partial<Settings>) => settings.setState(patch);
  const radios = <T extends string | number>(
    name: string,
    legend: string,
    options: [T, string][],
    current: T,
    onPick: (v: T) => void,
  ) =>
    h(
      'fieldset',
      { class: 'settings-field' },
      h('legend', {}, legend),
      options.map(([value, label]) =>
        h(
          'label',
          { class: 'radio' },
          h('input', {
            type: 'radio',
            name,
            value: String(value),
            checked: value === current,
            onchange: () => onPick(value),
          }),
          ` ${label}`,
        ),
      ),
    );
  const slider = (id: string, label: string, value: number, onInput: (v: number) => void) => {
    const output = h('output', { for: id }, percent(value));
    return h(
      'div',
      { class: 'settings-field' },
      h('label', { for: id }, label),
      h('input', {
        id,
        type: 'range',
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(value * 100),
        oninput: (e: Event) => {
          const v = Number((e.target as HTMLInputElement).value) / 100;
          output.textContent = percent(v);
          onInput(v);
        },
      }),
      output,
    );
  };
  const check = (id: string, label: string, value: boolean, onChange: (v: boolean) => void) =>
    h(
      'div',
      { class: 'settings-field check' },
      h('input', {
        id,
        type: 'checkbox',
        checked: value,
        onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked),
      }),
      h('label', { for: id }, label),
    );
  const now = language();
  // Each language named in itself (and marked as such, so a screen reader says it in its own voice).
  const offered: Language[] = now === PSEUDO ? [...LANGUAGES, PSEUDO] : [...LANGUAGES];
  const picker = h(
    'div',
    { class: 'settings-field' },
    h('label', { for: 'language' }, t('settings.language')),
    h(
      'select',
      {
        id: 'language',
        onchange: (e: Event) => set({ language: (e.target as HTMLSelectElement).value as Language }),
      },
      offered.map((l) => h('option', { value: l, lang: l, selected: l === now }, NATIVE_NAMES[l])),
    ),
  );

  return h(
    'form',
    { method: 'dialog' },
    h('h2', { id: 'settings-title' }, t('common.settings')),
    picker,
    radios(
      'text-size',
      t('settings.textSize'),
      TEXT_SCALES.map((v) => [v, percent(v)] as [Settings['textScale'], string]),
      s.textScale,
      (v) => set({ textScale: v }),
    ),
    radios(
      'motion',
      t('settings.motion'),
      [
        ['system', t('settings.motion.system')],
        ['reduced', t('settings.motion.reduced')],
        ['full', t('settings.motion.full')],
      ],
      s.motion,
      (v) => set({ motion: v }),
    ),
    slider('music-volume', t('settings.musicVolume'), s.musicVolume, (v) => set({ musicVolume: v })),
    slider('effects-volume', t('settings.effectsVolume'), s.effectsVolume, (v) => set({ effectsVolume: v })),
    check('muted', t('settings.muted'), s.muted, (v) => set({ muted: v })),
    check('captions', t('settings.captions'), s.captions, (v) => set({ captions: v })),
    check('coach', t('settings.coach'), s.coach, (v) => set({ coach: v })),
    settings.persisted() ? null : h('p', { class: 'settings-note', role: 'note' }, t('settings.notStored')),
    h(
      'div',
      { class: 'settings-actions' },
      h('button', { class: 'primary', value: 'close' }, t('settings.done')),
    ),
  );
}

/** Show the dialog; `onClosed` runs when the learner closes it (Done, Escape) or it is closed. */
export function openSettings(settings: SettingsStore, onClosed: () => void = () => {}): HTMLDialogElement {
  const dialog = h('dialog', { class: 'settings', 'aria-labelledby': 'settings-title' }, form(settings));
  const stop = onLanguageChange(() => {
    dialog.replaceChildren(form(settings));
    dialog.querySelector<HTMLSelectElement>('#language')?.focus();
  });
  dialog.addEventListener('close', () => {
    stop();
    dialog.remove();
    onClosed();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
