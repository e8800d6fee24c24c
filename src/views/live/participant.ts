/**
 * The participant's page, phone first: join with the room code and a name, then follow the story
 * and vote at each choice. The vote can change until the facilitator reveals the split; then the
 * page shows it, and at the end the group debrief. The browser keeps the participant's token, so
 * a reload or a phone waking from sleep comes back as the same person with the same vote.
 */
import { fill, h } from '../shared/dom.ts';
import { language, t } from '../../l10n/index.ts';
import { liveStoryText, serial } from '../../app/live/story-text.ts';
import { localizeRoom } from '../../core/live/story-text.ts';
import { liveErrorText } from './errors.ts';
import { explanationText } from '../shared/explanation.ts';
import {
  connect,
  deviceId,
  forgetIdentity,
  lastIdentity,
  saveIdentity,
  savedIdentity,
  type LiveConnection,
} from '../../app/live/connection.ts';
import { cleanDisplayName, nameProblem } from '../../core/live/names.ts';
import {
  CODE_LENGTH,
  NAME_MAX,
  normalizeCode,
  type JoinReply,
  type LiveNotice,
  type RoomState,
} from '../../core/live/protocol.ts';
import { keepLanguage, renderGroupDebrief, renderLine, renderSplit, TimerView } from './views.ts';

interface Joined {
  code: string;
  id: string;
  name: string;
  token: string;
}

