/**
 * Rapport and Trust per counterpart as accessible meters: role="meter", a name such as
 * "Trust — Li Wei", the number always visible and the change shown as a signed figure with an
 * arrow — never colour alone.
 */
import type { CounterpartView } from '../../core/session/types.ts';
import { h } from './dom.ts';

export class MetersView {
  readonly element = h('section', { class: 'meters', 'aria-label': 'Relationship' });
  private previous = new Map<string, number>();

  update(counterparts: readonly CounterpartView[]): void {
    this.element.hidden = counterparts.length === 0;
    const groups = counterparts.map((cp) =>
      h(
        'div',
        { class: 'meter-group' },
        h('p', { class: 'meter-name' }, cp.name),
        this.meter('Rapport', cp.id, cp.name, cp.rapport),
        this.meter('Trust', cp.id, cp.name, cp.trust),
      ),
    );
    this.element.replaceChildren(...groups);
  }

  private meter(label: 'Rapport' | 'Trust', id: string, name: string, value: number): HTMLElement {
    const key = `${label}:${id}`;
    const before = this.previous.get(key);
    this.previous.set(key, value);
    const delta = before === undefined ? 0 : value - before;
    const change = delta === 0 ? '' : `${delta > 0 ? '▲ +' : '▼ −'}${Math.abs(delta)}`;
    return h(
      'div',
      {
        class: `meter meter-${label.toLowerCase()}${delta > 0 ? ' up' : delta < 0 ? ' down' : ''}`,
        role: 'meter',
        'aria-label': `${label} — ${name}`,
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': value,
        'aria-valuetext': `${value} out of 100${delta ? `, ${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)}` : ''}`,
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
