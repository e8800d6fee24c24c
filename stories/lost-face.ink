# title: Lost face in Shanghai
# summary: Your e-bike launch depends on a partner team in Shanghai — and on a request its leader cannot meet. Build goodwill early, raise hard things in private, read the silence when it comes, and keep the same people close for three months.
# role: You are Alex Moreau, supplier integration lead at Velo Nord, a Copenhagen e-bike maker. The motor controller for your new Kestrel, launching at Eurobike in eleven weeks, is built by Wang Haitao's team at Jinhai Drive Systems in Shanghai.
# minutes: 25
# seeds: 000_ac8871b0fd25056d, 004_321f206b4ac9ecaf, 002_4348346f83066296
# pass_mark: 58
# order: 1
INCLUDE lib/rapport.ink

// The lesson of the whole scenario, 000_ac8871b0fd25056d.txt: "It took a while to realize that
// what I had requested from the group’s leader was actually impossible to get and caused him to
// lose face. The entire group dynamic was shot for the day and I worked furiously to get us back
// to a pre-embarrassment point." Around it, the same article's three ideas: goodwill clears small
// conflicts, consistent contacts (visit, travel to the problem, keep the same people), shared
// experiences (the hosts' sightseeing trip). 004 adds direct vs indirect and honesty; 002 keeping
// the relationship after the deal.
//
// Calendar (2025; day 0 is Monday 7 April; Copenhagen is on summer time, UTC+2, and Shanghai on
// UTC+8, six hours ahead): day 0 Mon 7 Apr arrival and dinner; day 1 Tue 8 Apr the request; day 2
// Wed 9 Apr the morning after, Mr Sun and the team; day 5 Sat 12 Apr Tongli or the lab, flight home
// Sun 13 Apr; day 30 Wed 7 May the pilot batch, flight Thu 8 May, landing Fri 9 May; day 33 Sat
// 10 May the root cause; day 60 Fri 6 Jun the promotion; day 94 Thu 10 Jul the summer banquet.
// Eurobike opens Wed 25 Jun (day 79): eleven weeks from day 0, seven from day 30, under three from
// day 60.
//
// Keeping the analyzer fast: two wrong options of the same kind share one consequence where the
// model could not tell them apart anyway (the public and the "lightly hedged" public ask; the two
// ways of sending the request up over Wang's head; the two polite non-answers to Zhou Min and to
// Wang's personal questions), so their branches rejoin.

// Ending thresholds and one mid-story reading, in one place (calibrated with `npm run stories`).
CONST PARTNER_TRUST = 80
CONST PARTNER_RAPPORT = 65
CONST ZHOU_PARTNER_TRUST = 55
// The worst ending is for consistently bad play only: it needs the relationship index (Trust plus
// Rapport, over Wang and Zhou Min) below 19 on average, the bottom tail of random play. A learner
// right about a third of the time — pressing 1 every time, or always taking the longest option —
// lands on the middling ending, with the debrief of what was missed.
CONST CAUTIOUS_INDEX = 19
// Wang offers, unasked, to warn you early; in the crisis he calls you before his sales department does.
CONST OPEN_LINE_TRUST = 45

VAR agreed_advance = false   // day 0: agreed that hard requests come to him first, in private
VAR asked_in_public = false  // day 1: the impossible request was raised in front of his team
VAR took_as_yes = false      // day 1: read "I will see what I can do" as a yes
VAR apologised = false       // day 1: apologised to him, in private, the same evening
VAR face_saving = false      // day 2: the escrow plan that keeps the code in Shanghai
VAR travelled = false        // day 30: flew to the source of the problem
VAR handed_over = false      // the account went to a new face (crisis or promotion)
VAR capacity_won = false     // day 94: the capacity request landed

~ cast()
-> arrival

=== function cast() ===
// Wang Haitao, 51, director of controller engineering at Jinhai Drive Systems, Minhang, Shanghai.
// Joined Jinhai in 1993 at nineteen, on the motor-winding line, next to the man who is now its
// chairman, Mr Sun; six years of night school; built the controller team from four engineers to
// twenty-three. Proud of his people and protective of them in front of outsiders; plain-spoken one
// to one, never contradicts a customer in front of his team. His grandmother's house in Tongli is a
// noodle shop now; his daughter Yuting sits the gaokao, the university entrance exam, in June.
// Profile, for this man (not a "Chinese default"):
//   relationship orientation 0.75 — the people he trusts are the ones he has eaten with and who
//     stood by him (Mr Sun, at the next bench for thirty years): care moves him more than a good
//     spreadsheet, though a straight engineer's answer still counts with him;
//   power distance 0.55 — he defers to Mr Sun and his team defers to him, but he came off the shop
//     floor, pours his engineers' tea himself and lets Zhou Min argue with him in the lab;
//   collectivism 0.85 — his team is his unit: what happens to him in front of them happens to all
//     of them, which is why a public ask costs so much more than a private one;
//   directness 0.4 — indirect in front of the group ("we will study it"), but franker than most one
//     to one: asked in private, he says "the source code is not mine to give";
//   flexibility 0.4 — he bends schedules for people he trusts, but Mr Sun's rules are rules.
~ counterpart("wang", "Wang Haitao", 0.75, 0.55, 0.85, 0.4, 0.4)
// Zhou Min, 44, Jinhai's test lead. Electrical engineering at Tongji, a master's in Stuttgart,
// then eight years validating e-bike drive units for a German supplier in Reutlingen; she came
// home in 2017 when her father fell ill, and Wang hired her in a week. She writes her test reports
// in the German format and says "this is wrong" when it is. Loyal to Wang: in front of a customer
// she never contradicts him. What works with her is the opposite of what works with him in public:
// numbers straight, commitments clear, her work taken seriously.
// Profile, for this woman:
//   relationship orientation 0.35 — she trusts what you know and deliver more than dinners;
//   power distance 0.4 — argues with Wang in the lab, never in front of outsiders;
//   collectivism 0.5 — the team matters, but so does her own name on her own work;
//   directness 0.8 — eight years of German engineering meetings: "fine is not a number";
//   flexibility 0.25 — a test protocol is a protocol, whoever asks.
// With her the blunt move wins and the polite one loses (the hill-start number on day 0, the 8D
// after the root cause): the opposite of what works with Wang in front of his team.
// beyond the seeds: that one person's style can sit far from her country's norm after years
// abroad — Erin Meyer, The Culture Map (2014), introduction (cultural norms as a range, and
// "cultural relativity": judge a style relative to the people in the room).
~ counterpart("zhou", "Zhou Min", 0.35, 0.4, 0.5, 0.8, 0.25)

