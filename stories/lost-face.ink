# title: Lost face in Shanghai
# summary: Your e-bike launch depends on a partner team in Shanghai — and on a request its leader cannot meet. Build goodwill early, read the silence when it comes, repair what a public ask breaks, and keep the relationship alive for three months.
# role: You are Alex Moreau, supplier integration lead at Velo Nord, a Copenhagen e-bike maker. The motor controller for your new Kestrel, launching at Eurobike in eleven weeks, is built by Wang Haitao's team at Jinhai Drive Systems in Shanghai.
# minutes: 20
# seeds: 000_ac8871b0fd25056d
# order: 1
INCLUDE lib/rapport.ink

// Source for every lesson in this scenario:
// 000_ac8871b0fd25056d.txt — "It took a while to realize that what I had requested from the
// group’s leader was actually impossible to get and caused him to lose face. The entire group
// dynamic was shot for the day and I worked furiously to get us back to a pre-embarrassment point."
//
// Timeline (in-story days): day 0 arrival and welcome dinner, day 1 the request, day 2 the repair,
// day 5 Tongli (if accepted), day 30 the pilot-batch crisis, day 33 the root cause, day 60 the
// promotion, day 94 the customer banquet and next year's capacity.
//
// Branching is kept narrow on purpose (most choice points have two or three options, and the
// repair scenes exist only on the paths that need them) so that `npm run stories` can explore
// every path.

// Ending thresholds and the two mid-story readings, in one place (calibrated with `npm run stories`).
CONST PARTNER_TRUST = 42
CONST PARTNER_RAPPORT = 35
CONST CAUTIOUS_TRUST = 24
// Wang offers, unasked, to warn you early; in the crisis he calls you before his sales department does.
CONST OPEN_LINE_TRUST = 40

VAR agreed_advance = false   // day 0: agreed that hard requests come to him first, in private
VAR joined_trip = false      // day 0: accepted the hosts' trip to Tongli
VAR asked_in_public = false  // day 1: the impossible request was raised in front of his team
VAR took_as_yes = false      // day 1: read "I will see what I can do" as a yes
VAR heard_from_lucy = false  // day 1: asked a colleague who knows the culture to read the silence
VAR apologised = false       // day 1: apologised to him, in private, the same evening
VAR face_saving = false      // day 2: the escrow plan that keeps the code in Shanghai
VAR travelled = false        // day 30: flew to the source of the problem
VAR handed_over = false      // the account went to a new face (crisis or promotion)
VAR reconnected = false      // day 60: after a handover, took an active role again
VAR capacity_won = false     // day 94: the capacity request landed

~ cast()
-> arrival

// Wang Haitao, 51, director of controller engineering at Jinhai Drive Systems, Minhang, Shanghai.
// Joined Jinhai in 1993 at nineteen, on the motor-winding line, next to the man who is now its
// chairman; six years of night school; built the controller team from four engineers to
// twenty-three. Proud of his people and protective of them in front of outsiders; plain-spoken one
// to one, never contradicts a customer in front of his team. His grandmother's house in Tongli is
// a noodle shop now; his daughter Yuting is six weeks from her university entrance exams.
// Profile: relationship-based trust, a clear hierarchy above and below him, a team that acts as a
// group, indirect in public (a little more direct in private), flexible once he trusts you.
=== function cast() ===
~ counterpart("wang", "Wang Haitao", 0.75, 0.7, 0.75, 0.3, 0.55)

