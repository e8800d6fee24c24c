/**
 * The settings dialog: a native <dialog> (focus kept inside, Escape closes) with labelled
 * controls for text size, motion, sound and coach feedback. Changes apply at once and persist.
 * Loaded when the learner first opens it (see settings-button.ts).
 */
import { TEXT_SCALES, type Settings, type SettingsStore } from '../../app/stores/settings.ts';
import { h } from './dom.ts';

export function openSettings(settings: SettingsStore): HTMLDialogElement {
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
    const output = h('output', { for: id }, `${Math.round(value * 100)} %`);
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
          output.textContent = `${Math.round(v * 100)} %`;
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

  const dialog = h(
    'dialog',
    { class: 'settings', 'aria-labelledby': 'settings-title' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'settings-title' }, 'Settings'),
      radios(
        'text-size',
        'Text size',
        TEXT_SCALES.map((v) => [v, `${v * 100} %`] as [Settings['textScale'], string]),
        s.textScale,
        (v) => set({ textScale: v }),
      ),
      radios(
        'motion',
        'Motion',
        [
          ['system', 'Follow my system setting'],
          ['reduced', 'Reduce motion'],
          ['full', 'Full motion'],
        ],
        s.motion,
        (v) => set({ motion: v }),
      ),
      slider('music-volume', 'Ambience volume', s.musicVolume, (v) => set({ musicVolume: v })),
      slider('effects-volume', 'Effects volume', s.effectsVolume, (v) => set({ effectsVolume: v })),
      check('muted', 'Mute all sound', s.muted, (v) => set({ muted: v })),
      check('captions', 'Show captions for sounds', s.captions, (v) => set({ captions: v })),
      check('coach', 'Show the coach’s feedback after each choice', s.coach, (v) => set({ coach: v })),
      settings.persisted()
        ? null
        : h(
            'p',
            { class: 'settings-note', role: 'note' },
            'This browser does not let Rapport store settings: they last until you close the page.',
          ),
      h('div', { class: 'settings-actions' }, h('button', { class: 'primary', value: 'close' }, 'Done')),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