export function mountParticipant(root: HTMLElement, params: URLSearchParams): void {
  const conn: LiveConnection = connect();
  let joined: Joined | null = null;
  let state: RoomState | null = null;
  let myVote: number | null = null;
  let shownDecision = -1;
  let shownPhase = '';

  const status = h('p', { class: 'live-status', role: 'status' });
  const title = h('h1', { class: 'story-title' }, t('live.title'));
  const main = h('main', { id: 'main', class: 'live-participant', tabindex: -1 });
  root.replaceChildren(h('header', { class: 'topbar' }, title), status, main);

  // ------------------------------------------------------------------ joining

  const codeInput = h('input', {
    id: 'join-code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: CODE_LENGTH + 2,
    required: true,
    'aria-describedby': 'join-code-hint',
  });
  const nameInput = h('input', {
    id: 'join-name',
    name: 'name',
    autocomplete: 'nickname',
    maxlength: NAME_MAX,
    required: true,
    'aria-describedby': 'join-name-hint',
  });
  const passwordInput = h('input', {
    id: 'join-password',
    name: 'password',
    type: 'password',
    autocomplete: 'off',
    maxlength: 64,
  });
  // Shown once the server says the room has a password.
  const passwordField = h(
    'div',
    { class: 'join-password', hidden: true },
    h('label', { for: 'join-password' }, t('live.join.password')),
    passwordInput,
  );
  const joinError = h('p', { class: 'live-error', role: 'alert' });
  const joinButton = h('button', { type: 'submit', class: 'primary' }, t('live.join.button'));
  const form = h(
    'form',
    { class: 'join-form', novalidate: true },
    h('h2', {}, t('live.join.heading')),
    h('label', { for: 'join-code' }, t('live.join.code')),
    codeInput,
    h('p', { id: 'join-code-hint', class: 'hint' }, t('live.join.codeHint', { n: CODE_LENGTH })),
    h('label', { for: 'join-name' }, t('live.join.name')),
    nameInput,
    h('p', { id: 'join-name-hint', class: 'hint' }, t('live.join.nameHint')),
    passwordField,
    joinButton,
    joinError,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const code = normalizeCode(codeInput.value);
    const name = cleanDisplayName(nameInput.value);
    if (code.length !== CODE_LENGTH)
      return showJoinError(t('live.join.codeMissing', { n: CODE_LENGTH }), codeInput);
    if (!/^[2-9A-HJKMNP-Z]+$/.test(code))
      return showJoinError(t('live.error.codeFormat', { n: CODE_LENGTH }), codeInput);
    if (nameProblem(name)) return showJoinError(t('live.error.nameUnreadable'), nameInput);
    void join(code, name, savedIdentity(code)?.token);
  });
  const showJoinError = (message: string, field?: HTMLInputElement) => {
    joinError.textContent = message;
    field?.setAttribute('aria-invalid', 'true');
    field?.focus();
  };

  const showJoinForm = (message = '') => {
    joined = null;
    state = null;
    title.textContent = t('live.title');
    const fromUrl = normalizeCode(params.get('join') ?? '');
    codeInput.value = codeInput.value || fromUrl;
    nameInput.value = nameInput.value || lastIdentity()?.name || '';
    joinError.textContent = message;
    joinButton.disabled = false;
    fill(main, form);
    (codeInput.value ? nameInput : codeInput).focus();
  };

  const join = async (code: string, name: string, token: string | undefined) => {
    joinButton.disabled = true;
    const password = passwordInput.value || undefined;
    const reply = await conn.call<JoinReply>('join', { code, name, device: deviceId(), token, password });
    joinButton.disabled = false;
    if (!reply.ok) {
      const message = liveErrorText(reply.error);
      if (reply.error.code === 'removed' || reply.error.code === 'not-found') forgetIdentity(code);
      if (reply.error.code === 'password') {
        passwordField.hidden = false;
        if (!main.contains(form)) showJoinForm(message);
        return showJoinError(message, passwordInput);
      }
      if (!main.contains(form)) showJoinForm(message);
      else showJoinError(message);
      return;
    }
    joined = { code, ...reply.you };
    saveIdentity({ code, token: reply.you.token, name: reply.you.name });
    myVote = reply.vote;
    history.replaceState(null, '', `?join=${code}${keepLanguage(params)}`);
    state = null;
    shownDecision = -1;
    show(reply.state);
  };

  // ------------------------------------------------------------------ the room

  const you = h('p', { class: 'you' });
  const lines = h('ol', {
    class: 'transcript live-lines',
    'aria-live': 'polite',
    'aria-label': t('live.story'),
  });
  const coach = h('aside', { class: 'coach', 'aria-label': t('play.coach') });
  const voteHeading = h('h2', { id: 'vote-heading' }, t('live.vote.heading'));
  const choices = h('div', { class: 'choices', role: 'group', 'aria-labelledby': 'vote-heading' });
  const voteStatus = h('p', { class: 'vote-status', role: 'status', 'aria-live': 'polite' });
  const timer = new TimerView();
  const result = h('section', { class: 'live-result', 'aria-labelledby': 'result-heading' });
  const debrief = h('div', { class: 'live-debrief' });
  const room = h(
    'div',
    { class: 'live-room' },
    you,
    h('section', { class: 'dialogue', 'aria-label': t('play.dialogue') }, lines, coach),
    h(
      'section',
      { class: 'vote', 'aria-labelledby': 'vote-heading' },
      voteHeading,
      timer.element,
      choices,
      voteStatus,
    ),
    result,
    debrief,
  );

  const vote = async (choice: number) => {
    if (!state || state.phase !== 'voting') return;
    const decision = state.decision;
    voteStatus.textContent = t('live.vote.sending');
    const reply = await conn.call<{ vote: number }>('vote', { decision, choice });
    if (!state || state.decision !== decision) return;
    if (reply.ok) myVote = reply.vote;
    drawChoices();
    if (!reply.ok) voteStatus.textContent = liveErrorText(reply.error);
  };

  const drawChoices = () => {
    if (!state) return;
    const open = state.phase === 'voting';
    const hadFocus = choices.contains(document.activeElement);
    const focusedIndex = Number((document.activeElement as HTMLElement | null)?.dataset?.index ?? 0);
    const buttons = state.choices.map((text, i) =>
      h(
        'button',
        {
          type: 'button',
          class: `choice${myVote === i ? ' chosen' : ''}`,
          'data-index': i,
          'aria-pressed': String(myVote === i),
          'aria-keyshortcuts': i < 9 ? String(i + 1) : null,
          disabled: !open,
          onclick: () => void vote(i),
        },
        h('kbd', { 'aria-hidden': 'true' }, String(i + 1)),
        h('span', { class: 'choice-text' }, text),
        myVote === i ? h('span', { class: 'your-vote' }, t('live.vote.yours')) : null,
      ),
    );
    choices.replaceChildren(...buttons);
    // Keyboard users stay in the choices when they are redrawn (a vote, a new decision).
    if (hadFocus) (buttons[focusedIndex] ?? buttons[0])?.focus();
    voteStatus.textContent =
      state.phase === 'revealed'
        ? t('live.vote.closed')
        : myVote === null
          ? t('live.vote.choose')
          : t('live.vote.yourVote', { n: myVote + 1 });
  };

  const render = (next: RoomState) => {
    const fresh = !state || next.decision !== shownDecision || main.firstChild !== room;
    if (next.decision !== state?.decision)
      myVote = next.decision === state?.decision ? myVote : fresh && state ? null : myVote;
    state = next;
    if (main.firstChild !== room) fill(main, room);
    title.textContent = next.title;
    you.textContent = t('live.you', { name: joined?.name ?? '', code: next.code });
    if (fresh) {
      lines.replaceChildren(...next.lines.map(renderLine));
      coach.hidden = !next.coach || (!next.coach.note && next.coach.effects.length === 0);
      fill(
        coach,
        h('h2', { class: 'coach-title' }, t('play.coach')),
        next.coach?.note ? h('p', {}, next.coach.note) : null,
        next.coach?.effects.length
          ? h(
              'ul',
              {},
              (next.coach.explained?.map((e) => explanationText(e)) ?? next.coach.effects).map((e) =>
                h('li', {}, e),
              ),
            )
          : null,
      );
      shownDecision = next.decision;
    }
    timer.set(next.timer);
    const over = next.phase === 'ended' || next.phase === 'closed';
    voteHeading.parentElement!.hidden = over;
    if (!over) drawChoices();
    result.hidden = next.phase !== 'revealed' || !next.result;
    if (next.phase === 'revealed' && next.result) {
      fill(
        result,
        h('h2', { id: 'result-heading' }, t('live.result')),
        renderSplit(next.choices, { counts: next.result.counts, voters: next.result.voters, mine: myVote }),
      );
    }
    debrief.hidden = !over;
    if (over && shownPhase !== next.phase) {
      const focusWasLost = document.activeElement === document.body || room.contains(document.activeElement);
      fill(
        debrief,
        next.debrief ? renderGroupDebrief(next.debrief) : h('h2', {}, t('live.ended')),
        next.phase === 'closed' ? h('p', {}, t('live.closed')) : null,
      );
      if (focusWasLost) debrief.querySelector<HTMLElement>('#group-debrief-title')?.focus();
    }
    shownPhase = next.phase;
  };

  // ------------------------------------------------------------------ server events

  // The story in this phone's language: the server sends English with the keys of every line and
  // choice; the phone applies its own language's table (core/live/story-text.ts), in order.
  const words = liveStoryText(language());
  const inTurn = serial();
  const show = (next: RoomState) =>
    inTurn(async () => {
      const [text, menu] = await Promise.all([words.text(next.storyId), words.menu()]);
      if (joined && next.code === joined.code) render(localizeRoom(next, text, menu));
    });
  conn.socket.on('room', (next: RoomState) => {
    if (joined && next.code === joined.code) show(next);
  });
  conn.socket.on('removed', (m: LiveNotice) => {
    if (joined) forgetIdentity(joined.code);
    joined = null;
    const message = liveErrorText(m);
    status.textContent = message;
    fill(main, h('p', { class: 'live-error' }, message));
  });
  conn.socket.on('expired', (m: LiveNotice & { code: string }) => {
    forgetIdentity(m.code);
    showJoinForm(liveErrorText(m));
  });
  conn.onStatus((s, recovered) => {
    status.textContent = s === 'online' ? '' : t('live.reconnecting');
    // socket.io restored the session: nothing to do. Otherwise come back with the token.
    if (s === 'online' && !recovered && joined) {
      const { code, name, token } = joined;
      void join(code, name, token);
    }
  });
  window.addEventListener('keydown', (e) => {
    if (!state || state.phase !== 'voting' || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= state.choices.length) {
      e.preventDefault();
      void vote(n - 1);
    }
  });

  // Start: come back to the room this browser already joined, or show the form.
  const code = normalizeCode(params.get('join') ?? '');
  const saved = code ? savedIdentity(code) : null;
  if (saved) {
    // Joined from this browser before: rejoin as soon as the connection is up (see onStatus).
    status.textContent = t('live.rejoining');
    joined = { code: saved.code, id: '', name: saved.name, token: saved.token };
  } else {
    showJoinForm();
  }
}
