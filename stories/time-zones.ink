# title: Twelve hours apart
# summary: A global account between Chicago and Jakarta, twelve hours apart in summer, and you in Amsterdam in between. One client wants it straight; the other will not say no in front of her VP. Keep both, and keep the rollout honest.
# role: You are Noor Visser, global account manager at Brightline Systems in Amsterdam. Brightline's warehouse software already runs the nine American cold stores of Samudra Pangan, an Indonesian frozen-food group; now it goes into the group's seven cold stores in Indonesia.
# minutes: 15
# seeds: 004_321f206b4ac9ecaf, 002_4348346f83066296
# pass_mark: 58
# order: 6
INCLUDE lib/rapport.ink

// Sources for the lessons here:
// 004_321f206b4ac9ecaf.txt, global account management: time zones, local customs, direct vs
// indirect communication, flexibility, honesty and transparency, showing care, consistency,
// workflow tools, patience, a positive outlook.
// 002_4348346f83066296.txt, working with foreign partners: a reasonable time and a backup channel
// across time zones, researching the partner's background, Western frankness and clarity.
//
// Clocks (the story runs in northern summer): Amsterdam CEST = UTC+2, Chicago CDT = UTC-5,
// Jakarta WIB = UTC+7 (no daylight saving), Makassar WITA = UTC+8, Pune IST = UTC+5:30.
// So Amsterdam is 5 hours behind Jakarta and 7 ahead of Chicago; Chicago and Jakarta are 12 apart.
//
// Timeline (meeting day d is "day d+1" in the labels; day 1 is a Monday, so the weekday is d mod 7):
// d0 Monday kickoff; d1 Tuesday private call with Dewi (if asked); d7 Monday Dewi; d8 Tuesday Ruth;
// Ramadan begins Thursday d3 and ends with Idul Fitri (Lebaran) on d32 or d33;
// d21 Monday the failed test (the three-way call that night, or Tuesday d22);
// d40 Saturday you land (if you fly); d42 Monday go-live; d43 Tuesday the six-site question.

// Ending thresholds, in one place (calibrated with `npm run stories`).
CONST DEWI_TRUST = 60
CONST RUTH_TRUST = 60
// Below this sum of both Trusts the account is lost; above it (without both over the bar above),
// it is half kept.
CONST HALF_TRUST_SUM = 55

VAR seven = false          // d0: the weekly call at 07:00 Chicago / 19:00 Jakarta, with a phone bridge as backup
VAR dewi_talk = "asked"    // d0-d1: "asked" (yes/no in public), "green" (moved on), "promised", "her_note"
VAR told_ruth = "straight" // d8: "straight", "amber", "blamed"
VAR travelled = "you"      // d22: "you", "video", "engineer"; "away" after the go-live morning
VAR phased = false         // d42: backed Hendra's phased go-live

~ cast()
-> kickoff

// Ruth Feldman, 52, VP Global Supply Chain of Samudra Pangan, in Chicago. Came with the purchase
// of Lakeshore Frozen three years ago, whose warehouses ran best in the group, and chose Brightline
// there. Twenty years in US Army logistics before that. Reads every status report to the last line,
// wants bad news early and plainly, and has a dry humour Amsterdam has not quite decoded. Half the
// group board in Jakarta thinks she is forcing a Chicago system on Asia: the pilot is her proof.
// Profile: task-based trust (ro 0.25), a flat style (pd 0.3), individualist (co 0.3), very direct
// (di 0.9), and universalist: a template is a template (fl 0.3). Frankness wins with her.
// source: 002_4348346f83066296.txt "With Western partners, when communicating, you need to focus on frankness and clarity"
//
// Dewi Kusuma, 41, Director of Operations Indonesia, at the pilot cold store in Cikarang, east of
// Jakarta. Trained as a pharmacist; built a vaccine cold chain before she joined the group. Hired
// her team herself and protects it fiercely. Meticulous and warm, and never contradicts Chicago in
// front of others: "we will try our best" is as close to "no" as she comes in public. Plain and
// practical one to one, once she trusts you. Profile: relationship-based trust (ro 0.8), respects
// rank (pd 0.8), protective of her team though she hires and promotes on merit (co 0.65), very
// high-context in public (di 0.15), and flexible with people she trusts (fl 0.7).
// beyond the seeds: Hofstede Insights, country comparison: Indonesia scores high on power distance
// and very low on individualism; Erin Meyer, The Culture Map (2014), ch. 1 "Listening to the Air"
// places Indonesia near the high-context end of the communicating scale.
=== function cast() ===
~ counterpart("ruth", "Ruth Feldman", 0.25, 0.3, 0.3, 0.9, 0.3)
~ counterpart("dewi", "Dewi Kusuma", 0.8, 0.8, 0.65, 0.15, 0.7)

