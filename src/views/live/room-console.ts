/**
 * The facilitator's console for one room: the join code, link and QR code; the story so far; the
 * current choices with the live tally (hidden from the room until revealed); the controls —
 * reveal, advance with the majority, take another choice, discussion timer, lock, remove, export,
 * end; the group debrief at the end. "Room view" turns the same page into the projector view:
 * large type, no names, no controls but the way back, and the tally only once revealed.
 */
import { scenarioGuideHref } from '../shared/guide-link.ts';
import type { Debrief } from '../../core/session/debrief.ts';
import { t } from '../../l10n/index.ts';
import { disposeCharts, renderDebrief } from '../shared/debrief.ts';
import { fill, h } from '../shared/dom.ts';
import type { HostState, ParticipantInfo, Tally } from '../../core/live/protocol.ts';
import { joinPath } from '../../core/live/protocol.ts';
import { qrSvg } from './qr.ts';
import { decisionPanel, type ConsoleActions } from './decision-panel.ts';

export type { ConsoleActions };
import { renderGroupDebrief, renderLine, TimerView } from './views.ts';

export class ConsoleView {
  readonly element: HTMLElement;
  private state: HostState;
  private shownLines = 0;
  private roomView = false;
  private readonly roomViewButton: HTMLButtonElement;
  private readonly transcript = h('ol', {
    class: 'transcript',
    'aria-live': 'polite',
    'aria-label': t('live.console.storySoFar'),
  });
  private readonly beat = h('ol', {
    class: 'transcript room-lines',
    'aria-label': t('live.console.storyNow'),
  });
  /** The room view's lines: a long step scrolls inside it (keyboard too), the choices stay in view. */
  private readonly roomStory = h(
    'section',
    { class: 'room-only room-story', 'aria-label': t('live.console.storyNow'), tabindex: 0 },
    this.beat,
  );
  private readonly decision = h('section', {
    class: 'console-decision',
    'aria-labelledby': 'decision-heading',
  });
  private readonly peopleCount = h('p', { class: 'people-count' });
  private readonly lockButton = h('button', {
    type: 'button',
    class: 'ghost small console-only',
    'data-action': 'lock',
    onclick: () => this.actions.lock(!this.state.room.locked),
  });
  private readonly peopleSummary = h('summary', {});
  private readonly peopleList = h('ul', {});
  private readonly notice = h('p', { class: 'live-message', role: 'alert' });
  private readonly info = h('p', { class: 'live-message live-info', role: 'status' });
  private readonly ending = h('section', { class: 'console-ending' });
  private readonly timerView = new TimerView();
  private readonly joinPanel: HTMLElement;
  private shownPhase = '';

