/**
 * The facilitator's side of a live session: choose a scenario and create a room, or get back a
 * room this browser created (its secret is kept in localStorage, never in the address); then run
 * it from the console (console.ts). Every command carries the room's secret; the server checks it.
 * A reload or a dropped connection resumes the room.
 */
import { fill, h } from '../shared/dom.ts';
import { language, t } from '../../l10n/index.ts';
import { liveStoryText, serial } from '../../app/live/story-text.ts';
import { localizeHost, localizeStories } from '../../core/live/story-text.ts';
import { liveErrorText } from './errors.ts';
import { keepLanguage } from './views.ts';
import { ConsoleView } from './room-console.ts';
import {
  connect,
  download,
  facilitatorKey,
  forgetHostedRoom,
  saveFacilitatorKey,
  hostedRooms,
  saveHostedRoom,
  type LiveConnection,
} from '../../app/live/connection.ts';
import type {
  CreateReply,
  ExportReply,
  HostCommand,
  HostState,
  LiveNotice,
  StorySummary,
  Tally,
  ParticipantInfo,
} from '../../core/live/protocol.ts';

/** A facilitator command before the page adds the room's code and secret. */
type WithoutAuth<T> = T extends unknown ? Omit<T, 'code' | 'secret'> : never;
type Command = WithoutAuth<HostCommand>;

