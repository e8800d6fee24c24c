# title: "Of course"
# summary: A cutover date pulled forward for peak season, an integration partner in Pune, and a yes that may not mean what you think. Learn to ask so that the trade-offs — and the bad news — come to the surface in time.
# role: You are Jordan Hale, VP of Operations at Meridian Freight in Columbus, Ohio. Sahyadri Infotech in Pune is moving your 340 carriers onto a new tracking platform, and the cutover must land before peak season.
# minutes: 18
# seeds: 003_2998f7574354a4b6
# order: 3
INCLUDE lib/rapport.ink

// Source for every lesson here:
// 003_2998f7574354a4b6.txt — "“Can you do this?” asks the U.S. customer. “Of course,” answers the
// Indian systems integrator. The American expects pushback or at least a discussion of tradeoffs.
// The Indian’s assumption is that good customer service requires an unqualified yes."

// Thresholds, in one place (calibrated with `npm run stories`).
// Endings: Lakshmi's trust decides whether the partnership holds; Rohit's decides whether the
// people doing the work will tell you the truth next time.
CONST PARTNER_TRUST = 50
CONST TEAM_TRUST = 38
CONST WORKING_TRUST = 28
// The cutover goes to a plan Lakshmi's team believes in only if there is a plan for the sixty small
// carriers and the relationship carried the bad news to you in time.
CONST CLEAN_CUTOVER = 38

// Remembered: whether the sixty small carriers got a customised path at all.
VAR bridge = false

~ cast()
-> kickoff

// The cast. Individuals first, culture second.
// Lakshmi Venkatesan, 43, delivery lead at Sahyadri Infotech. Joined seventeen years ago as a
// tester ("the happy path always works"), runs trail races in the hills outside Pune, and protects
// her team fiercely. Her "of course" is a promise she will keep at her own cost; her director
// measures her on zero escalations. She tells the truth to people who have shown they want it.
// Rohit Deshpande, 27, the integration engineer who built the status-message mapping for the small
// carriers. Keeps wicket for the office cricket team and is the funniest voice in the team chat.
// On client calls his camera is off and he says nothing: not shyness — in his eyes the client
// conversation belongs to his lead.
=== function cast() ===
~ counterpart("lakshmi", "Lakshmi Venkatesan", 0.7, 0.65, 0.7, 0.35, 0.75)
~ counterpart("rohit", "Rohit Deshpande", 0.55, 0.75, 0.65, 0.45, 0.6)

