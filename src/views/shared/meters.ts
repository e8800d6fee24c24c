/**
 * Rapport and Trust per counterpart as accessible meters: role="meter", a name such as
 * "Trust — Li Wei", the number always visible and the change shown as a signed figure with an
 * arrow — never colour alone.
 */
import type { CounterpartView } from '../../core/session/types.ts';
import { h } from './dom.ts';
import { t } from '../../l10n/index.ts';

export class MetersView {
  readonly element = h('section', { class: 'meters', 'aria-label': t('play.meters') });
  private previous = new Map<string, number>();

  update(counterparts: readonly CounterpartView[]): void {
    this.element.hidden = counterparts.length === 0;
    const groups = counterparts.map((cp) =>
      h(
        'div',
        { class: 'meter-group' },
        h('p', { class: 'meter-name' }, cp.name),
        this.meter('rapport', cp.id, cp.name, cp.rapport),
        this.meter('trust', cp.id, cp.name, cp.trust),
      ),
    );
    this.element.replaceChildren(...groups);
  }

  private meter(kind: 'rapport' | 'trust', id: string, name: string, value: number): HTMLElement {
    const key = `${kind}:${id}`;
    const label = t(`common.${kind}`);
    const before = this.previous.get(key);
    this.previous.set(key, value);
    const delta = before === undefined ? 0 : value - before;
    const change = delta === 0 ? '' : `${delta > 0 ? '▲ +' : '▼ −'}${Math.abs(delta)}`;
    return h(
      'div',
      {
        class: `meter meter-${kind}${delta > 0 ? ' up' : delta < 0 ? ' down' : ''}`,
        role: 'meter',
        'aria-label': t('play.meter.name', { meter: label, name }),
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': value,
        'aria-valuetext': t(
          delta > 0 ? 'play.meter.valueUp' : delta < 0 ? 'play.meter.valueDown' : 'play.meter.value',
          {
            value,
            delta: Math.abs(delta),
          },
        ),
      },
      h('span', { class: 'meter-label', 'aria-hidden': 'true' }, label),
      h(
        'span',
        { class: 'meter-track', 'aria-hidden': 'true' },
        h('span', { class: 'meter-fill', style: `width:${value}%` }),
      ),
      h('span', { class: 'meter-value', 'aria-hidden': 'true' }, String(value)),
      h('span', { class: 'meter-delta', 'aria-hidden': 'true' }, change),
    );
  }
}