  constructor(
    state: HostState,
    private readonly actions: ConsoleActions,
  ) {
    this.state = state;
    const joinUrl = state.joinUrl ?? `${location.origin}${joinPath(state.room.code)}`;
    this.roomViewButton = h(
      'button',
      { type: 'button', class: 'ghost', 'aria-pressed': 'false', onclick: () => this.toggleRoomView() },
      t('live.console.roomView'),
    );
    this.joinPanel = h(
      'aside',
      { class: 'join-panel', 'aria-labelledby': 'join-heading' },
      h('h2', { id: 'join-heading' }, t('live.console.join')),
      h(
        'p',
        { class: 'join-code' },
        h('span', { class: 'join-code-label' }, `${t('live.console.code')} `),
        h('strong', { 'data-code': state.room.code }, state.room.code),
      ),
      qrSvg(joinUrl, t('live.console.qr', { url: joinUrl })),
      h('p', { class: 'join-url' }, h('a', { href: joinUrl, target: '_blank', rel: 'noopener' }, joinUrl)),
      this.peopleCount,
      this.lockButton,
      h('details', { class: 'people-list console-only' }, this.peopleSummary, this.peopleList),
    );
    this.element = h(
      'div',
      { class: 'screen live-console' },
      h(
        'header',
        { class: 'topbar' },
        h(
          'button',
          { type: 'button', class: 'ghost console-only', onclick: () => actions.leave() },
          t('live.fac.toRooms'),
        ),
        h('h1', { class: 'story-title' }, t('live.console.title', { title: state.room.title })),
        // The running scenario's printable guide (build/guide/), in a tab of its own, in the
        // console's language when it is made in it.
        h(
          'a',
          {
            class: 'ghost console-only guide-link',
            href: scenarioGuideHref(state.storyId),
            target: '_blank',
            rel: 'noopener',
          },
          t('menu.guide'),
          h('span', { class: 'visually-hidden' }, ` ${t('present.newTab')}`),
        ),
        this.roomViewButton,
      ),
      h(
        'div',
        { class: 'console-body' },
        h(
          'main',
          { id: 'main', class: 'console-main', tabindex: -1 },
          h(
            'section',
            { class: 'console-story console-only', 'aria-labelledby': 'story-heading' },
            h('h2', { id: 'story-heading' }, t('live.console.storySoFar')),
            h(
              'div',
              {
                class: 'transcript-scroll',
                tabindex: 0,
                role: 'region',
                'aria-label': t('live.console.transcript'),
              },
              this.transcript,
            ),
          ),
          this.roomStory,
          this.timerView.element,
          this.decision,
          this.notice,
          this.info,
          this.ending,
        ),
        this.joinPanel,
      ),
      h(
        'footer',
        { class: 'console-footer console-only' },
        h(
          'button',
          {
            type: 'button',
            class: 'ghost',
            'data-action': 'export-csv',
            onclick: () => actions.exportVotes('csv'),
          },
          t('live.console.exportCsv'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'ghost',
            'data-action': 'export-json',
            onclick: () => actions.exportVotes('json'),
          },
          t('live.console.exportJson'),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'ghost danger',
            'data-action': 'end',
            onclick: () => {
              if (confirm(t('live.console.endConfirm'))) actions.end();
            },
          },
          t('live.console.end'),
        ),
      ),
    );
    this.update(state);
  }

  focus(): void {
    this.element.querySelector<HTMLElement>('#main')?.focus({ preventScroll: true });
  }

  message(text: string, kind: 'error' | 'info' = 'error'): void {
    this.notice.textContent = kind === 'error' ? text : '';
    this.info.textContent = kind === 'info' ? text : '';
  }

  update(state: HostState): void {
    this.state = state;
    this.message('');
    const fresh = state.transcript.slice(this.shownLines);
    this.shownLines = state.transcript.length;
    this.transcript.append(...fresh.map(renderLine));
    this.transcript.lastElementChild?.scrollIntoView?.({ block: 'end' });
    const beatKey = state.room.lines.map((l) => l.seq).join(',');
    if (this.beat.dataset.key !== beatKey) {
      this.beat.dataset.key = beatKey;
      this.beat.replaceChildren(...state.room.lines.map(renderLine));
      this.roomStory.scrollTop = 0;
    }
    this.timerView.set(state.room.timer);
    this.drawDecision();
    this.people(state.participants);
    const over = state.room.phase === 'ended' || state.room.phase === 'closed';
    if (over && this.shownPhase !== state.room.phase) this.drawEnding();
    this.shownPhase = state.room.phase;
  }

  tally(t: Tally): void {
    if (t.decision !== this.state.room.decision) return;
    this.state = { ...this.state, tally: t };
    this.drawDecision();
  }

  people(list: ParticipantInfo[]): void {
    this.state = { ...this.state, participants: list };
    const connected = list.filter((p) => p.connected).length;
    const locked = this.state.room.locked;
    this.peopleCount.textContent = t('live.console.people', { joined: list.length, connected });
    this.lockButton.setAttribute('aria-pressed', String(locked));
    this.lockButton.textContent = locked ? t('live.console.locked') : t('live.console.lock');
    this.peopleSummary.textContent = t('live.console.peopleList', { n: list.length });
    keepFocus(this.peopleList, () =>
      this.peopleList.replaceChildren(
        ...list.map((p) =>
          h(
            'li',
            { class: p.connected ? 'online' : 'offline', 'data-participant': p.id },
            h('span', { class: 'person-name' }, p.name),
            h(
              'span',
              { class: 'person-state' },
              p.voted || !p.connected
                ? ` · ${t('live.console.personState', { voted: p.voted ? 'yes' : 'no', away: p.connected ? 'no' : 'yes' })}`
                : '',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'ghost small',
                'data-action': `remove-${p.id}`,
                'aria-label': t('live.console.removeName', { name: p.name }),
                onclick: () => this.actions.remove(p.id),
              },
              t('live.console.remove'),
            ),
          ),
        ),
      ),
    );
  }

  private drawDecision(): void {
    const { room } = this.state;
    const open = room.phase === 'voting' || room.phase === 'revealed';
    this.decision.hidden = !open;
    if (!open) return;
    keepFocus(this.decision, () =>
      fill(this.decision, ...decisionPanel(this.state, this.roomView, this.actions)),
    );
  }

  private drawEnding(): void {
    const { room, soloDebrief } = this.state;
    disposeCharts(this.ending);
    const names = Object.fromEntries((room.debrief?.counterparts ?? []).map((c) => [c.id, c.name]));
    const solo = soloDebrief as Debrief | null;
    fill(
      this.ending,
      room.debrief ? renderGroupDebrief(room.debrief) : h('h2', {}, t('live.ended')),
      solo
        ? renderDebrief({
            // The room cannot replay a moment together: no replay buttons here.
            debrief: { ...solo, moments: solo.moments.map((m) => ({ ...m, replayPath: null })) },
            score: room.debrief?.score ?? 0,
            scoreRange: null,
            names,
            onReplayFrom: () => {},
          })
        : null,
    );
  }

  private toggleRoomView(): void {
    this.roomView = !this.roomView;
    this.element.classList.toggle('room-view', this.roomView);
    this.roomViewButton.setAttribute('aria-pressed', String(this.roomView));
    this.roomViewButton.textContent = t(
      this.roomView ? 'live.console.backToConsole' : 'live.console.roomView',
    );
    this.drawDecision();
  }
}

/** Redraw `container` and put the focus back on the control that had it (same data-action). */
function keepFocus(container: HTMLElement, redraw: () => void): void {
  const active = document.activeElement as HTMLElement | null;
  const action = active && container.contains(active) ? active.dataset.action : undefined;
  redraw();
  if (action) container.querySelector<HTMLElement>(`[data-action="${CSS.escape(action)}"]`)?.focus();
}