// ─── Meeting 1 — day 0: arrival ───────────────────────────────────────────────────────────────
=== arrival ===
~ meeting("wang", 0)
Jinhai Drive Systems, Minhang district. Through the glass wall of the meeting room, green circuit boards move in single file under a coating hood. # place: meeting-room # location: Shanghai # date: Monday 7 April
The Kestrel launches at Eurobike in eleven weeks. Its motor controller is built here, by Wang Haitao's team — and it is not yet certified.
Welcome to Jinhai. Your emails are signed "Alex". May I call you Alex? # speaker: wang
Please do. Thank you for having me — I know what a visit costs a team in the middle of a build. # speaker: you
Eight engineers stand along the window. On the whiteboard someone has written WELCOME VELO NORD and, underneath, drawn a small and very accurate bicycle.
My team. They have read all your test reports. Some of them twice. # speaker: wang
// source: 000_ac8871b0fd25056d.txt "when you spend time to cultivate strong bonds, many smaller conflicts and misunderstandings can be cleared up based on built-up goodwill"
* [Ask him to introduce his team one by one — and who drew the bicycle # coach: Time spent on the people before the agenda starts the goodwill that later absorbs small conflicts and misunderstandings.]
  ~ gain("wang", "attentiveness", 10, 1.3)
  ~ gain("wang", "benevolence", 6, 1.2)
  Before we open a laptop — would you introduce your team? And I'd like to know who drew that bicycle. # speaker: you
  Wang walks you down the line. Zhou Min, test lead, eleven years at Jinhai. Two firmware engineers who share a desk and finish each other's sentences.
  The bicycle is Xu Jie's, the youngest. He turns red to the ears.
  Xu Jie wants to design bicycles. I tell him: first controllers, then bicycles. # speaker: wang # mood: pleased
  The team laughs. Xu Jie laughs loudest. You tell them their test reports are the ones Velo Nord reads first, and Wang translates every word.
// source: 000_ac8871b0fd25056d.txt "building rapport saves time and money"
* [Thank everyone, and suggest you start with the certification plan — time is short # coach: Going straight to the task skips the people; with a host who builds trust through relationships, no goodwill is stored for the conflicts ahead.]
  ~ loss("wang", "positivity", 6, 1.3)
  Thank you all. We have eleven weeks and a lot to cover — shall we start with the certification plan? # speaker: you
  Of course. # speaker: wang
  The engineers sit down. Nobody mentions the bicycle.
- The day runs long and well: harness drawings, CAN messages, the torque curve on a hill start. At six, Wang closes his notebook.
Tonight, a small dinner. Nothing formal. My wife says I am not allowed to talk about torque. # speaker: wang
-> welcome_dinner

// ─── Meeting 2 — day 0, evening: the welcome dinner ──────────────────────────────────────────
=== welcome_dinner ===
~ meeting("wang", 0)
A private room in a Shanghainese restaurant off Hongqiao Road. Red-braised pork, drunken chicken, a whole river fish turning slowly on the lazy Susan. # place: restaurant # date: Monday evening
Zhou Min and two senior engineers join you. Wang seats you at his right and serves you the fish cheek before anyone else eats.
In 1993 I started here on the winding line. Nineteen years old. Mr Sun — our chairman — wound coils at the next bench. # speaker: wang
Now he has a car with a driver, and I have twenty-three engineers. I think I got the better deal. # speaker: wang
Night school, six years, three evenings a week. My wife says she married a textbook. # speaker: wang
Zhou Min has clearly heard the story before. She laughs anyway.
Over the fish, Wang talks about Tongli, the water town where his grandmother grew up. Her house is a noodle shop now.
On Saturday, if you are still in Shanghai, I would like to show you Tongli. One hour by car. My daughter wants to practise her English on a real European. # speaker: wang
// source: 000_ac8871b0fd25056d.txt "the Chinese like to take their special guests on tourist trips to get to know the area"
* [Accept with pleasure, and move your flight to Sunday # coach: Chinese hosts take special guests to see their region to get to know them; accepting, at some cost to yourself, accepts the relationship.]
  ~ joined_trip = true
  ~ gain("wang", "benevolence", 12, 1.4)
  I'd love to. I'll move my flight to Sunday. # speaker: you
  Good. I will tell the noodle shop. They will give you the big bowl. # speaker: wang # mood: pleased
// source: 000_ac8871b0fd25056d.txt "Never Underestimate Shared Experiences"
* [Decline politely: you fly home on Friday to brief your board # coach: Declining the hosts' trip to get home for the task turns down the relationship they are offering.]
  ~ loss("wang", "benevolence", 6, 1.3)
  That's very kind. But I fly home on Friday — the board wants a briefing. Next time, I hope. # speaker: you
  Of course. The board. Next time. # speaker: wang # mood: uneasy
- At ten, Wang walks you out to your taxi himself.
Tomorrow is the big session. All twenty-three engineers. Is there anything I should prepare? # speaker: wang
// source: 000_ac8871b0fd25056d.txt "some misunderstandings never come to pass because communication lines are more open"
* [Agree a private line: anything difficult, you bring to him first, before the team # coach: Agreeing in advance how hard questions travel opens a line of communication, so a difficult request never has to surprise him in front of his team.]
  ~ agreed_advance = true
  ~ gain("wang", "coordination", 10, 1.3)
  ~ gain("wang", "benevolence", 4, 1.2)
  Only one thing. If I ever have a difficult request, I'd like to bring it to you first — before the team. Would that work? # speaker: you
  He looks at you for a moment, then takes out his phone.
  That works very well. My WeChat. Any time — also late. My daughter studies until midnight anyway. # speaker: wang # mood: pleased
// source: 000_ac8871b0fd25056d.txt "I couldn’t directly ask the group what was wrong"
* [Say you like everything on the table in the meeting — it saves time # coach: Promising to raise everything in front of the group sets up the very situation in which a leader loses face before his team.]
  ~ loss("wang", "coordination", 5, 1.2)
  Nothing special. I like to put everything on the table in the meeting — it saves us all time. # speaker: you
  Yes. Efficient. # speaker: wang
  The taxi pulls away. In the mirror you see him stand on the kerb a moment longer than he needs to.
- -> working_session

// ─── Meeting 3 — day 1: the request ──────────────────────────────────────────────────────────
=== working_session ===
~ meeting("wang", 1)
Tuesday. All twenty-three engineers around one long table, the certification plan on the screen, tea in paper cups. # place: meeting-room # date: Tuesday 8 April
At 6:40 this morning an email came from Ingrid Dahl, your VP: the board will not sign off the Kestrel launch unless the controller's firmware source code is in escrow by Friday.
Last year a supplier went bankrupt and left Velo Nord with ten thousand controllers nobody could update. Since then, escrow is policy for every critical part. In Copenhagen it is a form to sign.
You have not asked what it means in Shanghai. # discuss: Alex does not know whether Wang can say yes. Where, when and how should the request be raised — and what could Wang answer in front of twenty-three engineers?
// source: 000_ac8871b0fd25056d.txt "some misunderstandings never come to pass because communication lines are more open"
* (advance) {agreed_advance} [Use the line you agreed: message Wang now, and see him alone before the session # coach: The line agreed in advance brings the hardest request to him with no audience, and lets him shape the answer before his team sees it.]
  ~ face_threat("wang", 1.0, 0.5, false, 1)
  ~ gain("wang", "coordination", 8, 1.3)
  ~ gain("wang", "integrity", 6, 1.2)
  You message him at 7:10. By 7:45 he is waiting in his office with two cups of tea.
  Thank you for asking me first. So I will tell you honestly: the source code is not mine to give. # speaker: wang
  -> the_reason -> after_the_reason
// source: 000_ac8871b0fd25056d.txt "what I had requested from the group’s leader was actually impossible to get and caused him to lose face"
* (public) [Put it on the screen as item one, and ask Wang to confirm escrow by Friday # coach: A request whose cost you do not know, made in front of his team, leaves him only bad answers: refuse his customer in public, or promise what he cannot deliver.]
  ~ asked_in_public = true
  ~ loss("wang", "ability", 8, 1.1)
  ~ face_threat("wang", 1.0, 0.5, true, 0)
  One item from Copenhagen before we start. Our board needs the controller source code in escrow by Friday. Wang, can you confirm that today? # speaker: you
  Xu Jie translates it for the engineers at the back. The room stops moving.
  Source code. # speaker: wang # mood: closed
  He looks at the screen, not at you.
  We will study it. # speaker: wang # mood: closed
  -> signals
// source: 000_ac8871b0fd25056d.txt "caused him to lose face"
* (hedged) {not agreed_advance} [Raise it lightly after lunch, as "one small thing from Copenhagen" # coach: Hedging softens the words, not the setting: his whole team still watches him fail to answer his customer.]
  ~ asked_in_public = true
  ~ loss("wang", "ability", 8, 1.1)
  ~ face_threat("wang", 1.0, 0.5, true, 0.3)
  One small thing from Copenhagen, probably just paperwork: our board would like the source code in escrow by Friday. Is that all right? # speaker: you
  Xu Jie starts to translate, then stops, and looks at Wang.
  We will study it. # speaker: wang # mood: closed
  -> signals
// source: 000_ac8871b0fd25056d.txt "I couldn’t directly ask the group what was wrong"
* (private) [Wait for the morning break, and ask him privately whether escrow is possible # coach: Asked in private, as an open question, the request lets him explain what he cannot do with nobody watching.]
  ~ face_threat("wang", 1.0, 0.5, false, 0.6)
  -> deflection

= deflection
At the break you find him by the tea urn, refilling his thermos.
Wang, a question from Copenhagen — and I honestly don't know the answer. Could Jinhai put the firmware source code in escrow by Friday? # speaker: you
He screws the lid on slowly.
I will see what I can do. # speaker: wang # mood: uneasy
He says it kindly. He does not look at you.
// source: 000_ac8871b0fd25056d.txt "It took a while to realize that what I had requested from the group’s leader was actually impossible to get"
* [Take it as a yes, and tell Ingrid it is in hand # coach: "I will see what I can do" is a polite way of not saying no; reporting it as a yes turns his courtesy into a promise he never made.]
  ~ took_as_yes = true
  ~ loss("wang", "attentiveness", 6, 1.3)
  Great — thank you. I'll tell Copenhagen it's in hand. # speaker: you
  He nods. The session resumes. It is a good session, and Wang is very quiet in it.
  At eleven that night a message arrives on WeChat: could you come to his office at 7:30 tomorrow, before the team?
  -> morning_after
// source: 000_ac8871b0fd25056d.txt "what I had requested from the group’s leader was actually impossible to get"
* [Say gently it may not be his decision, and ask what would be possible # coach: Offering him a way out — naming that the decision may sit above him — lets him tell you the truth without losing face.]
  ~ gain("wang", "attentiveness", 8, 1.3)
  ~ gain("wang", "benevolence", 6, 1.2)
  I suspect I've asked for something that isn't yours to decide. If so, tell me — and tell me what would be possible. # speaker: you
  He breathes out, and for the first time since the break he looks at you.
  You are right. It is not mine. # speaker: wang
  -> the_reason -> after_the_reason
// source: 000_ac8871b0fd25056d.txt "caused him to lose face"
* [Ask him plainly: is that a yes or a no? # coach: Pressing for a plain yes or no corners him even in private: the honest answer is one he cannot give without losing face.]
  ~ face_threat("wang", 0.6, 0.5, false, 0.2)
  I need to tell Copenhagen something today. Is that a yes or a no? # speaker: you
  It is... complicated. # speaker: wang # mood: closed
  He tells you the rest by the urn, in a low voice, while his engineers drift back into the room.
  -> the_reason -> after_the_reason

= after_the_reason
The session that afternoon is long and productive. Nobody in the room knows the question was ever asked.
-> morning_after

= signals
Wang moves on to the next item. The session goes on. Nothing in it works.
Zhou Min, who argued CAN timings with you happily yesterday, says "we will check" four times, then closes her laptop. The engineers answer in single words and stop asking questions.
At the break Wang takes a call in the corridor, his back to the glass. He is still on the phone when the break ends.
You can't ask twenty-three people what is wrong. But clearly something is. # discuss: What signals has Alex seen? What would it cost — and whom — to ask the group directly what is wrong?
// source: 000_ac8871b0fd25056d.txt "Unfortunately I couldn’t directly ask the group what was wrong, but clearly things had gotten off track."
* [Ask the room openly: "Have I said something wrong? Please, tell me." # coach: Asking the group to name the problem makes them expose their leader a second time, in front of each other — so nobody can answer.]
  ~ face_threat("wang", 0.5, 0.5, true, 0)
  ~ loss("wang", "attentiveness", 4, 1.2)
  Have I said something wrong? Please — I'd rather hear it now. # speaker: you
  Nothing is wrong. Everything is fine. # speaker: wang # mood: closed
  Twenty-three people look at their laptops.
// source: 000_ac8871b0fd25056d.txt "clearly things had gotten off track"
* [Close the session early: thank the team for their test work, and let everyone go # coach: Reading the silence and ending the day gracefully stops the damage — the first step of repair, taken without making anyone speak.]
  ~ gain("wang", "attentiveness", 8, 1.3)
  ~ gain("wang", "benevolence", 4, 1.2)
  I think we've covered a great deal today. Thank you all — especially for the test reports. Let's stop here. # speaker: you
  A few engineers nod. Chairs scrape. Wang shakes your hand at the door, briefly.
// source: 000_ac8871b0fd25056d.txt "Learn the Cultural Rules"
* [Step out and call Lucy Tang, your sourcing colleague in Shanghai, to ask what she makes of it # coach: When the group cannot tell you what is wrong, someone who knows the cultural rules can read it for you — and the question stays away from his team.]
  ~ heard_from_lucy = true
  ~ gain("wang", "attentiveness", 4, 1.1)
  ~ gain("wang", "ability", 4, 1.1)
  Lucy has worked with Chinese suppliers for fifteen years. She listens, and is quiet for a moment.
  "Source code? In front of all of them?" she says. "Alex — he probably can't give that. And now he can't say so."
- -> evening

= evening
Hotel bar, half past nine. Ingrid's email is still open on your laptop. # place: hotel-bar # date: Tuesday evening
{ heard_from_lucy:
  Lucy was right, and you know it: the source code was never Wang's to give.
- else:
  Replaying the day, it takes you until the second coffee to see it: the source code was never Wang's to give.
}
You asked him for it in front of his whole team. The group dynamic was shot for the day — with one sentence.
// source: 000_ac8871b0fd25056d.txt "I worked furiously to get us back to a pre-embarrassment point"
* [Call him now: apologise for putting him on the spot, and ask to meet before the team tomorrow # coach: A prompt, private, sincere apology repairs part of the damage, and hands him back control of what his team sees next.]
  ~ meeting("wang", 1)
  ~ apologised = true
  ~ apology("wang")
  ~ gain("wang", "benevolence", 4, 1.2)
  Wang, it's Alex. Today I put you in an impossible position, in front of your team. That was my mistake. I'm sorry. # speaker: you
  A long pause. A television in the background, and a girl's voice asking something in Shanghainese.
  Thank you for calling. Seven thirty, my office. Before the team. # speaker: wang
// source: 000_ac8871b0fd25056d.txt "The entire group dynamic was shot for the day"
* [Leave it until tomorrow; a night's sleep will cool things down # coach: A public loss of face does not fade overnight; goodwill covers small conflicts, not this one — and silence lets others fill the gap.]
  ~ loss("wang", "attentiveness", 5, 1.2)
  You close the laptop. Tomorrow is another day.
- -> morning_after

// Why the request was impossible: a tunnel, told wherever Alex first hears it.
=== the_reason ===
In 2019 a customer asked us for our source code — "for a safety review". # speaker: wang
Eight months later a controller appeared in Shenzhen with our firmware inside. Our bugs, even. # speaker: wang
Since then Mr Sun's rule is simple: our code does not leave this building. Not for anyone. # speaker: wang
I cannot take that to him for a Friday deadline. Not for a customer we met on Monday. # speaker: wang
->->

// ─── Meeting 4 — day 2: the repair ───────────────────────────────────────────────────────────
=== morning_after ===
~ meeting("wang", 2)
Wednesday, 7:20. The building is still quiet; the coating line hums behind the glass. # place: office # date: Wednesday 9 April
{ asked_in_public and not apologised: -> unrepaired }
Wang's office: a desk, a thermos, a photo of a girl in school uniform holding a table-tennis bat. Two cups of tea are already poured.
{
- asked_in_public:
  Yesterday my team saw me unable to answer my customer. For them, that is a hard thing to see. # speaker: wang
  -> the_reason -> options
- took_as_yes:
  Yesterday I said I will see. I should have said more. # speaker: wang
  -> the_reason -> options
- else:
  Yesterday's answer is still on the table between you: the code does not leave the building.
}
-> options

// No repair the evening before: the day stays flat, and others fill the silence.
= unrepaired
Wang greets you in the corridor with a smile, and is busy all morning: a supplier, a line problem, a call upstairs.
The engineers are polite. Someone has wiped the bicycle off the whiteboard.
At lunch Zhou Min puts a printout beside your tray without a word: Jinhai's IP policy, 2019, signed by Mr Sun. Source code does not leave the company.
Ingrid, hearing nothing from you by noon Copenhagen time, calls Jinhai's sales director herself. By evening the whole building knows.
~ loss("wang", "benevolence", 8, 1.2)
Mr Sun's answer comes through sales, on paper: no source code, no exceptions. The board delays its sign-off by a month and orders an audit in July.
-> team_room

= options
{ took_as_yes:
  And Ingrid has already told the board it is in hand.
}
But your board still has a real problem. I understand that too. # speaker: wang
// source: 000_ac8871b0fd25056d.txt "more effective conflict resolution"
* [Offer to take it to Mr Sun yourself — with a plan where the code never leaves Shanghai # coach: A face-saving alternative carries the request up the line for him, and reshapes it so nobody has to give up what they protect.]
  ~ face_saving = true
  ~ gain("wang", "benevolence", 10, 1.3)
  ~ gain("wang", "ability", 8, 1.2)
  Then let me be the one who asks — not you. What if the code never left Shanghai? An escrow agent here, and our auditor reads it in your building, with your people in the room. # speaker: you
  He turns his cup a quarter turn, then another.
  A Shanghai agent. The code stays in Shanghai. Mr Sun may listen to that — from the customer himself. # speaker: wang
  I will tell him you are coming. So it is not a surprise for him. # speaker: wang # mood: pleased
  At three o'clock Mr Sun hears you out over more tea, asks two sharp questions about the agent, and says yes.
// source: 000_ac8871b0fd25056d.txt "caused him to lose face"
* [Ask him to go to Mr Sun today and push for an exception # coach: Asking him to carry an impossible request up his own hierarchy makes him spend his face on your problem.]
  ~ face_threat("wang", 0.9, 0.5, false, 0.2)
  Could you ask Mr Sun for an exception, just this once? Our launch depends on it. # speaker: you
  I can try. # speaker: wang # mood: closed
  He comes back from the chairman's floor an hour later and does not sit down.
  Mr Sun says no. I am sorry. # speaker: wang
  The board delays its sign-off by a month and orders an audit in July. The Kestrel stays on schedule — barely.
- -> team_room

= team_room
On Thursday afternoon the team gathers once more. Wang stands by the screen.
{ face_saving:
  On it is the escrow plan — agent, review room, dates — with Jinhai's name on top.
- else:
  On it is the revised certification timeline, with an audit in July.
}
// source: 000_ac8871b0fd25056d.txt "get us back to a pre-embarrassment point"
* {asked_in_public} [Tell the team, briefly, that Tuesday's request was yours to check first — then let Wang present # coach: Owning your mistake in front of the same people who saw him lose face, briefly and without drama, clears their leader in their eyes.]
  ~ gain("wang", "integrity", 6, 1.2)
  ~ gain("wang", "positivity", 10, 1.3)
  Before we start: on Tuesday I asked for something I should have checked first. That was my mistake, not Mr Wang's. # speaker: you
  Wang translates it himself, carefully, every word. Somebody at the back exhales. Then he presents, and Zhou Min opens her laptop again. # cue: The team is back
// source: 000_ac8871b0fd25056d.txt "when you spend time to cultivate strong bonds"
* {not asked_in_public} [Let Wang present it as his team's plan, then thank the team in front of everyone # coach: Letting the leader present the solution to his own people, and crediting them in public, gives face — the mirror image of the public ask.]
  ~ gain("wang", "integrity", 6, 1.2)
  ~ gain("wang", "positivity", 10, 1.3)
  Wang presents it in Mandarin, then in English. When he finishes, you stand up.
  { face_saving:
    Thank you, all of you. Mr Wang's team found a way through a problem our board has been stuck on for a month. # speaker: you
    Zhou Min asks about the review room's network. Xu Jie is already drawing it on the whiteboard.
  - else:
    Thank you, all of you. Mr Wang's team has given us a timeline I can defend in Copenhagen. # speaker: you
    Zhou Min asks which tests the July audit will want to see. Xu Jie starts a list on the whiteboard.
  }
// source: 000_ac8871b0fd25056d.txt "caused him to lose face"
* [Present it yourself, so Copenhagen's requirement is clear to everyone # coach: Taking the stage in the room where he needs it keeps him a spectator in front of his own team.]
  ~ loss("wang", "positivity", 6, 1.3)
  You present it yourself, slide by slide. Wang sits at the side of the table and nods in the right places.
- { joined_trip: -> tongli | -> departure }

// ─── Meeting 5 — day 5: Tongli (only if the invitation was accepted) ─────────────────────────
=== tongli ===
~ meeting("wang", 5)
Tongli. Stone bridges over green water, white walls, a boatwoman singing for a tour group from Hangzhou. # place: sightseeing # location: Tongli # date: Saturday 12 April
Wang has brought his daughter Yuting — seventeen, six weeks from her university exams, with firm opinions about Danish chairs.
Three bridges. You must cross all three, in order — for luck and long life. My grandmother made every visitor do it. # speaker: wang
// source: 000_ac8871b0fd25056d.txt "the Chinese like to take their special guests on tourist trips to get to know the area"
* [Cross all three bridges with them, and ask about his grandmother # coach: Joining the ritual your host offers, and asking about his family's place in it, turns sightseeing into a shared experience.]
  ~ gain("wang", "positivity", 10, 1.3)
  ~ gain("wang", "benevolence", 8, 1.3)
  You cross all three: Taiping, Jili, Changqing. On the last one Wang stops.
  My grandmother sold tea eggs on this bridge. Every morning, even at eighty. She said a bridge is the best shop — everybody must pass. # speaker: wang # mood: pleased
  Yuting rolls her eyes, and takes a photo of the two of you anyway.
// source: 000_ac8871b0fd25056d.txt "Some prefer to build rapport outside of work."
* [Use the quiet walk to check on the {face_saving:escrow paperwork|July audit} # coach: He said "for luck and long life", not for work: bringing the project into his family's day declines the relationship he is offering.]
  ~ loss("wang", "attentiveness", 6, 1.3)
  While we walk — is the {face_saving:escrow paperwork|audit planning} on track? # speaker: you
  Yes. Monday. # speaker: wang
  Yuting looks at her father, then at you, and walks on ahead.
- Lunch is in his grandmother's old house. The noodle shop gives you the big bowl.
Over the noodles, Wang speaks without looking up.
{
- asked_in_public and apologised:
  On Tuesday my team thought I had failed them. On Wednesday they thought — maybe not. # speaker: wang
- asked_in_public:
  My team has a long memory. Longer than mine. # speaker: wang
- else:
  Mr Sun asked me about you. I told him: this one asks me first. # speaker: wang
}
{ trust("wang") >= OPEN_LINE_TRUST:
  Next time you ask for something impossible, I will tell you early. Just you. # speaker: wang # mood: pleased
  You raise your tea to that. So does Yuting, who has not been listening.
- else:
  He pays for the noodles before you can reach for your wallet.
}
On Sunday you fly home. In your bag: a tin of tea from the noodle shop, and a photo of three people on a bridge.
-> crisis

// ─── No trip: Friday departure ───────────────────────────────────────────────────────────────
=== departure ===
Friday. Pudong airport, gate 61. Boarding in forty minutes. # place: airport # location: Shanghai # date: Friday 11 April
You message Wang a thank-you from the gate. The reply comes as the doors close: "Safe flight."
Tongli, you realise somewhere over Siberia, was the one day of the week that was not about the controller.
-> crisis

// ─── Meeting 6 — day 30: the pilot batch ─────────────────────────────────────────────────────
=== crisis ===
~ meeting("wang", 30)
{ trust("wang") >= OPEN_LINE_TRUST:
  6:05 a.m., your kitchen in Copenhagen. A video call from Wang, from the Jinhai lab — before his sales department has written a word. # place: video-call # location: Copenhagen # date: Wednesday 7 May
- else:
  7:30 a.m., Copenhagen. An email from Velo Nord's assembly plant near Gdańsk, spreadsheet attached. You get Wang on a video call within the hour. # place: video-call # location: Copenhagen # date: Wednesday 7 May
}
The pilot batch has a problem: seven per cent of Kestrel controllers cut out under full load on the hill-start test. Eurobike is seven weeks away.
We are testing everything. We will find it. # speaker: wang
After the call, Ingrid stops at your desk. Her suggestion: let Daniel Okafor, the supplier-quality manager who joined last month, take over Jinhai.
"Fresh eyes," she says. "And you have a launch to run." # discuss: A visit, a video call or a new face: what does each option tell Wang about how Velo Nord sees the problem — and him?
// source: 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it. It shows great commitment"
* [Fly to Shanghai on Sunday with Daniel — and stay on the account yourself # coach: Travelling to the source of a major problem shows a commitment no video call can; bringing Daniel along introduces him without replacing you.]
  ~ travelled = true
  ~ gain("wang", "benevolence", 12, 1.4)
  ~ gain("wang", "coordination", 6, 1.2)
  I'll go, Ingrid. Sunday. Daniel comes with me — but Jinhai stays with me. # speaker: you
// source: 000_ac8871b0fd25056d.txt "Video conferencing, phone calls and emails can never take the place of building rapport in country."
* [Run it on a daily video call; the flight would cost you a week # coach: Video cannot take the place of being there: in a major problem, a screen keeps you at a distance just when presence would show commitment.]
  ~ gain("wang", "coordination", 5, 0.9)
  You set up a daily call: eight in the morning in Copenhagen, two in the afternoon in Shanghai, with Wang and Zhou Min.
// source: 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
* [Hand Jinhai to Daniel, and let him fly out # coach: Relationships are between individuals, not companies: a new face on the account restarts the rapport from zero — in the middle of a crisis.]
  ~ handed_over = true
  ~ handover("wang")
  Daniel flies out on Sunday. You send Wang a short email introducing him.
- -> root_cause

// ─── Meeting 7 — day 33: the root cause ──────────────────────────────────────────────────────
=== root_cause ===
~ meeting("wang", 33)
{
- travelled:
  Pudong, six in the morning. Wang is at arrivals himself, holding a paper cup of hot soy milk for you. # place: airport # location: Shanghai # date: Saturday 10 May # cue: Travelled to the source
  By nine you are in the Jinhai lab with Zhou Min's team, the climate chamber ticking behind you. # place: meeting-room
- handed_over:
  Daniel calls from the Jinhai lab on Saturday night; you listen in from home. # place: video-call # location: Shanghai, on screen # date: Saturday 10 May
- else:
  Day four of the daily calls. The picture from the Jinhai lab freezes twice; Zhou Min holds a circuit board up to the camera. # place: video-call # location: Shanghai, on screen # date: Saturday 10 May
}
Zhou Min found it. Three nights in the climate chamber, four hundred boards. # speaker: wang
A capacitor. Our purchasing department changed the supplier in March and did not tell engineering. At thirty-five degrees, under full load, it drifts. # speaker: wang
It is our mistake. I am sorry. # speaker: wang
{ handed_over: -> daniels_checklist }
He says it with his whole team standing behind him.
// source: 000_ac8871b0fd25056d.txt "more effective conflict resolution"
* [Thank Zhou Min and the team by name, and tell Wang you'll carry it to Copenhagen as a problem solved together # coach: When a leader admits a mistake before his team, accepting it graciously and crediting his people gives back the face the admission cost him.]
  ~ gain("wang", "positivity", 10, 1.3)
  ~ gain("wang", "benevolence", 8, 1.3)
  ~ gain("wang", "coordination", 6, 1.2)
  Zhou Min — four hundred boards in three nights. Thank you. Thank you all. # speaker: you
  Wang, in Copenhagen I'll tell them what I saw: your team found in a week what our pilot plant couldn't find at all. # speaker: you
  { travelled:
    Wang translates for the technicians, slowly, and they applaud Zhou Min, who would like the floor to swallow her.
  - else:
    Behind Wang, somebody starts to clap, and the microphone catches all of it.
  }
// source: 000_ac8871b0fd25056d.txt "when you spend time to cultivate strong bonds, many smaller conflicts and misunderstandings can be cleared up"
* [Ask for a formal 8D report, and tell him Copenhagen will invoke the late-delivery penalty # coach: Turning his admission into leverage punishes the honesty you will need from him next time.]
  ~ loss("wang", "benevolence", 8, 1.2)
  We'll need a formal 8D report by Wednesday. And I have to tell you: Copenhagen will invoke the late-delivery penalty. # speaker: you
  Of course. # speaker: wang # mood: closed
  Zhou Min, behind him, puts the circuit board down very carefully.
- -> fixed

// After a handover there is no choice here: Daniel does what his checklist says, and Wang, to a stranger, says yes to all of it.
= daniels_checklist
Daniel thanks him, asks for the formal 8D report by Wednesday, and mentions the penalty clause, as his checklist says. Wang agrees to everything, politely.
-> fixed

= fixed
New capacitors ship in ten days. The Kestrel is certified on the second attempt.
-> promotion

// ─── Day 60: the promotion ───────────────────────────────────────────────────────────────────
=== promotion ===
Copenhagen. The Kestrel is in production; Eurobike is in three weeks. And you have been promoted: Director of Sourcing, forty-one suppliers. # place: office # location: Copenhagen # date: Friday 6 June
Ingrid's advice is practical. "Let Daniel run Jinhai from now on. You can't be everyone's friend."
// source: 000_ac8871b0fd25056d.txt "Even when Joe gets a promotion from sales manager to VP Sales, he should take an active role with accounts he cultivated."
* {not handed_over} [Keep Wang as your own contact: a monthly call, with Daniel beside you — introduced, not substituted # coach: After a promotion, stay active with the accounts you cultivated; otherwise the rapport building starts over.]
  ~ meeting("wang", 60)
  ~ gain("wang", "attentiveness", 10, 1.3)
  ~ gain("wang", "coordination", 6, 1.2)
  ~ gain("wang", "benevolence", 6, 1.2)
  The first monthly call is not about anything. # place: video-call # location: Shanghai, on screen
  Wang has news: his daughter Yuting got into Tongji — architecture. He pretends to be resigned about it.
  You send her a book on Danish design. Two weeks later a photo arrives: Yuting reading it, unconvinced.
// source: 000_ac8871b0fd25056d.txt "Otherwise, the rapport building starts over."
* {not handed_over} [Hand Jinhai to Daniel completely; you have forty-one suppliers now # coach: Relationships are between individuals, not companies: handing over the account restarts the rapport with Wang from the beginning.]
  ~ handed_over = true
  ~ handover("wang")
  You send Wang a warm email introducing Daniel as his new contact. He replies within the hour, politely.
// source: 000_ac8871b0fd25056d.txt "he should take an active role with accounts he cultivated"
* {handed_over} [Call Wang yourself, with Daniel on the line, and take an active role again # coach: Even after a handover, the person who built the relationship can keep it alive by staying personally involved.]
  ~ reconnected = true
  ~ meeting("wang", 60)
  ~ gain("wang", "benevolence", 8, 1.3)
  ~ gain("wang", "attentiveness", 8, 1.2)
  ~ gain("wang", "coordination", 4, 1.1)
  Wang, I should have stayed closer. Daniel runs the day to day — but I'd like the two of us to talk every month. # speaker: you # place: video-call # location: Shanghai, on screen
  Every month. Good. Then I can tell you my daughter's news myself: Tongji, architecture. # speaker: wang
// source: 000_ac8871b0fd25056d.txt "Otherwise, the rapport building starts over."
* {handed_over} [Leave Jinhai with Daniel; it is his account now # coach: Leaving the relationship to a newcomer is efficient on paper; for Wang, the person he trusted has simply gone.]
  ~ loss("wang", "attentiveness", 3, 1.1)
  Daniel's monthly reports from Jinhai are thorough, and you read them on the train.
- -> banquet

// ─── Meeting 8 — day 94: the customer banquet ────────────────────────────────────────────────
=== banquet ===
~ meeting("wang", 94)
{ not handed_over or reconnected:
  A round table for twelve at Jinhai's summer banquet. Mr Sun at the head, Wang at your side, Zhou Min across from you in a dress nobody at the lab has seen before. # place: banquet # location: Shanghai # date: Thursday 10 July
  ~ gain("wang", "benevolence", 6, 1.3)
- else:
  Jinhai's summer banquet on a laptop screen: a round table for twelve, Mr Sun at the head, Daniel in the customer's seat. The sound comes and goes. # place: video-call # location: Shanghai, on screen # date: Thursday 10 July
}
Velo Nord's next bike, the Heron cargo bike, needs Jinhai's new controller — and Jinhai's line from February to April, when every European brand wants it.
Wang stands and raises his glass.
{
- trust("wang") >= PARTNER_TRUST and asked_in_public:
  To Velo Nord — the customer who came back to put things right. # speaker: wang
- trust("wang") >= PARTNER_TRUST:
  To Velo Nord — the customer who asks first. # speaker: wang
- else:
  To all our customers, and a good year. # speaker: wang
}
Your phone lights up with a message from Ingrid: "Heron capacity — can we have it confirmed by September?" # discuss: Which of Alex's earlier choices is Wang remembering tonight — and which of them could goodwill absorb?
// source: 000_ac8871b0fd25056d.txt "In the long run, building rapport saves time and money with faster deal making"
* [Toast his team, and ask Wang for an hour alone tomorrow to talk about the Heron # coach: Honouring the relationship at the table and keeping the request for a private hour protects his face — and lets the goodwill you built do its work.]
  ~ gain("wang", "positivity", 6, 1.2)
  ~ gain("wang", "coordination", 6, 1.2)
  To Zhou Min's four hundred boards — and to Mr Wang's team. # speaker: you
  Next morning, just the two of you, you ask: the new controller, and the line held for the Heron from February to April.
  { business_ask("wang", 0.7):
    ~ capacity_won = true
    For the Heron we will keep the line. I will talk to Mr Sun myself. # speaker: wang # mood: pleased
  - else:
    February is very difficult. Let me see what I can do. # speaker: wang # mood: uneasy
  }
// source: 000_ac8871b0fd25056d.txt "caused him to lose face"
* [Ask for the capacity at the table, while Mr Sun is there and the mood is good # coach: A business request at the banquet makes any refusal a loss of face — his, in front of his chairman — and it lands only if the relationship can carry it.]
  ~ face_threat("wang", 0.7, 0.3, true, 0.2)
  Mr Sun, Mr Wang — since we're all together: could Jinhai hold the line for our Heron next February to April? # speaker: you
  Mr Sun looks at Wang. Everyone at the table looks at Wang.
  { business_ask("wang", 0.7):
    ~ capacity_won = true
    For Velo Nord — yes. We will find a way. # speaker: wang
  - else:
    We will study it. # speaker: wang # mood: closed
  }
- {
  - trust("wang") >= PARTNER_TRUST and rapport("wang") >= PARTNER_RAPPORT: -> ending_partner
  - trust("wang") >= CAUTIOUS_TRUST: -> ending_cautious
  - else: -> ending_lost
  }

// ─── Endings ─────────────────────────────────────────────────────────────────────────────────
=== ending_partner ===
# ending: partner
# ending_title: A partner who tells you first
In September the Heron is announced with Jinhai's controller inside. {capacity_won: The February line is already booked in Velo Nord's name.}
In October, at eleven at night, Wang messages you: two dates in next year's plan that his team cannot meet — before anyone has asked.
{ asked_in_public:
  Nobody at Jinhai mentions the Tuesday in April any more. Wang does, once, as a joke, and Zhou Min laughs hardest.
}
# learn: 000: Goodwill built early — the introductions, the dinner, the trip — is what later absorbs small conflicts and misunderstandings.
# learn: 000: A request the leader cannot meet costs him face in front of his team; raised in private, or through a channel agreed in advance, it costs almost nothing.
# learn: 000: When there is a major problem, travel to its source: being there shows a commitment that video calls cannot.
# learn: 000: Keep the same people on the account, even after a promotion: relationships are between individuals, not companies.
# learn: 000: Rapport saves time and money — faster deals and easier conflict resolution, as the Heron talks showed.
-> END

=== ending_cautious ===
# ending: cautious
# ending_title: Repaired, but careful
The Heron contract is signed — for one season, with a capacity clause Jinhai's sales department wrote{capacity_won:.| and no promise about February.}
Wang is friendly on every call. He is also careful about what he promises you, and his messages arrive in office hours.
# learn: 000: A public loss of face can be repaired only in part: a quick private apology and a face-saving alternative restore some trust, not all of it.
# learn: 000: Silence, single-word answers and "we will study it" are the signals to stop and repair — not to press the group for an answer.
# learn: 000: Consistent contact keeps a relationship warm: visits in person and the same people on the account; between contacts, rapport fades.
# learn: 000: Shared experiences outside work, such as the hosts' sightseeing trip, build the goodwill you need when things go wrong.
-> END

=== ending_lost ===
# ending: lost
# ending_title: The line goes quiet
In August Jinhai's sales department writes that February to April is fully booked. They regret it very much.
The Heron's controller will come from a supplier in Ningbo you have never met. Your first visit is in October. You will be starting from nothing.
# learn: 000: Asking the group's leader, in front of his team, for something he cannot give makes him lose face — and the whole group's dynamic goes with it.
# learn: 000: Goodwill absorbs small conflicts only; a public loss of face needs deliberate, prompt, private repair.
# learn: 000: A new face on the account, or no face at all, starts the rapport over from nothing.
# learn: 000: In a major problem, go to the source; a screen or an email shows no commitment.
-> END
