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

  // ── What the game says about progress and problems (app/keeper.ts, app/controller.ts,
  //    app/problem-words.ts, app/persist/, platform/storage/problems.ts; shown by banners.ts) ────
  // Not in the first-line group: a notice in the first moments of a page, before these load, is
  // said in English.
  'problem.storage.unavailable': {
    msg: 'Progress will not be kept: this browser does not let the game store data here (private browsing or blocked site data). You can still play.',
    note: 'Notice when the browser refuses all storage.',
  },
  'problem.storage.quota': {
    msg: 'Progress will not be kept: storage is full. Export your profile to keep a copy, then free space in the browser’s site data.',
    note: 'Notice when the browser’s storage is full. "Export your profile" is the button on My progress.',
  },
  'problem.storage.tooLarge': {
    msg: 'Progress was not saved: the record is too large ({size, number} kB; the limit is {limit, number} kB).',
    note: 'Notice; {size} and {limit} are sizes in kilobytes.',
  },
  'problem.storage.conflict': {
    msg: 'This scenario is open in another tab, which saved it more recently. Progress from this tab was not saved; reload to continue from the other tab’s progress.',
    note: 'Notice when two browser tabs play the same scenario.',
  },
  'problem.storage.newerVersion': {
    msg: '{what, select, save {This saved play-through was} other {Your progress record was}} saved by a newer version of Rapport and is left as it is. Reload the page to get the newer version.',
    note: 'Notice; "save" = a scenario’s saved place, "other" = the learner’s record of attempts.',
  },
  'problem.storage.damaged': {
    msg: 'Damaged data was found and could not be moved aside, so it is kept where it is and progress here will not be saved. Export your profile to keep a copy, then discard the damaged data.',
  },
  'problem.storage.setAside': {
    msg: '{what, select, save {A damaged saved play-through was} part {A damaged part of your progress record was} other {A damaged progress record was}} found and set aside (it is kept and included when you export your profile). Nothing else was changed.',
    note: 'Notice; "save" = a scenario’s saved place, "part" = one part of the record, "other" = the whole record.',
  },
  'problem.storage.invalid': {
    msg: 'Progress was not saved: it contained values out of range. This is a bug in the game, not something you did.',
  },
  'problem.storage.failed': { msg: 'Progress will not be kept: the browser refused to store it.' },
  'problem.storage.notLoaded': {
    msg: 'Your progress could not be read or kept: part of the game did not load. Reload the page to try again.',
    note: 'Notice when the code that keeps progress failed to download.',
  },
  'problem.restore.resumed': {
    msg: 'Welcome back — you are where you left off.',
    note: 'Notice when a scenario resumes from a saved place.',
  },
  'problem.restore.updated': {
    msg: 'This scenario has been updated since your last visit; your choices were replayed on the new version.',
  },
  'problem.restore.changed': {
    msg: 'This scenario has changed since your last visit, and your progress cannot be rebuilt on the new version. Start again to play it.',
  },
  'problem.restore.otherStory': {
    msg: 'This saved progress belongs to a different scenario, so it cannot be continued here.',
  },
  'problem.restore.error': {
    msg: 'Your progress could not be rebuilt because the scenario stopped with an error. Start again; if it happens again, tell the scenario’s author.',
  },
  'problem.import.done': {
    msg: 'Imported {attempts, plural, one {# attempt} other {# attempts}} and {saves, plural, one {# saved play-through} other {# saved play-throughs}}{aside, plural, =0 {} one { — # item set aside} other { — # items set aside}}.',
    note: 'Notice after importing a progress file on My progress. Items "set aside" were damaged and kept apart.',
  },
  'problem.import.refused': {
    msg: '{why, select, large {The file is too large to be a Rapport profile ({size, number} MB; the limit is {limit, number} MB).} empty {The file is empty.} json {The file is not a Rapport profile: it is not valid JSON.} export {The file is not a Rapport profile export.} newer {The file was exported by a newer version of Rapport. Reload the page to get the newer version, then import it again.} values {The file could not be imported: some of its values are wrong. Nothing was changed.} other {The file could not be imported. Nothing was changed.}}',
    note: 'Notice when a progress file cannot be imported; {size} and {limit} are megabytes (only in "large"). The technical reasons follow in English.',
  },
  'problem.scenario.missing.title': { msg: 'That scenario does not exist' },
  'problem.scenario.missing.fix': { msg: 'Choose a scenario from the menu.' },
  'problem.scenario.inkError.title': {
    msg: '“{title}” has an error in its ink',
    note: '{title} is the scenario’s title. "ink" is the scripting language the scenarios are written in (a name).',
  },
  'problem.scenario.inkError.fix': {
    msg: 'Fix the line named above in the .ink file (open it in Inky to see it in place), then reload.',
    note: 'Said to the scenario’s author. Inky is the name of the ink editor.',
  },
  'problem.scenario.storyError.title': {
    msg: '“{title}” stopped with an error in its story',
    note: '{title} is the scenario’s title.',
  },
  'problem.scenario.storyError.fix': {
    msg: 'This is a mistake in the scenario’s ink, not in what you did. Tell the scenario’s author (the message names the place); run `npm run stories` to check every path.',
  },
  'problem.scenario.notLoaded.title': {
    msg: '“{title}” could not be loaded',
    note: '{title} is the scenario’s title.',
  },
  'problem.scenario.notLoaded.fix': { msg: 'Check your connection and reload the page.' },
  'problem.scenario.unexpected.title': {
    msg: '“{title}” stopped unexpectedly',
    note: '{title} is the scenario’s title.',
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
  'cards.picture': {
    msg: '{withPerson, select, yes {First scene: {place}, with {person}.} other {First scene: {place}.}}',
    note: 'Text alternative of a scenario card’s picture, for screen readers. {place}: the place drawn (e.g. Meeting room); {person}: the counterpart in it (a name); {withPerson} is yes when someone is in the picture.',
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
  'menu.guide': { msg: "Facilitator's guide", note: 'Link to a printable guide for workshop facilitators.' },
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
  'play.you': {
    msg: 'You',
    note: 'The learner as a speaker: the name before the learner’s own lines in the conversation, and the name plate over the learner’s shoulder on the stage.',
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

  // ── The debrief at an ending (debrief.ts, debrief-chart.ts) ──────────────────────────────────
  'debrief.title': { msg: 'How the relationship moved', note: 'Heading of the debrief after an ending.' },
  'debrief.score': {
    msg: 'Relationship score {score, number} out of 100.',
    note: 'The learner’s final score.',
  },
  'debrief.scoreOfBest': {
    msg: 'Relationship score {score, number} out of 100 — {share, number, percent} of the best reachable score ({best, number}).',
    note: '{share} is the score as a share of {best}, the best score any path through the scenario reaches.',
  },
  'debrief.passed': {
    msg: 'Pass mark {passMark, number}: passed.',
    note: 'After the score; {passMark} is the score needed to pass.',
  },
  'debrief.notPassed': {
    msg: 'Pass mark {passMark, number}: not reached yet.',
    note: 'After the score; {passMark} is the score needed to pass.',
  },
  'debrief.scoreAndPass': {
    msg: '{score} {pass}',
    note: 'Two sentences side by side: the score (debrief.score…) and the pass mark (debrief.passed…). Change only the spacing if your language needs it.',
  },
  'debrief.time': {
    msg: 'Time passed — {days, plural, one {# day} other {# days}} without contact{after, select, yes {, after your choice} other {}}',
    note: 'A key moment where the relationship cooled because nobody met. {after} is yes when the learner’s choice led to the gap.',
  },
  'debrief.timeMore': {
    msg: 'Time passed — {step, plural, one {# more day} other {# more days}} without contact ({days, number} in all){after, select, yes {, after your choice} other {}}',
    note: 'As debrief.time, when the gap grew again: {step} more days, {days} days in all.',
  },
  'debrief.momentHead': {
    msg: 'Day {day, number} · {who} · Trust {trust} · Rapport {rapport}',
    note: 'Heading of a key moment. {who}: the counterpart; {trust}, {rapport}: signed changes such as +3 or −14.',
  },
  'debrief.momentHead.time': {
    msg: 'Day {day, number} · {who} · {time} · Trust {trust} · Rapport {rapport}',
    note: 'As debrief.momentHead, with {time} the debrief.time sentence.',
  },
  'debrief.faceIncident': {
    msg: 'Face incident',
    note: 'Badge on a key moment where someone was made to lose face.',
  },
  'debrief.faceIncidents': {
    msg: 'Face incidents: {n, number}.',
    note: 'How many times someone lost face in the play-through.',
  },
  'debrief.why': { msg: 'Why:', note: 'Before the coach’s explanation of a key moment.' },
  'debrief.replay': {
    msg: 'Replay from this moment',
    note: 'Button: play again from just before this choice.',
  },
  'debrief.showTable': { msg: 'Show the chart’s data as a table' },
  'debrief.keyMoments': { msg: 'Key moments' },
  'debrief.table.caption': { msg: 'Rapport and Trust after each event' },
  'debrief.table.day': { msg: 'Day', note: 'Column heading: the story’s day.' },
  'debrief.table.counterpart': {
    msg: 'Counterpart',
    note: 'Column heading: the person the learner is building a relationship with.',
  },
  'debrief.table.moment': { msg: 'Key moment', note: 'Column heading.' },
  'debrief.number': { msg: '{n, number}', note: 'A number in the debrief’s table.' },
  'chart.timeMoment': {
    msg: 'Key moment: time passed',
    note: 'Chart legend: a key moment where the relationship cooled between meetings.',
  },
  'chart.day': { msg: 'In-story day', note: 'Chart axis: the day in the story’s own time.' },
  'chart.score100': { msg: 'Score (0–100)', note: 'Chart axis.' },
  'chart.attempt': { msg: 'Attempt', note: 'Chart axis and legend: the attempt’s number.' },
  'chart.bestSoFar': { msg: 'Best so far', note: 'Chart legend: the best score up to each attempt.' },

  // ── My progress (profile.ts) ─────────────────────────────────────────────────────────────────
  'profile.date': { msg: '{date, date, medium}', note: 'The date of an attempt, e.g. "5 Dec 2026".' },
  'profile.pathMap': {
    msg: 'Path map',
    note: 'Heading: a map of the scenario’s scenes, the choices taken and the endings found.',
  },
  'profile.map.unplayed': {
    msg: '{n, plural, one {# ending to find: play it to start its map.} other {# endings to find: play it to start its map.}}',
    note: 'Under "Path map" for a scenario not played yet.',
  },
  'profile.map.fallback': {
    msg: 'Endings found: {found, number} of {total, number}. {why}',
    note: '{why} is one of profile.map.none / profile.map.failed.',
  },
  'profile.map.none': { msg: 'This story has no map.' },
  'profile.map.failed': { msg: 'The map could not be loaded.' },
  'profile.map.drawing': { msg: 'Drawing the map…' },
  'profile.notPlayed': { msg: 'Not played yet.' },
  'profile.record': {
    msg: 'Best score {best} · {n, plural, one {# attempt} other {# attempts}}',
    note: '{best}: the best score, or — when none.',
  },
  'profile.record.ofBest': {
    msg: 'Best score {best, number} ({share, number, percent} of the best reachable, {max, number}) · {n, plural, one {# attempt} other {# attempts}}',
    note: '{share}: {best} as a share of {max}, the best score any path reaches.',
  },
  'profile.attempts.caption': {
    msg: 'Attempts at “{title}”',
    note: 'Table caption; {title} is the scenario’s title.',
  },
  'profile.attempts.number': { msg: '#', note: 'Column heading: the attempt’s number.' },
  'profile.attempts.date': { msg: 'Date', note: 'Column heading.' },
  'profile.attempts.ending': { msg: 'Ending', note: 'Column heading: which ending the attempt reached.' },
  'profile.attempts.score': { msg: 'Score', note: 'Column heading.' },
  'profile.attempts.change': {
    msg: 'Change',
    note: 'Column heading: the score’s change from the attempt before.',
  },
  'profile.keptHere': {
    msg: 'Your progress is kept in this browser only. Export it to keep a copy or move it to another device.',
  },
  'profile.export': { msg: 'Export my progress', note: 'Button: download the progress as a file.' },
  'profile.import': {
    msg: 'Import progress from a file',
    note: 'Button: load a progress file exported before.',
  },

  // ── A module's summary (module-summary.ts) ───────────────────────────────────────────────────
  'module.startCheck': {
    msg: 'Start with the opening check',
    note: 'Button: the short test before the module’s scenarios.',
  },
  'module.takeClosingCheck': {
    msg: 'Take the closing check',
    note: 'Button: the short test after the module’s scenarios.',
  },
  'module.inProgress': { msg: 'In progress', note: 'A module’s status.' },
  'module.passed': { msg: 'Passed', note: 'A module’s status.' },
  'module.notPassed': { msg: 'Not passed yet', note: 'A module’s status.' },
  'module.verdict.average': {
    msg: '— average best score {average, number} (pass mark {passMark, number})',
    note: 'After the module’s status (In progress / Passed…). {average}: the mean of the best scores.',
  },
  'module.verdict.averageDone': {
    msg: '— average best score {average, number} (pass mark {passMark, number}) · completed {date, date, long}',
    note: 'As module.verdict.average, with the date the module was completed.',
  },
  'module.verdict.passMark': { msg: '— pass mark {passMark, number}', note: 'After the module’s status.' },
  'module.verdict.passMarkDone': {
    msg: '— pass mark {passMark, number} · completed {date, date, long}',
    note: 'After the module’s status.',
  },
  'module.table.caption': { msg: 'Score per scenario' },
  'module.table.scenario': { msg: 'Scenario', note: 'Column heading.' },
  'module.table.best': { msg: 'Best score', note: 'Column heading.' },
  'module.table.status': { msg: 'Status', note: 'Column heading.' },
  'module.finished': { msg: 'Finished', note: 'A scenario’s status in a module.' },
  'module.notStarted': { msg: 'Not started', note: 'A scenario’s status in a module.' },
  'module.locked': { msg: 'Locked', note: 'A scenario’s status in a module: it opens after the one before.' },
  'module.objectives': { msg: 'Learning objectives' },
  'module.objective.met': { msg: '✓ Met:', note: 'Before a learning objective the learner has met.' },
  'module.objective.notYet': { msg: '○ Not yet:', note: 'Before a learning objective not met yet.' },
  'module.beforeAfter': {
    msg: 'Before and after',
    note: 'Heading: the opening and closing checks’ results side by side.',
  },
  'module.openingAnswered': {
    msg: 'You answered the opening check. Its results are shown beside the closing check’s, once you have finished the scenarios and taken it.',
  },
  'module.seeAll': {
    msg: 'See every situation with the best response',
    note: 'Button to the closing check’s detailed results.',
  },
  'module.print': { msg: 'Print or save as PDF' },
  'module.continueWith': {
    msg: 'Continue with “{title}”',
    note: 'Button; {title} is the next scenario’s title.',
  },

  // ── A module's situational-judgement check (check.ts, check-results.ts) ─────────────────────
  'check.toModule': { msg: '← Module', note: 'Small button back to the module’s summary.' },
  'check.missing': {
    msg: '{n, plural, one {One situation has no answer yet} other {# situations have no answer yet}}',
    note: 'Error heading when the learner submits the check with unanswered situations.',
  },
  'check.missingItem': {
    msg: 'Situation {n, number}: choose a response',
    note: 'Link to an unanswered situation.',
  },
  'check.intro': {
    msg: '{n, plural, one {# situation} other {# situations}}, about {minutes, plural, one {# minute} other {# minutes}}. {phase, select, before {For each, choose the response you think is best before the first scenario. The answers are shown after the closing check, at the end of the module, beside this one — so you can see what the module changed. It does not count towards your module score.} other {For each, choose the response you think is best now that you have played the scenarios. Then you will see both checks marked, with the best response to each situation explained.}}',
    note: 'Introduction of a check. "before" = the opening check (before the scenarios), "other" = the closing check.',
  },
  'check.submit': { msg: 'Submit answers' },
  'check.situation': {
    msg: 'Situation {n, number} of {total, number}',
    note: 'Heading of one question of the check.',
  },
  'check.kept': { msg: 'Your answers are kept', note: 'Heading after submitting the opening check.' },
  'check.keptDetail': {
    msg: 'You answered the opening check on {date, date, long}. You will see how you did after the closing check, at the end of the module.',
  },
  'check.start': { msg: 'Start “{title}”', note: 'Button; {title} is the module’s first scenario.' },
  'checkResults.share': {
    msg: '{correct, number} of {total, number}',
    note: 'Right answers out of all, e.g. "5 of 8".',
  },
  'checkResults.side': {
    msg: '{share} ({p, number, percent})',
    note: '{share}: e.g. "5 of 8"; {p}: the same as a percentage.',
  },
  'checkResults.label': {
    msg: 'Situational judgement:',
    note: 'Label before the checks’ results; "situational judgement" is the kind of test.',
  },
  'checkResults.beforeAfter': {
    msg: 'before {before} · after {after}',
    note: 'The opening (before) and closing (after) check results, each e.g. "5 of 8 (63%)".',
  },
  'checkResults.notAnswered': { msg: 'not answered' },
  'checkResults.notAnsweredYet': { msg: 'not answered yet' },
  'checkResults.gain': {
    msg: 'gain {points} {n, plural, one {point} other {points}}',
    note: 'Percentage points gained from the opening to the closing check; {points} is signed, e.g. +25.',
  },
  'checkResults.change': {
    msg: 'change {points} {n, plural, one {point} other {points}}',
    note: 'As checkResults.gain, when the score fell; {points} is e.g. −10.',
  },
  'checkResults.caption': { msg: 'Situational judgement per lesson' },
  'checkResults.lesson': { msg: 'Lesson', note: 'Column heading.' },
  'checkResults.before': { msg: 'Before', note: 'Column heading: the opening check.' },
  'checkResults.after': { msg: 'After', note: 'Column heading: the closing check.' },
  'checkResults.marked': {
    msg: '{phase, select, before {The opening check} other {The closing check}}',
    note: 'Heading over one check’s marked answers.',
  },
  'checkResults.yoursBest': {
    msg: '✓ Your answer was the best:',
    note: 'Before the learner’s answer (a letter and its text).',
  },
  'checkResults.yours': {
    msg: '○ Your answer:',
    note: 'Before the learner’s answer when it was not the best.',
  },
  'checkResults.best': { msg: 'Best:', note: 'Before the best answer.' },

  // ── The path map on My progress (path-map.ts) ────────────────────────────────────────────────
  'map.progress': {
    msg: 'You have found {found, number} of {endings, plural, one {# ending} other {# endings}} and taken {taken, number} of {choices, plural, one {# choice} other {# choices}}.',
    note: 'Summary of a scenario’s path map.',
  },
  'map.scrolls': {
    msg: 'Path map of {title} (scrolls)',
    note: 'Screen-reader name of the scrollable map; {title}: the scenario.',
  },
  'map.label': {
    msg: 'Path map of {title}. {sentence} The map as a list follows.',
    note: '{sentence} is map.progress.',
  },
  'map.endingFound': { msg: 'Ending found: {title}' },
  'map.endingNotFound': { msg: 'An ending not yet found' },
  'map.said': { msg: '{speaker}: {text}', note: 'A scene’s first line: the speaker and what they say.' },
  'map.scene': {
    msg: 'Scene {n, number}{start, select, yes { (the start)} other {}}',
    note: 'A scene of the map; {start} is yes for the scenario’s first scene.',
  },
  'map.sceneSaid': {
    msg: 'Scene {n, number}{start, select, yes { (the start)} other {}}. {said}',
    note: 'As map.scene, followed by the scene’s first line.',
  },
  'map.sceneNotReached': {
    msg: 'Scene {n, number}{start, select, yes { (the start)} other {}}: not reached yet',
  },
  'map.sceneBox': {
    msg: 'Scene {n, number}{start, select, yes { · start} other {}}',
    note: 'Title drawn in a scene’s box on the map: keep it short.',
  },
  'map.notReached': { msg: 'Not reached yet', note: 'Drawn in a scene’s box: keep it short.' },
  'map.youChose': { msg: 'You chose: {text}', note: '{text}: the choice’s words (story text).' },
  'map.notTaken': {
    msg: 'not taken yet',
    note: 'Drawn beside an option not chosen yet (its words stay hidden): keep it short.',
  },
  'map.toEnding': { msg: 'the ending “{title}”', note: 'Where a choice led; used inside map.list.choseTo.' },
  'map.toScene': { msg: 'scene {n, number}', note: 'Where a choice led; used inside map.list.choseTo.' },
  'map.list': { msg: 'The map as a list', note: 'Expandable section with the map in words.' },
  'map.list.scenes': { msg: 'Scenes' },
  'map.list.notReached': {
    msg: ': not reached yet ({n, plural, one {# option} other {# options}}).',
    note: 'After a scene’s heading.',
  },
  'map.list.said': { msg: '— {speaker}: “{text}”', note: 'After a scene’s heading: its first line.' },
  'map.list.saidNarration': {
    msg: '— “{text}”',
    note: 'After a scene’s heading: its first line, narration.',
  },
  'map.list.chose': { msg: 'You chose “{text}”.' },
  'map.list.choseTo': {
    msg: 'You chose “{text}”, to {to}.',
    note: '{to}: where it led, e.g. "scene 3 or the ending “The partner”" (a list joined with your language’s "or").',
  },
  'map.list.othersLeft': {
    msg: '{n, plural, one {# other option not taken yet.} other {# other options not taken yet.}}',
  },
  'map.list.noneTaken': {
    msg: '{n, plural, one {# option, none taken yet.} other {# options, none taken yet.}}',
  },
  'map.list.found': { msg: 'Found: “{title}”', note: 'An ending found.' },
  'map.list.endings': { msg: 'Endings: {found, number} of {total, number} found' },

  // ── In an LMS (lms-page.ts) ──────────────────────────────────────────────────────────────────
  'lms.tryAgain': {
    msg: 'Try again',
    note: 'Button on the page shown when the learning platform’s launch failed.',
  },
  'lms.saving': {
    msg: 'Saving…',
    note: 'The exit button while the result is sent to the learning platform.',
  },
  // A launch that failed: its title and what to do (the cause under it stays in English, for the
  // platform’s administrator). "Learning platform" = the company’s LMS.
  'lms.launch.notLaunched': { msg: 'This module was not launched correctly', note: 'Heading of the page.' },
  'lms.launch.cannotStart': { msg: 'This launch cannot start', note: 'Heading of the page.' },
  'lms.launch.unreachable': { msg: 'The learning platform cannot be reached', note: 'Heading of the page.' },
  'lms.launch.refused': { msg: 'The learning platform refused this session', note: 'Heading of the page.' },
  'lms.launch.fix.notAu': {
    msg: 'Close this window and launch the module again from your learning platform. If it happens again, tell its administrator: the platform did not launch it as a cmi5 AU.',
    note: '"cmi5 AU" is a technical term for the administrator (a cmi5 assignable unit): keep it.',
  },
  'lms.launch.fix.relaunch': {
    msg: 'Close this window and launch the module again from your learning platform.',
  },
  'lms.launch.fix.once': {
    msg: 'Close this window and launch the module again from your learning platform (a cmi5 launch link works once: reloading this page does not start a new session).',
  },
  'lms.launch.fix.tell': {
    msg: 'Launch the module again from your learning platform; if it happens again, tell its administrator.',
  },
  'lms.launch.fix.closeTell': {
    msg: 'Close this window and launch the module again from your learning platform; if it happens again, tell its administrator.',
  },
  'lms.launch.fix.connection': {
    msg: 'Check your connection, then press Try again.',
    note: '"Try again" is the button lms.tryAgain.',
  },
  'lms.exitToCourse': {
    msg: 'Exit to the course',
    note: 'Button that saves and returns to the course in the learning platform.',
  },
  // Notices while playing in a learning platform.
  'lms.notice.noLaunch': {
    msg: 'This module was opened without a launch from a learning platform, so nothing is recorded there; progress is kept on this device only.',
  },
  'lms.notice.browse': {
    msg: 'You are browsing: look around freely — nothing you do here is recorded.',
    note: 'The platform opened the module in its Browse mode.',
  },
  'lms.notice.review': {
    msg: 'You are reviewing: nothing you do here changes your recorded result.',
    note: 'The platform opened the module in its Review mode.',
  },
  'lms.notice.down': {
    msg: 'The learning platform cannot be reached just now. Play on: what you do is kept in this browser and sent, in order, as soon as it answers again.',
  },
  'lms.notice.refused': {
    msg: 'The learning platform no longer accepts this session’s records ({status, number}). Your progress is kept in this window; to have it recorded, launch the module again from the platform.',
    note: '{status} is an HTTP status code such as 401.',
  },
  'lms.notice.notAccepted': {
    msg: 'The learning platform did not accept the connection ({cause}). Your progress is kept on this device only, and this attempt will not be reported.',
    note: '{cause} is technical, in English, for the administrator (e.g. "SCORM 2004 Initialize returned false, error 101: …").',
  },
  'lms.notice.incompleteLrs': {
    msg: 'The launch named a learning record store, but not completely (endpoint and actor are needed); progress is kept on this device only.',
    note: '"Learning record store" is the xAPI term for where results are kept; "endpoint" and "actor" are technical names: keep them.',
  },
  'lms.notice.unmetLanguage': {
    msg: 'Your learning platform asked for {asked}, which Rapport is not available in: it is shown in {shown}. You can pick another language in Settings.',
    note: '{asked}: language tags such as "fr-FR, de"; {shown}: the language shown, named in itself (e.g. 日本語).',
  },
  'lms.notice.takenOver': {
    msg: 'This module was opened again in another window: progress made here is no longer saved. Close this window and go on in the other one.',
  },

  // ── Presenter mode: the facilitator's console and the projector (src/views/present) ──────────
  'present.title': {
    msg: 'Presenter console — {title}',
    note: 'Heading and tab title of the facilitator’s console; {title}: the scenario.',
  },
  'present.newTab': { msg: '(opens in a new tab)', note: 'Screen-reader text after a link.' },
  'present.openProjector': {
    msg: 'Open projector view',
    note: 'Button: opens the window the room sees (large type, no controls).',
  },
  'present.controls': { msg: 'Controls', note: 'Screen-reader name of the console’s controls.' },
  'present.pause': {
    msg: 'Pause for discussion',
    note: 'Toggle button: the projector shows a paused banner.',
  },
  'present.resume': { msg: 'Resume', note: 'The same toggle button while paused.' },
  'present.reveal': {
    msg: 'Reveal consequences',
    note: 'Toggle: show the room the coach’s note and what the last choice did.',
  },
  'present.showMeters': {
    msg: 'Show meters to the room',
    note: 'Toggle: show the Rapport and Trust meters on the projector.',
  },
  'present.back': { msg: 'Back one step', note: 'Button: undo the last choice.' },
  'present.restart': { msg: 'Restart' },
  'present.projectorAddress': {
    msg: 'Projector address:',
    note: 'Followed by a web address to open on the projector.',
  },
  'present.now': { msg: 'On the projector now' },
  'present.meters': {
    msg: '{name}: Rapport {rapport, number}, Trust {trust, number}',
    note: 'A counterpart’s two meters, for the facilitator.',
  },
  'present.prompts': {
    msg: 'Discussion prompts',
    note: 'Heading: questions the facilitator can ask the room.',
  },
  'present.ending': { msg: 'Ending: {title}', note: '{title}: the ending’s title.' },
  'present.choices': { msg: 'Choices and their consequences' },
  'present.coach': { msg: 'Coach:', note: 'Before the coach’s note on a choice.' },
  'present.choose': { msg: 'Choose {n, number}', note: 'Button: take choice number {n}.' },
  'present.noScenario': {
    msg: 'There is no scenario called “{id}”. Go back to the scenarios and choose one.',
  },
  'present.badProjector': {
    msg: 'This projector address is not complete. Open it from the presenter console.',
  },
  'present.unknownStory': { msg: 'The console is running “{id}”, which this copy of Rapport does not have.' },
  'present.waiting': {
    msg: 'Waiting for the presenter console… Open the console first (a scenario with ?present=<story>), then “Open projector view”.',
    note: 'Shown on the projector window before the console has started. Keep "?present=<story>" as it is.',
  },

  // ── Live rooms: the participant's phone and shared parts (src/views/live) ────────────────────
  'live.skipLink': {
    msg: 'Skip to the content',
    note: 'Link for keyboard users, first on the live-room pages.',
  },
  'live.title': { msg: 'Rapport · live session', note: 'Heading of a participant’s phone page.' },
  'live.join.heading': { msg: 'Join the session' },
  'live.join.code': { msg: 'Room code', note: 'The short code the facilitator’s screen shows.' },
  'live.join.codeHint': {
    msg: 'The {n, plural, one {# character} other {# characters}} on the facilitator’s screen.',
  },
  'live.join.codeMissing': { msg: 'Enter the {n, plural, one {#-character} other {#-character}} room code.' },
  'live.join.name': { msg: 'Your name' },
  'live.join.nameHint': { msg: 'Everyone in the room will see it.' },
  'live.join.password': { msg: 'Room password' },
  'live.join.button': { msg: 'Join', note: 'Button: join the live room.' },
  'live.story': {
    msg: 'The story',
    note: 'Screen-reader name of the story’s lines on a participant’s phone.',
  },
  'live.vote.heading': {
    msg: 'What would you do?',
    note: 'Heading above the choices a participant votes for.',
  },
  'live.vote.sending': { msg: 'Sending your vote…' },
  'live.vote.yours': { msg: 'Your vote', note: 'Label on the choice the participant voted for.' },
  'live.vote.closed': { msg: 'Voting is closed. Waiting for the facilitator to go on…' },
  'live.vote.choose': {
    msg: 'Choose one. You can change your vote until the facilitator reveals the votes.',
  },
  'live.vote.yourVote': {
    msg: 'Your vote: {n, number}. You can change it until the facilitator reveals the votes.',
    note: '{n}: the number of the chosen option.',
  },
  'live.you': {
    msg: 'You are {name} · room {code}',
    note: '{name}: the participant’s name; {code}: the room code.',
  },
  'live.result': { msg: 'How the room voted' },
  'live.result.participants': {
    msg: 'How the room voted ({n, plural, one {# participant} other {# participants}})',
  },
  'live.ended': { msg: 'The session has ended' },
  'live.closed': { msg: 'The facilitator has ended the session. Thank you for taking part.' },
  'live.reconnecting': { msg: 'Connection lost — reconnecting…' },
  'live.rejoining': { msg: 'Rejoining…' },
  'live.split.mark': {
    msg: '({marks, select, mine {your vote} taken {taken} other {your vote, taken}})',
    note: 'After an option in the vote split: whether it was this participant’s vote and/or the option the room took.',
  },
  'live.split.count': {
    msg: '{n, plural, one {# vote} other {# votes}} · {p, number, percent}',
    note: 'Votes for one option, and their share.',
  },
  'live.timer': { msg: 'Discussion time: {time}', note: '{time}: minutes and seconds left, e.g. 2:05.' },
  'live.timerUp': { msg: 'Discussion time is up — votes stay open.' },
  'live.decision.majority': {
    msg: 'The room’s majority chose {n, number} ({voters, plural, one {# vote} other {# votes}}).',
  },
  'live.decision.facilitator': {
    msg: 'The facilitator chose {n, number} ({voters, plural, one {# vote} other {# votes}} cast).',
  },
  'live.noDecisions': { msg: 'No decisions were taken.' },
  'live.decision.prompt': {
    msg: '“{prompt}”',
    note: 'In the group debrief: the line the room answered at a decision, quoted.',
  },
  'live.room.speaker': {
    msg: 'The room',
    note: 'Before a line the room chose together (in the story, on phones and the console).',
  },

  // ── Live rooms: what the server tells a person (src/views/live/errors.ts) ────────────────────
  // The server sends a reason and values; each page says it in its reader's language.
  'live.error.badMessage': {
    msg: 'The server refused what this page sent. Reload the page; if it happens again, tell the facilitator.',
  },
  'live.error.tooManyMessages': { msg: 'Too many messages. Slow down.' },
  'live.error.tooManyJoins': { msg: 'Too many join attempts. Wait a few seconds and try again.' },
  'live.error.tooManyCodes': {
    msg: 'Too many attempts with codes that found no room. Wait a minute, then check the code on the screen.',
  },
  'live.error.tooManyNewcomers': {
    msg: 'Many people just joined from this network. Wait a few seconds and try again.',
  },
  'live.error.tooManyVotes': { msg: 'Too many votes in a short time. Wait a moment; your last vote counts.' },
  'live.error.tooManyRoomsCreated': {
    msg: 'Too many rooms created from this network. Wait a minute and try again.',
  },
  'live.error.tooManyWrongKeys': { msg: 'Too many attempts with a wrong room code or key. Wait a minute.' },
  'live.error.noRoom': { msg: 'No room has that code. Check the code on the facilitator’s screen.' },
  'live.error.codeFormat': {
    msg: 'A room code has {n, plural, one {# character} other {# characters}}, letters and digits as the facilitator’s screen shows them (no 0, O, 1, I or L).',
  },
  'live.error.noStory': {
    msg: 'This server has no scenario “{id}”. Choose one from the list.',
    note: '{id}: the scenario’s identifier, as in the address.',
  },
  'live.error.storyBroken': {
    msg: '“{title}” cannot run on this server: its story does not compile. Choose another scenario.',
  },
  'live.error.storyError': {
    msg: 'The story stopped with an error. End the session and start a new room.',
  },
  'live.error.keyRequired': {
    msg: 'Running rooms on this server needs a facilitator key. Ask the person who runs the server for one.',
  },
  'live.error.forbidden': {
    msg: 'This room does not exist any more, or this browser does not hold its facilitator key.',
  },
  'live.error.removed': { msg: 'The facilitator removed you from this room.' },
  'live.error.roomFull': {
    msg: 'This room is full ({size, plural, one {# person} other {# people}}). Ask the facilitator for a place.',
  },
  'live.error.serverFull': {
    msg: 'This server already runs {max, plural, one {# room} other {# rooms}}. End one, or try later.',
  },
  'live.error.sizeTooBig': {
    msg: 'A room on this server is for at most {max, plural, one {# person} other {# people}}.',
  },
  'live.error.sizeRange': {
    msg: 'A room is for 1 to {max, number} people.',
    note: 'The facilitator typed a number of places outside the range.',
  },
  'live.error.passwordNeeded': { msg: 'This room has a password: enter it.' },
  'live.error.passwordWrong': { msg: 'That is not the room’s password. Ask the facilitator.' },
  'live.error.passwordTooLong': {
    msg: 'A room password has at most {max, plural, one {# character} other {# characters}}.',
  },
  'live.error.nameUnreadable': {
    msg: 'Enter a name the room can read: it needs at least one letter or digit.',
  },
  'live.error.nameTooLong': {
    msg: 'A name can be at most {max, plural, one {# character} other {# characters}} long (the room shows the first {shown, number}).',
  },
  'live.error.alreadyJoined': {
    msg: 'This connection has already joined the room. Reload the page to rejoin.',
  },
  'live.error.sessionEnded': { msg: 'This session has ended. Ask the facilitator for a new code.' },
  'live.error.roomLocked': {
    msg: 'The facilitator has closed this room to new participants. Ask them to open it.',
  },
  'live.error.notJoined': { msg: 'Join the room before voting.' },
  'live.error.voteStale': {
    msg: 'That decision is over — the room has moved on. Vote on the current one.',
  },
  'live.error.voteClosed': { msg: 'Voting on this decision has closed. Wait for the next one.' },
  'live.error.noChoice': {
    msg: 'There is no choice {n, number} here: pick 1 to {count, number}.',
  },
  'live.error.nothingToDecide': { msg: 'The session has ended: there is nothing left to decide.' },
  'live.error.decisionStale': {
    msg: 'Decision {decision, number} is already over; the room is on decision {current, number}.',
  },
  'live.error.noVotes': { msg: 'No votes yet: wait for votes or pick a choice for the room.' },
  'live.error.tied': {
    msg: 'The vote is tied between {choices}: pick one of them.',
    note: '{choices}: the tied options’ numbers as a list in your language (“1 and 3”).',
  },
  'live.error.timerRange': {
    msg: 'The discussion timer runs {min, number} to {max, number} minutes.',
  },
  'live.error.noParticipant': { msg: 'No such participant in this room.' },
  'live.error.notSaved': {
    msg: 'The server could not save that (its database is not writable). Try again; tell the facilitator if it persists.',
  },
  'live.error.ownerGone': {
    msg: 'The server that ran this room stopped before answering. Try again: another one has taken over.',
  },
  'live.error.storeDown': { msg: 'The server cannot reach its database just now. Try again in a moment.' },
  'live.error.unreachable': { msg: 'The room could not be reached just now. Try again in a moment.' },
  'live.error.serverError': {
    msg: 'Something went wrong on the server. Try again; if it persists, restart the room.',
  },
  'live.error.noAnswer': {
    msg: 'The server did not answer. Check your connection; the page reconnects by itself.',
  },
  'live.error.expired': {
    msg: 'This room has closed after a long time without activity. Ask the facilitator for a new code.',
  },

  // ── Live rooms: the facilitator's console (room-console.ts, decision-panel.ts, facilitator.ts) ─
  'live.console.title': { msg: 'Live session — {title}', note: '{title}: the scenario.' },
  'live.console.storySoFar': { msg: 'The story so far' },
  'live.console.storyNow': {
    msg: 'The story now',
    note: 'Screen-reader name of the lines on the room view (the projected screen).',
  },
  'live.console.transcript': { msg: 'Transcript' },
  'live.console.roomView': {
    msg: 'Room view',
    note: 'Button: show the projector-friendly view of the console.',
  },
  'live.console.backToConsole': { msg: 'Back to the console' },
  'live.console.join': {
    msg: 'Join this session',
    note: 'Heading of the panel with the room code and QR code.',
  },
  'live.console.code': { msg: 'Code', note: 'Before the room code.' },
  'live.console.qr': { msg: 'QR code for {url}', note: 'Text alternative of the QR code image.' },
  'live.console.exportCsv': { msg: 'Export votes (CSV)' },
  'live.console.exportJson': { msg: 'Export votes (JSON)' },
  'live.console.endConfirm': { msg: 'End the session for everyone? Votes stay available for export.' },
  'live.console.end': { msg: 'End session' },
  'live.console.people': { msg: '{joined, number} joined · {connected, number} connected' },
  'live.console.locked': {
    msg: 'Room locked — open it to newcomers',
    note: 'Toggle button while the room is locked.',
  },
  'live.console.lock': { msg: 'Lock the room to newcomers', note: 'Toggle button.' },
  'live.console.peopleList': { msg: 'People ({n, number})', note: 'Expandable list of participants.' },
  'live.console.personState': {
    msg: '{voted, select, yes {voted{away, select, yes { · away} other {}}} other {away}}',
    note: 'After a participant’s name: whether they voted and/or are disconnected.',
  },
  'live.console.removeName': {
    msg: 'Remove {name}',
    note: 'Screen-reader name of the button removing a participant.',
  },
  'live.console.remove': { msg: 'Remove' },
  'live.decision': { msg: 'Decision {n, number}', note: 'Heading: the room’s n-th decision.' },
  'live.tally': { msg: '{voters, number} of {participants, number} voted' },
  'live.tally.revealed': { msg: 'revealed to the room' },
  'live.tally.hidden': { msg: 'hidden from the room' },
  'live.decide': { msg: 'Decide', note: 'Screen-reader name of the facilitator’s decision buttons.' },
  'live.votesRevealed': { msg: 'Votes revealed' },
  'live.revealVotes': { msg: 'Reveal votes to the room' },
  'live.tied': { msg: 'Tied — pick a choice below' },
  'live.advanceNoVotes': { msg: 'Advance with the majority (no votes yet)' },
  'live.advance': {
    msg: 'Advance with the majority ({n, number})',
    note: '{n}: the number of the option most voted for.',
  },
  'live.picks': { msg: 'Or take a choice yourself:' },
  'live.take': { msg: 'Take {n, number}', note: 'Button: take option number {n}.' },
  'live.timerLabel': { msg: 'Discussion timer:', note: 'Before buttons of 1, 2, 3… minutes.' },
  'live.stopTimer': { msg: 'Stop timer' },
  'live.fac.connecting': { msg: 'Connecting to the live-room server…' },
  'live.fac.saved': { msg: 'Saved {file}.', note: '{file}: the name of the exported file.' },
  'live.fac.tabTitle': {
    msg: 'Live session {code} — Rapport',
    note: 'Browser tab title; {code}: the room code.',
  },
  'live.fac.expired': { msg: 'Room {code} is no longer on this server (it expired). Create a new room.' },
  'live.fac.heading': {
    msg: 'Run a live session',
    note: 'Heading of the page where a facilitator creates a live room.',
  },
  'live.fac.rooms': { msg: 'Rooms you started in this browser' },
  'live.fac.openRoom': { msg: 'Open room {code}' },
  'live.fac.roomLine': {
    msg: '{title} · {date, date, medium}',
    note: 'A room started earlier: the scenario and when.',
  },
  'live.fac.create': { msg: 'Create the room' },
  'live.fac.key': { msg: 'Facilitator key', note: 'A secret the server’s operator gives facilitators.' },
  'live.fac.settings': { msg: 'Room settings' },
  'live.fac.size': { msg: 'Places in the room', note: 'How many participants may join.' },
  'live.fac.password': { msg: 'Password at the door (optional)' },
  'live.fac.another': { msg: 'Choose another scenario' },
  'live.fac.hint': {
    msg: 'Participants join from their phones with the code and QR code the next screen shows.',
  },
  'live.fac.reconnecting': { msg: 'Connection to the server lost — reconnecting…' },
  'live.fac.noKey': { msg: 'This browser does not hold the key for room {code}.' },
  'live.fac.toRooms': {
    msg: '← Rooms',
    note: 'Small button at the top of the console: back to the list of rooms and scenarios.',
  },

  // ── Sound captions (core/sound-catalog.ts; shown over the stage, views/sound/running.ts) ───────
  'sound.cue-gain': {
    msg: '[a rising chime: the relationship grew]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.cue-loss': {
    msg: '[a falling tone: the relationship hurt]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.cue-repaired': {
    msg: '[a settling chime: trust repaired]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.ending': {
    msg: '[a closing chime: the scenario ends]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-room': {
    msg: '[the quiet hum of a room]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-meeting-room': {
    msg: '[air conditioning hums; office murmur]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-office': {
    msg: '[a busy office murmurs, keys typing]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-lobby': {
    msg: '[voices and footsteps echo in a lobby]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-restaurant': {
    msg: '[restaurant chatter, cutlery on plates]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-banquet': {
    msg: '[banquet hall talk, glasses clinking]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-video-call': {
    msg: '[the soft hiss of a call line]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-ballpark': {
    msg: '[a ballpark crowd rises and falls]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-sightseeing': {
    msg: '[wind outdoors, birds calling]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-hotel-bar': {
    msg: '[low murmur in a hotel bar]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },
  'sound.amb-airport': {
    msg: '[a large airport hall, voices echoing]',
    note: 'Caption of a sound for learners who cannot hear it; keep the square brackets.',
  },

  // ── The stage's text alternative (views/stage/stage-plan.ts) ─────────────────────────────────
  'stage.person': {
    msg: '{speaking, select, yes {{how, select, screen {On screen, } phone {On the phone, } other {}}{name} is speaking{mood, select, neutral {} other { and looks {mood, select, pleased {pleased} uneasy {uneasy} other {closed-off}}}}.} other {{mood, select, neutral {{name} is {how, select, screen {on screen} phone {on the phone} other {here}}.} other {{how, select, screen {On screen, } phone {On the phone, } other {}}{name} looks {mood, select, pleased {pleased} uneasy {uneasy} other {closed-off}}.}}}}',
    note: 'One person in the picture of the scene, for screen readers. {how}: in the room (here), on a video screen or on the phone; {mood}: their expression (neutral is not mentioned).',
  },
  'stage.message': {
    msg: '{vowel, select, yes {An} other {A}} {medium}{from, select, yes { from {name}} other {}}{reading, select, yes { is being read} other {}}.',
    note: 'A message shown in the scene. {medium}: what it is, in the story’s words (e.g. email); {vowel} is yes when that starts with a vowel (English "an").',
  },
  'stage.place.meeting-room': {
    msg: 'Meeting room',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Meeting room").',
  },
  'stage.place.office': {
    msg: 'Office',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Office").',
  },
  'stage.place.lobby': {
    msg: 'Lobby',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Lobby").',
  },
  'stage.place.restaurant': {
    msg: 'Restaurant',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Restaurant").',
  },
  'stage.place.banquet': {
    msg: 'Banquet',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Banquet").',
  },
  'stage.place.video-call': {
    msg: 'Video call',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Video call").',
  },
  'stage.place.ballpark': {
    msg: 'Ballpark',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Ballpark").',
  },
  'stage.place.sightseeing': {
    msg: 'Sightseeing',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Sightseeing").',
  },
  'stage.place.hotel-bar': {
    msg: 'Hotel bar',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Hotel bar").',
  },
  'stage.place.airport': {
    msg: 'Airport',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Airport").',
  },
  'stage.place.pub': {
    msg: 'Pub',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Pub").',
  },
  'stage.place.shop-floor': {
    msg: 'Shop floor',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Shop floor").',
  },
  'stage.place.factory-floor': {
    msg: 'Factory floor',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Factory floor").',
  },
  'stage.place.warehouse': {
    msg: 'Warehouse',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Warehouse").',
  },
  'stage.place.car': {
    msg: 'Car',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Car").',
  },
  'stage.place.trade-fair': {
    msg: 'Trade fair',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Trade fair").',
  },
  'stage.place.reception': {
    msg: 'Reception',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Reception").',
  },
  'stage.place.lobby-night': {
    msg: 'Hotel lobby',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Hotel lobby").',
  },
  'stage.place.video-wall': {
    msg: 'Conference room',
    note: 'The name of a place the stage draws, on the scene’s caption ("Shanghai — Conference room").',
  },
  'stage.meeting': {
    msg: 'Meeting',
    note: 'Plaque drawn on the stage for a place the stage has no picture of: keep it short.',
  },
  'stage.onScreen': {
    msg: 'On screen',
    note: 'Label drawn over a person shown on a video screen: keep it short.',
  },
  'stage.onPhone': { msg: 'On the phone', note: 'Label drawn over a person on a phone call: keep it short.' },
  'stage.cue.faceLostPublic': {
    msg: 'Face lost in front of others',
    note: 'Floats over the stage when someone is embarrassed in public: keep it short.',
  },
  'stage.cue.faceThreatened': { msg: 'Face threatened', note: 'Floats over the stage: keep it short.' },
  'stage.cue.tooEarly': {
    msg: 'Too early for business',
    note: 'Floats over the stage when a business request came before enough trust: keep it short.',
  },
  'stage.you': { msg: 'You are speaking.', note: 'The learner’s own line is being shown.' },

  // ── The relationship model's explanations (core/model/handlers.ts; said by views/shared/explanation.ts) ──
  // The coach shows one after each choice ("A clear act of care (benevolence) that fits Li Wei well:
  // Trust +4."), the debrief with each key moment. {name} is always a counterpart's name.
  'model.explanation': {
    msg: '{lead}: {effect}.',
    note: 'One explanation: {lead} what happened (a model.* sentence), {effect} what it did to the meters (model.effect.*).',
  },
  'present.preview.effect': {
    msg: '{name}: {effect}',
    note: 'The presenter’s preview of one option: a counterpart’s name and what the option would do to the meters ({effect}: e.g. “Trust +3, Rapport −2”).',
  },
  'model.effect.first': {
    msg: 'Trust {trust, number}, Rapport {rapport, number}',
    note: 'The meters’ starting values.',
  },
  'model.effect.both': {
    msg: 'Trust {dt}, Rapport {dr}',
    note: '{dt}, {dr}: signed changes such as +3 or −14.',
  },
  'model.effect.trust': { msg: 'Trust {dt}', note: '{dt}: a signed change such as +3 or −14.' },
  'model.effect.rapport': { msg: 'Rapport {dr}', note: '{dr}: a signed change such as +3 or −14.' },
  'model.effect.none': { msg: 'no visible change', note: 'The event moved neither meter visibly.' },
  'model.gain': {
    msg: 'A {size, select, small {small} clear {clear} major {major} other {exceptional}} act of {dimension, select, ability {competence} integrity {integrity} benevolence {care (benevolence)} attentiveness {attentiveness} positivity {warmth (positivity)} other {coordination}}{fit, select, well { that fits {name} well} poorly { that fits {name} poorly} other {}}',
    note: 'Something the learner did that builds trust. {size}: how big; {dimension}: which kind of trust (ability = competence, benevolence = care…); {fit}: whether it suits this counterpart’s culture.',
  },
  'model.loss': {
    msg: 'A {size, select, small {small} clear {clear} major {major} other {exceptional}} lapse of {dimension, select, ability {competence} integrity {integrity} benevolence {care (benevolence)} attentiveness {attentiveness} positivity {warmth (positivity)} other {coordination}}{fit, select, well { that fits {name} well} poorly { that fits {name} poorly} other {}}{integrity, select, yes { — integrity breaches weigh more} other {}}{absorbed, select, all {, absorbed by the goodwill built earlier} some {, softened a little by goodwill} other {}}',
    note: 'As model.gain, for something that costs trust. {absorbed}: whether earlier goodwill took all or some of the blow.',
  },
  'model.faceThreat': {
    msg: '{public, select, yes {Asking in front of others made it a public face threat to {name}} other {A face threat to {name}, in private}}{softened, select, yes {, softened (hedged, private or agreed in advance)} other {}}{absorbed, select, yes { — the goodwill built earlier absorbed it} other {}}',
    note: '"Face": a person’s standing and dignity in front of others.',
  },
  'model.business.ok': {
    msg: 'The relationship could carry the business request (affective trust {have, number}, needed {need, number})',
    note: '"Affective trust": trust built on personal warmth.',
  },
  'model.business.early': {
    msg: 'Too early for business: {name} needs more affective trust first ({have, number} of {need, number}), and the refused request became a face threat',
  },
  'model.meeting': {
    msg: 'Meeting {name} on day {day, number} (meeting {n, number}){shift, select, yes { — rapport now weighs working together more, first warmth less} other {}}',
    note: '{n}: how many times they have met.',
  },
  'model.cooling': {
    msg: 'No contact with {name} for {span}{more, select, yes { ({days, number} in all)} other {}}: {what}',
    note: 'Time passed without meeting. {span}: model.cooling.span; {what}: model.cooling.what.',
  },
  'model.cooling.chosen': {
    msg: '{span} without contact with {name}{more, select, yes { ({days, number} in all)} other {}} after you chose {choice} — {what}',
    note: 'As model.cooling, when the learner’s choice led to the gap. {choice}: the choice, in the story’s words (e.g. “to hand the account over”).',
  },
  'model.cooling.span': {
    msg: '{more, select, yes {{step, plural, one {# more day} other {# more days}}} other {{days, plural, one {# day} other {# days}}}}',
    note: 'How long without contact; "more" when the gap grew again after an earlier part was counted.',
  },
  'model.cooling.what': {
    msg: '{drift, select, both {the relationship drifted toward where it started: some of it cooled{keeps, select, yes { (what was built settles, it does not vanish: at least {keep, number} % of it stays)} other { (before a first meeting nothing holds it: what was built fades back toward a stranger’s level)}}, some strain eased} down {the relationship cooled{keeps, select, yes { (what was built settles, it does not vanish: at least {keep, number} % of it stays)} other { (before a first meeting nothing holds it: what was built fades back toward a stranger’s level)}}} up {the strain eased: the relationship drifted back toward where it started} other {the goodwill built earlier faded}}',
    note: 'What the time without contact did. {keep}: the share (a whole number of percent) that always stays.',
  },
  'model.handover': {
    msg: 'A new face on the account: the rapport building with {name} starts over (80 % of cognitive trust and half the goodwill remain)',
    note: 'The learner’s company replaced its contact person.',
  },
  'model.repair.none': {
    msg: '{how, select, apology {The apology} other {The denial}} found no recent violation to repair',
  },
  'model.repair.late': {
    msg: '{how, select, apology {The apology} other {The denial}} came too late: the violation was more than {window, number} meetings ago',
  },
  'model.repair.done': {
    msg: '{how, select, apology {An apology} other {A denial}} for {kind, select, competence {a competence breach} integrity {an integrity breach} other {a loss of face or hurt feelings}} restores {share, number} % of what it cost (never more than there was before)',
    note: '{share}: a whole number of percent.',
  },
  'model.enter': { msg: '{name} enters the story at the start values' },
  'model.redeclared': {
    msg: '{name} was already declared; nothing changes',
    note: 'An authoring slip, shown to authors testing a story.',
  },
  // ── The facilitator's guides (build/guide/, docs/guides.md) ─────────────────────────────────
  // Printable pages made when the game is built, never shown in the game itself: these messages are
  // read at build time only. "Trust" and "Rapport" are the two meters (as common.trust,
  // common.rapport). A facilitator runs a workshop with a group of participants.
  'guide.frame.skip': { msg: 'Skip to the guide', note: 'Link for keyboard users, first on a guide page.' },
  'guide.frame.print': {
    msg: 'Print this page for the room: it is laid out for A4 and Letter.',
    note: 'At the top of every guide page. A4 and Letter are paper sizes.',
  },
  'guide.frame.title': {
    msg: '{kicker}: {title} — Rapport',
    note: 'Browser tab title of a guide. {kicker}: guide.scenario.kicker or guide.module.kicker; {title}: the scenario’s or module’s title.',
  },
  'guide.frame.footer': {
    msg: "Rapport · Facilitator's guide",
    note: 'At the foot of every printed page, on the left.',
  },
  'guide.frame.pageOf': {
    msg: 'Page {page} of {pages}',
    note: 'At the foot of every printed page, on the right: {page} and {pages} are the page’s number and the count (the printer fills them in).',
  },
  'guide.frame.contents': { msg: 'Contents', note: 'Heading of a guide’s table of contents.' },
  'guide.frame.languages': {
    msg: 'This guide in other languages:',
    note: 'Before links to the same guide in other languages, each named in itself (English, 日本語 …).',
  },
  'guide.scenario.kicker': {
    msg: "Facilitator's guide",
    note: 'Above the scenario’s title on its guide (as menu.guide).',
  },
  'guide.scenario.madeFrom': {
    msg: 'Made when the game was built, from {file} (its tags, comments and every path the analyzer explored), {modules} and {sources}.',
    note: 'Footer. {file}, {modules}, {sources}: file and folder names (stories/lost-face.ink, stories/modules/, stories/sources.json). The analyzer is the tool that plays every path of a story.',
  },
  'guide.facts.group': {
    msg: 'About {n, plural, one {# minute} other {# minutes}} with a group',
    note: 'Under the title, among short facts separated by ·. The running time in a workshop.',
  },
  'guide.facts.alone': {
    msg: '{n, plural, one {# minute} other {# minutes}} played alone',
    note: 'Under the title: the running time for one learner playing alone.',
  },
  'guide.facts.decisions': { msg: '{n, plural, one {# decision point} other {# decision points}}' },
  'guide.facts.endings': { msg: '{n, plural, one {# ending} other {# endings}}' },
  'guide.facts.passMark': {
    msg: 'pass mark {mark, number}',
    note: 'The score (0–100) a learner needs to pass.',
  },
  'guide.section.objectives': { msg: 'Learning objectives', note: 'Section heading.' },
  'guide.section.time': { msg: 'Running time', note: 'Section heading: how long a session takes.' },
  'guide.section.situation': { msg: 'The roles and the situation', note: 'Section heading.' },
  'guide.section.decisions': {
    msg: 'Decision points',
    note: 'Section heading: the moments where the learner (or the room) chooses.',
  },
  'guide.section.discussion': {
    msg: 'Discussion prompts',
    note: 'Section heading: the facilitator’s questions to the group.',
  },
  'guide.section.endings': { msg: 'Endings and what earns them', note: 'Section heading.' },
  'guide.section.handout': {
    msg: 'Handout: the source passages',
    note: 'Section heading: the passages from the articles the scenario is based on, to hand out.',
  },
  'guide.objectives.inModules': { msg: 'In the modules', note: 'Sub-heading: the modules’ objectives.' },
  'guide.objectives.modules': {
    msg: '({n, plural, one {module} other {modules}}: {modules})',
    note: 'After an objective: the modules that set it. {modules}: their titles as a list.',
  },
  'guide.objectives.none': { msg: 'No module names this scenario in its objectives.' },
  'guide.objectives.points': { msg: 'Learning points', note: 'Sub-heading.' },
  'guide.objectives.pointsIntro': {
    msg: "What the endings' debriefs teach, each with the article it comes from.",
  },
  'guide.objectives.source': {
    msg: '({title})',
    note: 'After a learning point: the title of the article it comes from (articles are in English).',
  },
  'guide.time.big': {
    msg: 'About {minutes} with a group.',
    note: '{minutes}: guide.time.minutes, in bold.',
  },
  'guide.time.minutes': { msg: '{n, plural, one {# minute} other {# minutes}}' },
  'guide.time.caption': { msg: 'How the running time is estimated', note: 'Caption of a table.' },
  'guide.time.part': { msg: 'Part', note: 'Column heading: a part of the session.' },
  'guide.time.how': { msg: 'How it is counted', note: 'Column heading.' },
  'guide.time.minutesHeading': { msg: 'Minutes', note: 'Column heading.' },
  'guide.time.decisions': { msg: 'Decisions', note: 'Row heading: the time spent on decisions.' },
  'guide.time.decisionsHow': {
    msg: "{n, number} on a typical path × {per, plural, one {# minute} other {# minutes}} to read, vote and reveal the coach's note",
    note: '{n}: decisions a learner meets on a typical path; {per}: minutes per decision in a room.',
  },
  'guide.time.discussion': { msg: 'Discussion', note: 'Row heading.' },
  'guide.time.discussionHow': {
    msg: '{n, plural, one {# discussion prompt} other {# discussion prompts}} × {per, plural, one {# minute} other {# minutes}}',
  },
  'guide.time.debrief': {
    msg: 'Debrief',
    note: 'Row heading: the talk with the group after the ending.',
  },
  'guide.time.debriefHow': { msg: 'the ending, its learning points and the handout, with the group' },
  'guide.time.total': { msg: 'Total', note: 'Row heading.' },
  'guide.time.totalHow': { msg: 'rounded up to the next 5 minutes' },
  'guide.time.typical': {
    msg: "A typical path is what a learner choosing at random meets, as the analyzer counts every path through the story; {scored, select, yes {the highest-scoring path has {best, plural, one {# decision} other {# decisions}} and the longest {longest, number}} other {the longest has {longest, plural, one {# decision} other {# decisions}}}}.{alone, select, yes { Played alone, the story's own estimate is {minutes, plural, one {# minute} other {# minutes}}.} other {}}",
    note: '{best}: decisions on the highest-scoring path ("scored": there is one); {longest}: on the longest path. "alone": the story declares how long one learner takes ({minutes}).',
  },
  'guide.situation.role': { msg: "The learner's role", note: 'Sub-heading.' },
  'guide.situation.counterparts': {
    msg: 'The counterparts',
    note: 'Sub-heading: the people the learner deals with in the story.',
  },
  'guide.situation.names': {
    msg: "{names}.{notes, select, yes { The notes below are the author's, from the story.} other {}}",
    note: '{names}: the counterparts’ names as a list.',
  },
  'guide.situation.inEnglish': {
    msg: '(in English: not translated yet)',
    note: 'After an author’s note on a person that has no current translation and is shown in English.',
  },
  'guide.profile.caption': {
    msg: 'Culture profiles, as the story declares them (each from 0 to 1)',
    note: 'Caption of a table of five figures per counterpart.',
  },
  'guide.profile.counterpart': { msg: 'Counterpart', note: 'Column heading.' },
  'guide.profile.relationship': {
    msg: 'Relationship orientation',
    note: 'Column heading: a culture dimension.',
  },
  'guide.profile.relationship.scale': { msg: '0 task-based trust, 1 relationship-based trust' },
  'guide.profile.power': { msg: 'Power distance', note: 'Column heading: a culture dimension.' },
  'guide.profile.power.scale': { msg: '0 flat, 1 hierarchical' },
  'guide.profile.collectivism': { msg: 'Collectivism', note: 'Column heading: a culture dimension.' },
  'guide.profile.collectivism.scale': { msg: '0 individualist, 1 collectivist' },
  'guide.profile.directness': { msg: 'Directness', note: 'Column heading: a culture dimension.' },
  'guide.profile.directness.scale': { msg: '0 high-context (indirect), 1 low-context (direct)' },
  'guide.profile.flexibility': { msg: 'Flexibility', note: 'Column heading: a culture dimension.' },
  'guide.profile.flexibility.scale': { msg: '0 universalist (rules), 1 particularist (relationships)' },
  'guide.profile.scale': {
    msg: '{label}: {scale}',
    note: 'A dimension’s name (in bold) and what 0 and 1 mean on it.',
  },
  'guide.handout.intro': { msg: 'The passages this scenario is built from, as the story cites them.' },
  'guide.handout.english': {
    msg: 'The passages are quoted in English, as the articles were written.',
    note: 'Shown in translated guides only.',
  },
  'guide.handout.none': { msg: 'The story cites no source passages.' },
  'guide.decisions.intro': {
    msg: 'Every decision point in reading order, with the last lines before it. A branch the relationship decides (a warmer or a colder version of a scene) is a decision point of its own.',
  },
  'guide.decisions.effects': {
    msg: "The effect is the average change in each counterpart's Trust and Rapport (0–100) from the decision to the next one, over every situation the analyzer explored there. The best option for someone is the one that raises their Trust and Rapport together the most (or lowers them least); the worst, the one that lowers them the most, when some option lowers them. The arrow says where each option leads.",
  },
  'guide.decision.title': {
    msg: 'Decision {n, number}',
    note: 'Heading of a decision point; the ink’s name of the place follows it.',
  },
  'guide.decision.link': {
    msg: 'decision\u00a0{n, number}',
    note: 'A link to a decision point, inside sentences (“Reached from decision 3”).',
  },
  'guide.decision.from': {
    msg: 'Reached from {list}.',
    note: '{list}: guide.decision.fromItem, as a list.',
  },
  'guide.decision.fromItem': {
    msg: '{decision} ({n, plural, one {option} other {options}} {options})',
    note: '{decision}: guide.decision.link; {options}: option numbers as a list (“1 and 3”).',
  },
  'guide.decision.start': { msg: 'Where the story starts.' },
  'guide.decision.speaker': {
    msg: '{name}:',
    note: 'Before a line the person says, in bold.',
  },
  'guide.decision.you': { msg: 'You', note: 'The learner, as the speaker of a line.' },
  'guide.decision.caption': {
    msg: '{moved, select, yes {The options, what each teaches, and its effect on each counterpart up to the next decision} other {The options, what each teaches, and its effect on no one}}',
    note: 'Caption of a decision point’s table of options.',
  },
  'guide.decision.optionColumn': { msg: 'The option and what it teaches', note: 'Column heading.' },
  'guide.decision.number': { msg: '#', note: 'Column heading: the option’s number.' },
  'guide.decision.teaches': {
    msg: 'What it teaches:',
    note: 'Before an option’s coach note (the coach’s feedback to the learner).',
  },
  'guide.decision.noCoach': { msg: 'no coach note.' },
  'guide.decision.conditional': {
    msg: 'offered only in some situations',
    note: 'A tag on an option the story offers only when a condition holds.',
  },
  'guide.decision.bestPath': { msg: 'on the highest-scoring path', note: 'A tag on an option.' },
  'guide.decision.leads': {
    msg: '→ {to}',
    note: 'Where an option leads. {to}: guide.decision.link or guide.decision.toEnding.',
  },
  'guide.decision.leadsDepending': {
    msg: '→ {to}, depending on the relationship',
    note: '{to}: two or more places as an “or” list.',
  },
  'guide.decision.toEnding': { msg: 'the ending “{title}”' },
  'guide.decision.deadEnd': { msg: 'a dead end' },
  'guide.decision.theEnd': { msg: 'the end' },
  'guide.decision.effect': {
    msg: 'Trust\u00a0{trust}, Rapport\u00a0{rapport}',
    note: 'In a table cell: the change in the two meters ({trust}, {rapport}: signed numbers like +6, −3, ±0).',
  },
  'guide.decision.noChange': { msg: 'no change', note: 'In a table cell: the option moves neither meter.' },
  'guide.decision.best': { msg: 'best', note: 'A mark in a table cell: the best option for this person.' },
  'guide.decision.worst': { msg: 'worst', note: 'A mark in a table cell: the worst option for this person.' },
  'guide.decision.nobody': {
    msg: "No option here moves anyone's Trust and Rapport by {n, plural, one {# point} other {# points}} or more.",
  },
  'guide.prompts.intro': {
    msg: "Pause for these when the story reaches them (the presenter's console shows them too).",
  },
  'guide.prompts.none': { msg: 'The story has no discussion prompts.' },
  'guide.prompts.at': {
    msg: 'Comes at {decision} ({place}), before the room chooses{after, select, yes { — after “{line}”} other {.}}',
    note: '{decision}: guide.decision.link; {place}: the ink’s name of the place; {line}: the last line before the choice.',
  },
  'guide.prompts.atEnding': { msg: 'Comes at the ending “{title}”.' },
  'guide.prompts.in': { msg: 'Comes in {place}.', note: '{place}: the ink’s name of a place in the story.' },
  'guide.prompts.showed': { msg: 'What the options there showed:' },
  'guide.prompts.standout': {
    msg: 'Option {n, number} (“{text}”): {kind, select, best {best for {best}} worst {worst for {worst}} other {best for {best}; worst for {worst}}}.',
    note: '{text}: the option’s words; {best}, {worst}: names as a list.',
  },
  'guide.endings.intro': {
    msg: 'The endings from the best to the worst. When the last scene is over the story checks the conditions in order, and the first that holds decides; the ranges are over every path the analyzer explored to each ending.',
  },
  'guide.ending.title': { msg: '“{title}”', note: 'Heading: an ending’s title in quotation marks.' },
  'guide.ending.earns': { msg: 'What earns it:' },
  'guide.ending.noCondition': {
    msg: 'What earns it: the story reaches it without a condition the guide can read.',
  },
  'guide.ending.if': {
    msg: '{condition}{later, select, yes { — when no condition checked before it holds} other {}}',
    note: '{condition}: a condition in words, e.g. “Wang Haitao’s Trust ≥ 80 and …”.',
  },
  'guide.ending.else': { msg: 'when none of the other endings’ conditions holds' },
  'guide.ending.divert': {
    msg: 'a direct turn in {place}, whatever the relationship',
    note: '{place}: the ink’s name of a place.',
  },
  'guide.ending.where': {
    msg: 'where {notes}',
    note: 'Explains a name used in a condition: “where standing = Kim’s Trust + Lee’s Trust”.',
  },
  'guide.ending.score': {
    msg: 'Score on the paths that reach it: {score}{pass, select, yes { (pass mark {mark, number})} other {}}.',
    note: '{score}: a number or a range like 42–60.',
  },
  'guide.ending.unreached': { msg: 'No path the analyzer explored reaches it.' },
  'guide.ending.random': {
    msg: 'A learner choosing at random ends here {percent, number}\u00a0% of the time.',
    note: '{percent}: a whole number of percent. Write the % sign as your language does.',
  },
  'guide.ending.randomRare': {
    msg: 'A learner choosing at random ends here less than 1\u00a0% of the time.',
  },
  'guide.ending.caption': { msg: 'The relationship on the paths that reach it', note: 'Caption of a table.' },
  'guide.condition.meter': {
    msg: "{name}'s {meter, select, trust {Trust} other {Rapport}}",
    note: 'In a condition: a counterpart’s meter (“Wang Haitao’s Trust ≥ 80”).',
  },
  'guide.meter.trust': { msg: 'Trust', note: 'Column heading: the meter (as common.trust).' },
  'guide.meter.rapport': { msg: 'Rapport', note: 'Column heading: the meter (as common.rapport).' },
  'guide.condition.and': { msg: 'and', note: 'Joins two conditions that must both hold.' },
  'guide.condition.or': { msg: 'or', note: 'Joins two conditions of which one must hold.' },
  'guide.condition.not': { msg: 'not', note: 'Before a condition that must not hold.' },
  'guide.module.kicker': { msg: "Facilitator's guide to the module", note: 'Above a module’s title.' },
  'guide.module.scenarios': { msg: '{n, plural, one {# scenario} other {# scenarios}}' },
  'guide.module.group': { msg: 'about {n, plural, one {# minute} other {# minutes}} with a group' },
  'guide.module.objectives': { msg: 'Objectives', note: 'Section heading.' },
  'guide.module.objectiveScenarios': {
    msg: '({scenarios}{own, select, yes {; met at a score of {min, number} in each} other {}})',
    note: 'After an objective: the scenarios it covers (titles as a list), and the score each must reach when it is not the module’s pass mark.',
  },
  'guide.module.order': { msg: 'The scenarios, in order', note: 'Section heading.' },
  'guide.module.orderIntro': {
    msg: "{sequential, select, yes {A learner opens each scenario when the one before it is finished.} other {A learner may play the scenarios in any order.}} Each title opens the scenario's own guide.",
  },
  'guide.module.caption': { msg: 'Scenarios and running times (minutes)', note: 'Caption of a table.' },
  'guide.module.orderColumn': { msg: 'Order', note: 'Column heading.' },
  'guide.module.scenarioColumn': { msg: 'Scenario', note: 'Column heading.' },
  'guide.module.groupColumn': { msg: 'With a group', note: 'Column heading: minutes in a workshop.' },
  'guide.module.aloneColumn': { msg: 'Alone', note: 'Column heading: minutes for one learner alone.' },
  'guide.module.total': { msg: 'Total', note: 'Row heading.' },
  'guide.module.timeNote': {
    msg: "The time with a group is each scenario guide's estimate: the decisions on a typical path, the discussion prompts and a debrief.",
  },
  'guide.module.pass': { msg: 'Pass mark', note: 'Section heading.' },
  'guide.module.passText': {
    msg: 'The module is passed when every scenario is finished and the average of the best scores reaches {mark}. An objective is met when each of its scenarios scores at least its mark ({n, number} unless the objective says otherwise).',
    note: '{mark}: the pass mark (a number, in bold); {n}: the same number.',
  },
  'guide.module.english': {
    msg: 'The module’s title, summary and objectives are shown in English until the module is translated.',
    note: 'Shown in translated module guides while the module’s own words have no translation.',
  },
  'guide.module.madeFrom': {
    msg: "Made when the game was built, from {file} and the scenarios' stories.",
    note: 'Footer. {file}: the module’s file name.',
  },
} as const satisfies Record<string, CatalogEntry>;

export type MessageKey = keyof typeof en;