// ─── Meeting 1 — day 0: arrival ───────────────────────────────────────────────────────────────
=== arrival ===
~ meeting("wang", 0)
~ meeting("zhou", 0)
Jinhai Drive Systems, Minhang district. Through the glass wall of the meeting room, green circuit boards move in single file under a coating hood. # place: meeting-room # location: Shanghai # date: Monday 7 April # id: lf-0001
The Kestrel launches at Eurobike in eleven weeks. Its motor controller is built here, by Wang Haitao's team — and it is not yet certified. # id: lf-0002
Welcome to Jinhai. Your emails are signed "Alex". May I call you Alex? # speaker: wang # mood: pleased # id: lf-0003
Please do. Thank you for having me — I know what a visit costs a team in the middle of a build. # speaker: you # id: lf-0004
Eight engineers stand along the window. On the whiteboard someone has written WELCOME VELO NORD and, underneath, drawn a small and very accurate bicycle. # id: lf-0005
My team. They have read all your test reports. Some of them twice. # speaker: wang # id: lf-0006
// source: 000_ac8871b0fd25056d.txt "when you spend time to cultivate strong bonds, many smaller conflicts and misunderstandings can be cleared up based on built-up goodwill"
* [Ask Wang to introduce his team one by one, and who drew the bicycle # coach: Time spent on the people before the agenda starts the goodwill that later clears up small conflicts and misunderstandings. # id: lf-0007]
  ~ gain("wang", "attentiveness", 10, 1.3)
  ~ gain("wang", "benevolence", 6, 1.2)
  ~ gain("zhou", "attentiveness", 8, 1.2)
  Before we open a laptop — would you introduce your team? And I'd like to know who drew that bicycle. # speaker: you # id: lf-0008
  Wang walks you down the line. Two firmware engineers who share a desk and finish each other's sentences. Zhou Min, the test lead, who does not smile at the bicycle. # id: lf-0009
  The bicycle is Xu Jie's, the youngest. He turns red to the ears. # id: lf-0010
  Xu Jie wants to design bicycles. I tell him: first controllers, then bicycles. # speaker: wang # mood: pleased # id: lf-0011
  The team laughs. You tell them their test reports are the ones Velo Nord reads first, and Wang translates every word. # id: lf-0012
  Zhou Min already has the specification open at page twelve, yellow marks in the margin. She raises her hand. # id: lf-0013
// source: 000_ac8871b0fd25056d.txt "In the long run, building rapport saves time and money"
* [Thank them all, and suggest starting with the plan, since eleven weeks is not long # coach: Going straight to the agenda saves a morning, and the test lead likes it; but a host who trusts people before plans stores no goodwill for the conflicts ahead. # id: lf-0014]
  ~ loss("wang", "positivity", 6, 0.7)
  ~ gain("zhou", "coordination", 4, 1.1)
  Thank you all. Eleven weeks is not long — shall we start with the certification plan? # speaker: you # id: lf-0015
  Of course. # speaker: wang # mood: neutral # id: lf-0016
  The engineers sit down. Nobody mentions the bicycle. A woman at the end of the table has the specification open already, page twelve, yellow marks in the margin. # id: lf-0017
  Zhou Min. Test lead. # speaker: zhou # id: lf-0018
- Your specification says hill start at twenty-five per cent, one hundred and forty kilograms. Our bench goes to twenty. Which number is real? I need it for the test plan. # speaker: zhou # mood: neutral # id: lf-0019
Zhou Min worked eight years in Germany. She likes numbers more than people. # speaker: wang # id: lf-0020
She does not smile. Everyone waits for your answer. # discuss: Zhou Min asks in front of her whole team, and she asks bluntly. What does a straight answer say to her — and what would a kind, flexible one say? # id: lf-0021
// source: 004_321f206b4ac9ecaf.txt "Some cultures prefer a more indirect approach, while others value straight talk."
* [Thank her warmly, and say that whatever her bench can do will be fine for Velo Nord # coach: Generous flexibility sounds kind, but to a test engineer trained on German specifications it says that you do not know your own requirement. # id: lf-0022]
  ~ loss("zhou", "coordination", 6, 0.6)
  Please don't worry about it. Whatever your bench can do will be fine for us. # speaker: you # id: lf-0023
  Fine is not a number. # speaker: zhou # mood: closed # id: lf-0024
  She writes something in the margin and does not look up again. Wang moves the meeting on. # id: lf-0025
// source: 004_321f206b4ac9ecaf.txt "Adapt your communication style."
* [Offer to settle it with her after the meeting, so nobody is put on the spot # coach: Sparing people a public answer is wise with Wang; Zhou Min asked in public because she wants the number in public, and a private chat later reads as an evasion. # id: lf-0026]
  ~ loss("zhou", "coordination", 6, 0.6)
  Good question — shall we take it offline after the meeting, the two of us? # speaker: you # id: lf-0027
  If you like. # speaker: zhou # mood: closed # id: lf-0028
  After the meeting she waits ten minutes by the door. You are talking to Wang. She goes back to the lab. # id: lf-0029
// source: 002_4348346f83066296.txt "you need to focus on frankness and clarity"
* [Give her the figure straight: twenty-five is the brochure, eighteen is the test # coach: She asked for the number straight; giving it straight, even when it shows your brochure rounds up, is the respect a direct engineer values most. # id: lf-0030]
  ~ gain("zhou", "ability", 8, 1.4)
  ~ gain("zhou", "coordination", 8, 1.4)
  ~ gain("wang", "ability", 4, 1)
  Honestly? Twenty-five is our marketing brochure. The approval test is eighteen per cent at a hundred and forty kilos. # speaker: you # id: lf-0031
  Xu Jie translates for the back row. Somebody laughs. # id: lf-0032
  Eighteen. Good. Then our bench is enough, and I test to twenty for margin. # speaker: zhou # mood: pleased # id: lf-0033
- The day runs long and well: harness drawings, CAN messages, the torque curve on a hill start. At six, Wang closes his notebook. # id: lf-0034
Tonight, a small dinner. Nothing formal. My wife says I am not allowed to talk about torque. # speaker: wang # id: lf-0035
-> welcome_dinner

// ─── Meeting 2 — day 0, evening: the welcome dinner ──────────────────────────────────────────
=== welcome_dinner ===
~ meeting("wang", 0)
~ meeting("zhou", 0)
A private room in a Shanghainese restaurant off Hongqiao Road. Red-braised pork, drunken chicken, a whole river fish turning slowly on the lazy Susan. # place: restaurant # date: Monday evening # id: lf-0036
Zhou Min and two senior engineers join you. Wang seats you at his right and serves you the fish cheek before anyone else eats. # id: lf-0037
In 1993 I started here on the winding line. Nineteen years old. Mr Sun — our chairman — wound coils at the next bench. # speaker: wang # id: lf-0038
Now he has a car with a driver, and I have twenty-three engineers. I think I got the better deal. # speaker: wang # id: lf-0039
Over the fish he talks about Tongli, the water town where his grandmother grew up. Her house is a noodle shop now. Then he turns to you. # id: lf-0040
And you, Alex? You are married? Children? What does your father do? # speaker: wang # id: lf-0041
In Germany nobody asked me that for a year. Here, the first evening. # speaker: zhou # id: lf-0042
// source: 000_ac8871b0fd25056d.txt "don’t ask an Englishman about his life outside of business. It’s considered none of your business."
// beyond the seeds: the rule runs the other way in China — a host asks about family at the first
// dinner to know whom he is trusting, and that trust is built over meals: Erin Meyer, The Culture
// Map (2014), ch. 6 "The Head or the Heart" (affective trust in China, built over meals).
* [Smile, say you like to keep family and work apart, and ask about Jinhai's new plant # coach: Keeping family out of business is a rule in Copenhagen and London; in Shanghai a host asks so he knows whom he is trusting, and a polite closed door reads as distance. # id: lf-0043]
  ~ loss("wang", "benevolence", 4, 0.7)
  Oh, I'm fairly boring outside work. But tell me about the new plant in Jiading — is it running yet? # speaker: you # id: lf-0044
  Next year. # speaker: wang # mood: neutral # id: lf-0045
  He answers every question about the plant, fully and politely. The table talks shop until the fruit arrives. # id: lf-0046
// source: 000_ac8871b0fd25056d.txt "Learn the Cultural Rules"
* [Tell them about Sofie, your two BMX-mad boys, and your father's bike shop # coach: Each culture has its own rules about the personal: here the host's questions are an invitation, and answering them openly lets him get to know you. # id: lf-0047]
  ~ gain("wang", "benevolence", 8, 1.4)
  ~ gain("wang", "positivity", 6, 1.3)
  ~ gain("zhou", "positivity", 4, 1.1)
  My partner, Sofie, is a nurse. Two boys, nine and twelve, who race BMX every Saturday in the rain. And my father repaired bicycles in Aarhus for forty years. # speaker: you # id: lf-0048
  So it is in the family. Bicycles. # speaker: wang # mood: pleased # id: lf-0049
  He tells the engineers, who want to know what a Danish bicycle repairman earns. Zhou Min translates the answer, and the table is impressed. # id: lf-0050
// source: 000_ac8871b0fd25056d.txt "getting to know your contacts will serve you well during any challenging times"
* [Answer in a sentence, then turn the question back to Wang and his family # coach: Asking back is attentive, but one sentence tells him little: he asked so that he could get to know you. # id: lf-0051]
  ~ loss("wang", "benevolence", 4, 0.7)
  Married, two boys. But tell me about yours — you have children? # speaker: you # id: lf-0052
  A daughter, Yuting. Her university entrance exam is in June. # speaker: wang # id: lf-0053
  He talks about her for a while. Later you realise he knows almost nothing about you. # id: lf-0054
- At ten, Wang walks you out to your taxi himself. # id: lf-0055
Tomorrow is the big session. All twenty-three engineers. Is there anything I should prepare? # speaker: wang # id: lf-0056
// source: 000_ac8871b0fd25056d.txt "some misunderstandings never come to pass because communication lines are more open"
* [Agree a private line: anything difficult, you bring to him first, before the team # coach: Agreeing in advance how hard questions travel opens a line of communication, so a difficult request never has to surprise him in front of his team. # id: lf-0057]
  ~ agreed_advance = true
  ~ gain("wang", "coordination", 10, 1.3)
  ~ gain("wang", "benevolence", 4, 1.2)
  Only one thing. If I ever have a difficult request, I'd like to bring it to you first — before the team. Would that work? # speaker: you # id: lf-0058
  He looks at you for a moment, then takes out his phone. # id: lf-0059
  That works very well. My WeChat. Any time — also late. My daughter studies until midnight anyway. # speaker: wang # mood: pleased # id: lf-0060
// source: 000_ac8871b0fd25056d.txt "I couldn’t directly ask the group what was wrong"
* [Say you like everything on the table in the meeting; it saves everyone time # coach: Promising to raise everything in front of the group sets up the very situation in which a leader loses face before his team. # id: lf-0061]
  ~ loss("wang", "coordination", 5, 0.6)
  Nothing special. I like to put everything on the table in the meeting — it saves us all time. # speaker: you # id: lf-0062
  Yes. Efficient. # speaker: wang # id: lf-0063
  The taxi pulls away. In the mirror you see him stand on the kerb a moment longer than he needs to. # id: lf-0064
- -> working_session

// ─── Meeting 3 — day 1: the request ──────────────────────────────────────────────────────────
=== working_session ===
~ meeting("wang", 1)
~ meeting("zhou", 1)
Tuesday. All twenty-three engineers around one long table, the certification plan on the screen, tea in paper cups. # place: meeting-room # date: Tuesday 8 April # id: lf-0065
At 6:40 this morning an email came from Ingrid Dahl, your VP: the board will not sign off the Kestrel launch unless the controller's firmware source code is in escrow by Friday. # id: lf-0066
Last year a supplier went bankrupt and left Velo Nord with ten thousand controllers nobody could update. Since then, escrow is policy for every critical part. In Copenhagen it is a form to sign. # id: lf-0067
You have not asked what it means in Shanghai. # discuss: Alex does not know whether Wang can say yes. Where, when and how should the request be raised — and what could Wang answer in front of twenty-three engineers? # id: lf-0068
// source: 000_ac8871b0fd25056d.txt "what I had requested from the group’s leader was actually impossible to get and caused him to lose face"
* [Put it on the screen as item one, and ask Wang to confirm by Friday # coach: A request whose cost you do not know, made in front of his team, leaves him only bad answers: refuse his customer in public, or promise what he cannot deliver. # id: lf-0069]
  ~ asked_in_public = true
  ~ loss("wang", "ability", 6, 0.8)
  ~ face_threat("wang", 1.0, 0.5, true, 0)
  ~ loss("zhou", "positivity", 6, 0.8)
  One item from Copenhagen before we start. Our board needs the controller source code in escrow by Friday. Wang, can you confirm that today? # speaker: you # id: lf-0070
  Xu Jie translates it for the engineers at the back. The room stops moving. # id: lf-0071
  Source code. # speaker: wang # mood: closed # id: lf-0072
  He looks at the screen, not at you. # id: lf-0073
  We will study it. # speaker: wang # mood: closed # id: lf-0074
  -> signals
// source: 000_ac8871b0fd25056d.txt "some misunderstandings never come to pass because communication lines are more open"
* {agreed_advance} [Use the line you agreed: message Wang now, and see him alone before the session # coach: The line agreed in advance brings the hardest request to him with no audience, and lets him shape the answer before his team sees it. # id: lf-0075]
  ~ face_threat("wang", 1.0, 0.5, false, 1)
  ~ gain("wang", "coordination", 8, 1.3)
  ~ gain("wang", "integrity", 6, 1.2)
  ~ gain("zhou", "coordination", 4, 1)
  You message him at 7:10. By 7:45 he is waiting in his office with two cups of tea. # id: lf-0076
  Thank you for asking me first. So I will tell you honestly: the source code is not mine to give. # speaker: wang # id: lf-0077
  -> the_reason -> after_the_reason
// Hedging changes the words, not the setting: the same consequence as the plain public ask.
// source: 000_ac8871b0fd25056d.txt "caused him to lose face"
* {not agreed_advance} [Raise it lightly after lunch, as "one small thing from Copenhagen" # coach: Hedging softens the words, not the setting: his whole team still watches him fail to answer his customer. # id: lf-0078]
  ~ asked_in_public = true
  ~ loss("wang", "ability", 6, 0.8)
  ~ face_threat("wang", 1.0, 0.5, true, 0)
  ~ loss("zhou", "positivity", 6, 0.8)
  One small thing from Copenhagen, probably just paperwork: our board would like the source code in escrow by Friday. Is that all right? # speaker: you # id: lf-0079
  Xu Jie starts to translate, then stops, and looks at Wang. # id: lf-0080
  We will study it. # speaker: wang # mood: closed # id: lf-0081
  -> signals
// source: 000_ac8871b0fd25056d.txt "I couldn’t directly ask the group what was wrong"
* [Wait for the morning break, and ask him quietly, just the two of you, if escrow is possible # coach: Asked in private, as an open question, the request lets him explain what he cannot do with nobody watching. # id: lf-0082]
  ~ face_threat("wang", 1.0, 0.5, false, 0.6)
  -> deflection

= deflection
At the break you find him by the tea urn, refilling his thermos. # id: lf-0083
Wang, a question from Copenhagen — and I honestly don't know the answer. Could Jinhai put the firmware source code in escrow by Friday? # speaker: you # id: lf-0084
He screws the lid on slowly. # id: lf-0085
I will see what I can do. # speaker: wang # mood: uneasy # id: lf-0086
He says it kindly. He does not look at you. # id: lf-0087
// source: 000_ac8871b0fd25056d.txt "what I had requested from the group’s leader was actually impossible to get"
* [Say gently it may not be his decision, and ask what would be possible # coach: Offering him a way out — naming that the decision may sit above him — lets him tell you the truth without losing face. # id: lf-0088]
  ~ gain("wang", "attentiveness", 8, 1.3)
  ~ gain("wang", "benevolence", 6, 1.2)
  I suspect I've asked for something that isn't yours to decide. If so, tell me — and tell me what would be possible. # speaker: you # id: lf-0089
  He breathes out, and for the first time since the break he looks at you. # id: lf-0090
  You are right. It is not mine. # speaker: wang # id: lf-0091
  -> the_reason -> after_the_reason
// source: 000_ac8871b0fd25056d.txt "It took a while to realize that what I had requested from the group’s leader was actually impossible to get"
* [Take it as a yes, and tell Ingrid the escrow is in hand # coach: "I will see what I can do" is a polite way of not saying no; reporting it as a yes turns his courtesy into a promise he never made. # id: lf-0092]
  ~ took_as_yes = true
  ~ loss("wang", "attentiveness", 6, 0.6)
  Great — thank you. I'll tell Copenhagen it's in hand. # speaker: you # id: lf-0093
  He nods. The session resumes. It is a good session, and Wang is very quiet in it. # id: lf-0094
  At eleven that night a message arrives on WeChat: could you come to his office at 7:30 tomorrow, before the team? # id: lf-0095
  -> morning_after

= after_the_reason
The session that afternoon is long and productive. Nobody in the room knows the question was ever asked. # id: lf-0096
-> morning_after

= signals
Wang moves on to the next item. The session goes on. Nothing in it works. # id: lf-0097
Zhou Min, who asked you for a number yesterday without blinking, says "we will check" four times, then closes her laptop. The engineers answer in single words and stop asking questions. # id: lf-0098
At the break Wang takes a call in the corridor, his back to the glass. He is still on the phone when the break ends. # id: lf-0099
You can't ask twenty-three people what is wrong. But clearly something is. # discuss: What signals has Alex seen? What would it cost — and whom — to ask the group directly what is wrong? # id: lf-0100
// source: 000_ac8871b0fd25056d.txt "Unfortunately I couldn’t directly ask the group what was wrong, but clearly things had gotten off track."
* [Ask the room openly whether you have said something wrong, and ask them to be frank # coach: Asking the group to name the problem makes them expose their leader a second time, in front of each other — so nobody can answer. # id: lf-0101]
  ~ face_threat("wang", 0.5, 0.5, true, 0)
  ~ loss("zhou", "positivity", 3, 0.9)
  Have I said something wrong? Please — I'd rather hear it now. # speaker: you # id: lf-0102
  Zhou Min opens her mouth, looks at Wang, and closes it again. # id: lf-0103
  Nothing is wrong. Everything is fine. # speaker: wang # mood: closed # id: lf-0104
  Twenty-three people look at their laptops. At the hotel that night it takes you until the second coffee to see it: the source code was never Wang's to give. # id: lf-0105
// source: 000_ac8871b0fd25056d.txt "Learn the Cultural Rules"
* [Close early, thank the team for their test work, and ask Lucy Tang for her reading # coach: Ending the day gracefully stops the damage, and a colleague who knows the cultural rules can tell you what the group cannot; but knowing is not yet repairing. # id: lf-0106]
  ~ gain("wang", "attentiveness", 6, 1.2)
  ~ gain("zhou", "positivity", 3, 1)
  I think we've covered a great deal today. Thank you all — especially for the test reports. Let's stop here. # speaker: you # id: lf-0107
  A few engineers nod. Chairs scrape. Wang shakes your hand at the door, briefly. # id: lf-0108
  From the lobby you call Lucy Tang, Velo Nord's sourcing manager in Shanghai. "Source code? In front of all of them?" she says. "Alex — he probably can't give that. And now he can't say so." # id: lf-0109
  You decide to let the night cool things down, and to raise it with him tomorrow. # id: lf-0110
// source: 000_ac8871b0fd25056d.txt "I worked furiously to get us back to a pre-embarrassment point"
* [Close early, thank the team, and call Wang tonight to apologise for putting him on the spot # coach: Reading the silence and ending the day gracefully stops the damage; a prompt, private, sincere apology repairs part of it and hands him back control of what his team sees next. # id: lf-0111]
  ~ meeting("wang", 1)
  ~ apologised = true
  ~ apology("wang")
  ~ gain("wang", "benevolence", 4, 1.2)
  ~ gain("zhou", "positivity", 3, 1)
  I think we've covered a great deal today. Thank you all — especially for the test reports. Let's stop here. # speaker: you # id: lf-0112
  At the hotel it takes you until the second coffee to see it: the source code was never Wang's to give, and you asked for it in front of his whole team. At half past nine you call him. # place: hotel-bar # date: Tuesday evening # remote: wang # id: lf-0113
  Wang, it's Alex. Today I put you in an impossible position, in front of your team. That was my mistake. I'm sorry. # speaker: you # id: lf-0114
  A long pause. A television in the background, and a girl's voice asking something in Shanghainese. # id: lf-0115
  Thank you for calling. Seven thirty, my office. Before the team. # speaker: wang # mood: uneasy # id: lf-0116
- -> morning_after

// Why the request was impossible: a tunnel, told wherever Alex first hears it.
=== the_reason ===
In 2019 a customer asked us for our source code — "for a safety review". # speaker: wang # id: lf-0117
Eight months later a controller appeared in Shenzhen with our firmware inside. Our bugs, even. # speaker: wang # id: lf-0118
Since then Mr Sun's rule is simple: our code does not leave this building. Not for anyone. # speaker: wang # id: lf-0119
I cannot take that to him for a Friday deadline. Not for a customer we met on Monday. # speaker: wang # id: lf-0120
->->

// ─── Meeting 4 — day 2: the morning after, Mr Sun, the team ──────────────────────────────────
=== morning_after ===
~ meeting("wang", 2)
~ meeting("zhou", 2)
Wednesday, 7:20. The building is still quiet; the coating line hums behind the glass. # place: office # date: Wednesday 9 April # id: lf-0121
{
- asked_in_public and not apologised:
  Wang greets you in the corridor with a smile, and is busy all morning: a supplier, a line problem, a call upstairs. Someone has wiped the bicycle off the whiteboard. # id: lf-0122
  At eleven, Zhou Min puts a printout beside your tea without a word: Jinhai's IP policy, 2019, signed by Mr Sun. Source code does not leave the company. # id: lf-0123
  ~ loss("wang", "benevolence", 6, 0.8)
  At noon Wang finds twenty minutes for you, in his office, with the door open. # id: lf-0124
- asked_in_public:
  Wang's office: a desk, a thermos, a photo of a girl in school uniform holding a table-tennis bat. Two cups of tea are already poured. # id: lf-0125
  Yesterday my team saw me unable to answer my customer. For them, that is a hard thing to see. # speaker: wang # mood: uneasy # id: lf-0126
  -> the_reason ->
- took_as_yes:
  Wang's office: a desk, a thermos, a photo of a girl in school uniform holding a table-tennis bat. Two cups of tea are already poured. # id: lf-0127
  Yesterday I said I will see. I should have said more. # speaker: wang # mood: uneasy # id: lf-0128
  -> the_reason ->
  And your VP has already told your board it is in hand. # id: lf-0129
- else:
  Wang's office: a desk, a thermos, a photo of a girl in school uniform holding a table-tennis bat. Two cups of tea are already poured. # id: lf-0130
  Yesterday's answer is still on the table between you: the code does not leave the building. # id: lf-0131
}
But your board still has a real problem. I understand that too. # speaker: wang # id: lf-0132
Ingrid has written again overnight. The launch date is at risk, she says, and she is ready to write to Jinhai's chairman herself. # discuss: Three ways up the hierarchy: Ingrid to Mr Sun, Wang to Mr Sun, or Alex and Wang together. Whose face does each one spend? # id: lf-0133
// Both ways of sending the request up over Wang put his inability in front of his own chairman:
// one consequence for both.
// source: 000_ac8871b0fd25056d.txt "caused him to lose face"
* [Ask Wang to go up to Mr Sun today and push for an exception, just this once # coach: Asking him to carry an impossible request up his own hierarchy makes him spend his face, before his chairman, on your problem. # id: lf-0134]
  ~ face_threat("wang", 0.9, 0.5, true, 0.1)
  Could you ask Mr Sun for an exception, just this once? Our launch depends on it. # speaker: you # id: lf-0135
  I can try. # speaker: wang # mood: closed # id: lf-0136
  He comes back from the chairman's floor an hour later and does not sit down. # id: lf-0137
  Mr Sun says no. I am sorry. # speaker: wang # id: lf-0138
  The board delays its sign-off by a month and orders an audit in July. The Kestrel stays on schedule — barely. # id: lf-0139
// source: 000_ac8871b0fd25056d.txt "caused him to lose face"
* [Let Ingrid write to Mr Sun, since the launch is at risk and only the chairman decides # coach: Going over his head is fast, and the chairman does decide; but his own boss now hears of the problem from the customer first, and that costs him face. # id: lf-0140]
  ~ face_threat("wang", 0.9, 0.5, true, 0.1)
  Ingrid's email reaches Mr Sun at nine. At ten, Wang is called upstairs. He comes back and closes his office door. # id: lf-0141
  Mr Sun's answer comes through the sales department, on paper: no source code, no exceptions. The board delays its sign-off by a month and orders an audit in July. # id: lf-0142
// source: 000_ac8871b0fd25056d.txt "more effective conflict resolution"
* [Ask Wang to take you to Mr Sun together, with a plan that keeps the code in Shanghai # coach: A face-saving alternative carries the request up the line with him, not over him — if he trusts you enough to spend his own standing with his chairman on it. # id: lf-0143]
  Then let's not ask for an exception. What if the code never left Shanghai? An escrow agent here, and our auditor reads it in your building, with your people in the room. Would you take me to Mr Sun with that? # speaker: you # id: lf-0144
  He turns his cup a quarter turn, then another. # id: lf-0145
  // Bringing a customer to his chairman spends Wang's own standing: the relationship has to carry it.
  { business_ask("wang", 0.5):
    ~ face_saving = true
    ~ gain("wang", "benevolence", 10, 1.3)
    ~ gain("wang", "ability", 8, 1.2)
    ~ gain("zhou", "coordination", 6, 1.2)
    ~ gain("zhou", "benevolence", 6, 1.2)
    A Shanghai agent. The code stays in Shanghai. Mr Sun may listen to that — from both of us. # speaker: wang # id: lf-0146
    I will tell him we are coming. So it is not a surprise for him. # speaker: wang # mood: pleased # id: lf-0147
    At three o'clock, on the top floor, Mr Sun hears you out over more tea, asks two sharp questions about the agent, and says yes. # id: lf-0148
  - else:
    A good plan. Send it to our sales department. They will study it. # speaker: wang # mood: closed # id: lf-0149
    You both know what that means. By lunchtime Ingrid has told the board: the sign-off moves by a month, and there will be an audit in July. # id: lf-0150
  }
- At four the team gathers once more. Wang stands by the screen. # place: meeting-room # id: lf-0151
{ face_saving:
  On it is the escrow plan — agent, review room, dates — with Jinhai's name on top. Wang presents it as his team's plan, and Zhou Min is already listing what the auditor will want to see. # id: lf-0152
- else:
  On it is the revised certification timeline, with an audit in July. Wang presents it in a flat voice. # id: lf-0153
}
{ asked_in_public and apologised:
  Before he starts, you say two sentences to the room: Tuesday's request was yours to check first, not Mr Wang's to answer. Wang translates them himself. # cue: The team is back # id: lf-0154
}
Afterwards he stops you in the corridor. # id: lf-0155
On Saturday, if you are still in Shanghai, I would like to show you Tongli. One hour by car. My daughter wants to practise her English on a real European. # speaker: wang # id: lf-0156
Your phone buzzes: Ingrid wants the rebuilt certification schedule for Monday's launch review. Zhou Min, passing, says she will be in the lab on Saturday anyway. # id: lf-0157
// source: 000_ac8871b0fd25056d.txt "the Chinese like to take their special guests on tourist trips to get to know the area"
* [Accept gladly, and move your flight to Sunday; the schedule can wait a day # coach: Chinese hosts take special guests to see their region to get to know them; accepting, at some cost to yourself, accepts the relationship. # id: lf-0158]
  ~ gain("wang", "benevolence", 12, 1.4)
  ~ gain("wang", "coordination", 4, 1.2)
  I'd love to. I'll move my flight to Sunday. # speaker: you # id: lf-0159
  Good. I will tell the noodle shop. They will give you the big bowl. # speaker: wang # mood: pleased # id: lf-0160
  -> tongli
// source: 000_ac8871b0fd25056d.txt "Never Underestimate Shared Experiences"
* [Thank him, but spend Saturday in the lab with Zhou Min rebuilding the schedule # coach: A working Saturday with the test lead is real progress, and she values it; but it turns down the one day your host offered to the relationship itself. # id: lf-0161]
  ~ loss("wang", "benevolence", 9, 1)
  ~ gain("zhou", "coordination", 4, 1)
  That's very kind. But Ingrid needs the schedule on Monday — I'd better spend Saturday in the lab with Zhou Min. Next time, I hope. # speaker: you # id: lf-0162
  Of course. The schedule. Next time. # speaker: wang # mood: uneasy # id: lf-0163
  -> lab

// ─── Meeting 5 — day 5: Tongli ───────────────────────────────────────────────────────────────
=== tongli ===
~ meeting("wang", 5)
Tongli. Stone bridges over green water, white walls, a boatwoman singing for a tour group from Hangzhou. # place: sightseeing # location: Tongli # date: Saturday 12 April # id: lf-0164
Wang has brought his daughter Yuting — seventeen, eight weeks from the gaokao, the university entrance exam, and with firm opinions about Danish chairs. # id: lf-0165
Three bridges. You must cross all three, in order — for luck and long life. My grandmother made every visitor do it. # speaker: wang # id: lf-0166
// source: 000_ac8871b0fd25056d.txt "Some prefer to build rapport outside of work."
* [Use the quiet walk to go over the project's open points with him # coach: He said "for luck and long life", not for work: bringing the project into his family's day declines the relationship he is offering. # id: lf-0167]
  ~ loss("wang", "attentiveness", 6, 0.6)
  ~ loss("wang", "positivity", 4, 0.7)
  While we walk — are the open points on track? # speaker: you # id: lf-0168
  Yes. Monday. # speaker: wang # mood: neutral # id: lf-0169
  Yuting looks at her father, then at you, and walks on ahead. # id: lf-0170
// source: 000_ac8871b0fd25056d.txt "the Chinese like to take their special guests on tourist trips to get to know the area"
* [Cross all three bridges with them, and ask about his grandmother # coach: Joining the ritual your host offers, and asking about his family's place in it, turns sightseeing into a shared experience. # id: lf-0171]
  ~ gain("wang", "attentiveness", 10, 1.3)
  ~ gain("wang", "positivity", 8, 1.3)
  You cross all three: Taiping, Jili, Changqing. On the last one Wang stops. # id: lf-0172
  My grandmother sold tea eggs on this bridge. Every morning, even at eighty. She said a bridge is the best shop — everybody must pass. # speaker: wang # mood: pleased # id: lf-0173
  Yuting rolls her eyes, and takes a photo of the two of you anyway. # id: lf-0174
- Lunch is in his grandmother's old house. The noodle shop gives you the big bowl. # id: lf-0175
Over the noodles, Wang speaks without looking up. # id: lf-0176
{
- asked_in_public and apologised:
  On Tuesday my team thought I had failed them. On Wednesday they thought — maybe not. # speaker: wang # id: lf-0177
- asked_in_public:
  My team has a long memory. Longer than mine. # speaker: wang # id: lf-0178
- else:
  Mr Sun asked me about you. I told him: this one asks me first. # speaker: wang # id: lf-0179
}
{ trust("wang") >= OPEN_LINE_TRUST:
  Next time you ask for something impossible, I will tell you early. Just you. # speaker: wang # mood: pleased # id: lf-0180
  You raise your tea to that. So does Yuting, who has not been listening. # id: lf-0181
- else:
  He pays for the noodles before you can reach for your wallet. # id: lf-0182
}
On Sunday you fly home. In your bag: a tin of tea from the noodle shop, and a photo of three people on a bridge. # id: lf-0183
-> crisis

// ─── Meeting 5 without the trip — day 5: a Saturday in the lab ───────────────────────────────
=== lab ===
~ meeting("zhou", 5)
Saturday in the Jinhai lab. The climate chamber ticks; Zhou Min has the schedule on one screen and her test matrix on the other. # place: meeting-room # location: Shanghai # date: Saturday 12 April # id: lf-0184
The thermal test is a thousand cycles. Three weeks. In Reutlingen we would never shorten it. # speaker: zhou # id: lf-0185
A thousand cycles, then. I'll tell Ingrid the review moves by four days. # speaker: you # id: lf-0186
Good. Then I sign it. # speaker: zhou # mood: pleased # id: lf-0187
By six the schedule is rebuilt, line by line, and both of you believe it. # id: lf-0188
On Sunday you fly home. Wang sends a photo of Tongli's three bridges, with no message. # id: lf-0189
-> crisis

// ─── Meeting 6 — day 30: the pilot batch ─────────────────────────────────────────────────────
=== crisis ===
~ meeting("wang", 30)
~ meeting("zhou", 30)
{ trust("wang") >= OPEN_LINE_TRUST:
  6:05 a.m., your kitchen in Copenhagen — just past noon in Shanghai. A video call from Wang, from the Jinhai lab, before his sales department has written a word. # place: video-call # location: Copenhagen # date: Wednesday 7 May # id: lf-0190
- else:
  7:30 a.m., Copenhagen. An email from Velo Nord's assembly plant near Gdańsk, spreadsheet attached. You get Wang and Zhou Min on a video call within the hour. # place: video-call # location: Copenhagen # date: Wednesday 7 May # id: lf-0191
}
The pilot batch has a problem: Kestrel controllers cut out under full load on the hill-start test. Eurobike is seven weeks away. # id: lf-0192
Six hundred boards. Forty-three failures. Only above thirty degrees. Only lots built after 22 April. # speaker: zhou # mood: uneasy # id: lf-0193
We are testing everything. We will find it. # speaker: wang # mood: uneasy # id: lf-0194
After the call, Ingrid stops at your desk. The CFO has frozen all travel until the launch. And Daniel Okafor, your new supplier-quality manager, is in Taipei this week auditing a battery maker — two hours from Shanghai. # leave: wang, zhou # id: lf-0195
"Send Daniel," she says. "Fresh eyes. And you have a launch to run." # discuss: A visit, a video call or a new face: what does each option tell Wang and Zhou Min about how Velo Nord sees the problem — and them? # id: lf-0196
// source: 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
* [Send Daniel: he is two hours away, he knows quality, and the travel freeze holds # coach: Relationships are between individuals, not companies: a new face on the account restarts the rapport from zero — in the middle of a crisis. # id: lf-0197]
  ~ handed_over = true
  ~ handover("wang")
  ~ handover("zhou")
  Daniel flies up from Taipei on Thursday. You send Wang a short email introducing him. # id: lf-0198
// source: 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it. It shows great commitment"
* [Ask the CFO for an exception, and fly out on Thursday with Daniel beside you # coach: Travelling to the source of a major problem shows a commitment no video call can; bringing Daniel along introduces him without replacing you. # id: lf-0199]
  ~ travelled = true
  ~ gain("wang", "benevolence", 8, 1.4)
  ~ gain("wang", "coordination", 6, 1.2)
  ~ gain("zhou", "benevolence", 10, 1.3)
  ~ gain("zhou", "attentiveness", 8, 1.2)
  It takes the CFO twenty minutes and a spreadsheet. You fly Thursday night via Helsinki; Daniel comes up from Taipei. Jinhai stays with you. # id: lf-0200
// source: 000_ac8871b0fd25056d.txt "Video conferencing, phone calls and emails can never take the place of building rapport in country."
* [Run it on a daily video call with Wang and Zhou Min; no flight needed # coach: A daily call keeps the data moving, and the test lead likes it; but a screen keeps you at a distance just when being there would show commitment. # id: lf-0201]
  ~ gain("wang", "coordination", 4, 0.9)
  ~ gain("zhou", "coordination", 4, 1.1)
  You set up a daily call: eight in the morning in Copenhagen, two in the afternoon in Shanghai. # id: lf-0202
- -> root_cause

// ─── Meeting 7 — day 33: the root cause ──────────────────────────────────────────────────────
=== root_cause ===
~ meeting("wang", 33)
~ meeting("zhou", 33)
{
- travelled:
  You landed at Pudong yesterday afternoon; Wang was at arrivals himself, with a paper cup of hot soy milk. # place: meeting-room # location: Shanghai # date: Saturday 10 May # cue: Travelled to the source # id: lf-0203
  Saturday, nine o'clock, the Jinhai lab. The climate chamber ticks behind Zhou Min's team. # id: lf-0204
- handed_over:
  Daniel calls from the Jinhai lab on Saturday afternoon; you listen in from home. # place: video-call # location: Shanghai, on screen # date: Saturday 10 May # id: lf-0205
- else:
  Day four of the daily calls. The picture from the Jinhai lab freezes twice; Zhou Min holds a circuit board up to the camera. # place: video-call # location: Shanghai, on screen # date: Saturday 10 May # present: wang, zhou # id: lf-0206
}
Zhou Min found it. Three nights in the climate chamber, four hundred boards. # speaker: wang # id: lf-0207
A capacitor. Our purchasing department changed the supplier in March and did not tell engineering. At thirty-five degrees, under full load, it drifts. # speaker: wang # id: lf-0208
It is our mistake. I am sorry. # speaker: wang # mood: uneasy # id: lf-0209
{ handed_over: -> daniels_checklist }
He says it with his whole team standing behind him. Daniel has the 8D form open on his laptop, and the contract's late-delivery clause. # id: lf-0210
// source: 000_ac8871b0fd25056d.txt "when you spend time to cultivate strong bonds, many smaller conflicts and misunderstandings can be cleared up"
* [Say it is nobody's fault, it happens with every supplier, and skip the paperwork # coach: Waving the apology away is generous, and he is relieved; but the test lead wants the cause written down, or purchasing will do it again. # id: lf-0211]
  ~ gain("wang", "positivity", 4, 1)
  ~ loss("zhou", "coordination", 6, 0.6)
  ~ loss("zhou", "ability", 4, 0.7)
  Please — nobody's fault. These things happen with every supplier. Let's not make paperwork of it. # speaker: you # id: lf-0212
  Wang smiles, relieved. Zhou Min does not. She looks at the capacitor in her hand as if it has been insulted. # id: lf-0213
// source: 000_ac8871b0fd25056d.txt "more effective conflict resolution"
* [Ask for a formal 8D by Wednesday, and say Copenhagen will invoke the late-delivery penalty # coach: The 8D is sound practice and the penalty is in the contract; but answering his apology with a penalty, in front of his team, punishes the honesty you will need from him next time. # id: lf-0214]
  ~ loss("wang", "benevolence", 9, 0.8)
  ~ loss("zhou", "positivity", 5, 0.8)
  We'll need a formal 8D report by Wednesday. And I have to tell you: Copenhagen will invoke the late-delivery penalty. # speaker: you # id: lf-0215
  Of course. # speaker: wang # mood: closed # id: lf-0216
  Zhou Min, behind him, puts the circuit board down very carefully. # id: lf-0217
// source: 000_ac8871b0fd25056d.txt "In the long run, building rapport saves time and money"
* [Thank Zhou Min and the team by name, and ask her for the 8D, with her own name on it # coach: Accepting his admission graciously and crediting his people gives back the face it cost him; asking the test lead for her full analysis takes her work as seriously as she does. # id: lf-0218]
  ~ gain("wang", "positivity", 10, 1.3)
  ~ gain("wang", "benevolence", 6, 1.3)
  ~ gain("zhou", "positivity", 8, 1.2)
  ~ gain("zhou", "benevolence", 8, 1.3)
  ~ gain("zhou", "ability", 6, 1.3)
  ~ gain("zhou", "attentiveness", 6, 1.2)
  Zhou Min — four hundred boards in three nights. Thank you. Thank you all. # speaker: you # id: lf-0219
  Zhou Min, I'd like your 8D on it — your analysis, your name on it. It goes to our board as it is. # speaker: you # id: lf-0220
  By Wednesday. In the German format. # speaker: zhou # mood: pleased # id: lf-0221
  { travelled:
    Wang translates for the technicians, slowly, and they applaud Zhou Min, who would like the floor to swallow her. # id: lf-0222
  - else:
    Behind Wang, somebody starts to clap, and the microphone catches all of it. # id: lf-0223
  }
- -> fixed

// After a handover, Daniel does what his checklist says, and Wang, to a stranger, says yes to all of it.
= daniels_checklist
Daniel thanks him, asks for the formal 8D report by Wednesday, and mentions the penalty clause, as his checklist says. Wang agrees to everything, politely. # id: lf-0224
// source: 000_ac8871b0fd25056d.txt "he should take an active role with accounts he cultivated"
* [Leave it to Daniel; the account is his now, and two voices would only confuse them # coach: One voice is tidy; but the people you built the relationship with hear nothing from you after the hardest week of the project. # id: lf-0225]
  ~ loss("wang", "attentiveness", 4, 0.7)
  You close the laptop. Daniel's report arrives on Monday, thorough and correct. # id: lf-0226
// source: 004_321f206b4ac9ecaf.txt "Show that you care."
* [Send Wang and Zhou Min a personal note tonight, thanking the team for the four hundred boards # coach: Even from a distance, a personal word after a hard week keeps you present for the people who did the work. # id: lf-0227]
  ~ gain("wang", "benevolence", 4, 1.1)
  ~ gain("zhou", "positivity", 4, 1.1)
  Wang answers the next morning: "Thank you. Zhou Min slept twelve hours." # id: lf-0228
- -> fixed

= fixed
New capacitors ship in ten days. The Kestrel is certified on the second attempt. # id: lf-0229
-> promotion

// ─── Meeting 8 — day 60: the promotion ───────────────────────────────────────────────────────
// beyond the seeds: the gaokao, China's national university entrance exam, is sat on 7–8 June
// (in 2025 a Saturday and Sunday), results follow in late June and admissions in July; parents
// famously wait outside the exam halls (China's Ministry of Education publishes the dates yearly).
=== promotion ===
Copenhagen. The Kestrel is in production; Eurobike opens in under three weeks. And you have been promoted: Director of Sourcing, forty-one suppliers. # place: office # location: Copenhagen # date: Friday 6 June # id: lf-0230
Ingrid's advice is practical. "Let Daniel run Jinhai from now on. You can't be everyone's friend." # id: lf-0231
// source: 000_ac8871b0fd25056d.txt "Even when Joe gets a promotion from sales manager to VP Sales, he should take an active role with accounts he cultivated."
* {not handed_over} [Keep Wang as your own contact: a monthly call, with Daniel introduced # coach: After a promotion, stay active with the accounts you cultivated; otherwise the rapport building starts over. # id: lf-0232]
  ~ meeting("wang", 60)
  ~ meeting("zhou", 60)
  ~ gain("wang", "attentiveness", 10, 1.3)
  ~ gain("wang", "benevolence", 6, 1.2)
  ~ gain("zhou", "coordination", 6, 1.2)
  ~ gain("zhou", "attentiveness", 6, 1.2)
  The first monthly call is not about anything. # place: video-call # location: Shanghai, on screen # id: lf-0233
  Tomorrow Yuting sits the gaokao. I have taken two days off. I will stand at the school gate with the other fathers. # speaker: wang # id: lf-0234
  Zhou Min joins for ten minutes with the field data from Gdańsk, and leaves with Daniel's mobile number. # leave: zhou # id: lf-0235
// source: 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
* {not handed_over} [Hand Jinhai to Daniel; with forty-one suppliers, you cannot be everyone's contact # coach: Relationships are between individuals, not companies: handing over the account restarts the rapport with Wang and his team from the beginning. # id: lf-0236]
  ~ handed_over = true
  ~ handover("wang")
  ~ handover("zhou")
  You send Wang a warm email introducing Daniel as his new contact. He replies within the hour, politely. # id: lf-0237
// source: 000_ac8871b0fd25056d.txt "Otherwise, the rapport building starts over."
* {handed_over} [Leave Jinhai with Daniel; it is his account now, and he is doing well # coach: Leaving the relationship to a newcomer is efficient on paper; for Wang, the person he trusted has simply gone. # id: lf-0238]
  ~ loss("wang", "attentiveness", 3, 0.8)
  Daniel's monthly reports from Jinhai are thorough, and you read them on the train. # id: lf-0239
// source: 000_ac8871b0fd25056d.txt "he should take an active role with accounts he cultivated"
* {handed_over} [Call Wang yourself, with Daniel on the line, and take an active role again # coach: Even after a handover, the person who built the relationship can keep it alive by staying personally involved. # id: lf-0240]
  ~ meeting("wang", 60)
  ~ gain("wang", "benevolence", 8, 1.3)
  ~ gain("wang", "attentiveness", 8, 1.2)
  ~ gain("wang", "coordination", 4, 1.1)
  Wang, I should have stayed closer. Daniel runs the day to day — but I'd like the two of us to talk every month. # speaker: you # place: video-call # location: Shanghai, on screen # id: lf-0241
  Every month. Good. Then I can tell you myself: tomorrow my daughter sits the gaokao. # speaker: wang # id: lf-0242
- -> banquet

// ─── Meeting 9 — day 94: the summer banquet ──────────────────────────────────────────────────
// Mr Sun, Jinhai's founder and chairman, decides alone and fast, and he wants to know where a
// customer stands. Here the plain answer wins: the Heron is already planned with Jinhai, so saying
// so is a commitment Alex can keep, and Wang has vouched for this customer to his chairman. The
// careful, hedged answer — good manners in many boardrooms — leaves Mr Sun unsure and Wang exposed.
// beyond the seeds: top-down, quick decisions by the person at the top in Chinese firms — Erin
// Meyer, The Culture Map (2014), ch. 5 "Big D or Little d".
=== banquet ===
~ meeting("wang", 94)
~ meeting("zhou", 94)
{ handed_over:
  Jinhai's summer banquet on a laptop screen: a round table for twelve, Mr Sun at the head, Daniel in the customer's seat. The sound comes and goes. # place: video-call # location: Shanghai, on screen # date: Thursday 10 July # id: lf-0243
- else:
  A round table for twelve at Jinhai's summer banquet. Mr Sun at the head, Wang at your side, Zhou Min across from you in a dress nobody at the lab has seen before. # place: banquet # location: Shanghai # date: Thursday 10 July # id: lf-0244
  Yuting's results came last week: enough for Tongji. Architecture. I told her: first engineering, then buildings. She did not listen. # speaker: wang # id: lf-0245
}
Velo Nord's next bike, the Heron cargo bike, needs Jinhai's new controller — and Jinhai's line from February to April, when every European brand wants it. Ingrid wants the capacity confirmed by September. # id: lf-0246
Wang stands and raises his glass. # id: lf-0247
{
- trust("wang") >= PARTNER_TRUST and asked_in_public:
  To Velo Nord — the customer who came back to put things right. # speaker: wang # mood: pleased # id: lf-0248
- trust("wang") >= PARTNER_TRUST:
  To Velo Nord — the customer who asks first. # speaker: wang # mood: pleased # id: lf-0249
- else:
  To all our customers, and a good year. # speaker: wang # mood: neutral # id: lf-0250
}
{ handed_over:
  Mr Sun leans towards Daniel's laptop and speaks to you on the screen, Wang translating. # id: lf-0251
- else:
  Mr Sun puts down his glass and speaks to you across the table, Wang translating. # id: lf-0279
}
Velo Nord and the Heron. You stay with Jinhai — yes or no? # speaker: Mr Sun # discuss: Mr Sun asks for a plain answer, in front of the whole table. Which of Alex's habits from the last three months helps here, and which would hurt? # id: lf-0252
// source: 000_ac8871b0fd25056d.txt "caused him to lose face"
* [Say yes, and ask him now whether Jinhai can hold the February line for the Heron # coach: The plain yes is right; but a capacity request at the banquet makes any refusal a loss of face — Wang's, in front of his chairman — and it lands only if the relationship can carry it. # id: lf-0253]
  ~ face_threat("wang", 0.7, 0.3, true, 0.2)
  Yes. And since we're all together — could Jinhai hold the line for the Heron next February to April? # speaker: you # id: lf-0254
  Mr Sun looks at Wang. Everyone at the table looks at Wang. # id: lf-0255
  { business_ask("wang", 0.7):
    ~ capacity_won = true
    For Velo Nord — yes. We will find a way. # speaker: wang # id: lf-0256
  - else:
    We will study it. # speaker: wang # mood: closed # id: lf-0257
  }
// source: 004_321f206b4ac9ecaf.txt "Keep your promises and follow through with your commitments."
* [Answer with care: you very much hope so, but it depends on the market and on your board # coach: Careful hedging is good manners in many boardrooms; to a chairman who asked for a plain answer it sounds like no answer, and it leaves Wang exposed for having vouched for you. # id: lf-0258]
  ~ loss("wang", "ability", 6, 0.6)
  ~ loss("wang", "coordination", 4, 0.7)
  We very much hope so. Of course it depends on the market, and on our board. # speaker: you # id: lf-0259
  Mr Sun nods politely, and turns to his neighbour to talk about the weather. On Monday, Velo Nord's capacity request goes to Jinhai's sales office. # id: lf-0260
// source: 000_ac8871b0fd25056d.txt "In the long run, building rapport saves time and money with faster deal making"
* [Answer plainly: yes, the Heron is planned with Jinhai; ask Wang for an hour tomorrow # coach: A chairman who decides alone wants a clear commitment you can keep; keeping the capacity request for a private hour protects Wang's face and lets the goodwill you built do its work. # id: lf-0261]
  ~ gain("wang", "integrity", 8, 1.3)
  ~ gain("wang", "coordination", 8, 1.3)
  ~ gain("zhou", "positivity", 6, 1.2)
  ~ gain("zhou", "attentiveness", 6, 1.2)
  ~ gain("zhou", "benevolence", 6, 1.2)
  Yes. The Heron is planned around Jinhai's controller. I'll put it in writing next week. # speaker: you # id: lf-0262
  { handed_over:
    Mr Sun nods once. You raise your glass at the screen, to Zhou Min's four hundred boards, and for the first time all evening she laughs. # id: lf-0263
  - else:
    Mr Sun nods once. You raise your glass, to Zhou Min's four hundred boards, and for the first time all evening she laughs. # id: lf-0280
  }
  { handed_over:
    Next morning, on a call with just the two of you, you ask Wang: the new controller, and the line held for the Heron from February to April. # id: lf-0264
  - else:
    Next morning, just the two of you, you ask Wang: the new controller, and the line held for the Heron from February to April. # id: lf-0281
  }
  { business_ask("wang", 0.7):
    ~ capacity_won = true
    For the Heron we will keep the line. I will talk to Mr Sun myself. # speaker: wang # mood: pleased # id: lf-0265
  - else:
    February is very difficult. Let me see what I can do. # speaker: wang # mood: uneasy # id: lf-0266
  }
- {
  - trust("wang") >= PARTNER_TRUST and rapport("wang") >= PARTNER_RAPPORT and trust("zhou") >= ZHOU_PARTNER_TRUST: -> ending_partner
  - trust("wang") + rapport("wang") + trust("zhou") + rapport("zhou") >= 4 * CAUTIOUS_INDEX: -> ending_cautious
  - else: -> ending_lost
  }

// ─── Endings ─────────────────────────────────────────────────────────────────────────────────
=== ending_partner ===
# ending: partner
# ending_title: A partner who tells you first
{ capacity_won:
  In September the Heron is announced with Jinhai's controller inside. The February line is already booked in Velo Nord's name. # id: lf-0267
- else:
  In September the Heron is announced with Jinhai's controller inside. # id: lf-0282
}
In October, at eleven at night Shanghai time, Wang messages you: two dates in next year's plan that his team cannot meet — before anyone has asked. Zhou Min's test plan for the Heron arrives the same week, with your numbers on page one. # id: lf-0268
{ asked_in_public:
  Nobody at Jinhai mentions the Tuesday in April any more. Wang does, once, as a joke, and Zhou Min laughs hardest. # id: lf-0269
}
# learn: 000: Goodwill built early — the introductions, the dinner, the trip to Tongli — is what later clears up small conflicts and misunderstandings.
# learn: 000: A request the leader cannot meet costs him face in front of his team; raised in private, or through a line agreed in advance, it costs almost nothing.
# learn: 004: Direct or indirect belongs to a person, not a passport: Wang needed hard things in private, Zhou Min and Mr Sun needed them straight.
# learn: 000: When there is a major problem, travel to its source; and keep the same people on the account, even after a promotion.
# learn: 000: Rapport saves time and money — faster deals and easier conflict resolution, as the Heron talks showed.
-> END

=== ending_cautious ===
# ending: cautious
# ending_title: Friendly, but careful
{ capacity_won:
  The Heron contract is signed — for one season, with a capacity clause Jinhai's sales department wrote. # id: lf-0270
- else:
  The Heron contract is signed — for one season, with a capacity clause Jinhai's sales department wrote and no promise about February. # id: lf-0283
}
Wang is friendly on every call. He is also careful about what he promises you, and his messages arrive in office hours. Zhou Min's reports are correct, and say nothing they do not have to. # id: lf-0271
{
- asked_in_public and apologised:
  Your call on that Tuesday night in April saved a great deal, not all of it: his team still remembers the request on the screen. # id: lf-0272
- asked_in_public:
  Nobody at Jinhai mentions the Tuesday in April. Nobody has forgotten it either: his team watched him unable to answer his customer, and you never put it right with him, just the two of you. # id: lf-0273
- took_as_yes:
  Wang has not forgotten that his "I will see what I can do" reached your board as a yes. # id: lf-0274
}
{ handed_over:
  Daniel runs the account carefully, by the book; but to Wang he is a new face, and the rapport started over with him. News from Jinhai — a difficult date, a change on the line — now reaches Velo Nord later, and more formally. # id: lf-0275
}
It works. It is not a partnership yet, and nothing heavy can rest on it. # id: lf-0276
# learn: 000: Goodwill is built before it is needed — time for the team, an open answer at the host's dinner table, the day in Tongli — and it is what later clears up small conflicts.
# learn: 000: A request the leader may not be able to meet goes to him first, in private. Asked in front of his team, it costs him face; the silence that follows is the signal to stop and repair in private.
# learn: 004: Adapt to the person: Wang needed hard things in private, while Zhou Min and Mr Sun needed them straight — a real number, a plain yes.
# learn: 000: In a major problem, travel to its source; and keep the same people on the account, even after a promotion — relationships are between individuals, not companies.
# learn: 002: Keep the relationship going between requests — a call, a dinner, a word of thanks — because the next request, like the Heron's February line, rests on it.
-> END

=== ending_lost ===
# ending: lost
# ending_title: The line goes quiet
In August Jinhai's sales department writes that February to April is fully booked. They regret it very much. # id: lf-0277
The Heron's controller will come from a supplier in Ningbo you have never met. Your first visit is in October. You will be starting from nothing. # id: lf-0278
# learn: 000: Asking the group's leader, in front of his team, for something he cannot give makes him lose face — and the whole group's dynamic goes with it.
# learn: 000: Goodwill clears up small conflicts only; a public loss of face needs deliberate, prompt, private repair.
# learn: 000: A new face on the account, or no face at all, starts the rapport over from nothing; in a major problem, go to the source.
# learn: 000: Shared experiences outside work, such as the hosts' trip to Tongli, build the goodwill you need when things go wrong.
-> END
