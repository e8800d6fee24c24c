# title: A door left open
# summary: Your biggest customer's head of engineering in Loughborough goes quiet, then writes two words: "family matter". The dates slip, your boss wants to send a basket of fruit to his home, and two pieces of advice you trust say opposite things. Four months: three video calls, a cracked bracket in England, and a visit to Suzhou.
# role: You are Lin Yue, engineering project manager at Huadong Precision in Suzhou Industrial Park, a contract manufacturer of sheet-metal and machined assemblies. Brindley Instruments of Loughborough, in the English Midlands, is your largest customer in Europe: you build the sample-handling module of its new benchtop blood analyser.
# minutes: 20
# seeds: 000_ac8871b0fd25056d, 004_321f206b4ac9ecaf, 003_2998f7574354a4b6, 002_4348346f83066296
# pass_mark: 55
# order: 10
INCLUDE lib/rapport.ink

// Sources:
// 000_ac8871b0fd25056d.txt — "don’t ask an Englishman about his life outside of business. It’s
// considered none of your business." Also from 000: consistent contacts (visits face to face, the
// same people on the account), travelling "to the source of the issue" when there is a major
// problem, goodwill, and shared experiences ("the Chinese like to take their special guests on
// tourist trips").
// 004_321f206b4ac9ecaf.txt — "Show that you care. Ask how your clients are doing. Not just in terms
// of business, but in their personal lives too." The two lessons pull in opposite directions, and
// the story is built on that: the best play honours both, with care this person can accept. Also
// from 004: honesty and transparency, flexibility, consistency, patience, time zones.
// 003_2998f7574354a4b6.txt — "Of course" as good service; "a willingness to surface their
// underlying assumptions" (here on both sides: the supplier's "silence means all is well" and
// "care means a gift", the customer's "they always say yes"); "remember that there’s a person
// beneath the stereotype" (Gemma, who is not reserved at all, and Martin, who at one moment wants
// to be asked).
// 002_4348346f83066296.txt — frankness and clarity with Western partners, time zones, backup
// channels, keeping the relationship after the deal.
//
// Beyond the seeds (named where used): Kate Fox, Watching the English (2004), on English reserve
// and privacy, understatement, and the Sunday roast; Erin Meyer, The Culture Map (2014), ch. 2 on
// British understatement ("a bit", "quite") and ch. 6 on task-based trust (Britain) and
// relationship-based trust (China). The Chinese customs the learner starts from — the basket of
// fruit for a sick elder (探病), the banquet with every director, "the customer is God"
// (顾客就是上帝) — are everyday practice in Chinese business, named as the learner's own
// assumptions.
// The UK Bribery Act 2010 is why a medical-device maker keeps a gifts-and-hospitality register.
//
// Calendar: 2026–27. Day 0 is Tuesday 15 September 2026; day 14 Tuesday 29 September; day 28
// Tuesday 13 October; day 45 Friday 30 October; day 50 Wednesday 4 November; day 119 Tuesday
// 12 January 2027. Suzhou keeps UTC+8 all year; Britain is on UTC+1 until Sunday 25 October 2026
// and UTC+0 after, so 4 p.m. in Suzhou is 9 a.m. in Loughborough in September and October, and
// 8 a.m. from November. The Mid-Autumn Festival falls on Friday 25 September 2026; the National
// Day holiday closes most Chinese factories for the first week of October.

// Ending thresholds, in one place (calibrated with `npm run stories -- --figures`).
CONST PARTNER_MARTIN = 60
CONST PARTNER_GEMMA = 60
CONST SPLIT_MARTIN = 40
CONST SPLIT_GEMMA = 45

~ cast()
-> kickoff

// The cast. Individuals first, culture second.
//
// Martin Hale, 57, head of engineering at Brindley Instruments. Joined Brindley from an
// apprenticeship at Rolls-Royce in Derby, where his father was a toolmaker for forty-one years;
// signs every drawing himself. An only child; his father, 84, has a stroke in the second week of
// the story, and Martin drives to the hospital in Nottingham every evening and tells his supplier
// two words about it. Dry, exact, private: he offers what he wants known and no more, and trusts
// a supplier whose facts hold. He is also where "never ask an Englishman" falls short: on one
// afternoon he opens the door himself, and wants someone to walk through it.
// Profile, and why: trust built on kept promises and correct drawings (relationship orientation
// 0.3, Meyer ch. 6); first names, but the drawing is his (power distance 0.35); a private
// individualist (collectivism 0.3); understatement, so "a bit disappointing" is serious
// (directness 0.35, Meyer ch. 2; Fox); a plan is a plan (flexibility 0.3).
//
// Gemma Rowley, 39, programme manager. From Stoke-on-Trent, twelve years at Brindley, twins of
// nine, a WhatsApp for everything; she asks about your family in the first minute and tells you
// about hers. She carries the programme through the autumn while Martin is away, and she is the
// person beneath the stereotype of "the reserved English": she invites you home.
// Profile, and why: trusts people she gets on with (relationship orientation 0.6); calls her MD
// "Richard" and argues with him (power distance 0.2); the team is her family at work
// (collectivism 0.5); says what she thinks, kindly (directness 0.7); bends a plan to keep people
// on side (flexibility 0.55).
=== function cast() ===
~ counterpart("martin", "Martin Hale", 0.3, 0.35, 0.3, 0.35, 0.3)
~ counterpart("gemma", "Gemma Rowley", 0.6, 0.2, 0.5, 0.7, 0.55)