// ─── Meeting 1 — Monday, day 1: the kickoff ──────────────────────────────────────────────────
=== kickoff ===
~ meeting("ruth", 0)
~ meeting("dewi", 0)
Samudra Pangan freezes fish, prawns and dumplings in Indonesia and sells them on three continents. Three years ago it bought Lakeshore Frozen in Chicago, and Brightline's software came with the deal. # place: video-call # location: Chicago and Jakarta, on screen # date: Monday, day 1 # present: ruth, dewi # id: tz-0001
Now the software goes into the group's seven cold stores in Indonesia: €2.8 million a year, your largest account. The pilot is Dewi Kusuma's cold store in Cikarang. Six more follow if Ruth Feldman, in Chicago, signs them off. # id: tz-0002
It is 14:00 in Amsterdam, 07:00 in Chicago, 19:00 in Jakarta. In summer, Chicago and Jakarta are exactly twelve hours apart. Ruth has coffee. Dewi has her coat on the back of her chair. # id: tz-0003
You spent Friday reading: the group's annual report, the press release on the Lakeshore deal, and a trade-magazine interview in which Dewi explains why her new cold store runs at minus twenty-five. # id: tz-0004
I have a hard stop at seven-thirty. Let's go. # speaker: ruth # mood: neutral # id: tz-0005
// source: 002_4348346f83066296.txt "you should also take the time to research their company, company culture and more broadly the culture of that country"
// The tempting alternatives: 002_4348346f83066296.txt "limiting its length because it will delay other partners' plans"; the template is Chicago's own proof.
* [Go straight to the agenda: it is early for Ruth and late for Dewi, so keep it short # coach: Ruth likes a meeting that starts on the minute. Dewi hears that Jakarta is an item on Chicago's agenda, and the reading you did never shows. # id: tz-0006]
  ~ gain("ruth", "coordination", 5, 1.3)
  ~ loss("dewi", "attentiveness", 3, 0.8)
  Let's go straight to it. It's early in Chicago and late in Jakarta: thirty minutes, I promise. # speaker: you # id: tz-0007
  My kind of meeting. # speaker: ruth # id: tz-0008
  Yes, of course. # speaker: dewi # id: tz-0009
* [Open with Brightline's template, the plan that took Lakeshore's nine stores live # coach: The template is Brightline's proof, and Chicago's. Opening with it tells Jakarta that the plan was made before anyone asked them. # id: tz-0010]
  ~ gain("ruth", "coordination", 5, 1.3)
  ~ loss("dewi", "attentiveness", 3, 0.8)
  Let me start with the plan that took Lakeshore's nine cold stores live on time. Cikarang follows the same template, step by step. # speaker: you # id: tz-0011
  That's why we picked you. # speaker: ruth # id: tz-0012
  Yes. We have seen the slides. # speaker: dewi # id: tz-0013
* [Open with a word on Dewi's new cold store and Ruth's year with the group # coach: Research shows when you use it. A sentence for each tells them you know who they are and what they built; Ruth gets her agenda one minute later. # id: tz-0014]
  ~ gain("dewi", "attentiveness", 8, 1.3)
  ~ gain("ruth", "attentiveness", 5, 1.1)
  Before the agenda: Dewi, congratulations on Cikarang, the first store in the group at minus twenty-five. Ruth, a year with the whole group now, and this is your first Asian pilot. # speaker: you # id: tz-0015
  You read the interview! My team will be happy to hear it. # speaker: dewi # mood: pleased # id: tz-0016
  You did your homework. Good. Agenda. # speaker: ruth # id: tz-0017
- Ruth moves to the calendar. # id: tz-0018
Weekly status call. Mondays, nine a.m. Chicago. Works for everybody? # speaker: ruth # id: tz-0019
Nine in the morning in Chicago is four in the afternoon in Amsterdam and nine at night in Jakarta. Dewi says nothing. # id: tz-0020
// source: 002_4348346f83066296.txt "you need to choose a reasonable time to exchange"
// and: 002_4348346f83066296.txt "you need to have a proactive backup plan"
* [Take Ruth's slot: the client's VP sets the rhythm, and nobody has objected # coach: It is simple and it is the client's call, but it puts the cost of every call on Jakarta, at nine at night. Dewi will not object in front of her VP; her silence is not agreement. # id: tz-0021]
  ~ gain("ruth", "coordination", 4, 1.2)
  ~ loss("dewi", "attentiveness", 3, 0.8)
  Monday at nine, Chicago time, works for us. I'll send the invites. # speaker: you # id: tz-0022
  Of course. No problem. # speaker: dewi # id: tz-0023
* [Ask Dewi, on the call, whether nine at night would really work for her whole team # coach: Asking is kind, but in front of her VP there is only one answer she can give. Someone who avoids saying no in public needs a way to object that costs her nothing. # id: tz-0024]
  ~ gain("ruth", "coordination", 4, 1.2)
  ~ loss("dewi", "attentiveness", 3, 0.8)
  Dewi, is nine at night all right for your team? # speaker: you # id: tz-0025
  Dewi glances at Ruth's square before she answers. # id: tz-0026
  Any time is fine for us. # speaker: dewi # mood: uneasy # id: tz-0027
  Great. Nine it is. # speaker: ruth # id: tz-0028
* [Keep this hour every week, seven in both cities, with a phone line as backup # coach: A reasonable time for everyone, and a backup channel agreed before anything fails, keep the lines open. Ruth gets a firm slot with a reason; Jakarta stops paying for every call. # id: tz-0029]
  ~ seven = true
  ~ gain("ruth", "coordination", 6, 1.3)
  ~ gain("dewi", "attentiveness", 6, 1.3)
  ~ gain("dewi", "benevolence", 4, 1.2)
  Could we keep this hour? Seven in the morning in Chicago, seven in the evening in Jakarta: it touches both working days. Notes within the hour, and a phone bridge if the video drops. # speaker: you # id: tz-0030
  I'm up at five anyway. The army never quite left. Seven it is. # speaker: ruth # id: tz-0031
  Thank you. Seven is much better for my team. # speaker: dewi # mood: pleased # id: tz-0032
- Ruth moves to the go-live plan. # id: tz-0033
Dewi, Cikarang goes live on Monday in six weeks. Are we on track? # speaker: ruth # id: tz-0034
We will try our best. There are some small challenges with the scanners in the cold rooms. # speaker: dewi # id: tz-0035
Great. So we're on track. # speaker: ruth # id: tz-0036
# discuss: What did Dewi just say? What does Ruth think she said, and what does each of them need from you now?
// source: 004_321f206b4ac9ecaf.txt "some countries value direct communication, while others prefer a more roundabout approach"
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 1 "Listening to the Air" (Indonesia is
// high-context: the message is in what is left unsaid) and ch. 7 "The Needle, Not the Sword" (open
// disagreement with a superior in front of others is avoided). "We will try our best" and "small
// challenges" as a soft no are our illustration of that pattern, not a quotation.
* [Ask Dewi straight out, on the call: is Monday in six weeks realistic, yes or no? # coach: Straight talk is what Ruth values, and it asks Dewi to contradict Chicago in front of her VP. She will not: you get a yes that means nothing, and asking costs her face. # id: tz-0037]
  ~ dewi_talk = "asked"
  ~ face_threat("dewi", 0.6, 0.3, true, 0)
  ~ gain("ruth", "coordination", 4, 1.3)
  Dewi, is Monday in six weeks realistic? Yes or no? # speaker: you # id: tz-0038
  A pause. Dewi looks at Ruth's square on her screen, not at yours. # id: tz-0039
  Yes. It is possible. # speaker: dewi # mood: closed # cue: Cornered in front of her VP # id: tz-0040
  Good. That's what I needed. # speaker: ruth # id: tz-0041
* [Log the scanners as an open item, and ask Dewi for a call tomorrow, her afternoon # coach: "We will try our best" and "some small challenges" were the warning, said the indirect way. Ruth gets a clear open item; Dewi gets a private space to say what she could not say in front of her VP. # id: tz-0042]
  ~ dewi_talk = "private"
  ~ gain("dewi", "attentiveness", 8, 1.4)
  ~ gain("ruth", "coordination", 3, 1.2)
  Let's log the cold-room scanners as an open item, owner Brightline. Dewi, could we talk tomorrow, one o'clock your time? # speaker: you # id: tz-0043
  Yes. Tomorrow is good. # speaker: dewi # id: tz-0044
* [Take "small challenges" at her word and move on: she runs the site, she is the expert # coach: Trusting the expert on her own site sounds respectful. But "we will try our best" is as close to no as she will say in public; moving on leaves Chicago believing what Jakarta never said. # id: tz-0045]
  ~ dewi_talk = "green"
  ~ loss("dewi", "attentiveness", 4, 0.8)
  Ruth's minutes, in your inbox at 07:31 Chicago time, say: "Cikarang: green." # id: tz-0046
- {dewi_talk == "private": -> private_call}
-> the_week

// ─── Meeting 2 — Tuesday, day 2: what Dewi could not say (only if asked for) ─────────────────
=== private_call ===
~ meeting("dewi", 1)
13:00 in Jakarta, 08:00 in Amsterdam. Dewi is alone in her office, the door closed. # place: video-call # location: Cikarang, on screen # date: Tuesday, day 2 # id: tz-0047
Thank you for calling. Yesterday I could not say everything. # speaker: dewi # id: tz-0048
The scanners lose their battery within an hour at minus twenty-five. And your integration partner is three weeks behind. Monday in six weeks is not possible. # speaker: dewi # id: tz-0049
The scanners were my choice. Please. Ms Ruth should not hear this from Brightline before I have a solution. # speaker: dewi # mood: uneasy # id: tz-0050
# discuss: What can you promise Dewi, and what can you not?
// source: 004_321f206b4ac9ecaf.txt "Consistency is key. Keep your promises and follow through with your commitments."
// and: 004_321f206b4ac9ecaf.txt "Be honest and transparent."
* [Promise to keep it between the two of you until she has a fix # coach: It feels like loyalty, and it earns her trust today. But it is a promise you cannot keep: half of the problem is Brightline's, and Ruth must hear it. # id: tz-0051]
  ~ dewi_talk = "promised"
  ~ gain("dewi", "benevolence", 6, 1.3)
  Of course. This stays between us until you have a fix. # speaker: you # id: tz-0052
  Thank you. Really. # speaker: dewi # mood: pleased # id: tz-0053
* [Say Brightline will report its own delay, and the scanners are hers to tell, with her fix # coach: Be honest about your own side's part, and let her bring her part to her VP herself, with the fix. Nothing is buried, and nobody loses face. # id: tz-0054]
  ~ dewi_talk = "her_note"
  ~ gain("dewi", "benevolence", 6, 1.3)
  ~ gain("dewi", "integrity", 4, 1.2)
  The integrator is ours: I'll tell Ruth next week, and say so. The scanners are yours to tell, with your fix. Send her a note before my call, and I'll back it. # speaker: you # id: tz-0055
  Dewi thinks about it. # id: tz-0056
  There are cold-rated batteries. Hendra found a supplier in Bekasi. I can write it by Sunday. # speaker: dewi # mood: pleased # id: tz-0057
- -> the_week

// ─── Meeting 3 — Monday, day 8: Dewi, the time difference and Ramadan ────────────────────────
=== the_week ===
~ meeting("dewi", 7)
A week later. 08:00 in Amsterdam, 13:00 in Jakarta. Dewi is in her office above the loading dock. # place: video-call # location: Cikarang, on screen # date: Monday, day 8 # id: tz-0058
{
- dewi_talk == "her_note":
  Dewi's note to Ruth is written: one page, the problem and the fix. She sends it while you are on the call. # id: tz-0059
- dewi_talk == "promised":
  Hendra has tested the cold-rated batteries from Bekasi. Dewi has not told Chicago. Neither have you. # id: tz-0060
- else:
  Dewi asks Hendra, her warehouse manager, to share his screen: the cold-room scanner log, red from top to bottom, and your integrator's plan, three weeks behind. # id: tz-0061
  As you can see, it is a little difficult. # speaker: dewi # mood: uneasy # id: tz-0062
  She does not say that the go-live date is impossible. The log says it for her. # id: tz-0063
}
And my team waits a day for every answer. They ask in the morning; Amsterdam answers in our evening. # speaker: dewi # id: tz-0064
// source: 004_321f206b4ac9ecaf.txt "Use project management tools that integrate with your team's existing systems."
* [Link a shared board to their own ticket system, and put an engineer on their hours # coach: A tool that connects to the system the team already uses, and someone awake when they are, take the time difference out of every handover. # id: tz-0065]
  ~ gain("dewi", "coordination", 8, 1.3)
  ~ gain("dewi", "ability", 6, 1.2)
  By Thursday the board is live. Hendra's team logs an issue at nine in Jakarta; Rohan Desai, your engineer in Pune, where it is half past seven, answers it before eleven. # id: tz-0066
* [Ask her team to email you everything, and promise that you'll chase the developers yourself # coach: Personal service, and you become the queue: every answer still waits for Amsterdam to wake up, now through your inbox. # id: tz-0067]
  ~ loss("dewi", "coordination", 4, 0.8)
  By Thursday you have sixty-one unread emails from Cikarang. Some ask the same question three times. Two answers go to the wrong site. # id: tz-0068
* [Give her team logins to Brightline's own support portal, the one every other site uses # coach: One process for every site is tidy for Brightline. For Cikarang it is one more system on top of their own, and the answers still come on Amsterdam's hours. # id: tz-0069]
  ~ loss("dewi", "coordination", 4, 0.8)
  By Thursday Hendra's team keeps two ticket systems, theirs and yours. The answers still arrive in Jakarta's evening. # id: tz-0070
- Dewi mentions that Ramadan began on Thursday. Many on her team are fasting, and so is she: from sahur before four in the morning until the fast is broken at about six. # id: tz-0071
{ seven:
  The weekly call, at seven in the evening in Jakarta, now lands in the hour of the evening meal and evening prayers. # id: tz-0072
- else:
  The weekly call, at nine at night in Jakarta, now ends a day that began before four. # id: tz-0186
}
// source: 004_321f206b4ac9ecaf.txt "Show that you care. Ask how your clients are doing."
// and: 004_321f206b4ac9ecaf.txt "Every country has its own set of rules and traditions that might impact how business is done."
// beyond the seeds: Ramadan practice (fasting from the pre-dawn meal, sahur, to sunset, when the
// fast is broken; evening and tarawih prayers after it; Idul Fitri, called Lebaran in Indonesia,
// at the end) as described in common workplace guides to Ramadan. In Jakarta, near the equator,
// sunset is close to 18:00 all year.
* [Move Jakarta's call to early afternoon for the month, and ask how they are doing # coach: Knowing the local customs, and adapting to them, is part of the job. Asking how they are, not only how the project is, shows you care. # id: tz-0073]
  ~ gain("dewi", "benevolence", 8, 1.3)
  ~ gain("dewi", "attentiveness", 4, 1.2)
  Let's move your part of the weekly to one o'clock on Mondays, your time, for the month. I'll brief Ruth myself. And how are you, and the team? Fasting, and these hours. # speaker: you # id: tz-0074
  Dewi smiles for the first time on the call. # id: tz-0075
  Tired. But it is a good month. Thank you for asking. # speaker: dewi # mood: pleased # id: tz-0076
* [Keep the weekly as it is: it is only one month, and the go-live cannot slip again # coach: Momentum matters. But a month of calls in the hours of the fast tells the team its customs are an obstacle. Dewi will attend every call, and remember. # id: tz-0077]
  ~ loss("dewi", "benevolence", 5, 0.7)
  Could we keep the calls as they are for now? We can't lose momentum. # speaker: you # id: tz-0078
  Of course. We will manage. # speaker: dewi # mood: closed # id: tz-0079
- -> ruth_call

// ─── Meeting 4 — Tuesday, day 9: the real status for Ruth ────────────────────────────────────
=== ruth_call ===
~ meeting("ruth", 8)
15:00 in Amsterdam, 08:00 in Chicago. Ruth's monthly report to the group board in Jakarta is due tomorrow, and she has asked for the real status today. # place: video-call # location: Chicago, on screen # date: Tuesday, day 9 # absent: dewi # id: tz-0080
{ dewi_talk == "green":
  Ruth's minutes from the kickoff still say "Cikarang: green." You were on that call. # id: tz-0081
}
{ dewi_talk == "her_note":
  Dewi's note is open on Ruth's second screen: the scanner batteries, and the cold-rated ones Hendra has found. # id: tz-0082
}
So. Where are we? # speaker: ruth # id: tz-0083
# discuss: What should Ruth hear, from whom, and how much of it is Brightline's fault?
// source: 004_321f206b4ac9ecaf.txt "it's better to address it head-on than to bury your head in the sand"
// and: 004_321f206b4ac9ecaf.txt "Your clients will appreciate your honesty."
* [Switch Cikarang to amber, and say the team is working through some issues # coach: Amber buys a week and protects everyone for now. But Ruth asked for the real status; to a direct person a half-answer reads as something hidden, and she will find out what amber meant. # id: tz-0084]
  ~ told_ruth = "amber"
  ~ loss("ruth", "coordination", 3, 0.8)
  Cikarang is amber this week. The team is working through some issues. # speaker: you # id: tz-0085
  Amber how? # speaker: ruth # id: tz-0086
  Nothing we can't handle. You'll have the detail next week. # speaker: you # id: tz-0087
  Ruth writes something down and does not say what. # id: tz-0088
  Hm. # speaker: ruth # mood: uneasy # id: tz-0089
* [Tell Ruth plainly: the date won't hold, why, and that the integrator's delay is ours # coach: Honest and transparent, including your own side's part. Ruth gets the bad news early and straight, which is how trust is built with someone who values frankness. # id: tz-0090]
  ~ told_ruth = "straight"
  ~ gain("ruth", "integrity", 10, 1.4)
  ~ gain("ruth", "coordination", 4, 1.3)
  ~ gain("ruth", "positivity", 4, 1.2)
  ~ gain("ruth", "benevolence", 6, 1.2)
  Monday in five weeks won't hold. Two reasons: scanner batteries at minus twenty-five, and our integration partner is three weeks late. That one's on us. Here's the recovery plan, on one page for your board tomorrow. # speaker: you # id: tz-0091
  Thank you. That's the first straight status I've had from a vendor this year. # speaker: ruth # mood: pleased # id: tz-0092
  {
  - dewi_talk == "her_note":
    ~ gain("dewi", "positivity", 6, 1.3)
    And Dewi's note was good. Problem and fix on one page. Tell her I said so. # speaker: ruth # id: tz-0093
    You forward Ruth's sentence to Dewi that evening, word for word. # id: tz-0094
  - dewi_talk == "promised":
    ~ loss("dewi", "benevolence", 4, 0.8)
    Ruth calls Dewi within the hour about the scanners. Dewi hears it from Chicago first, a week after you promised to wait. Her email that evening is two lines long. # id: tz-0095
  - dewi_talk == "green":
    ~ loss("ruth", "ability", 2, 1.0)
    You were on the kickoff. Why am I hearing this a week late? # speaker: ruth # id: tz-0096
  }
* [Tell Ruth the date is at risk because Cikarang's scanners lose their charge in the cold # coach: True as far as it goes, and it leaves out your own side's delay. Passing the problem to the client's own team puts Dewi on the spot in front of her people. # id: tz-0097]
  ~ told_ruth = "blamed"
  ~ gain("ruth", "ability", 2, 1.0)
  ~ face_threat("dewi", 0.7, 0.6, true, 0)
  The date is at risk. Cikarang's scanners can't hold a charge at minus twenty-five. # speaker: you # id: tz-0098
  Then Jakarta bought the wrong scanners. I'll take it up with Dewi. # speaker: ruth # id: tz-0099
  The next morning Ruth emails Dewi, copying all seven site managers: why did Cikarang buy the wrong scanners? # cue: Blamed in front of her team # id: tz-0100
  Dewi's answer apologises to everyone on the list. Nobody mentions the integrator. # id: tz-0101
  {dewi_talk == "promised":
    ~ loss("dewi", "benevolence", 3, 0.8)
    You had promised to wait. # id: tz-0102
  }
- Ruth turns her coffee mug a quarter turn. # id: tz-0103
Between us. Half the board in Jakarta thinks I'm forcing a Chicago system on Asia. Cikarang is my proof, or it's my problem. # speaker: ruth # id: tz-0104
// source: 004_321f206b4ac9ecaf.txt "Not just in terms of business, but in their personal lives too."
// and: 002_4348346f83066296.txt "express their views even when they are not satisfied"
* [Ask what her board needs to see, and build it so Cikarang presents its own numbers # coach: Ruth asked for help, not comfort. Finding out what she needs, and letting Jakarta present its own results, serves both of them. # id: tz-0105]
  ~ gain("ruth", "attentiveness", 10, 1.3)
  ~ gain("ruth", "benevolence", 10, 1.3)
  What does your board need to see? I'd build it with Dewi's team, so Cikarang shows its own numbers. # speaker: you # id: tz-0106
  Pick rate, mis-picks, cold-chain breaks. Before and after. And yes: better from Dewi than from me. # speaker: ruth # id: tz-0107
* [Reassure her: the system runs nine cold stores in America, and Cikarang will make ten # coach: Confidence is good to hear, but Ruth described a problem with her board, not with software. Reassurance without the facts she asked for tells a direct person you weren't listening. # id: tz-0108]
  ~ gain("ruth", "positivity", 2, 0.8)
  ~ loss("ruth", "attentiveness", 4, 0.7)
  It runs nine cold stores in America. Cikarang will make ten, I promise you. # speaker: you # id: tz-0109
  That's what vendors always say. # speaker: ruth # mood: closed # id: tz-0110
- -> crisis

// ─── Meeting 5 — Monday, day 22: the failed test ─────────────────────────────────────────────
=== crisis ===
~ meeting("ruth", 21)
Two weeks later. 17:00 in Amsterdam, 10:00 in Chicago, 22:00 in Jakarta. Ruth calls you, not the other way round. # place: video-call # location: Chicago, on screen # date: Monday, day 22 # absent: dewi # id: tz-0111
{told_ruth != "straight":
  ~ loss("ruth", "integrity", 6, 0.8)
  Our own IT team tells me your integrator is three weeks late. Three weeks. And I hear it from them, not from you. # speaker: ruth # mood: closed # cue: She heard it from someone else # id: tz-0112
}
The integrator's new build failed the cold-room test in Cikarang this afternoon. Cold room three is picking on paper again. # id: tz-0113
I want Jakarta on a call within the hour. # speaker: ruth # id: tz-0114
It is ten at night in Jakarta, in Ramadan. Dewi's team will be up again before four. # id: tz-0115
// source: 002_4348346f83066296.txt "To ensure work efficiency and show civility and respect, you need to choose a reasonable time to exchange."
// and: 004_321f206b4ac9ecaf.txt "Scheduling calls and emails that fit everyone's schedule can be a bit tricky"
* [Set it for 18:00 in Amsterdam: eleven in Chicago, eleven at night in Jakarta # coach: It is fast, and it suits Amsterdam and Chicago. It puts the cost, again, on the people who will be up before four, and who have to fix the problem. # id: tz-0116]
  ~ gain("ruth", "coordination", 3, 1.2)
  ~ loss("dewi", "benevolence", 4, 0.7)
  ~ meeting("dewi", 21)
  At eleven at night, Dewi and Hendra join from the dock office, in the clothes they have worn since sahur. # place: video-call # location: Chicago and Jakarta, on screen # present: ruth, dewi # id: tz-0117
* [Send Ruth a written escalation now, copied to Dewi, asking for a review of Jakarta's test # coach: A documented escalation is standard practice, and it looks thorough. Copied to her VP, a memo that questions her team's test is a rebuke for Dewi, in writing, and the late call happens anyway. # id: tz-0118]
  ~ gain("ruth", "coordination", 3, 1.2)
  ~ loss("dewi", "benevolence", 4, 0.7)
  ~ meeting("dewi", 21)
  Ruth answers your memo within twenty minutes: "Call. 18:00 your time." At eleven at night, Dewi joins from home, your memo open in front of her. # place: video-call # location: Chicago and Jakarta, on screen # present: ruth, dewi # id: tz-0119
  Good evening. # speaker: dewi # mood: closed # id: tz-0120
* [Propose 08:00 tomorrow in Jakarta, 20:00 for Ruth, 03:00 for you; share the log now # coach: A reasonable time for the people who do the work, and the facts shared before the call. The inconvenient hour is yours to take. # id: tz-0121]
  ~ gain("ruth", "coordination", 4, 1.2)
  ~ gain("dewi", "benevolence", 6, 1.3)
  Let's do eight tomorrow morning in Jakarta: eight tonight for you. I'll take the three a.m. The test log goes on the shared board now, so we all come with the facts. # speaker: you # id: tz-0122
  Eight tonight. Fine. Have the facts. # speaker: ruth # id: tz-0123
  ~ meeting("ruth", 22)
  ~ meeting("dewi", 22)
  At three in the morning in Amsterdam you are at your kitchen table. In Cikarang it is eight, and Dewi and Hendra have read the log. # place: video-call # location: Chicago and Jakarta, on screen # date: Tuesday, day 23 # present: ruth, dewi # id: tz-0124
- Ten minutes in, Jakarta's picture freezes: the building's internet is down. # id: tz-0125
{seven:
  ~ gain("dewi", "coordination", 3, 1.2)
  Dewi dials the phone bridge you set up on the first day. Nobody loses the thread. # id: tz-0126
- else:
  ~ loss("dewi", "coordination", 2, 0.9)
  There is no agreed fallback. It takes twenty minutes to find a number that works, and Ruth decides two things without Jakarta on the line. # id: tz-0127
}
Hendra's report is short: the cold-rated batteries hold; two label printers still do not talk to the integrator's build. # id: tz-0128
I want someone from Brightline on that dock on go-live day. Your call who. # speaker: ruth # id: tz-0129
Last Friday Brightline's CFO froze all travel from Amsterdam until the quarter closes. A trip to Jakarta needs her signature, and she has already refused two. # id: tz-0130
# discuss: Fly, stay on video, or send the engineer? What does each of them say to Dewi, and to Ruth?
// source: 004_321f206b4ac9ecaf.txt "Showing genuine care can go a long way."
// and: 002_4348346f83066296.txt "For businesses working with foreign partners not directly, the main form of communication is through the internet."
// also: 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue"
* [Go yourself for go-live week: argue the CFO into an exception, and pay from your budget # coach: A screen cannot show commitment the way presence does. Arguing for the exception costs you something, and both of them can see that you paid it. # id: tz-0131]
  ~ travelled = "you"
  ~ gain("dewi", "benevolence", 8, 1.4)
  ~ gain("dewi", "attentiveness", 4, 1.2)
  ~ gain("ruth", "ability", 4, 1.1)
  I'll be there. I'll get the exception. # speaker: you # id: tz-0132
  Your CFO signs on Wednesday, with a note: "Make it count." # id: tz-0133
  Then you must eat with us after the go-live. # speaker: dewi # mood: pleased # id: tz-0134
* [Keep to the freeze: run go-live on video, with a live dashboard of every scan in every cold room # coach: The freeze is real and the dashboard is useful. But a screen cannot stand on a dock: to the site, an account owner watching from Amsterdam is a vendor, not a partner. # id: tz-0135]
  ~ travelled = "video"
  ~ gain("ruth", "coordination", 3, 1.2)
  ~ loss("dewi", "benevolence", 4, 0.7)
  A dashboard. Good. I'll watch it too. # speaker: ruth # id: tz-0136
  Yes. That is very modern. # speaker: dewi # id: tz-0137
* [Send Rohan from Pune: he knows the scanners best, and the freeze does not cover Pune # coach: The right engineer, closer and cheaper. But the trouble on the dock is not only technical, and the person who made the promises stays in Amsterdam. # id: tz-0138]
  ~ travelled = "engineer"
  ~ gain("ruth", "coordination", 3, 1.2)
  ~ loss("dewi", "benevolence", 4, 0.7)
  Rohan. Fine. As long as he can fix printers. # speaker: ruth # id: tz-0139
- -> golive

// ─── Meeting 6 — Monday, day 43: go-live ─────────────────────────────────────────────────────
=== golive ===
~ meeting("dewi", 42)
~ meeting("ruth", 42)
{travelled == "you":
  You landed on Saturday. At seven on Monday morning you stand on the dock at Cikarang in a borrowed freezer jacket. # place: meeting-room # location: Cikarang # date: Monday, day 43 # id: tz-0140
- else:
  At seven on Monday morning in Cikarang it is two in the morning in Amsterdam. You watch the dock through Hendra's phone. # place: video-call # location: Cikarang, on screen # date: Monday, day 43 # id: tz-0141
}
{ travelled == "engineer":
  Rohan is on the dock in a borrowed freezer jacket, a laptop under his arm. # id: tz-0142
}
// From here on only "were you there in person" matters.
{travelled != "you":
  ~ travelled = "away"
}
The team came back from the Lebaran holidays last week. Ruth joins on the screen from Chicago, where it is seven on Sunday evening. # remote: ruth # via: video # id: tz-0143
Cold room three failed its scanner test again overnight: the batteries hold, the two label printers still do not. # id: tz-0144
Today. All four cold rooms, or not? # speaker: ruth # id: tz-0145
{ travelled == "you":
  Hendra puts a page on the table: rooms one and two today, three and four in two weeks, when the printers pass. Dewi has not said a word. # id: tz-0146
- else:
  Hendra holds a page up to the camera: rooms one and two today, three and four in two weeks, when the printers pass. Dewi has not said a word. # id: tz-0187
}
// source: 004_321f206b4ac9ecaf.txt "Being able to adapt your plan on the fly is crucial."
// and: 004_321f206b4ac9ecaf.txt "Things change quickly in the global market."
* [Keep to the global rollout template: all four rooms at once, as at Lakeshore # coach: The template worked nine times, and the same plan everywhere is a real value. Holding a plan the facts have overtaken overrules the people who have to live with it. # id: tz-0147]
  ~ loss("dewi", "benevolence", 4, 0.7)
  All four today, as planned. We'll support the night shift. # speaker: you # id: tz-0148
  Hendra takes his page back. # id: tz-0149
  As you wish. # speaker: dewi # mood: closed # id: tz-0150
  By noon, rooms three and four are picking on paper. # id: tz-0151
  ~ loss("ruth", "ability", 5, 0.8)
* [Back Hendra's phased plan, and give Ruth a firm date in writing for rooms three and four # coach: Flexibility is adapting the plan when the facts change. Ruth gets a firm commitment; Hendra's team sees its warning taken seriously. # id: tz-0152]
  ~ phased = true
  ~ gain("dewi", "coordination", 8, 1.3)
  ~ gain("dewi", "benevolence", 4, 1.2)
  ~ gain("ruth", "coordination", 4, 1.3)
  ~ gain("ruth", "ability", 6, 1.2)
  Rooms one and two today. Three and four on Monday in two weeks, when the printers pass the test. I'll confirm it in writing tonight. # speaker: you # id: tz-0153
  Two weeks. Noted. Don't move it. # speaker: ruth # id: tz-0154
  Dewi catches your eye, and nods. # id: tz-0155
- That evening the team gathers in the canteen, under the woven ketupat left from Lebaran. The first two thousand pallets have been scanned. # id: tz-0156
{ travelled == "you":
  Dewi asks if you would like to say a few words. Ruth is on the screen at the end of the room, at seven in the morning in Chicago. # id: tz-0157
- else:
  Dewi turns the laptop to the room and asks if you would like to say a few words. Ruth is on the screen at the end of the room, at seven in the morning in Chicago. # id: tz-0188
}
// source: 004_321f206b4ac9ecaf.txt "celebrate the small wins. Every step forward is something to be proud of."
// and: 004_321f206b4ac9ecaf.txt "keeping a positive outlook is crucial."
* [Celebrate: thank the night shift, by name, for every pallet they picked on paper # coach: Celebrating the small wins keeps a team going through a hard rollout. Naming the night shift gives credit, and face, where it was earned. # id: tz-0158]
  ~ gain("dewi", "positivity", 10, 1.3)
  ~ gain("dewi", "benevolence", 4, 1.2)
  ~ gain("ruth", "positivity", 8, 1.2)
  { phased:
    You ask Hendra for the night shift's names and read every one. Rooms one and two are live. Tonight that is enough. # id: tz-0159
  - else:
    You ask Hendra for the night shift's names and read every one. It was a hard day. Tonight that is enough. # id: tz-0189
  }
  Dewi translates the last sentence herself, and the canteen applauds the night shift. # id: tz-0160
  On the screen, Ruth raises her coffee mug. # id: tz-0161
  To the night shift. # speaker: ruth # mood: pleased # id: tz-0162
* [Thank them briefly, then list what must still be fixed before Chicago will sign off on it # coach: Ruth will like the list, and it is the wrong moment: open items at the first celebration tell a tired team that nothing they did counts yet. # id: tz-0163]
  ~ loss("dewi", "positivity", 5, 0.7)
  ~ gain("ruth", "coordination", 3, 1.3)
  Thank you all. Now, before Chicago signs off, there are eleven open items. # speaker: you # id: tz-0164
  Good. Send me the list. # speaker: ruth # id: tz-0165
  People drift back to their shifts. Dewi collects the cups herself. # id: tz-0166
  Thank you for your words. # speaker: dewi # mood: closed # id: tz-0167
- -> six_sites

// ─── Meeting 7 — Tuesday, day 44: the six other sites ────────────────────────────────────────
=== six_sites ===
~ meeting("ruth", 43)
~ meeting("dewi", 43)
{ travelled == "you":
  Tuesday, 19:00 in Jakarta, 07:00 in Chicago, 14:00 in Amsterdam. Dewi sits beside you in her office. Her site managers join from Surabaya and Medan, and from Makassar, where it is already eight. # place: video-call # location: Chicago, Jakarta and the sites, on screen # date: Tuesday, day 44 # id: tz-0168
- else:
  Tuesday, 19:00 in Jakarta, 07:00 in Chicago, 14:00 in Amsterdam. Dewi is on the screen from her office. Her site managers join from Surabaya and Medan, and from Makassar, where it is already eight. # place: video-call # location: Chicago, Jakarta and the sites, on screen # date: Tuesday, day 44 # id: tz-0190
}
The group's budget for next year closes in three weeks. Chicago wants the six other sites in it. # id: tz-0169
Let's get Dewi's timeline for the six sites on the table tonight. # speaker: ruth # id: tz-0170
// source: 004_321f206b4ac9ecaf.txt "Be patient. Building trust across cultures takes time."
// and: 004_321f206b4ac9ecaf.txt "Take the time to build genuine connections."
* [Ask Dewi to commit to a timeline now, while Ruth and the site managers are on the line # coach: Chicago's budget deadline is real. But a commitment asked for in front of her VP and her own managers gets a yes that those managers never agreed to. # id: tz-0171]
  {business_ask("dewi", 0.6):
    ~ gain("ruth", "coordination", 4, 1.3)
    ~ loss("dewi", "coordination", 3, 0.8)
    Dewi looks at her managers, then at the screen. # id: tz-0172
    Six sites in nine months. We will do it. # speaker: dewi # id: tz-0173
    Her managers look at the table. # id: tz-0174
  - else:
    ~ loss("ruth", "coordination", 2, 1.0)
    We will try our best. # speaker: dewi # mood: closed # id: tz-0175
    Ruth writes down a date. Dewi doesn't. # id: tz-0176
  }
* [Tell Ruth a date tonight would be paper; give Dewi two weeks with her managers, and offer to come # coach: Patience is part of building trust. Dewi can only commit what her site managers own; straight talk tells Ruth why two weeks buys a date she can believe. # id: tz-0177]
  ~ gain("dewi", "benevolence", 8, 1.3)
  ~ gain("dewi", "coordination", 4, 1.2)
  ~ gain("ruth", "integrity", 6, 1.3)
  ~ gain("ruth", "attentiveness", 8, 1.3)
  A date tonight would be a date on paper. Give Dewi two weeks with her site managers, and you'll have one they own, before your budget closes. Dewi, I'd like to come to Surabaya with you for the first. # speaker: you # id: tz-0178
  Two weeks. Then I want a date. # speaker: ruth # id: tz-0179
  Dewi looks at her managers, then at you, and nods. # id: tz-0180
- {
  - trust("dewi") >= DEWI_TRUST && trust("ruth") >= RUTH_TRUST: -> ending_one_account
  - trust("dewi") + trust("ruth") >= HALF_TRUST_SUM: -> ending_half
  - else: -> ending_lost
}

=== ending_one_account ===
# ending: one_account
# ending_title: One account, three time zones
{ seven:
  Three weeks later, Ruth puts the six sites in the budget with the dates Dewi's managers gave her. Dewi asks, in writing, for you to lead Surabaya. The weekly call is still at seven, in both cities. # id: tz-0181
- else:
  Three weeks later, Ruth puts the six sites in the budget with the dates Dewi's managers gave her. Dewi asks, in writing, for you to lead Surabaya. # id: tz-0191
}
# learn: 004: Adapt your style to each person: straight talk for Ruth, a private conversation for Dewi, who will not say no in front of her VP.
# learn: 004: Be honest and transparent when something goes wrong, including your own side's part, and let others bring their part with their fix.
# learn: 002: Choose a reasonable time for everyone, take the odd hours yourself, and agree a backup channel before you need it.
# learn: 004: Tools that connect to the team's own systems take the time difference out of the work.
# learn: 004: Show care, respect local customs like Ramadan, and celebrate the small wins.
-> END

=== ending_half ===
# ending: half
# ending_title: Half an account
{
  - trust("ruth") >= RUTH_TRUST && trust("dewi") < DEWI_TRUST: Ruth renews the contract and sends the six sites to tender "to see the options". Dewi's managers recommend a local integrator. # id: tz-0182
  - trust("dewi") >= DEWI_TRUST: Dewi's managers want Brightline for every site. Ruth puts the six sites on hold until "the reporting is reliable". # id: tz-0183
  - else: Ruth renews for one year. The six sites go to tender, and Dewi's team is polite about Brightline, and no more than polite. # id: tz-0184
}
# learn: 004: A global account has more than one relationship. Winning headquarters and losing the site, or the reverse, loses the rollout.
# learn: 004: Some people value direct communication, others a more roundabout approach. Use the style each one needs.
# learn: 004: Flexibility and patience: change the plan when the facts change, and don't rush a commitment across cultures.
# learn: 002: Research the partner before the first call, and choose times that respect both ends of the day.
-> END

=== ending_lost ===
# ending: lost
# ending_title: Green on paper
Ruth moves the six sites to a competitor with a Singapore office. Dewi's last email thanks you for your effort. # id: tz-0185
# learn: 004: "We will try our best" was the warning. Reading indirect communication is part of managing a global account.
# learn: 004: Burying bad news, or passing it to the client's own team, costs more trust than the problem itself.
# learn: 002: A time that always suits headquarters and Amsterdam tells the site what it is worth; choose a reasonable time, and have a backup channel.
# learn: 004: Flexibility means changing the plan when the facts change. A template held against them, and care shown only on a screen, leave the people on the dock alone with the problem.
-> END
