/**
 * Every word of Rapport's interface, in English: the one place an interface string is written
 * (docs/interface-strings.md). Story text is not here — it lives in the stories and their own
 * translations.
 *
 * Each entry: the key (area.name; the area decides when it loads, see groups.ts), the English ICU
 * MessageFormat message (`msg`) and a note for the translator (`note`) wherever the message is not
 * self-explanatory: where it shows, what each placeholder holds. Whole sentences with placeholders —
 * never translated parts glued together; plurals as `{n, plural, one {…} other {…}}`; numbers,
 * percentages and dates as `{n, number}`, `{p, number, percent}`, `{d, date, medium}` so each language
 * formats them. Write an apostrophe as ’ (a plain ' quotes ICU syntax).
 *
 * `npm run strings:interface` writes translations/<lang>/interface.po from this file; the build
 * compiles both (build/interface/). A key used in code but missing here fails `tsc`.
 */
import type { CatalogEntry } from './types.ts';

export const en = {
  // ── The page's frame (index.html, main.ts, app.ts) ──────────────────────────────────────────
  'app.skipLink': { msg: 'Skip to the conversation', note: 'Link for keyboard users, first on the page.' },
  'app.title.menu': {
    msg: 'Rapport — cross-cultural relationship training',
    note: 'Browser tab title of the start menu. "Rapport" is the product name.',
  },
  'app.title.progress': { msg: 'My progress — Rapport', note: 'Browser tab title.' },
  'app.title.screen': {
    msg: '{title} — Rapport',
    note: 'Browser tab title; {title} is a scenario’s or module’s title.',
  },
  'app.title.check': {
    msg: '{phase, select, before {Opening check} other {Closing check}}: {module} — Rapport',
    note: 'Browser tab title of a module’s situational-judgement check; {module} is the module’s title. "before" = the check before the scenarios, "other" = the one after.',
  },
  'app.loading.progress': { msg: 'Opening your progress…', note: 'Shown while the progress screen loads.' },
  'app.loading.screen': {
    msg: 'Opening “{title}”…',
    note: 'Shown while a scenario or module loads; {title} is its title.',
  },
  'app.loading.scenario': {
    msg: 'Opening the scenario…',
    note: 'Shown while a scenario loads, before its title is known.',
  },
  'app.loading.check': {
    msg: '{phase, select, before {Opening the opening check…} other {Opening the closing check…}}',
    note: 'Shown while a module’s check loads. The opening check comes before the scenarios, the closing check after.',
  },
  'app.error.pageLoad.title': { msg: 'This page could not load' },
  'app.error.pageLoad.fix': { msg: 'Check your connection and reload the page; your progress is kept.' },
  'app.error.generic.title': { msg: 'Something went wrong', note: 'Title of an unexpected error panel.' },
  'app.error.generic.fixScenario': {
    msg: 'Reload the page; your choices in this scenario will need to be made again.',
  },
  'app.error.generic.fix': { msg: 'Reload the page and try again.' },
  'app.update.ready': {
    msg: 'A new version of Rapport is ready. Update when you reach a good moment — your progress is saved.',
    note: 'Notice when a new version of the app has been downloaded in the background.',
  },

  // ── Shared words ─────────────────────────────────────────────────────────────────────────────
  'common.settings': { msg: 'Settings', note: 'Button that opens the settings dialog.' },
  'common.backToScenarios': { msg: 'Back to scenarios', note: 'Button back to the start menu.' },
  'common.toScenarios': {
    msg: '← Scenarios',
    note: 'Small button at the top of a screen, back to the start menu.',
  },
  'common.rapport': {
    msg: 'Rapport',
    note: 'The relationship meter of warmth and liking (one of two meters; also the product name).',
  },
  'common.trust': {
    msg: 'Trust',
    note: 'The relationship meter of confidence in the other’s competence, integrity and care.',
  },

  // ── Notices and problems (banners.ts) ────────────────────────────────────────────────────────
  'banner.action.restart': {
    msg: 'Start over',
    note: 'Button in a notice: start the scenario from its beginning.',
  },
  'banner.action.reload': {
    msg: 'Load the other tab’s progress',
    note: 'Button in a notice when the game is open in another browser tab.',
  },
  'banner.action.update': { msg: 'Update now', note: 'Button in the new-version notice.' },
  'banner.action.dismiss': { msg: 'Close', note: 'Button that closes a notice.' },
  'banner.whatToDo': {
    msg: 'What to do:',
    note: 'Label before the fix in a problem panel, followed by a sentence.',
  },

  // ── The start menu (menu.ts) ─────────────────────────────────────────────────────────────────
  'menu.heading': {
    msg: 'Rapport',
    note: 'The product name, as the menu’s main heading. Usually left as is.',
  },
  'menu.tagline': {
    msg: 'Practise the conversations that build — or break — business relationships across cultures. Every choice moves Rapport and Trust; the coach tells you why.',
    note: 'Under the product name on the start menu. Rapport and Trust are the two meters.',
  },
  'menu.myProgress': { msg: 'My progress', note: 'Button to the learner’s progress screen.' },
  'menu.modules': { msg: 'Modules', note: 'Heading: the list of modules (ordered sets of scenarios).' },
  'menu.scenarios': { msg: 'Scenarios', note: 'Heading: the list of all scenarios.' },
  'menu.noScenarios': {
    msg: 'No scenarios found. Add an .ink file to the stories/ folder (see docs/authoring.md).',
  },
  'menu.minutes': {
    msg: '{n, plural, one {# min} other {# min}}',
    note: 'How long a scenario takes, on its card. {n}: minutes.',
  },
  'menu.sources': {
    msg: 'Sources: {list}',
    note: 'On a scenario card; {list} is a comma-separated list of article numbers, e.g. "000, 002".',
  },
  'menu.record': {
    msg: 'Best {best} · {n, plural, one {# attempt} other {# attempts}}',
    note: 'On a scenario card once played. {best}: best score (a number, or — if none). {n}: attempts made.',
  },
  'menu.record.endings': {
    msg: 'Best {best} · {n, plural, one {# attempt} other {# attempts}} · endings found {found} of {total}',
    note: 'As menu.record, plus how many of the scenario’s endings the learner has reached.',
  },
  'menu.cardError': {
    msg: 'This scenario has an error in its ink: {error}',
    note: '{error} is the author-facing error message (English).',
  },
  'menu.play': { msg: 'Play', note: 'Button on a scenario card (never played).' },
  'menu.playAgain': { msg: 'Play again', note: 'Button on a scenario card (played before).' },
  'menu.continue': { msg: 'Continue', note: 'Button on a scenario card with a saved play-through.' },
  'menu.present': {
    msg: 'Present to a room',
    note: 'Link: open the scenario in presenter mode for a workshop.',
  },
  'menu.live': {
    msg: 'Run as live room',
    note: 'Link: run the scenario as a live room where participants vote from their phones.',
  },
  'menu.guide': { msg: 'Facilitator’s guide', note: 'Link to a printable guide for workshop facilitators.' },
  'menu.module.kicker': { msg: 'Module', note: 'Small label above a module’s title.' },
  'menu.module.record': {
    msg: '{finished} of {total} scenarios finished · pass mark {passMark}',
    note: 'On a module card. {passMark}: the score (0–100) a scenario must reach.',
  },
  'menu.module.check': {
    msg: '{phase, select, before {Opening check} other {Closing check}}',
    note: 'A step of a module: the short situational-judgement test before (opening) or after (closing) its scenarios.',
  },
  'menu.step.answered': {
    msg: '✓ answered',
    note: 'Status after a module’s check the learner has answered.',
  },
  'menu.step.next': { msg: '— next', note: 'Status of the module step to do next.' },
  'menu.step.afterScenarios': {
    msg: '— after the scenarios',
    note: 'Status of the closing check while scenarios remain.',
  },
  'menu.step.best': {
    msg: '✓ best {best}',
    note: 'Status of a finished scenario in a module; {best} is the best score.',
  },
  'menu.step.afterCheck': {
    msg: '— after the opening check',
    note: 'Status of a scenario locked until the opening check is answered.',
  },
  'menu.step.locked': {
    msg: '— locked until the one before is finished',
    note: 'Status of a module scenario not yet open.',
  },
  'menu.module.summary': { msg: 'Module summary', note: 'Button on a completed module’s card.' },
  'menu.module.progress': {
    msg: 'Module progress',
    note: 'Button on a module’s card before it is complete.',
  },

  // ── The play screen (play.ts, meters.ts) ─────────────────────────────────────────────────────
  'play.stage': { msg: 'The scene', note: 'Screen-reader name of the picture of the scene.' },
  'play.conversation': {
    msg: 'Conversation',
    note: 'Screen-reader name of the list of lines spoken so far.',
  },
  'play.conversationSoFar': {
    msg: 'Conversation so far',
    note: 'Screen-reader name of the scrollable conversation area.',
  },
  'play.coach': { msg: 'Coach', note: 'Heading of the coach’s feedback after a choice.' },
  'play.choices': { msg: 'Choices', note: 'Screen-reader name of the group of choice buttons.' },
  'play.dialogue': { msg: 'Dialogue', note: 'Screen-reader name of the conversation column.' },
  'play.yourRole': { msg: 'Your role', note: 'Expandable box with who the learner plays.' },
  'play.stageMissing': {
    msg: 'The pictures of this scene could not load. The conversation goes on without them; reload the page to try again.',
  },
  'play.day': {
    msg: 'day {n, number}',
    note: 'The story’s day, when the scene has no date; lower case, it follows a place: "Shanghai — Office · day 3".',
  },
  'play.sceneLabel': {
    msg: '{where} · {when}',
    note: 'Caption under the scene. {where}: the place, {when}: the date or "day 3".',
  },
  'play.sceneAlt': {
    msg: '{where}.',
    note: 'Screen-reader description of the scene when nobody is speaking; {where} is the place.',
  },
  'play.sceneAlt.speaking': {
    msg: '{where}. {name} is speaking.',
    note: 'Screen-reader description of the scene; {where}: the place, {name}: the person speaking.',
  },
  'play.sceneAlt.speakingMood': {
    msg: '{where}. {name} is speaking and looks {mood, select, pleased {pleased} uneasy {uneasy} other {closed-off}}.',
    note: 'Screen-reader description of the scene; {mood} is the speaker’s expression: pleased, uneasy or closed (closed-off).',
  },
  'play.speaker': { msg: '{name}:', note: 'Before a line of dialogue: the speaker’s name.' },
  'play.paused': {
    msg: 'Paused for discussion',
    note: 'Projector banner while the facilitator has paused the scenario.',
  },
  'play.meters': { msg: 'Relationship', note: 'Screen-reader name of the meters section.' },
  'play.meter.name': {
    msg: '{meter} — {name}',
    note: 'Screen-reader name of a meter; {meter}: Rapport or Trust, {name}: the counterpart.',
  },
  'play.meter.value': { msg: '{value, number} out of 100', note: 'Screen-reader value of a meter.' },
  'play.meter.valueUp': {
    msg: '{value, number} out of 100, up {delta, number}',
    note: 'Screen-reader value of a meter that just rose by {delta}.',
  },
  'play.meter.valueDown': {
    msg: '{value, number} out of 100, down {delta, number}',
    note: 'Screen-reader value of a meter that just fell by {delta}.',
  },

  // ── The ending on the play screen (ending.ts) ────────────────────────────────────────────────
  'ending.kicker': { msg: 'Ending', note: 'Small label above the ending’s title.' },
  'ending.theEnd': { msg: 'The end', note: 'Title of an ending that has none of its own.' },
  'ending.takeaway': { msg: 'What to take away', note: 'Heading of the ending’s learning points.' },
  'ending.source': {
    msg: '(source {seed})',
    note: 'After a learning point: the number of the article it comes from.',
  },
  'ending.playAgain': { msg: 'Play again' },
  'ending.debriefFailed': {
    msg: 'The debrief could not load. Reload the page to see it; your attempt is saved.',
  },

  // ── Settings (settings-dialog.ts) ────────────────────────────────────────────────────────────
  'settings.language': {
    msg: 'Language',
    note: 'Label of the language picker; each language is listed in its own name.',
  },
  'settings.textSize': { msg: 'Text size' },
  'settings.percent': {
    msg: '{p, number, percent}',
    note: 'A text size or volume as a percentage; {p} is a fraction (1 = 100 %).',
  },
  'settings.motion': { msg: 'Motion', note: 'Animations on the page and in the scene.' },
  'settings.motion.system': {
    msg: 'Follow my system setting',
    note: 'Motion option: follow the operating system’s reduce-motion preference.',
  },
  'settings.motion.reduced': { msg: 'Reduce motion' },
  'settings.motion.full': { msg: 'Full motion' },
  'settings.musicVolume': { msg: 'Ambience volume', note: 'Volume of the background sound of each place.' },
  'settings.effectsVolume': { msg: 'Effects volume', note: 'Volume of short sound cues.' },
  'settings.muted': { msg: 'Mute all sound' },
  'settings.captions': { msg: 'Show captions for sounds' },
  'settings.coach': { msg: 'Show the coach’s feedback after each choice' },
  'settings.notStored': {
    msg: 'This browser does not let Rapport store settings: they last until you close the page.',
  },
  'settings.done': { msg: 'Done', note: 'Button that closes the settings dialog.' },
} as const satisfies Record<string, CatalogEntry>;

export type MessageKey = keyof typeof en;