// ─── Meeting 1 — day 0: the kick-off call ───────────────────────────────────────────────────
=== kickoff ===
~ meeting("martin", 0)
~ meeting("gemma", 0)
Four o'clock on a Tuesday afternoon in Suzhou Industrial Park, nine in the morning in Loughborough. On your screen, Brindley's project room: a whiteboard, a window full of rain, two faces. # place: video-call # location: Suzhou # date: Tuesday 15 September # id: nomb-0001
Martin Hale, Brindley's head of engineering, sent the agenda last night: three items, forty minutes. Gemma Rowley, the programme manager, sent a WhatsApp at seven this morning, her time: "Big day! Have you had your mooncakes yet?" # id: nomb-0002
Lin! How are you? Did you get away this summer? We did a fortnight in a caravan in Pembrokeshire with the twins, and it rained for eleven days of it. # speaker: gemma # mood: pleased # id: nomb-0003
Morning, Lin. Shall we make a start? # speaker: martin # mood: neutral # id: nomb-0004
// source: 003_2998f7574354a4b6.txt "remember that there’s a person beneath the stereotype"
// and 004_321f206b4ac9ecaf.txt "Ask how your clients are doing. Not just in terms of business, but in their personal lives too."
// and 000_ac8871b0fd25056d.txt "don’t ask an Englishman about his life outside of business"
// beyond the seeds: Kate Fox, Watching the English (2004): personal matters are offered, not asked
// for; Gemma has offered hers, Martin has offered an agenda.
* [Ask them both about their summers: Gemma's caravan, and where Martin went # coach: Your training says to ask clients about their lives, and Gemma has just invited it. Martin has not: he asked to start, and a question about his holiday, in front of a colleague, asks a private man for something he did not offer. # id: nomb-0005]
  ~ loss("martin", "attentiveness", 4, 0.8)
  ~ loss("gemma", "positivity", 4, 0.8)
  Eleven days of rain! And you, Martin, where did you go this summer? # speaker: you # id: nomb-0006
  Nowhere very much. Shall we? # speaker: martin # mood: uneasy # id: nomb-0007
  Gemma's smile stays on a second too long. # id: nomb-0008
* [Laugh with Gemma about the Welsh rain in a sentence, then take Martin's first item # coach: Two people, two ways in: a warm word back to Gemma, who opened the door, and Martin's agenda, which is how he opens his. Neither has to wait for the other, and neither is asked for more than they offered. # id: nomb-0009]
  ~ gain("gemma", "positivity", 9, 1.2)
  ~ gain("gemma", "attentiveness", 6, 1.2)
  ~ gain("martin", "coordination", 9, 1.2)
  Eleven days out of fourteen? Then Suzhou owes you some sunshine. Martin, item one? # speaker: you # id: nomb-0010
  Gemma laughs. Martin nods, and turns to the whiteboard. # mood: pleased # id: nomb-0011
* [Skip the small talk, as the English prefer, and open with your own die schedule and risk list # coach: Respect for a task-focused customer's time is a good instinct. But Gemma asked you a question and hears it go unanswered, and Martin, who set the agenda, watches your slides replace it: "the English" are two people here, and neither got what they offered. # id: nomb-0012]
  ~ loss("martin", "attentiveness", 4, 0.8)
  ~ loss("gemma", "positivity", 4, 0.8)
  Good morning. I know your time is short, so I have prepared our die schedule and the risk list. # speaker: you # id: nomb-0013
  Oh. Right. Yes. # speaker: gemma # mood: uneasy # id: nomb-0014
  Martin lets you finish the first slide, then turns back to his own agenda. # id: nomb-0015
- Item one. Fifty pilot units of the sample module, here in Loughborough by Friday the twentieth of November: the clinical evaluation at the Leeds lab starts on the thirtieth. Rev C of the tray bracket is the last drawing. Can you do it? # speaker: martin # id: nomb-0016
Beside you, Wu Hao, your tooling engineer, writes on his pad and turns it towards you: the die must be started before the National Day holiday, or it waits until the eighth of October. # id: nomb-0017
// source: 003_2998f7574354a4b6.txt "The American expects pushback or at least a discussion of tradeoffs. The Indian’s assumption is that good customer service requires an unqualified yes."
// and 002_4348346f83066296.txt "With Western partners, when communicating, you need to focus on frankness and clarity"
* [Say "Of course": Huadong has never missed a date for Brindley # coach: In Suzhou a confident yes is good service, and your record is real. But Martin asked a question with a condition inside it; an unqualified yes tells him nothing about the condition, or tells him you did not look for one. # id: nomb-0018]
  ~ loss("martin", "ability", 4, 0.8)
  ~ loss("martin", "coordination", 4, 0.8)
  Of course. Huadong has never missed a date for Brindley. # speaker: you # id: nomb-0019
  Good. # speaker: martin # id: nomb-0020
  He writes "20/11" on the whiteboard, and nothing under it. Wu Hao looks at his pad. # id: nomb-0021
* [Promise Martin a firm answer by email tomorrow, once your toolmaker and the line have confirmed # coach: Checking before you commit is careful, and better than a yes you cannot keep. But you already know the condition; holding it back for a day costs Martin a day he needed for the drawing. # id: nomb-0022]
  ~ loss("martin", "ability", 4, 0.8)
  ~ loss("martin", "coordination", 4, 0.8)
  Let me confirm with our toolmaker and the line. You will have a firm answer by email tomorrow. # speaker: you # id: nomb-0023
  Tomorrow, then. # speaker: martin # id: nomb-0024
  Your email goes the next afternoon. The holiday is in its third paragraph. # id: nomb-0025
* [Say yes, if rev C is frozen by the 25th: your toolmaker closes for National Day # coach: A yes with its condition and its date is the frankness a Western customer expects: Martin can act on it today, and it surfaces the assumption that could sink the date, that a Chinese factory never stops. # id: nomb-0026]
  ~ gain("martin", "ability", 8, 1.25)
  ~ gain("martin", "integrity", 6, 1.2)
  ~ gain("gemma", "coordination", 8, 1.2)
  Yes, if rev C is frozen by Friday the twenty-fifth. Our toolmaker closes for the National Day holiday in the first week of October, and the die has to start before it. # speaker: you # id: nomb-0027
  The twenty-fifth. Right. # speaker: martin # mood: pleased # id: nomb-0028
  He writes it on the whiteboard under the twentieth of November, and draws a box round it. # id: nomb-0029
  Golden Week! I'd never have known. Put it in the plan, Martin. # speaker: gemma # id: nomb-0030
- -> quiet

// ─── Meeting 2 — day 14: the silence ────────────────────────────────────────────────────────
=== quiet ===
Friday the twenty-fifth, the last day to start the die before the holiday, comes and goes. It is the Mid-Autumn Festival: mooncakes in the office, a half day, lanterns along Jinji Lake. Nothing from Martin since the seventeenth. # place: office # location: Suzhou # date: Monday 28 September # absent: martin, gemma # id: nomb-0031
On Monday morning an auto-reply: "I am out of the office with limited access to email. For anything urgent, please contact Gemma Rowley." # id: nomb-0032
Then, in the small hours of your night, three lines. # id: nomb-0033
Apologies for the silence. Family matter. I'll be patchy for a couple of weeks. Gemma has the files. M. # speaker: martin # via: email # id: nomb-0034
-> gemma_call

= gemma_call
~ meeting("gemma", 14)
Tuesday, four in the afternoon. A video call with Gemma alone; Wu Hao has joined from the toolroom, in his safety glasses. # place: video-call # date: Tuesday 29 September # absent: martin # id: nomb-0035
Right. Between you and me, and he'd kill me for telling you: his dad's had a stroke. He's in the Queen's Medical Centre in Nottingham, and Martin's over there every evening, and some days instead of work. He won't say a word to you about it. So don't let on I told you, yeah? # speaker: gemma # mood: uneasy # id: nomb-0036
And rev C. I can't sign engineering drawings; only Martin can. What do you want to do? # speaker: gemma # id: nomb-0037
Wu Hao mutes his microphone. # id: nomb-0038
Twelve days and no complaint. If he didn't like rev C, he'd have said so. Release the die tomorrow, or the holiday eats the date. # speaker: Wu Hao # id: nomb-0039
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
// and 004_321f206b4ac9ecaf.txt "Being able to adapt your plan on the fly is crucial."
// and 002_4348346f83066296.txt "If a problem arises that prevents either party from creating an online meeting, you need to have a proactive backup plan."
* [Hold the die, and ask Gemma to put one yes-or-no question to Martin: your side can absorb a week # coach: Silence is not consent: the belief that a customer who does not complain agrees is your assumption to check, not his to correct. One question through Gemma asks almost nothing of him, and a week of slack on your side is care he can accept. # id: nomb-0040]
  ~ gain("gemma", "coordination", 10, 1.25)
  ~ gain("gemma", "benevolence", 6, 1.2)
  ~ gain("martin", "benevolence", 8, 1.2)
  We'll hold the die. Could you send Martin one question, and nothing else: rev C as drawn, yes or no? We can absorb a week on our side. # speaker: you # id: nomb-0041
  One line. I can do that. # speaker: gemma # mood: pleased # id: nomb-0042
  His answer comes at twenty to midnight, her time: rev C is fine except the two holes on the tray bracket, which move three millimetres outboard. Rev D attached. "Apologies. M." The die starts on the eighth, on rev D, and the pilot moves a week, to the twenty-seventh. # id: nomb-0043
* [Release the die on rev C tomorrow: twelve days without a complaint means he has no objection # coach: In Suzhou a customer who disliked a drawing would have said so, and the holiday is real. But a silent customer may simply not have read it: you have read his silence by your own rules, and the risk is now yours. # id: nomb-0044]
  ~ loss("martin", "coordination", 6, 0.8)
  ~ loss("martin", "benevolence", 3, 0.8)
  ~ loss("gemma", "coordination", 4, 0.8)
  No reply means no objection. We'll release the die tomorrow, so the date holds. # speaker: you # id: nomb-0045
  Er, okay. If you're sure. # speaker: gemma # mood: uneasy # id: nomb-0046
  The toolmaker starts cutting on the thirtieth. On the sixth of October, in the middle of the holiday, rev D arrives from Martin: the two holes on the tray bracket move three millimetres outboard. The die insert must be cut again: thirty-eight thousand yuan, and a week. The pilot moves to the twenty-seventh, and Martin learns why when Wu Hao asks him for rev D's tolerances. # id: nomb-0047
* [Ask Gemma to get Richard Tennant, the managing director, to sign rev C in Martin's place # coach: Finding someone with authority keeps a project moving, and Richard could sign. But it takes Martin's own drawing over his head while he is away, and tells Brindley that his absence is your problem. # id: nomb-0048]
  ~ loss("martin", "coordination", 6, 0.8)
  ~ loss("martin", "benevolence", 3, 0.8)
  ~ loss("gemma", "coordination", 4, 0.8)
  Could Richard sign rev C, just this once? Then the die can start tomorrow. # speaker: you # id: nomb-0049
  I can ask. # speaker: gemma # mood: uneasy # id: nomb-0050
  Richard's answer comes within the hour: he does not sign Martin's drawings, and he would rather nobody chased Martin this week. On Thursday rev D arrives from Martin, with one word of apology. The die starts on the eighth, and the pilot moves to the twenty-seventh. # id: nomb-0051
- -> the_note

= the_note
Mr Gu, your general manager, stops at your desk on his way out. You have told him only that Martin is away on a family matter. # place: office # absent: martin, gemma # id: nomb-0052
A family matter at his age means somebody is ill. An old parent. Send a basket to his home: fruit, flowers, from the whole company. Ask Gemma for the address. That is how you look after a customer. # speaker: Mr Gu # id: nomb-0053
# discuss: Two of our sources disagree. One says: "don’t ask an Englishman about his life outside of business. It’s considered none of your business." The other says: "Show that you care. Ask how your clients are doing. Not just in terms of business, but in their personal lives too." Which one fits Martin this week — and is there a way to honour both?
// source: 000_ac8871b0fd25056d.txt "don’t ask an Englishman about his life outside of business. It’s considered none of your business."
// and 004_321f206b4ac9ecaf.txt "Show that you care. Ask how your clients are doing. Not just in terms of business, but in their personal lives too."
// and 004_321f206b4ac9ecaf.txt "Another biggie is staying flexible."
// beyond the seeds: Kate Fox, Watching the English (2004): English privacy is kept by not asking;
// what a private person chose to say ("family matter") is all that may be used.
* [Send Mr Gu's basket of fruit and flowers to his home, from the whole company # coach: In China a basket for a sick elder gives face and shows that the company cares. In Loughborough it tells a private man that his supplier knows his family's business; and from a supplier to the man who signs its drawings, it goes in Brindley's gifts register. # id: nomb-0054]
  ~ loss("martin", "benevolence", 5, 0.8)
  ~ loss("martin", "positivity", 3, 0.8)
  Gemma does not give you the address; she says, kindly, that she can't. The basket goes to Brindley's reception, from "all your friends at Huadong", and Martin finds it there a week later, with a form from compliance taped to the cellophane. # id: nomb-0055
* [Write to ask how he and his family are, and whether there is anything you can do # coach: The advice to ask about clients' lives, said to a man who wrote "family matter" and nothing more: the question asks him to explain what he chose not to, and shows that you know more than he told you. # id: nomb-0056]
  ~ loss("martin", "benevolence", 5, 0.8)
  ~ loss("martin", "positivity", 3, 0.8)
  Dear Martin, I was so sorry to hear about your father. How is he, and how are you all? If there is anything at all we can do, please tell me. Lin # speaker: you # via: email # id: nomb-0057
  No answer. On Thursday Gemma writes: "He asked me what I'd told you. Don't worry about it." # id: nomb-0058
* [Three lines: thanks for telling you, no reply needed, nothing needs him before the 13th # coach: Care he can accept: it asks nothing, uses only what he chose to tell you, and gives him the one thing he is short of, time. It keeps Gemma's confidence, and leaves a door open without pushing it. Mr Gu's basket can wait for a better time, or for ever. # id: nomb-0059]
  ~ gain("martin", "benevolence", 11, 1.3)
  ~ gain("martin", "attentiveness", 8, 1.25)
  ~ gain("gemma", "integrity", 8, 1.25)
  Martin, thank you for letting us know. No need to reply. Nothing on our side needs you before our call on the 13th, and if a date has to move, it will. Lin # speaker: you # via: email # id: nomb-0060
  No answer, as you asked. On Thursday Gemma writes: "He showed me your email. He said it was the only one this week that didn't want anything." # id: nomb-0061
* [Write only business: rev D's new dates, the die plan and your three questions, as on any other week # coach: "None of your business", taken to the letter: it respects his privacy. But with nothing else in it, the email is one more thing to answer from a hospital car park, and shows no care at all. # id: nomb-0062]
  ~ loss("martin", "benevolence", 5, 0.8)
  ~ loss("martin", "positivity", 3, 0.8)
  You send the plan: rev D, the die, the pilot on the twenty-seventh, three questions for Martin. He answers all three at one in the morning, his time. # id: nomb-0063
- -> back

// ─── Meeting 3 — day 28: Martin is back ──────────────────────────────────────────────────────
=== back ===
~ meeting("martin", 28)
~ meeting("gemma", 28)
Four in the afternoon in Suzhou, nine in Loughborough. Martin is back on the call: a blue shirt, less colour in his face than in September, a travel mug. # place: video-call # location: Suzhou # date: Tuesday 13 October # id: nomb-0064
Sorry about the radio silence. It's been a bit of a trying few weeks. Anyway. # speaker: martin # mood: neutral # id: nomb-0065
// source: 000_ac8871b0fd25056d.txt "It’s considered none of your business."
// and 004_321f206b4ac9ecaf.txt "Some cultures prefer a more indirect approach, while others value straight talk."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 2: British understatement; "a bit of
// a trying few weeks" from Martin carries far more than it says, and "Anyway" closes the subject.
* [Say there is nothing to apologise for, and that if his side needs more time, he need only say # coach: "A bit of a trying few weeks" from Martin means a great deal, and "Anyway" means he has said all he will. Taking it lightly, with one more offer of time, honours both lessons: it hears him, and asks nothing. # id: nomb-0066]
  ~ gain("martin", "attentiveness", 10, 1.25)
  ~ gain("martin", "positivity", 8, 1.2)
  Nothing to apologise for, Martin. And if anything on your side needs more time, you only have to say. # speaker: you # id: nomb-0067
  Thank you. I may hold you to that. # speaker: martin # mood: pleased # id: nomb-0068
  A pause. Then, in his usual voice: rev D, then. # id: nomb-0069
* [Tell him warmly that family comes first, and that everyone at Huadong has been thinking of him # coach: Generous, and in Suzhou it is what a good partner says. On a call with his programme manager listening, it makes his private matter the topic, and "everyone at Huadong" tells him it has been talked about. # id: nomb-0070]
  ~ loss("martin", "attentiveness", 4, 0.8)
  ~ loss("martin", "positivity", 4, 0.8)
  Family comes first, Martin. Everyone at Huadong has been thinking of you. # speaker: you # id: nomb-0071
  Gemma looks down at her notebook. # id: nomb-0072
  That's kind. Rev D. # speaker: martin # mood: uneasy # id: nomb-0073
* [Say "No problem", and ask whether he can now commit to the twenty-seventh # coach: It keeps to business, as he does, and the date matters. But "trying" from a man who never complains is a signal, and answering it with a commitment to sign misses the chance to take the pressure off. # id: nomb-0074]
  ~ loss("martin", "attentiveness", 4, 0.8)
  ~ loss("martin", "positivity", 4, 0.8)
  No problem. Can you commit to the twenty-seventh now? # speaker: you # id: nomb-0075
  I can commit to reading the plan. # speaker: martin # mood: uneasy # id: nomb-0076
- One more thing, and it isn't mine. Richard's had the Leeds lab on: they've brought the evaluation forward to the twenty-third of November. He wants the pilot here by Monday the sixteenth. I told him you lot always find a way. # speaker: gemma # id: nomb-0077
Say yes. The customer is God. # speaker: Mr Gu # via: WeChat # id: nomb-0078
Wu Hao's plan is on your second screen: the first ten brackets off the new die on the twenty-sixth of October, a full first-article inspection, and the fifty units by sea and air to land on the twenty-seventh of November. # id: nomb-0079
// source: 003_2998f7574354a4b6.txt "“Can you do this?” asks the U.S. customer. “Of course,” answers the Indian systems integrator."
// and 004_321f206b4ac9ecaf.txt "Be honest and transparent."
// and 002_4348346f83066296.txt "you need to focus on frankness and clarity"
* [Say "Of course", as Mr Gu asks: Huadong will find a way to the sixteenth # coach: The customer is God, your boss is watching, and Gemma has promised Richard you always find a way. But a yes you can only keep by cutting the inspection hides the cost from the people who will pay it: Brindley, in Leeds, in November. # id: nomb-0080]
  ~ loss("martin", "integrity", 5, 0.8)
  ~ loss("martin", "coordination", 3, 0.8)
  ~ loss("gemma", "coordination", 4, 0.8)
  Of course. We will find a way to the sixteenth. # speaker: you # id: nomb-0081
  Brilliant. I'll tell Richard. # speaker: gemma # mood: pleased # id: nomb-0082
  Including the first-article inspection? # speaker: martin # id: nomb-0083
  Of course. # speaker: you # id: nomb-0084
  Wu Hao, off camera, puts his pen down. To make the sixteenth, the first samples will have to fly uninspected. A week later Martin sees it in the plan, and Gemma has to explain to Richard why "of course" has a footnote. # id: nomb-0085
* [Say you must take it to your management, and will confirm a date by Friday # coach: Checking with your management is proper, and it spares you a promise made under pressure. But you know the answer now; by Friday Richard has told Leeds "the sixteenth" on Gemma's word, and she has to ring them back. # id: nomb-0086]
  ~ loss("martin", "integrity", 5, 0.8)
  ~ loss("martin", "coordination", 3, 0.8)
  ~ loss("gemma", "coordination", 4, 0.8)
  I must take this to our management. I'll confirm a date by Friday. # speaker: you # id: nomb-0087
  Friday. Righto. # speaker: gemma # mood: uneasy # id: nomb-0088
  On Friday you confirm the twentieth, with Saturday shifts. By then Richard has told Leeds the sixteenth. Gemma rings them back. # id: nomb-0089
* [Tell them what each date costs: the 20th with Saturday shifts and air freight, the 16th only uninspected # coach: A yes with its trade-offs is what a Western customer means by good service: Richard can choose with the facts, and Gemma learns that "you always find a way" hides a cost that somebody pays. # id: nomb-0090]
  ~ gain("martin", "ability", 9, 1.25)
  ~ gain("martin", "integrity", 7, 1.25)
  ~ gain("gemma", "coordination", 8, 1.2)
  ~ gain("gemma", "integrity", 6, 1.2)
  The twentieth is possible: Saturday shifts and air freight, and we keep the full inspection. The sixteenth only if the first samples fly uninspected, and I would not do that to your evaluation. # speaker: you # id: nomb-0091
  Nor would I. The twentieth. # speaker: martin # mood: pleased # id: nomb-0092
  I'll tell Richard. He won't like it. He'll like it more than the alternative. # speaker: gemma # id: nomb-0093
- Can I be honest, Lin? Richard adds three weeks to any date a supplier in China gives him. He assumes you'll say yes to whatever we ask. # speaker: gemma # id: nomb-0094
And I assumed that a supplier who said nothing had no problems. # speaker: martin # id: nomb-0095
// source: 003_2998f7574354a4b6.txt "a willingness to surface their underlying assumptions"
// and 004_321f206b4ac9ecaf.txt "Trust is the foundation of any successful relationship"
* [Put yours on the table as well: in Suzhou, a customer's silence reads as a yes. Agree a rule for both sides # coach: Surfacing assumptions works both ways, and admitting your own first makes it safe for them to drop theirs. A rule both sides can keep replaces three weeks of padding and twelve days of guessing. # id: nomb-0096]
  ~ gain("gemma", "attentiveness", 10, 1.25)
  ~ gain("gemma", "benevolence", 8, 1.2)
  ~ gain("martin", "coordination", 9, 1.2)
  ~ gain("martin", "integrity", 5, 1.2)
  Then here is ours: in Suzhou, a customer who says nothing is a customer who agrees. That is how we read your twelve days of silence. Shall we agree that a yes from us always comes with its conditions, and a silence from you is never a yes? # speaker: you # id: nomb-0097
  Agreed. I'll tell Richard to take his three weeks out. # speaker: gemma # mood: pleased # id: nomb-0098
  Martin writes it at the top of the action list: "No news is not good news. Both ways." # id: nomb-0099
* [Defend Huadong's record: ninety-eight percent on time last year, audited by Brindley # coach: True, and worth knowing. But it argues with the assumption instead of surfacing it: Richard's three weeks stay in his plan, and Gemma learns that being honest with you earns a rebuttal. # id: nomb-0100]
  ~ loss("gemma", "attentiveness", 4, 0.8)
  ~ loss("gemma", "positivity", 4, 0.8)
  ~ loss("martin", "coordination", 3, 0.8)
  With respect, our on-time delivery to Brindley was ninety-eight percent last year. Your own quality team audited it. # speaker: you # id: nomb-0101
  I know. I'm not saying it's fair. # speaker: gemma # mood: uneasy # id: nomb-0102
* [Laugh it off: "Then we are very well padded", and go on to item two before the moment gets awkward # coach: A light answer keeps the call pleasant, and Gemma laughs. But she has handed you an assumption that costs both firms three weeks, and it goes back in the drawer. # id: nomb-0103]
  ~ loss("gemma", "attentiveness", 4, 0.8)
  ~ loss("gemma", "positivity", 4, 0.8)
  ~ loss("martin", "coordination", 3, 0.8)
  Then we are very well padded! Item two? # speaker: you # id: nomb-0104
  Gemma laughs. Martin does not. # id: nomb-0105
- -> bad_news

// ─── Between the meetings — day 45: the crack ───────────────────────────────────────────────
=== bad_news ===
Friday 30 October, eleven at night in Suzhou. Britain put its clocks back last Sunday: Loughborough is eight hours behind now. The first ten brackets off the new die flew out on Monday. # place: office # location: Suzhou # date: Friday 30 October # absent: martin, gemma # id: nomb-0106
Two of the ten brackets cracked at the bend after forty hours on the shaker. A bit disappointing. Richard has asked me to look at a second source for the volume build. M. # speaker: martin # via: email # id: nomb-0107
// source: 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it. It shows great commitment to the partners, clients and suppliers involved."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 2: "a bit disappointing" from a British
// engineer, next to "second source", is a serious complaint.
* [Fly to England with your quality engineer, and ask Martin for a day next week at Brindley's lab # coach: "A bit disappointing" next to "second source" is a major problem in Martin's register. Travelling to the source shows a commitment no report can, and lets you see the crack with the people who found it. # id: nomb-0108]
  ~ gain("martin", "ability", 8, 1.2)
  ~ gain("martin", "benevolence", 6, 1.2)
  ~ gain("gemma", "benevolence", 9, 1.25)
  You book Pudong to Heathrow for Monday, for you and Zhang Li, your quality engineer. Martin's answer comes in the morning: "Wednesday. We'll have the samples on the table. M." # id: nomb-0109
* [Set up a video call for Monday with your quality team, and send an 8D report within forty-eight hours # coach: Fast, structured, and what most customers ask for. But Martin wrote "second source": a screen and a report tell Richard that the problem is being processed in Suzhou, not taken seriously in Loughborough. # id: nomb-0110]
  ~ loss("martin", "benevolence", 4, 0.8)
  ~ loss("martin", "coordination", 3, 0.8)
  ~ loss("gemma", "benevolence", 4, 0.8)
  The report goes on Sunday: twelve pages, a fishbone, three containment actions. On Monday Richard Tennant writes himself: he would like Huadong in Loughborough on Wednesday. It is not a question. # id: nomb-0111
* [Point out, politely, that the brackets were made to rev D, and rev D's bend radius is Brindley's own # coach: It may be partly true, and it protects Huadong from a costly remake. Said by email before anyone has looked at the crack, it turns a shared problem into a dispute, and makes the second source easier to argue for. # id: nomb-0112]
  ~ loss("martin", "benevolence", 4, 0.8)
  ~ loss("martin", "coordination", 3, 0.8)
  ~ loss("gemma", "benevolence", 4, 0.8)
  Your email is polite and correct. On Monday Richard Tennant writes himself: he would like Huadong in Loughborough on Wednesday. It is not a question. # id: nomb-0113
- -> the_lab

// ─── Meeting 4 — day 50: Loughborough ───────────────────────────────────────────────────────
=== the_lab ===
~ meeting("martin", 50)
~ meeting("gemma", 50)
Brindley Instruments: a brick building from 1968 on an industrial estate at the edge of Loughborough, a car park full of puddles. In the meeting room two cracked brackets lie on a white cloth, beside a photograph from the microscope. # place: meeting-room # location: Loughborough # date: Wednesday 4 November # enter: martin, gemma # id: nomb-0114
Richard Tennant, the managing director, sits at the head of the table. He has cleared his diary until eleven. # id: nomb-0115
Zhang Li, your quality engineer, found it last night in the hotel: the crack starts at a burr on the inside of the bend, left by the new die's punch. And rev D's bend, half a millimetre in 1.5-millimetre stainless, is tighter than the steel maker recommends. Two causes: one yours, one theirs. # id: nomb-0116
Inspected or not, a burr inside a bend is on no drawing, and nobody looked for one. # id: nomb-0117
So. Whose is it? # speaker: Richard Tennant # id: nomb-0118
// source: 004_321f206b4ac9ecaf.txt "Be honest and transparent. Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
// and 000_ac8871b0fd25056d.txt "caused him to lose face"
* [Take all of it on Huadong: remake all fifty at your cost, and say nothing about the radius # coach: Taking the blame saves Martin's face in front of his MD, and in Suzhou that is what a good supplier does. But the radius will crack the new brackets too: hiding half the cause is no kindness to an engineer, and the second failure will carry your name. # id: nomb-0119]
  ~ loss("martin", "integrity", 5, 0.8)
  ~ loss("martin", "coordination", 4, 0.8)
  ~ loss("gemma", "integrity", 4, 0.8)
  It is ours. We will remake all fifty, at our cost. # speaker: you # id: nomb-0120
  Good. # speaker: Richard Tennant # id: nomb-0121
  Martin turns the microscope photograph towards him, and looks at the bend for a long time. # mood: uneasy # id: nomb-0122
* [Own the burr first, with its fix and a date; then show Martin the radius data, and propose a joint change # coach: Honest about your part, open about the rest, and in that order: Richard hears a supplier who owns its faults, and Martin gets the facts as an engineer, without being made the culprit in front of his MD. # id: nomb-0123]
  ~ gain("martin", "ability", 8, 1.25)
  ~ gain("martin", "integrity", 8, 1.25)
  ~ gain("gemma", "integrity", 8, 1.2)
  ~ gain("gemma", "coordination", 6, 1.2)
  The burr is ours: the punch was not radiused. Our toolmaker is regrinding it now, and corrected samples fly on Monday. And one thing for Martin and me: the bend radius. Here is the steel maker's data. I'd suggest one millimetre, as a joint change. # speaker: you # id: nomb-0124
  I saw the radius last night. I'd rather hoped you would too. # speaker: martin # mood: pleased # id: nomb-0125
  Richard looks from one of you to the other, and does not look at the clock again. # id: nomb-0126
* [Show Richard the radius data first: the crack starts at a bend that Brindley's own drawing made too tight # coach: It is a fact, and it would save Huadong the cost of a remake. But leading with it makes the meeting a trial in which Martin, back from weeks at a hospital bedside, is the accused in front of his MD; and the burr was yours. # id: nomb-0127]
  ~ loss("martin", "integrity", 5, 0.8)
  ~ loss("martin", "coordination", 4, 0.8)
  ~ loss("gemma", "integrity", 4, 0.8)
  Before we talk about the burr: the crack starts at a bend radius that Brindley's own drawing made too tight. # speaker: you # id: nomb-0128
  Richard looks at Martin. # id: nomb-0129
  It did. Rev D was mine. # speaker: martin # mood: closed # id: nomb-0130
- -> the_door

= the_door
At a quarter to four Martin's office: a drawing board nobody uses, a window on the car park, one cracked bracket on the desk. He closes his laptop. # place: office # present: martin # id: nomb-0131
I'll have to leave you with Gemma. I'm going over to the QMC. My father's in there. # speaker: martin # id: nomb-0132
He turns the bracket over in his fingers. # id: nomb-0133
He was a toolmaker at Rolls-Royce, in Derby. Forty-one years. He'd have had something to say about that burr. # speaker: martin # id: nomb-0134
# discuss: In September Martin wrote two words: "family matter". Today he has told you where his father is, and who he was. What has changed — and does "don't ask" still hold?
// source: 004_321f206b4ac9ecaf.txt "Show that you care. Ask how your clients are doing. Not just in terms of business, but in their personal lives too."
// and 003_2998f7574354a4b6.txt "remember that there’s a person beneath the stereotype"
// and 000_ac8871b0fd25056d.txt "It’s considered none of your business."
// beyond the seeds: Kate Fox, Watching the English (2004): the English privacy rule is about
// asking uninvited; what a person offers, he may want taken up.
* [Ask if you may visit his father in hospital with some fruit, as you would at home # coach: Visiting a sick elder with fruit is how care is shown in China, and the offer is sincere. But a hospital bed is the most private place he has: a supplier at it makes his father part of the business, however kindly meant. # id: nomb-0135]
  ~ loss("martin", "attentiveness", 4, 0.8)
  ~ loss("martin", "positivity", 4, 0.8)
  In China we would visit. May I come with you one evening, and bring some fruit for your father? # speaker: you # id: nomb-0136
  That's very kind. He isn't really up to visitors. # speaker: martin # mood: uneasy # id: nomb-0137
  He picks up his keys. # id: nomb-0138
* [Say you are sorry to hear it, and that he should go now: you will finish with Gemma # coach: Kind, correct, and what the rule says: don't ask. But he did not tell you about a patient; he told you about a toolmaker, and it was a door he opened himself. Closing it politely leaves him alone with it. # id: nomb-0139]
  ~ loss("martin", "attentiveness", 4, 0.8)
  ~ loss("martin", "positivity", 4, 0.8)
  I'm sorry to hear that. Please go; Gemma and I will finish the plan. # speaker: you # id: nomb-0140
  Yes. Thank you. # speaker: martin # id: nomb-0141
  He goes. The bracket stays on the desk. # id: nomb-0142
* [Ask him what his father made at Rolls-Royce # coach: He opened the door, and what he put in the doorway was his father the toolmaker. One question about the man, not the illness, is the care he asked for; the rule against asking was never meant for this moment. # id: nomb-0143]
  ~ gain("martin", "benevolence", 10, 1.3)
  ~ gain("martin", "positivity", 10, 1.25)
  ~ gain("martin", "attentiveness", 7, 1.25)
  What did he make at Rolls-Royce? # speaker: you # id: nomb-0144
  Tools for turbine blades. He used to bring burrs home in his pocket, to show me what not to do. # speaker: martin # mood: pleased # id: nomb-0145
  He talks for ten minutes: a toolroom in Derby, a lathe in the garage, the RB211. At five past four he picks up his keys. # id: nomb-0146
  He'll want to know what you did about that punch. # speaker: martin # id: nomb-0147
- -> the_pub

= the_pub
Six o'clock, a pub by the canal: low beams, a fire, Gemma with a glass of red and her coat still on. # place: pub # location: Loughborough # present: gemma # id: nomb-0148
I've had Richard on my back since September, and Martin in bits, and nobody to tell. Sorry. You didn't fly six thousand miles for that. # speaker: gemma # id: nomb-0149
She laughs, and drinks. # id: nomb-0150
You're here till Sunday? Come for Sunday lunch. A roast, the twins, the dog, my mum. Nothing posh. # speaker: gemma # mood: pleased # id: nomb-0151
// source: 003_2998f7574354a4b6.txt "remember that there’s a person beneath the stereotype"
// and 000_ac8871b0fd25056d.txt "Some prefer to build rapport outside of work."
// beyond the seeds: Kate Fox, Watching the English (2004): the Sunday roast at home is a family
// ritual; an invitation to it is a personal one.
* [Thank her, but decline: the English keep home and work apart, and you would not want to intrude # coach: A careful reading of the English rule, applied to the one person who has just broken it. To Gemma a declined Sunday lunch is a door closed, however politely. # id: nomb-0152]
  ~ loss("gemma", "positivity", 5, 0.8)
  ~ loss("gemma", "benevolence", 4, 0.8)
  That's very kind, but I wouldn't want to intrude on your family's Sunday. # speaker: you # id: nomb-0153
  Oh. Well. The offer's there. # speaker: gemma # mood: uneasy # id: nomb-0154
  She finishes her drink a little quickly. # id: nomb-0155
* [Accept with thanks, and ask what you can bring # coach: Gemma is not "the English": she has invited you home. Saying yes, and asking what to bring, takes her warmth the way she means it; a shared Sunday is the kind of experience that carries a relationship through hard weeks. # id: nomb-0156]
  ~ gain("gemma", "positivity", 10, 1.25)
  ~ gain("gemma", "benevolence", 9, 1.25)
  I'd love to. What can I bring? # speaker: you # id: nomb-0157
  Yourself. And if you've any mooncakes left, the twins will fight over them. # speaker: gemma # mood: pleased # id: nomb-0158
  On Sunday, in a semi in Quorn, there is roast beef, Yorkshire puddings the size of hats, and a spaniel under the table. Gemma's mum asks about yours, and you find yourself telling them about her fall in the summer, in Wuxi, and her physiotherapy. # id: nomb-0159
* [Accept, and invite the whole Brindley team to a Chinese banquet on Saturday too, your treat # coach: Returning hospitality at once, and generously, keeps face in Suzhou. Here it turns Gemma's family lunch into an exchange, and a supplier's banquet for the team is one more entry for Brindley's gifts register. # id: nomb-0160]
  ~ loss("gemma", "positivity", 5, 0.8)
  ~ loss("gemma", "benevolence", 4, 0.8)
  Yes, thank you! And on Saturday, let me take the whole Brindley team to dinner. A proper Chinese banquet, my treat. # speaker: you # id: nomb-0161
  That's generous. I'll have to check it with compliance. # speaker: gemma # mood: uneasy # id: nomb-0162
  Saturday is a table for eleven on the High Street, with seven people at it. Martin sends his apologies. # id: nomb-0163
- -> the_visit

// ─── Meeting 5 — day 119: Suzhou ────────────────────────────────────────────────────────────
=== the_visit ===
~ meeting("martin", 119)
~ meeting("gemma", 119)
Shanghai Pudong, arrivals, seven in the morning. Martin and Gemma come through the doors with the overnight flight in their faces and a tin of shortbread for the office. # place: airport # location: Shanghai # date: Tuesday 12 January # enter: martin, gemma # id: nomb-0164
The pilot units reached Leeds, and the evaluation went well. This week Brindley decides where the volume build goes: twelve hundred modules a year. A sheet-metal firm in Leicester has quoted too. # id: nomb-0165
The car to Suzhou: two hours on the expressway, in the grey of a January morning. # place: car # location: Shanghai to Suzhou # id: nomb-0166
{
  - trust("martin") >= SPLIT_MARTIN:
    Before you have asked anything, Martin says that his father is home: walking with a frame, complaining about the physiotherapist, and asking for a photograph of your die. # mood: pleased # id: nomb-0167
  - else:
    Martin reads the build plan, and talks about nothing else all the way. # id: nomb-0168
}
Mr Gu has sent you the week's programme on WeChat: tonight, a banquet for twenty at the Jinji Lake hotel, with every director. Tomorrow, the gardens and Tiger Hill. Gemma has a list of her own: the Humble Administrator's Garden, Pingjiang Road, "proper noodles". Martin's email asked for two things: the volume plan, and "an hour in your toolroom, if at all possible". # id: nomb-0169
// source: 000_ac8871b0fd25056d.txt "the Chinese like to take their special guests on tourist trips to get to know the area"
// and 003_2998f7574354a4b6.txt "remember that there’s a person beneath the stereotype"
// and 004_321f206b4ac9ecaf.txt "Take the time to understand the customs and traditions of your clients."
* [Plan a day each would choose: the toolroom for Martin, Gemma's garden, then noodles with Mr Gu # coach: Two people, two kinds of care: Martin's is an hour with the toolmaker who reground the punch; Gemma's is the tourist day our source describes. Mr Gu still hosts, at a table where people can talk. # id: nomb-0170]
  ~ gain("martin", "positivity", 9, 1.25)
  ~ gain("martin", "attentiveness", 8, 1.25)
  ~ gain("gemma", "positivity", 8, 1.2)
  ~ gain("gemma", "attentiveness", 7, 1.2)
  In the toolroom Master Qian shows Martin the reground punch. They have no language in common and need none: a loupe, a fingertip along the edge, a nod. Martin photographs the die for his father. In the afternoon Gemma photographs the Humble Administrator's Garden from every bridge, and at dinner, in a noodle house on Pingjiang Road, Mr Gu is the perfect host and nobody makes a speech. # id: nomb-0171
* [Keep Mr Gu's banquet: twenty guests, baijiu and every director, to show them what Brindley means to you # coach: A banquet gives face to your guests and to your company, and Gemma may well enjoy it. For a tired, private engineer in his first weeks back, three hours of toasts are an ordeal, and they answer neither of the two things he asked for. # id: nomb-0172]
  ~ loss("martin", "positivity", 5, 0.8)
  ~ loss("martin", "coordination", 4, 0.8)
  ~ gain("gemma", "positivity", 4, 1)
  Ten courses and eleven toasts. Gemma matches Mr Gu glass for glass and wins the room. Martin drinks tea, makes one short and gracious speech, and is in his hotel by ten. On Thursday he flies home without having seen the toolroom. # id: nomb-0173
* [Take them sightseeing all day: the gardens, the old town, a canal boat; business can wait for tomorrow # coach: Taking special guests to see the area is what Chinese hosts do best, and Gemma will love it. Martin came for the build plan and the toolroom; a day of gardens tells him the business can wait, in a week when his can't. # id: nomb-0174]
  ~ loss("martin", "positivity", 5, 0.8)
  ~ loss("martin", "coordination", 4, 0.8)
  ~ gain("gemma", "positivity", 4, 1)
  Gemma photographs every bridge. Martin walks behind with his hands in his pockets, and asks twice whether there will be time for the toolroom tomorrow. There is not: tomorrow is the contract review. # id: nomb-0175
- -> the_account

= the_account
Late that evening, the hotel lobby. Your guests have gone up. Mr Gu lights a cigarette outside the revolving door and calls you over. # place: lobby-night # location: Suzhou # absent: martin, gemma # id: nomb-0176
Good news. From February you lead the new German account, in Stuttgart. Wu Hao takes Brindley: he knows every die. Tell them tomorrow, or I will. # speaker: Mr Gu # id: nomb-0177
// source: 000_ac8871b0fd25056d.txt "keeping the same company staff connected to key accounts or suppliers"
// and 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
// and 002_4348346f83066296.txt "Whether the cooperation achieves the expected results or not, you should still maintain contact and respect with your partner."
* [Let Mr Gu announce it at the contract review, as good news: Wu Hao is excellent, and knows every die # coach: In Suzhou a promotion announced by the boss is an honour for everyone. To Brindley it means the one person who held the project through the autumn is leaving, and they hear it as a toast. # id: nomb-0178]
  ~ loss("martin", "benevolence", 4, 0.8)
  ~ loss("martin", "attentiveness", 3, 0.8)
  ~ loss("gemma", "benevolence", 4, 0.8)
  ~ loss("gemma", "attentiveness", 3, 0.8)
  Mr Gu announces it at the review, and everyone claps. Gemma claps last. Martin shakes Wu Hao's hand, and asks him for his mobile number. # id: nomb-0179
* [Introduce Wu Hao yourself tomorrow, and plan a joint visit to Loughborough in March to hand over # coach: A careful handover, done in person, is better than most suppliers manage. But after this autumn the relationship is with you: the best handover still starts Martin and Gemma again with somebody new. # id: nomb-0180]
  ~ loss("martin", "benevolence", 4, 0.8)
  ~ loss("martin", "attentiveness", 3, 0.8)
  ~ loss("gemma", "benevolence", 4, 0.8)
  ~ loss("gemma", "attentiveness", 3, 0.8)
  You tell them yourself, before the review, and introduce Wu Hao properly. Gemma says all the right things. Martin says, "March, then," and writes it down. # id: nomb-0181
* [Ask Mr Gu to let you keep Brindley alongside Stuttgart, with Wu Hao beside you on every call # coach: "Relationships are between individuals, not companies." Keeping the same person on the account after the deal carries the trust of a hard autumn into the volume years, and Wu Hao learns the account beside you, not instead of you. # id: nomb-0182]
  ~ gain("martin", "benevolence", 9, 1.25)
  ~ gain("martin", "coordination", 8, 1.2)
  ~ gain("gemma", "benevolence", 9, 1.25)
  ~ gain("gemma", "coordination", 6, 1.2)
  Mr Gu finishes his cigarette before he answers. Brindley stays yours until the volume runs smoothly; Wu Hao joins every call. At the review you tell Martin and Gemma so. Gemma says, "Thank God." Martin says nothing, and pours you the tea. # id: nomb-0183
- -> verdict

// ─── The relationship decides ───────────────────────────────────────────────────────────────
=== verdict ===
{
  - trust("martin") >= PARTNER_MARTIN && trust("gemma") >= PARTNER_GEMMA: -> ending_partner
  - trust("martin") >= SPLIT_MARTIN || trust("gemma") >= SPLIT_GEMMA: -> ending_split
  - else: -> ending_second_source
}

=== ending_partner ===
# ending: partner
# ending_title: The next analyser, too
In February Brindley places the volume build with Huadong, and asks you into the design of its next analyser at rev A, before the first drawing is frozen. Martin's email confirming it has one line more than it needs: "Dad sends his regards to your toolmaker." Gemma's WhatsApp has four exclamation marks. # id: nomb-0184
# learn: 000: "Don't ask an Englishman about his life outside of business" and "ask how your clients are doing" can both be honoured: care he can accept asks for nothing, and gives time, a date that can move, a note that needs no reply.
# learn: 004: Show that you care, and read the person: when Martin opened the door himself, one question about his father the toolmaker was the care he wanted.
# learn: 003: Surface your own assumptions as well as theirs: a customer's silence is not a yes, an unqualified "of course" is not good service, and care is not always a gift or a banquet.
# learn: 003: There is a person beneath the stereotype: Gemma invited you home, and the "reserved Englishman", on one afternoon, wanted to be asked.
# learn: 000: Travel to the source of a major problem, and keep the same person on the account after the deal.
-> END

=== ending_split ===
# ending: split
# ending_title: Sixty-forty
{ trust("martin") >= SPLIT_MARTIN:
  Brindley splits the volume build: sixty percent to Huadong, forty to the firm in Leicester, "to spread the risk". Martin still writes to you directly when a drawing changes. # id: nomb-0185
- else:
  Brindley splits the volume build: sixty percent to Huadong, forty to the firm in Leicester, "to spread the risk". Martin's emails come through Brindley's purchasing department now. # id: nomb-0187
}
{ trust("gemma") >= SPLIT_GEMMA:
  Gemma still sends a WhatsApp at Mid-Autumn, asking whether you have had your mooncakes. # id: nomb-0188
- else:
  Gemma is polite, and busy. # id: nomb-0189
}
# learn: 004: Be honest and transparent: a date confirmed without its conditions, or a cause left half explained, costs more trust than the bad news would have.
# learn: 000: The rule about an Englishman's private life is a starting point, not the whole answer: no questions, but time, flexibility and a note that asks for nothing.
# learn: 003: Surface assumptions on both sides: "they always say yes" and "silence means all is well" cost both firms weeks.
# learn: 002: With Western partners, frankness and clarity win: a yes with its conditions is worth more than an unqualified one.
-> END

=== ending_second_source ===
# ending: second_source
# ending_title: Closer to home
In February Brindley moves the volume build to Leicester, "closer to home". Richard Tennant's letter thanks Huadong warmly for the pilot. Gemma sends a kind WhatsApp. Martin's email is two lines long, and signed "Regards". # id: nomb-0186
# learn: 000: A basket at his home, a visit to a bedside or questions he did not invite turn a private man's trouble into his supplier's business.
# learn: 003: A customer's silence is not a yes, and "of course" to a date you can only keep by cutting the inspection is a promise that breaks in front of everyone.
# learn: 000: When there is a major problem, travel to the source: a report and a video call tell the customer it is being processed far away.
# learn: 004: Show that you care in a form the person can accept; the same care, in the wrong form, reads as intrusion or as indifference.
-> END