// ─── Meeting 1 — the question ────────────────────────────────────────────────────────────────
=== kickoff ===
~ meeting("lakshmi", 0)
~ meeting("rohit", 0)
Monday, 9 a.m. in Columbus, 6.30 p.m. in Pune. Seven squares on the screen; two cameras are off, including yours. # place: video-call # location: Pune, on screen # date: Monday 2 June
Before the agenda, Lakshmi apologises for her voice: she ran the Sinhagad fort trail on Sunday, in the first monsoon rain, and shouted at a great many slow hikers.
Then the news. Your CFO has moved the cutover from November to 15 September, so that peak season runs on the new platform.
Last year the old system failed in Black Friday week, and two retail shippers charged penalties.
# discuss: Jordan is about to ask the integrator whether a date can be met. What answer will a closed question get from someone who believes good service means saying yes?
// source: 003_2998f7574354a4b6.txt "“Can you do this?” asks the U.S. customer. “Of course,” answers the Indian systems integrator."
* [Ask Lakshmi: "Can your team hit 15 September?" # coach: A yes-or-no question leaves room for one answer from someone who believes good service means saying yes. You will hear "of course" — and learn nothing about the trade-offs.]
  ~ gain("lakshmi", "positivity", 3, 1.0)
  Lakshmi, can your team hit 15 September? # speaker: you
  Of course. We will make it happen. # speaker: lakshmi
  Nobody else unmutes. In one of the dark squares, the name Rohit Deshpande flickers as if he were about to speak.
  -> closed_question
// source: 003_2998f7574354a4b6.txt "The American expects pushback or at least a discussion of tradeoffs."
* [Ask what 15 September would take from her team — and what would have to give # coach: An open question about what it would take makes the trade-offs part of the answer. She does not have to say no; she only has to describe the work.]
  ~ gain("lakshmi", "coordination", 8, 1.3)
  ~ gain("lakshmi", "benevolence", 6, 1.2)
  ~ gain("lakshmi", "integrity", 6, 1.3)
  ~ gain("lakshmi", "ability", 6, 1.2)
  Lakshmi, what would 15 September take from your team — and what would have to give to make it? # speaker: you
  A pause while she unmutes.
  It is possible. If your carrier team signs off the mapping rules within two weeks. And if the sixty smallest carriers can come a little later. # speaker: lakshmi
  It is the first time since January she has said "if".
  -> email
// source: 003_2998f7574354a4b6.txt "They like to get a lot done in a short amount of time."
* [Tell them 15 September is fixed, and ask for written confirmation today # coach: A fixed date, announced in front of her team and followed by a demand for written confirmation, turns the yes into a contract nobody present could refuse.]
  ~ face_threat("lakshmi", 0.8, 0.6, true, 0)
  15 September is fixed by our CFO. Please confirm in writing by end of day. # speaker: you
  Confirmed. You will have it in one hour. # speaker: lakshmi # mood: closed
  -> email

= closed_question
// source: 003_2998f7574354a4b6.txt "The Indian’s assumption is that good customer service requires an unqualified yes."
* [Thank her and move on to the next item # coach: Taking the yes at face value closes the conversation where the real one should have started. Nothing is wrong yet — but both of you now believe different things.]
  ~ loss("lakshmi", "coordination", 3, 1.2)
  Great. Thank you. Next item — the carrier communications plan. # speaker: you
// source: 003_2998f7574354a4b6.txt "The more salespeople ask, the deeper they will get with the customer."
* [Ask her what would worry her most about that date # coach: A follow-up about worries, not about yes or no, lets some of the trade-offs surface without anyone having to refuse you.]
  ~ gain("lakshmi", "coordination", 5, 1.2)
  ~ gain("lakshmi", "attentiveness", 4, 1.2)
  Thank you. What would worry you most about that date? # speaker: you
  She thinks about it.
  Only the small carriers, perhaps. Some of them send their status messages in their own way. We will manage. # speaker: lakshmi
- -> email

= email
After the call you write the summary email.
// source: 003_2998f7574354a4b6.txt "At the very least, salespeople can write that extra sentence—the personal one—in their emails."
* [Add a personal line: thank the team by name for staying late, and ask Lakshmi how Sinhagad compared with her last race # coach: The extra, personal sentence is how people who rarely see each other make a human connection — and it shows you were listening before the agenda began.]
  ~ gain("lakshmi", "positivity", 8, 1.3)
  ~ gain("lakshmi", "attentiveness", 4, 1.2)
  ~ gain("rohit", "positivity", 4, 1.2)
  Thank you, Lakshmi, Rohit, Sneha, Imran and Kavya, for staying until nearly eight your time. And Lakshmi — was Sinhagad in the rain worse than the Pune half? # speaker: you
  Lakshmi's reply comes overnight: the actions, confirmed — and a photo of a very muddy fort.
// source: 003_2998f7574354a4b6.txt "In a virtual world it’s easy to lose the sense of connection."
* [Keep it to actions, owners and dates — everyone is busy # coach: An email of actions only is efficient, and leaves the relationship where it was: two companies exchanging deliverables across a screen.]
  ~ gain("lakshmi", "coordination", 2, 0.9)
  You send five bullet points and a date. The actions come back, confirmed.
- -> status_call

// ─── Meeting 2 — the green report ────────────────────────────────────────────────────────────
=== status_call ===
~ meeting("lakshmi", 14)
~ meeting("rohit", 14)
Two weeks later. The weekly status report is green, as it has been every week since January. # place: video-call # location: Pune, on screen # date: Monday 16 June
But on the project board, Rohit's ticket — status messages for the sixty small carriers — has not moved in nine days.
# discuss: The report says green; the ticket says otherwise. How do you find out what is really happening without making anyone say "no" in front of the group?
// source: 003_2998f7574354a4b6.txt "They try to unearth disagreements quickly in order to resolve them and move on."
* [Ask, in front of everyone, why the report is green when the ticket has not moved # coach: Surfacing a disagreement fast and in public is the Western reflex. Here it exposes Lakshmi in front of her own team — and the answer you get is a defensive one.]
  ~ face_threat("lakshmi", 0.8, 0.5, true, 0)
  ~ face_threat("rohit", 0.6, 0.3, true, 0)
  The report says green, but the small-carrier mapping has not moved in nine days. Why is it green? # speaker: you
  Silence. Someone's microphone picks up rain on a window.
  It is in progress. We will update the report. # speaker: lakshmi # mood: closed
  -> after_public
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
* [Ask Lakshmi for fifteen minutes one-to-one after the call # coach: A private conversation lets her tell you what she could not say in front of her team — the disagreement surfaces, but nobody loses face.]
  ~ face_threat("lakshmi", 0.5, 0.4, false, 0.9)
  ~ gain("lakshmi", "benevolence", 8, 1.3)
  ~ gain("lakshmi", "integrity", 4, 1.2)
  Lakshmi, could we take fifteen minutes after this — just the two of us? # speaker: you
  One-to-one, she is direct.
  The small carriers are worse than anyone told us. Sixty of them send status messages their own way. Rohit thinks six more weeks. # speaker: lakshmi
  -> reporting
// source: 003_2998f7574354a4b6.txt "But unless they can see the face of the other person, it’s hard to make a human connection."
* [Switch your camera on, and ask Rohit what he is finding in the carriers' data # coach: Showing your face first, and asking the engineer about the work rather than about who is late, opens a second channel — without going around his lead.]
  ~ gain("rohit", "attentiveness", 8, 1.3)
  ~ gain("rohit", "positivity", 4, 1.2)
  ~ gain("lakshmi", "attentiveness", 3, 1.1)
  You switch your camera on.
  Rohit, you know this data better than anyone. What are you finding? # speaker: you
  His square stays dark for a moment. Then it lights up: a young man in a Sahyadri cricket shirt, glancing sideways — at Lakshmi's square, you realise. She nods.
  Sixty carriers send their status messages their own way. One sends a spreadsheet by email, every four hours. I need a rule for each of them. # speaker: rohit
  -> reporting

= after_public
After the call, the silence stays with you.
// source: 003_2998f7574354a4b6.txt "Salespeople should be encouraged to turn discomfort into an opportunity to learn and connect in order to build a sustainable relationship."
* [Call Lakshmi that evening and apologise for raising it in front of her team # coach: An apology, in private and the same day, repairs part of what a public question cost her — and tells her you understand why it cost her anything.]
  ~ apology("lakshmi")
  Lakshmi, I should not have put that question to you in front of the team. I am sorry. # speaker: you
  A long pause.
  Thank you for calling. # speaker: lakshmi
  The small carriers are difficult. We are working on it. # speaker: lakshmi
// source: 003_2998f7574354a4b6.txt "They try to unearth disagreements quickly in order to resolve them and move on."
* [Leave it — it was a fair question # coach: It was a fair question, asked in the wrong place. Leaving it there tells her the cost to her face did not register.]
  ~ loss("lakshmi", "benevolence", 4, 1.2)
  You leave it. The next week's report is green again.
- -> decision

= reporting
The weekly report still has one column for status: red, amber or green.
// source: 003_2998f7574354a4b6.txt "Dig deep into cultural differences to learn. Nothing is written down."
* [Propose a standing section, "What we are least sure about" — and fill in your own side's first # coach: Making uncertainty a normal, expected part of every report — and going first — makes bad news safe to write down.]
  ~ gain("lakshmi", "coordination", 6, 1.3)
  ~ gain("lakshmi", "integrity", 8, 1.3)
  ~ gain("rohit", "benevolence", 4, 1.2)
  ~ gain("rohit", "integrity", 4, 1.2)
  From next week, every report ends with what we are least sure about. I will go first: our carrier-relations team still has not signed off the mapping rules. # speaker: you
  Lakshmi laughs, for the first time on a call.
  That is true. # speaker: lakshmi # mood: pleased
// source: 003_2998f7574354a4b6.txt "A common cross-cultural misunderstanding in these projects occurs when the service provider gives the customer only good news."
* [Ask for the status to be "more accurate" from now on # coach: Demanding accuracy without making it safe to report red teaches people to hide red more carefully.]
  ~ loss("lakshmi", "benevolence", 6, 1.3)
  Going forward, please make sure the status reflects reality. # speaker: you
  Of course. # speaker: lakshmi
- -> decision

// ─── Meeting 3 — the decision ────────────────────────────────────────────────────────────────
=== decision ===
~ meeting("lakshmi", 16)
~ meeting("rohit", 16)
Wednesday. Your own carrier-relations team has flagged the same sixty carriers: small fleets, two or three trucks each, with no IT department. # place: video-call # location: Pune, on screen # date: Wednesday 18 June
Meridian's standard is one specification for every carrier. Carriers that do not comply are suspended until they do. Your PMO wants a ruling today.
// source: 003_2998f7574354a4b6.txt "They value consistency—one rule for all—over flexibility."
* [Rule now: one standard for every carrier, no exceptions, and 15 September stands # coach: One rule for all is consistent — and it asks the team doing the work to say yes to a plan they believe will fail. You will get that yes.]
  ~ loss("lakshmi", "benevolence", 8, 1.3)
  ~ loss("lakshmi", "ability", 4, 1.2)
  ~ loss("rohit", "benevolence", 6, 1.3)
  One specification for everyone, no exceptions. Carriers that are not ready on the fifteenth are suspended. # speaker: you
  Of course. # speaker: lakshmi # mood: closed
  Rohit's camera, if it was on, goes off.
// source: 003_2998f7574354a4b6.txt "Even the most senior people in many companies can’t make a decision without several rounds of consensus building, even among subordinates."
* [Ask Lakshmi to take the options — including a custom bridge for the sixty — to her team, and bring back one recommendation on Friday # coach: Decisions here are built by consensus, even among the juniors who will do the work. Giving the team time makes the answer theirs — and true — and leaves room for a customised solution.]
  ~ bridge = true
  ~ gain("lakshmi", "benevolence", 10, 1.4)
  ~ gain("lakshmi", "coordination", 6, 1.3)
  ~ gain("rohit", "benevolence", 8, 1.3)
  ~ gain("rohit", "ability", 6, 1.2)
  Take the options to your team — all of them, including a custom bridge for the sixty. I would rather have your joint recommendation on Friday than my guess today. # speaker: you
  Friday, then. # speaker: lakshmi # mood: pleased
  On Friday the recommendation arrives, signed by the whole team: the 280 large carriers on 15 September, the sixty through a bridge Rohit will build, moved over in January.
// source: 003_2998f7574354a4b6.txt "Err on the side of flexibility."
* [Approve a custom bridge for the sixty on the spot, and ask for the plan by tomorrow morning # coach: Flexible, and generous — but decided for the team on the call. Lakshmi has to commit before she has asked the people who will build it.]
  ~ bridge = true
  ~ gain("lakshmi", "benevolence", 4, 1.2)
  ~ face_threat("lakshmi", 0.5, 0.5, true, 0.3)
  ~ loss("rohit", "coordination", 4, 1.2)
  Let us build a bridge for the sixty. Could I have the plan by tomorrow morning? # speaker: you
  Of course. # speaker: lakshmi
  The plan arrives at 6 a.m. your time. It was finished at 3.30 in Pune.
- -> visit

// ─── Meeting 4 — Pune ────────────────────────────────────────────────────────────────────────
=== visit ===
~ meeting("lakshmi", 35)
~ meeting("rohit", 35)
Five weeks in. You fly to Pune for the integration test cycle. The office in Hinjewadi is loud, bright, and smells of filter coffee; outside, the monsoon has not stopped for three days. # place: office # location: Pune # date: Monday 7 July
Lakshmi meets you in the lobby with an umbrella and a printed agenda. The first morning, she says, is yours.
// source: 003_2998f7574354a4b6.txt "Negotiating the differences requires an investment of time and a genuine interest in the other person."
* [Spend the first morning with Rohit's team at their desks, asking how the tests work # coach: Being there, and being interested in the people doing the work, is the deepest kind of "make them see you" — and it is where you will hear what never reaches a report.]
  ~ gain("rohit", "benevolence", 8, 1.3)
  ~ gain("rohit", "attentiveness", 6, 1.3)
  ~ gain("lakshmi", "positivity", 6, 1.2)
  You pull up a chair. Rohit shows you the carrier that sends a spreadsheet every four hours, and the rule he wrote for it, and the comment above the rule, which is a joke about the carrier.
  -> chai
// source: 003_2998f7574354a4b6.txt "The things on the surface—clothing, food, language—are far less meaningful than the things that are hidden."
* [Go straight into a steering meeting with Lakshmi and her director # coach: Meeting only the leaders treats the visit as a status review. The people doing the work — and what they know — stay out of sight.]
  ~ gain("lakshmi", "ability", 3, 1.0)
  ~ loss("rohit", "attentiveness", 4, 1.2)
  The steering meeting with Lakshmi and her director, Suresh Iyer, runs three hours and forty slides. Every slide is green. You never reach the test floor.
  -> dinner

= chai
In the afternoon, at the canteen, Rohit stirs his chai for a long time.
Can I tell you something? {bridge:The bridge will work. But we|We} tested the tracking feed at forty percent of October's volume. At full volume it falls six hours behind. # speaker: rohit
I have not put it in the report yet. I wanted to be sure. # speaker: rohit # mood: uneasy
// source: 003_2998f7574354a4b6.txt "Remember the group."
* [Thank him, and ask whether he would be comfortable raising it with Lakshmi first — you will back it # coach: He trusted you with it; letting him take it to his lead, in his own way, keeps the group's order intact and makes the bad news his team's, not yours.]
  ~ gain("rohit", "benevolence", 8, 1.3)
  ~ gain("rohit", "integrity", 6, 1.2)
  ~ gain("lakshmi", "coordination", 4, 1.2)
  Thank you for telling me. Would you raise it with Lakshmi first? When she brings it to me, I will back you both. # speaker: you
  He nods, twice. That evening Lakshmi adds a line to the report, under "What we are least sure about".
// source: 003_2998f7574354a4b6.txt "At the same time, remember that there’s a person beneath the stereotype."
* [Take it straight to Lakshmi and her director: "Rohit tells me the feed will fall behind" # coach: Carrying an engineer's private warning to his lead and her director breaks his confidence, exposes him, and tells Lakshmi that her own engineer went around her.]
  ~ face_threat("rohit", 0.7, 0.6, true, 0)
  ~ loss("rohit", "integrity", 6, 1.2)
  ~ face_threat("lakshmi", 0.6, 0.3, true, 0)
  You find Lakshmi and her director, Suresh Iyer, in the corridor.
  Rohit tells me the tracking feed will fall six hours behind at peak. # speaker: you
  Suresh looks at Lakshmi. Lakshmi looks at the floor. # mood: closed
  Rohit does not come to the canteen the next day.
- -> dinner

= dinner
On your last night, Lakshmi takes you to dinner at a Maharashtrian place in Koregaon Park. Over the second round of solkadhi, she says it quietly.
The team has worked every weekend since June. Two of my best people have asked to move to another account. We did not want to be the supplier who says no. # speaker: lakshmi
// source: 003_2998f7574354a4b6.txt "The Indian’s assumption is that good customer service requires an unqualified yes."
* [Thank her for telling you, say you would always rather hear the trade-offs, and agree together what comes off the plan # coach: Rewarding the first honest "no" is how you teach a partner that the truth is safe with you — and the plan improves the same evening.]
  ~ gain("lakshmi", "integrity", 10, 1.4)
  ~ gain("lakshmi", "benevolence", 12, 1.4)
  ~ gain("rohit", "benevolence", 6, 1.2)
  Thank you. I would always rather hear this early. What could come off the plan? The reporting dashboards could wait until November. # speaker: you
  They could. And the weekend work could stop. # speaker: lakshmi # mood: pleased # cue: The first honest "no", rewarded
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
* [Tell her you wish she had said so in June # coach: It is true, and it punishes the first honest answer. The team learns to go back to "of course".]
  ~ loss("lakshmi", "benevolence", 10, 1.3)
  ~ loss("lakshmi", "integrity", 4, 1.2)
  I wish you had told me this in June. # speaker: you
  So do I. # speaker: lakshmi # mood: closed
- -> readiness

// ─── Meeting 5 — the readiness review ────────────────────────────────────────────────────────
=== readiness ===
~ meeting("lakshmi", 63)
~ meeting("rohit", 63)
The cutover readiness review. Fourteen people on the call: your CIO, Dana Okafor, your carrier-relations team, Lakshmi, Suresh Iyer, and — camera on — Rohit. # place: video-call # location: Pune, on screen # date: Monday 4 August
Dana has read the summary and not the detail. She likes a straight answer.
Lakshmi, can you guarantee a clean cutover on the fifteenth? # speaker: Dana Okafor
# discuss: Jordan's own boss has just asked the closed question in front of fourteen people. What can Jordan do in the next five seconds?
// source: 003_2998f7574354a4b6.txt "The American expects pushback or at least a discussion of tradeoffs."
* [Step in: ask Lakshmi what a clean cutover needs from both sides, and what she would move if it cannot all fit # coach: Turning your own boss's closed question into an open one protects your partner's face and gets the real answer into the room — the trade-offs, not the yes.]
  ~ gain("lakshmi", "benevolence", 10, 1.4)
  ~ gain("lakshmi", "coordination", 8, 1.3)
  ~ gain("lakshmi", "integrity", 6, 1.3)
  ~ gain("rohit", "benevolence", 6, 1.2)
  ~ gain("rohit", "positivity", 4, 1.2)
  Dana, may I put it another way? Lakshmi — what does a clean cutover need, from your side and from ours, and what would you move if it cannot all fit? # speaker: you
  Lakshmi does not hesitate.
  The tracking-feed fix. A freeze on carrier changes two weeks before. And a real plan for the sixty small carriers — they cannot all be ready on the fifteenth. # speaker: lakshmi
  Dana writes it down.
  That's the clearest answer I've had on this project. # speaker: Dana Okafor # cue: The trade-offs, in the room
// source: 003_2998f7574354a4b6.txt "“Can you do this?” asks the U.S. customer. “Of course,” answers the Indian systems integrator."
* [Let the question stand, and wait for her answer # coach: Silence leaves her with the only answer a closed question in front of her director and your CIO allows. You have heard it before.]
  ~ loss("lakshmi", "benevolence", 6, 1.3)
  ~ loss("lakshmi", "coordination", 4, 1.2)
  Of course. # speaker: lakshmi
  Dana moves on. In his square, Rohit looks down at something off screen.
// source: 003_2998f7574354a4b6.txt "Americans in particular and Westerners in general, still tend to be individualistic, impatient, and competitive."
* [Answer for her: "Yes — Lakshmi's team has assured me" # coach: Promising on your partner's behalf, in public, commits her to something she never said — and tells her that her answer did not matter.]
  ~ face_threat("lakshmi", 0.8, 0.6, true, 0)
  ~ loss("lakshmi", "integrity", 4, 1.2)
  Yes. Lakshmi's team has assured me we are on track. # speaker: you
  Lakshmi's face does not move. # mood: closed
// Whether the bad news reached you in time decides which cutover happens.
- { bridge && trust("lakshmi") >= CLEAN_CUTOVER: -> clean_cutover }
-> rough_cutover

// ─── Meeting 6 — peak season ─────────────────────────────────────────────────────────────────
=== clean_cutover ===
~ meeting("lakshmi", 115)
~ meeting("rohit", 115)
Ten days after cutover. It ran to the plan the team believed in: 280 carriers on 15 September, the tracking feed fixed, the sixty small carriers booked for January. # place: video-call # location: Pune, on screen # date: Thursday 25 September
Peak volumes are building, and the platform has not missed a status update. Your CEO asks you for a note to the whole company.
// source: 003_2998f7574354a4b6.txt "Focus on commonalities."
* [Name Lakshmi, Rohit and the Pune team, with their faces on the slide beside yours # coach: Public credit, shared across the two teams, tells the partner that the relationship — not only the delivery — mattered. One team, two offices.]
  ~ gain("lakshmi", "positivity", 10, 1.3)
  ~ gain("lakshmi", "benevolence", 12, 1.4)
  ~ gain("rohit", "positivity", 10, 1.3)
  ~ gain("rohit", "benevolence", 10, 1.4)
  Your slide shows two offices and one team. Lakshmi forwards it to everyone at Sahyadri. Rohit makes it his profile picture.
// source: 003_2998f7574354a4b6.txt "Americans in particular and Westerners in general, still tend to be individualistic, impatient, and competitive."
* [Announce it as the Columbus team's success, with a thank-you to "our vendors" # coach: Calling a partner "our vendors" at the moment of success tells them exactly where they stand.]
  ~ loss("lakshmi", "benevolence", 8, 1.3)
  ~ loss("rohit", "benevolence", 6, 1.3)
  The note thanks "our vendors" in its last line.
- -> verdict

=== rough_cutover ===
~ meeting("lakshmi", 115)
~ meeting("rohit", 115)
Ten days after cutover. It ran to the date, not to a plan. As peak volumes built, the tracking feed fell six hours behind. # place: video-call # location: Pune, on screen # date: Thursday 25 September
{ bridge:
  The bridge for the sixty small carriers went live untested; half of them went dark in the first week.
- else:
  The sixty small carriers that could not meet the standard were suspended, and their loads went to your competitors.
}
Two retail shippers have escalated. The post-mortem call has both teams on it, and your CEO.
The timeline on the first slide shows when the engineers first saw each problem. Most of the dates are in June and July.
# discuss: The vendor's reports were green; the engineers knew. Whose failure is this — and what does Jordan say in front of both teams?
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
* [Own your part first: the date was yours, and the way you asked left "of course" as the only answer # coach: Owning your side of a shared failure, in front of both teams, is the apology that makes the next honest conversation possible.]
  ~ apology("lakshmi")
  ~ gain("lakshmi", "integrity", 8, 1.3)
  ~ gain("lakshmi", "benevolence", 6, 1.3)
  ~ gain("rohit", "benevolence", 6, 1.2)
  Before we look at Sahyadri's side: the date was mine, and I asked questions that only had one polite answer. That is where this started. # speaker: you
  On the call, nobody speaks for a moment. Then Lakshmi unmutes and walks through her side, line by line, without being asked.
// source: 003_2998f7574354a4b6.txt "The Indian’s assumption is that good customer service requires an unqualified yes."
* [Point to the green reports: the vendor said it was on track # coach: It is true, and it puts the whole failure on a partner who was doing what she believed good service required. In public, it also costs her face.]
  ~ face_threat("lakshmi", 0.9, 0.6, true, 0)
  ~ loss("rohit", "benevolence", 6, 1.3)
  Every report we received said green. We were told it was on track. # speaker: you
  Lakshmi says nothing for the rest of the call. # mood: closed
- -> verdict

// ─── The relationship decides ────────────────────────────────────────────────────────────────
=== verdict ===
{
  - trust("lakshmi") >= PARTNER_TRUST && trust("rohit") >= TEAM_TRUST: -> ending_partner
  - trust("lakshmi") >= WORKING_TRUST: -> ending_working
  - else: -> ending_yes
}

=== ending_partner ===
# ending: partner
# ending_title: A partner who says "not yet"
In November, Lakshmi proposes phase two herself — with a plan, a date, and a page headed "What we are least sure about". Rohit's name is on the first risk.
# learn: 003: "Of course" may mean "good service requires a yes": ask what it would take and what would have to give, and the trade-offs come with the answer.
# learn: 003: Surface disagreement in private, or through the person who owns it — fast and in public costs face and buys a defensive answer.
# learn: 003: Give the group time to build consensus, even among juniors; the recommendation you get back is then theirs, and true.
# learn: 003: Make them see you: the camera, the visit, the personal sentence in an email.
-> END

=== ending_working ===
# ending: working
# ending_title: Working, with blind spots
The platform runs, and phase two goes to Sahyadri. Lakshmi answers your questions honestly — when you ask the right ones. Nobody volunteers the rest.
# learn: 003: A green report can hide a red project when the person writing it believes only good news is acceptable.
# learn: 003: Consistency — one rule for all — can collide with a partner who expects a customised solution; err on the side of flexibility.
# learn: 003: Asking the engineer who knows, warmly and without blame, opens a second channel of truth — if his lead is not bypassed.
-> END

=== ending_yes ===
# ending: yes
# ending_title: Yes, until it wasn't
Meridian puts phase two out to tender. Sahyadri does not bid. Lakshmi moves to another account; you hear that Rohit has left the company.
# learn: 003: An unqualified yes to a closed question is not agreement to a plan.
# learn: 003: Exposing a problem in front of the team makes the next problem harder to hear about.
# learn: 003: Punishing the first honest answer teaches a partner to go back to "of course".
# learn: 003: Without a relationship, bad news travels slowly — it arrives at go-live.
-> END