export function mountFacilitator(root: HTMLElement, params: URLSearchParams): void {
  const conn: LiveConnection = connect();
  let room: { code: string; secret: string } | null = null;
  let view: ConsoleView | null = null;
  const status = h('p', { class: 'live-status', role: 'status' }, t('live.fac.connecting'));
  root.replaceChildren(status);
  // The console in the facilitator's language, story included (each phone has its own).
  const words = liveStoryText(language());
  const inLanguage = (state: HostState) =>
    Promise.all([words.text(state.storyId), words.menu()]).then(([text, menu]) =>
      localizeHost(state, text, menu),
    );
  /** Server messages are drawn in the order they came, each once the story text it needs is there. */
  const inTurn = serial();
  const update = (state: HostState) =>
    inTurn(async () => {
      const shown = await inLanguage(state);
      if (room && state.room.code === room.code) view?.update(shown);
    });

  const send = async (cmd: Command): Promise<boolean> => {
    if (!room || !view) return false;
    const reply = await conn.call<{ state?: HostState } & Partial<ExportReply>>('host', {
      ...cmd,
      ...room,
      key: facilitatorKey() ?? undefined,
    });
    if (!reply.ok) {
      const message = liveErrorText(reply.error);
      view.message(message);
      if (reply.error.code === 'forbidden' || reply.error.code === 'key-required') lost(message);
      return false;
    }
    if (reply.state) update(reply.state);
    if (cmd.type === 'export' && reply.data !== undefined) {
      download(reply.filename!, reply.mime!, reply.data);
      view.message(t('live.fac.saved', { file: reply.filename ?? '' }), 'info');
    }
    return true;
  };

  const open = (code: string, secret: string, state: HostState) =>
    inTurn(async () => openIn(code, secret, await inLanguage(state)));
  const openIn = (code: string, secret: string, state: HostState) => {
    room = { code, secret };
    history.replaceState(null, '', `?facilitate=${code}${keepLanguage(params)}`);
    view = new ConsoleView(state, {
      reveal: (decision) => void send({ type: 'reveal', decision }),
      advance: (decision, choice) =>
        void send(
          choice === undefined ? { type: 'advance', decision } : { type: 'advance', decision, choice },
        ),
      timer: (seconds) => void send({ type: 'timer', seconds }),
      lock: (locked) => void send({ type: 'lock', locked }),
      remove: (participant) => void send({ type: 'remove', participant }),
      end: () => void send({ type: 'end' }),
      exportVotes: (format) => void send({ type: 'export', format }),
      leave: () => {
        room = null;
        view = null;
        history.replaceState(null, '', `?facilitate${keepLanguage(params)}`);
        void showPicker();
      },
    });
    root.replaceChildren(status, view.element);
    document.title = t('live.fac.tabTitle', { code });
    view.focus();
  };

  const lost = (message: string) => {
    if (room) forgetHostedRoom(room.code);
    room = null;
    view = null;
    void showPicker(message);
  };

  const resume = async (code: string, secret: string) => {
    const key = facilitatorKey() ?? undefined;
    const reply = await conn.call<{ state: HostState }>('host', { type: 'resume', code, secret, key });
    if (reply.ok) return open(code, secret, reply.state);
    if (reply.error.code === 'forbidden') {
      forgetHostedRoom(code);
      return showPicker(t('live.fac.expired', { code }));
    }
    return showPicker(liveErrorText(reply.error));
  };

  const showPicker = async (message = '') => {
    document.title = t('app.title.screen', { title: t('live.fac.heading') });
    const error = h('p', { class: 'live-error', role: 'alert' }, message);
    const main = h(
      'main',
      { id: 'main', class: 'live-picker', tabindex: -1 },
      h('h1', {}, t('live.fac.heading')),
      error,
    );
    root.replaceChildren(
      h('header', { class: 'topbar' }, h('a', { class: 'ghost', href: '/' }, t('common.toScenarios'))),
      status,
      main,
    );
    const mine = hostedRooms();
    if (mine.length) {
      main.append(
        h('h2', {}, t('live.fac.rooms')),
        h(
          'ul',
          { class: 'hosted-rooms' },
          mine.map((r) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'ghost', onclick: () => void resume(r.code, r.secret) },
                t('live.fac.openRoom', { code: r.code }),
              ),
              ` ${t('live.fac.roomLine', { title: r.title, date: new Date(r.createdAt) })}`,
            ),
          ),
        ),
      );
    }
    const reply = await conn.call<{ stories: StorySummary[] }>('stories');
    if (!reply.ok) {
      error.textContent = liveErrorText(reply.error);
      return;
    }
    const stories = localizeStories(reply.stories, await words.menu());
    const wanted = params.get('story');
    const radios = stories.map((s, i) =>
      h(
        'label',
        { class: 'story-option' },
        h('input', {
          type: 'radio',
          name: 'story',
          value: s.id,
          checked: wanted ? s.id === wanted : i === 0,
        }),
        h('span', { class: 'story-option-title' }, s.title),
        s.summary ? h('span', { class: 'story-option-summary' }, s.summary) : null,
      ),
    );
    const chosen = stories.find((s) => s.id === wanted) ?? null;
    const fieldset = h('fieldset', {}, h('legend', {}, t('module.table.scenario')), radios);
    const create = h('button', { type: 'submit', class: 'primary' }, t('live.fac.create'));
    const size = h('input', { id: 'room-size', name: 'size', type: 'number', min: 1, max: 2000, value: 100 });
    const password = h('input', {
      id: 'room-password',
      name: 'password',
      type: 'text',
      maxlength: 64,
      autocomplete: 'off',
    });
    const key = h('input', { id: 'facilitator-key', name: 'key', type: 'password', autocomplete: 'off' });
    const keyField = h('p', { hidden: true }, h('label', { for: 'facilitator-key' }, t('live.fac.key')), key);
    const settings = h(
      'details',
      { class: 'room-settings' },
      h('summary', {}, t('live.fac.settings')),
      h('p', {}, h('label', { for: 'room-size' }, t('live.fac.size')), size),
      h('p', {}, h('label', { for: 'room-password' }, t('live.fac.password')), password),
    );
    const form = h(
      'form',
      { class: 'create-room' },
      // Opened from a scenario's "Run as live room": that scenario first, the others folded away.
      chosen
        ? h(
            'div',
            {},
            h(
              'p',
              { class: 'chosen-story' },
              h('strong', {}, chosen.title),
              chosen.summary ? ` — ${chosen.summary}` : '',
            ),
            h('details', {}, h('summary', {}, t('live.fac.another')), fieldset),
          )
        : fieldset,
      h('p', { class: 'hint' }, t('live.fac.hint')),
      settings,
      keyField,
      create,
    );
    form.addEventListener('change', () => {
      const picked = stories.find((s) => s.id === new FormData(form).get('story'));
      const line = form.querySelector('.chosen-story');
      if (picked && line)
        fill(line, h('strong', {}, picked.title), picked.summary ? ` — ${picked.summary}` : '');
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const storyId = new FormData(form).get('story');
      if (typeof storyId !== 'string') return;
      create.disabled = true;
      if (key.value) saveFacilitatorKey(key.value);
      const places = Number(size.value);
      void conn
        .call<CreateReply>('create', {
          storyId,
          size: Number.isInteger(places) && places > 0 ? places : undefined,
          password: password.value || undefined,
          key: facilitatorKey() ?? undefined,
        })
        .then((r) => {
          create.disabled = false;
          if (!r.ok) {
            if (r.error.code === 'key-required') {
              keyField.hidden = false;
              key.focus();
            }
            error.textContent = liveErrorText(r.error);
            return;
          }
          saveHostedRoom({
            code: r.code,
            secret: r.secret,
            title: stories.find((x) => x.id === r.state.storyId)?.title ?? r.state.room.title,
            createdAt: Date.now(),
          });
          open(r.code, r.secret, r.state);
        });
    });
    main.append(form);
    main.focus({ preventScroll: true });
  };

  conn.socket.on('host', (state: HostState) => {
    if (room && state.room.code === room.code) update(state);
  });
  conn.socket.on('tally', (tally: Tally) => {
    inTurn(() => room && view?.tally(tally));
  });
  conn.socket.on('people', (p: { participants: ParticipantInfo[] }) => {
    inTurn(() => room && view?.people(p.participants));
  });
  conn.socket.on('expired', (m: LiveNotice & { code: string }) => {
    if (room?.code === m.code) lost(liveErrorText(m));
  });
  let started = false;
  conn.onStatus((s, recovered) => {
    status.textContent = s === 'online' ? '' : t('live.fac.reconnecting');
    if (s !== 'online') return;
    if (!started) {
      started = true;
      const code = params.get('facilitate') ?? '';
      const saved = hostedRooms().find((r) => r.code === code);
      if (saved) void resume(saved.code, saved.secret);
      else void showPicker(code ? t('live.fac.noKey', { code }) : '');
      return;
    }
    // Back after a drop that socket.io could not recover: resume to rejoin the room's updates.
    if (!recovered && room) void resume(room.code, room.secret);
  });
}
