# title: "Of course"
# summary: A cutover date pulled forward for peak season, an integration partner in Pune, and two people who answer the same question in opposite ways. Learn to ask so that the trade-offs and the bad news come to the surface in time, and to read the person as well as the culture.
# role: You are Jordan Hale, VP of Operations at Meridian Freight in Columbus, Ohio. Sahyadri Infotech in Pune is moving your 340 carriers onto a new tracking platform, and the cutover must land before peak season.
# minutes: 20
# seeds: 003_2998f7574354a4b6, 004_321f206b4ac9ecaf
# pass_mark: 60
# order: 3
INCLUDE lib/rapport.ink

// The lesson at the heart of this scenario, 003_2998f7574354a4b6.txt: "“Can you do this?” asks the
// U.S. customer. “Of course,” answers the Indian systems integrator. The American expects pushback
// or at least a discussion of tradeoffs. The Indian’s assumption is that good customer service
// requires an unqualified yes." And its counterweight, from the same article: "At the same time,
// remember that there’s a person beneath the stereotype." Lakshmi is the "of course" the article
// describes; Rohit is the person the shorthand gets wrong. The same move wins with one and loses
// with the other.
//
// Time zones (beyond the seeds: IANA time zone database, America/New_York and Asia/Kolkata).
// Pune keeps India Standard Time, UTC+5:30, all year. Columbus is on US Eastern time: UTC−4 from
// the second Sunday of March to the first Sunday of November (EDT), UTC−5 in winter (EST). So from
// June to October Pune is 9 hours 30 minutes ahead of Columbus (9 a.m. in Columbus is 6.30 p.m. in
// Pune), and from November 10 hours 30 minutes (8 a.m. in Columbus is 6.30 p.m. in Pune).
// Calendar: 2025. Day 0 is Monday 2 June; 15 September is a Monday; 2 November, when US clocks go
// back, is a Sunday.

// Thresholds, in one place (calibrated with `npm run stories`).
// Endings: Lakshmi's trust decides whether the partnership holds; Rohit's decides whether the
// people who do the work will still tell you the truth. Below the partnership, what keeps Sahyadri
// on the account is the two of them together: a learner right about a third of the time (always
// the first option: Trust 24 + 43; always the longest: 21 + 36) still has one of them to work with
// and gets the middling ending; consistently bad play loses both (the worst path: 1 + 21).
CONST PARTNER_TRUST = 70
CONST TEAM_TRUST = 62
CONST WORKING_TRUST_SUM = 55
// The cutover goes to a plan the team believes in only if the sixty small carriers got a path of
// their own and the relationship carried the bad news to you in time.
CONST CLEAN_CUTOVER = 55

// Remembered: whether the sixty small carriers got a customised path at all.
VAR bridge = false

~ cast()
-> kickoff

// The cast. Individuals first, culture second.
//
// Lakshmi Venkatesan, 43, delivery lead at Sahyadri Infotech. Joined seventeen years ago as a
// tester, runs trail races in the hills outside Pune, and protects her team fiercely. Her "of
// course" is a promise she will keep at her own cost; her director, Suresh Iyer, measures her on
// zero client escalations, which is why going over her head costs her more than anything you could
// say to her face. She tells the truth to people who have shown, more than once, that they want it.
// Profile: trust grows from care shown over time (relationship orientation 0.75); she respects rank
// but runs an open team room (power distance 0.6); her team is her unit, credit and blame are
// shared (collectivism 0.75); with a client she is indirect, which is where "of course" comes from
// (directness 0.3); she expects a solution fitted to the case, not one rule for all (flexibility
// 0.8).
//
// Rohit Deshpande, 27, the integration engineer who builds the status-message mapping for the small
// carriers. He is the person the briefing pack's page on India gets wrong. Debating captain at the
// College of Engineering, Pune; eighteen months on site at a port operator in Rotterdam, where he
// learned that "no, because" is a courtesy (beyond the seeds: Erin Meyer, The Culture Map (2014),
// ch. 2, places the Dutch at the direct end of her scale for negative feedback). His father runs
// four trucks out of Nashik, one of the sixty small carriers, so he knows them from the inside. His
// camera is off on client calls because that is the team's habit, not because he defers: he
// contradicts his lead in the open, and she lets him. Shield him, talk around him or park his
// numbers "to spare him", and you lose him; ask him for the data and he gives it, good or bad.
// Profile: trust through competence he can test (relationship orientation 0.3); little deference
// to rank (power distance 0.35); loyal to the team but wants his own number under his own name
// (collectivism 0.45); says no plainly (directness 0.8); rules should bend where the data say so,
// not because someone asks nicely (flexibility 0.5).
=== function cast() ===
~ counterpart("lakshmi", "Lakshmi Venkatesan", 0.75, 0.6, 0.75, 0.3, 0.8)
~ counterpart("rohit", "Rohit Deshpande", 0.3, 0.35, 0.45, 0.8, 0.5)

// ─── Meeting 1 — the question ────────────────────────────────────────────────────────────────
=== kickoff ===
~ meeting("lakshmi", 0)
~ meeting("rohit", 0)
Monday, 9 a.m. in Columbus, 6.30 p.m. in Pune. Seven squares on the screen; three cameras are off, yours and Rohit Deshpande's among them. # place: video-call # location: Pune, on screen # date: Monday 2 June # id: oc-0001
Before the agenda, Lakshmi apologises for her voice: she ran the Sinhagad fort trail on Sunday, in the first monsoon rain. # id: oc-0002
Then the news. Your CFO has moved the cutover from November to 15 September, so that peak season runs on the new platform. # id: oc-0003
Last year the old system failed in Black Friday week, and two retail shippers charged penalties. This time the CFO wants a late-delivery penalty in Sahyadri's change order. # id: oc-0004
The briefing pack HR sent you has a page on India: "yes" may mean "I heard you"; juniors defer to their lead; never put anyone on the spot in front of the group. # id: oc-0005
# discuss: Jordan is about to ask the integrator whether a date can be met. What answer will a closed question get from someone who believes good service means saying yes?
// source: 003_2998f7574354a4b6.txt "“Can you do this?” asks the U.S. customer. “Of course,” answers the Indian systems integrator."
* [Ask Lakshmi straight out: "Can your team hit 15 September?" # coach: A yes-or-no question leaves one answer to someone who believes good service means saying yes. You hear "of course", and nothing about what it will cost. # id: oc-0006]
  ~ gain("lakshmi", "positivity", 3, 1.0)
  ~ loss("lakshmi", "coordination", 3, 1.0)
  ~ loss("rohit", "coordination", 2, 1.0)
  Lakshmi, can your team hit 15 September? # speaker: you # id: oc-0007
  Of course. We will make it happen. # speaker: lakshmi # mood: pleased # id: oc-0008
// source: 003_2998f7574354a4b6.txt "The American expects pushback or at least a discussion of tradeoffs."
* [Ask what 15 September would take from her team, and what would have to give # coach: An open question about what it would take makes the trade-offs part of the answer. She does not have to say no; she only has to describe the work. # id: oc-0009]
  ~ gain("lakshmi", "coordination", 8, 1.3)
  ~ gain("lakshmi", "benevolence", 6, 1.2)
  ~ gain("lakshmi", "integrity", 5, 1.2)
  ~ gain("rohit", "coordination", 3, 1.1)
  Lakshmi, what would 15 September take from your team, and what would have to give to make it? # speaker: you # id: oc-0010
  A pause while she unmutes. # id: oc-0011
  It is possible. If your carrier team signs off the mapping rules within two weeks. And if the smallest carriers can come a little later. # speaker: lakshmi # mood: neutral # id: oc-0012
  It is the first time since January she has said "if". # id: oc-0013
// source: 003_2998f7574354a4b6.txt "The Indian’s assumption is that good customer service requires an unqualified yes."
* [Say the date is fixed, and that the change order will carry the CFO's late-delivery penalty # coach: A penalty announced in front of her team turns the date into a test of her loyalty. She will sign; you will not hear what the date costs until it is too late to change it. # id: oc-0014]
  ~ face_threat("lakshmi", 0.8, 0.6, true, 0)
  ~ loss("lakshmi", "benevolence", 3, 1.0)
  ~ loss("rohit", "coordination", 2, 1.3)
  15 September is fixed by our CFO, and the change order will carry a late-delivery penalty. Please confirm in writing today. # speaker: you # id: oc-0015
  Understood. You will have it in one hour. # speaker: lakshmi # mood: closed # id: oc-0016
- -> rohit_speaks

= rohit_speaks
Before anyone can move on, a dark square unmutes. The name under it is Rohit Deshpande. # id: oc-0017
Sorry, one number before we go on. The plan has two weeks for mapping the sixty smallest carriers. It is six weeks of work. I have the list. # speaker: rohit # mood: neutral # id: oc-0018
On Lakshmi's square, a pause. By the briefing pack, this is a junior contradicting his lead in front of the client. # id: oc-0019
# discuss: The briefing pack says juniors defer and must never be put on the spot. Rohit has just done the opposite. Which do you trust: the page, or the person?
// source: 003_2998f7574354a4b6.txt "At the same time, remember that there’s a person beneath the stereotype."
* [Take him at his word: ask what the six weeks are made of, then ask Lakshmi what she would move # coach: He spoke up plainly because that is how he works; the respectful answer is to take his number seriously, in the open, and then give the decision back to his lead. # id: oc-0020]
  ~ gain("rohit", "attentiveness", 8, 1.4)
  ~ gain("rohit", "coordination", 6, 1.3)
  ~ gain("rohit", "ability", 5, 1.2)
  ~ gain("lakshmi", "coordination", 4, 1.1)
  What are the six weeks made of, Rohit? # speaker: you # id: oc-0021
  Thirty-one carriers send EDI with their own codes. Twenty send emails. Nine send a spreadsheet, one of them every four hours. I need a rule for each. # speaker: rohit # mood: pleased # id: oc-0022
  Lakshmi, with that in mind, what would you move? # speaker: you # id: oc-0023
  Then the sixty come later, and the others on the fifteenth. Let me work it through with the team. # speaker: lakshmi # mood: neutral # id: oc-0024
// source: 003_2998f7574354a4b6.txt "When we don’t know a culture, we adopt the shorthand of stereotypes"
* [Thank him, and say you will take the detail offline with Lakshmi rather than put an engineer on the spot # coach: The page in the briefing pack was written for someone else. Rohit asked to be heard; "offline, with your lead" tells him his number was parked, and that this client only listens to managers. # id: oc-0025]
  ~ gain("lakshmi", "positivity", 3, 1.1)
  ~ loss("rohit", "attentiveness", 3, 0.8)
  ~ loss("rohit", "coordination", 2, 1.0)
  Thank you, Rohit. Let's not put you on the spot; I'll pick up the detail with Lakshmi offline. # speaker: you # id: oc-0026
  Okay. # speaker: rohit # mood: closed # id: oc-0027
  His microphone goes off. It stays off for the rest of the call. # id: oc-0028
- -> email

= email
After the call you write the summary email. It is 11 a.m. in Columbus, 8.30 in the evening in Pune. # leave: lakshmi, rohit # id: oc-0029
// source: 003_2998f7574354a4b6.txt "They like to get a lot done in a short amount of time."
* [Keep it to actions, owners and dates: it is late in Pune, and everyone on that call is busy # coach: An email of actions only is efficient, and Rohit likes it. It leaves Lakshmi where she was: a supplier exchanging deliverables with a customer across a screen. # id: oc-0030]
  ~ loss("lakshmi", "attentiveness", 2, 1.2)
  ~ gain("rohit", "coordination", 2, 1.2)
  You send five bullet points and a date. The actions come back, confirmed, overnight. # id: oc-0031
// source: 003_2998f7574354a4b6.txt "At the very least, salespeople can write that extra sentence—the personal one—in their emails."
* [Add the personal lines: Sinhagad for Lakshmi, and thanks to Rohit, by name, for his six-week number # coach: The extra, personal sentence is how people who rarely meet make a human connection, and it shows you were listening before the agenda began. For Rohit, the personal thing is his work, credited under his name. # id: oc-0032]
  ~ gain("lakshmi", "positivity", 6, 1.3)
  ~ gain("lakshmi", "attentiveness", 5, 1.2)
  ~ gain("rohit", "attentiveness", 4, 1.2)
  ~ gain("rohit", "positivity", 3, 1.1)
  Lakshmi, was Sinhagad in the rain worse than the Pune half? And Rohit, thank you for the six-week number. It is the most useful thing anyone said today. # speaker: you # id: oc-0033
  Her reply is waiting when you wake: sent at 9 a.m. in Pune, 11.30 p.m. yours. The actions, confirmed, and a photo of a very muddy fort. Rohit's reply is one line and an attachment: the list of sixty. # id: oc-0034
- -> status_call

// ─── Meeting 2 — the green report ────────────────────────────────────────────────────────────
=== status_call ===
~ meeting("lakshmi", 14)
~ meeting("rohit", 14)
Two weeks later: Monday, 8.30 a.m. in Columbus, 6 p.m. in Pune. The weekly status report is green, as it has been every week since January. # place: video-call # location: Pune, on screen # date: Monday 16 June # id: oc-0035
But on the project board, Rohit's ticket, status messages for the sixty small carriers, has not moved in nine days. # id: oc-0036
# discuss: The report says green; the ticket says otherwise. How do you find out what is really happening without making Lakshmi say "no" in front of her team?
// source: 003_2998f7574354a4b6.txt "They try to unearth disagreements quickly in order to resolve them and move on."
* [Ask the whole call for a straight answer: is the small-carrier work on track, yes or no? # coach: Pressing for a yes or no in front of the group leaves Lakshmi the yes, and leaves her own engineer to contradict her in public. You get the truth, and she pays for it with face. # id: oc-0037]
  ~ face_threat("lakshmi", 0.8, 0.5, true, 0)
  ~ gain("rohit", "coordination", 2, 1.2)
  Let's be clear with each other. Is the small-carrier work on track, yes or no? # speaker: you # id: oc-0038
  Yes. It is in progress. # speaker: lakshmi # mood: closed # id: oc-0039
  No. It is red. I am waiting for your carrier team's rules. # speaker: rohit # id: oc-0040
  Lakshmi looks away from the camera. Someone's microphone picks up rain on a window. # id: oc-0041
  -> reporting
// source: 003_2998f7574354a4b6.txt "A common cross-cultural misunderstanding in these projects occurs when the service provider gives the customer only good news."
// source: 003_2998f7574354a4b6.txt "Make them see you."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 2 "The Many Faces of Polite": where criticism is given indirectly, it is given in private, one to one.
* [Switch your camera on, say nothing in the group, and ask Lakshmi for fifteen minutes alone # coach: With your face on the screen and nobody else on the call, she can read you, and tell you what she could not say in front of her team. The problem surfaces, and nobody loses face. # id: oc-0042]
  ~ face_threat("lakshmi", 0.5, 0.4, false, 0.9)
  ~ gain("lakshmi", "benevolence", 8, 1.3)
  ~ gain("lakshmi", "integrity", 4, 1.2)
  ~ gain("lakshmi", "attentiveness", 4, 1.2)
  ~ gain("rohit", "coordination", 2, 1.0)
  You switch your camera on. At the end of the call you ask Lakshmi to stay on. # leave: rohit # id: oc-0043
  Lakshmi, could we take fifteen minutes, just the two of us? # speaker: you # id: oc-0044
  One-to-one, she is direct. # id: oc-0045
  The small carriers are worse than the report says. We are waiting for your carrier team's rules, and Rohit says six weeks after that. He told you so on the first call. He was right. # speaker: lakshmi # mood: uneasy # id: oc-0046
  -> reporting
// source: 003_2998f7574354a4b6.txt "But unless they can see the face of the other person, it’s hard to make a human connection."
* [Drop the weekly call and use a live dashboard fed from the project board; it saves Pune an evening # coach: A dashboard shows the ticket, not the reason, and it takes away the one hour a week when anyone could see a face. Rohit likes the data; Lakshmi loses the last place she could tell you anything. # id: oc-0047]
  ~ loss("lakshmi", "attentiveness", 3, 1.0)
  ~ loss("lakshmi", "coordination", 2, 1.0)
  ~ gain("rohit", "coordination", 3, 1.3)
  From next week, let's skip this call and use a live dashboard from the board. It will save your team an evening. # speaker: you # id: oc-0048
  Of course. Thank you for thinking of the team. # speaker: lakshmi # id: oc-0049
  The dashboard goes live on Wednesday. Rohit's ticket sits on it, red, under a column nobody is asked to explain. # id: oc-0050
  -> reporting

= reporting
The weekly report still has one column for status: red, amber or green. # id: oc-0051
// source: 004_321f206b4ac9ecaf.txt "Be honest and transparent. Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
* [Add a standing section, "What we are least sure about", and fill in your own side first # coach: Making uncertainty an expected part of every report, and going first with your own, makes bad news safe to write down for both of them. # id: oc-0052]
  ~ gain("lakshmi", "coordination", 6, 1.3)
  ~ gain("lakshmi", "integrity", 6, 1.3)
  ~ gain("lakshmi", "positivity", 4, 1.2)
  ~ gain("rohit", "integrity", 4, 1.2)
  ~ gain("rohit", "coordination", 4, 1.2)
  From next week, every report ends with what we are least sure about. I will go first: our carrier-relations team still has not signed off the mapping rules. # speaker: you # id: oc-0053
  Lakshmi laughs, for the first time on a call. # id: oc-0054
  That is true. # speaker: lakshmi # mood: pleased # id: oc-0055
  The next report carries Rohit's first entry: one line, entirely specific. # id: oc-0056
// source: 003_2998f7574354a4b6.txt "Remember the group."
* [Ask Rohit to send you his own weekly numbers, straight from the board, alongside Lakshmi's report # coach: It reads Rohit right and forgets the group: a second channel that runs around his lead tells Lakshmi her report is not believed, and makes Rohit the man who reports on his own team. # id: oc-0057]
  ~ gain("rohit", "coordination", 3, 1.2)
  ~ loss("lakshmi", "benevolence", 5, 1.0)
  ~ loss("lakshmi", "coordination", 3, 1.0)
  Rohit, could you send me your own numbers every week, alongside the report? # speaker: you # id: oc-0058
  Sure. # speaker: rohit # enter: rohit # id: oc-0059
  Lakshmi says nothing. The next report arrives a day later than usual. # id: oc-0060
- -> decision

// ─── Meeting 3 — the decision ────────────────────────────────────────────────────────────────
=== decision ===
~ meeting("lakshmi", 16)
~ meeting("rohit", 16)
Wednesday, 9 a.m. in Columbus, 6.30 p.m. in Pune. Your own carrier-relations team has flagged the same sixty carriers: small fleets, two or three trucks each, with no IT department. # place: video-call # location: Pune, on screen # date: Wednesday 18 June # present: lakshmi, rohit # id: oc-0061
Meridian's standard is one specification for every carrier. Carriers that do not comply are suspended until they do. Your PMO wants a ruling today. # id: oc-0062
Rohit unmutes. His camera is still off. # id: oc-0063
Most of them run the business from one phone. My father's is one of them: four trucks, out of Nashik. # speaker: rohit # mood: neutral # id: oc-0064
// source: 003_2998f7574354a4b6.txt "They value consistency—one rule for all—over flexibility."
* [Rule now: one standard for every carrier, no exceptions, late carriers suspended, and 15 September stands # coach: One rule for all is consistent, and it asks the team doing the work to say yes to a plan they believe will fail. You get that yes. For Rohit it also means his father's trucks are suspended in September. # id: oc-0065]
  ~ loss("lakshmi", "benevolence", 5, 1.1)
  ~ loss("lakshmi", "coordination", 3, 1.1)
  ~ loss("rohit", "benevolence", 5, 0.9)
  ~ loss("rohit", "attentiveness", 3, 1.0)
  One specification for everyone, no exceptions. Carriers that are not ready on the fifteenth are suspended. # speaker: you # id: oc-0066
  Of course. # speaker: lakshmi # mood: closed # id: oc-0067
  Rohit's microphone clicks off without a word. # id: oc-0068
// source: 003_2998f7574354a4b6.txt "Err on the side of flexibility."
* [Approve a custom bridge for the sixty on the spot, and ask for the plan by the end of your day # coach: Flexible, and generous, but decided for the team on the call. Lakshmi commits before she has asked the people who will build it, and the end of your day is the middle of their night. # id: oc-0069]
  ~ bridge = true
  ~ gain("lakshmi", "benevolence", 3, 1.1)
  ~ face_threat("lakshmi", 0.5, 0.5, true, 0.3)
  ~ gain("rohit", "benevolence", 3, 1.0)
  ~ loss("rohit", "coordination", 3, 1.1)
  Let's build a bridge for the sixty. Could I have the plan by the end of my day? # speaker: you # id: oc-0070
  Of course. # speaker: lakshmi # id: oc-0071
  The plan arrives at 4.50 p.m. your time: 2.20 on Thursday morning in Pune. # id: oc-0072
// source: 003_2998f7574354a4b6.txt "Even the most senior people in many companies can’t make a decision without several rounds of consensus building, even among subordinates."
* [Ask Lakshmi to take the options, a bridge for the sixty among them, to her team and come back Friday # coach: Decisions here are built by consensus, even among the juniors who will do the work. Giving the team time makes the answer theirs, and true, and leaves room for a customised solution. # id: oc-0073]
  ~ bridge = true
  ~ gain("lakshmi", "benevolence", 8, 1.4)
  ~ gain("lakshmi", "coordination", 6, 1.3)
  ~ gain("rohit", "benevolence", 6, 1.2)
  ~ gain("rohit", "coordination", 6, 1.3)
  ~ gain("rohit", "ability", 4, 1.2)
  Take the options to your team, all of them, including a custom bridge for the sixty. I would rather have your joint recommendation on Friday than my guess today. # speaker: you # id: oc-0074
  Friday, then. # speaker: lakshmi # mood: pleased # id: oc-0075
  On Friday the recommendation arrives, signed by the whole team: the 280 large carriers on 15 September, the sixty through a bridge Rohit will build, moved over in January. # id: oc-0076
- -> visit

// ─── Meeting 4 — Pune ────────────────────────────────────────────────────────────────────────
=== visit ===
~ meeting("lakshmi", 35)
~ meeting("rohit", 35)
Five weeks in. You fly to Pune for the integration test cycle and land on Sunday night; at 7 a.m. on Monday it is 9.30 on Sunday evening in Columbus. # place: office # location: Pune # date: Monday 7 July # id: oc-0077
The office in Hinjewadi is loud, bright, and smells of filter coffee. Outside, the monsoon has not stopped for three days. # id: oc-0078
Lakshmi meets you in the lobby with an umbrella and a printed agenda. The first morning, she says, is yours. # id: oc-0079
You spend the first morning at the desks of Rohit's team. He shows you the carrier that sends a spreadsheet every four hours, the rule he wrote for it, and the comment above the rule, which is a joke about the carrier. # id: oc-0080
The test data include four trucks out of Nashik. He does not mention it; he does not have to. # id: oc-0081
-> standup

= standup
On Wednesday morning the team holds its stand-up by the whiteboard on the test floor. You stand at the back, next to Lakshmi. # id: oc-0082
Rohit does not wait for his turn. # id: oc-0083
The tracking feed. We tested it at forty percent of the volume we expect in October. At full volume it falls six hours behind. I told Lakshmi on Friday, and we agreed I should be sure first. I am sure now. # speaker: rohit # mood: neutral # id: oc-0084
Eleven people look at you. Beside you, Lakshmi holds her coffee very still. # id: oc-0085
# discuss: Bad news, from a junior, in front of the whole team and the client. The briefing pack says take it private. Does that fit this person?
// source: 003_2998f7574354a4b6.txt "Remember the group."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 4 "How Much Respect Do You Want?": in a hierarchical culture, going over a manager's head to her superiors reads as a verdict on her.
* [Email Sahyadri's CEO tonight: the feed is at risk, and you need more engineers on it this week # coach: It gets engineers by morning. Over Lakshmi's head, in a company that measures her on zero escalations, it also tells her team that their honesty was used against them. # id: oc-0086]
  ~ face_threat("lakshmi", 0.9, 0.8, true, 0)
  ~ loss("lakshmi", "benevolence", 3, 1.0)
  ~ loss("rohit", "benevolence", 3, 1.0)
  ~ loss("rohit", "coordination", 3, 1.0)
  You send it from the hotel at 10 p.m. By morning the CEO has replied, with Suresh Iyer and Lakshmi in copy: three more engineers join the feed today. # id: oc-0087
  Lakshmi spends the day in Suresh's office. Rohit walks past your desk twice without stopping. # id: oc-0088
  We told you so you could help us. # speaker: rohit # mood: closed # id: oc-0089
// source: 004_321f206b4ac9ecaf.txt "Adapt your communication style. Some cultures prefer a more indirect approach, while others value straight talk."
* [Take it as he gives it: ask him to show you the test data now, then decide the report with Lakshmi # coach: Rohit gives straight talk and wants it met with straight questions; asking for the data in the open honours him, and deciding the report with Lakshmi keeps the news her team's, not yours. # id: oc-0090]
  ~ gain("rohit", "attentiveness", 8, 1.4)
  ~ gain("rohit", "coordination", 8, 1.3)
  ~ gain("rohit", "integrity", 5, 1.2)
  ~ gain("lakshmi", "coordination", 6, 1.2)
  ~ gain("lakshmi", "integrity", 4, 1.2)
  Show me the run, Rohit. Lakshmi, when we have seen it, shall the three of us decide what goes in Monday's report? # speaker: you # id: oc-0091
  Rohit pulls up the graph: a queue that grows every hour after midday. Twenty minutes later the three of you have a line for "What we are least sure about", and a date for a second load test. # id: oc-0092
  Thank you for bringing it like that. # speaker: lakshmi # mood: pleased # id: oc-0093
// source: 003_2998f7574354a4b6.txt "A common cross-cultural misunderstanding in these projects occurs when the service provider gives the customer only good news."
* [Thank him, move on, and raise it with Lakshmi later in private, so nobody has to carry bad news in front of the group # coach: Good manners for someone else. Rohit chose the stand-up on purpose; parking his finding for a private talk tells him, and the eleven people watching, that bad news is something this client would rather not hear. # id: oc-0094]
  ~ loss("rohit", "coordination", 3, 1.0)
  ~ loss("rohit", "attentiveness", 3, 1.0)
  ~ gain("lakshmi", "benevolence", 2, 1.0)
  Thank you, Rohit. Let's pick that up separately. # speaker: you # id: oc-0095
  Rohit caps his marker. The stand-up moves on to the test environment's disk space. # id: oc-0096
  That afternoon, alone with you, Lakshmi tells you the same thing, more gently. # leave: rohit # id: oc-0097
  He wanted you to ask him. In front of everyone. # speaker: lakshmi # mood: uneasy # id: oc-0098
- -> dinner

= dinner
On Thursday, your last night, Lakshmi takes you to dinner at a Maharashtrian place in Koregaon Park. Over the second round of solkadhi, she says it quietly. # place: restaurant # date: Thursday 10 July # id: oc-0099
The team has worked every weekend since June. Two of my best people have asked to move to another account. We did not want to be the supplier who says no. # speaker: lakshmi # mood: uneasy # id: oc-0100
// source: 003_2998f7574354a4b6.txt "The Indian’s assumption is that good customer service requires an unqualified yes."
* [Thank her, say you would always rather hear the trade-offs, and agree together what comes off the plan # coach: Rewarding the first honest "no" is how you teach a partner that the truth is safe with you, and the plan improves the same evening. # id: oc-0101]
  ~ gain("lakshmi", "integrity", 8, 1.4)
  ~ gain("lakshmi", "benevolence", 10, 1.4)
  ~ gain("lakshmi", "coordination", 4, 1.2)
  ~ gain("rohit", "benevolence", 4, 1.1)
  Thank you. I would always rather hear this early. What could come off the plan? The carrier scorecards could wait until November. # speaker: you # id: oc-0102
  They could. And the weekend work could stop. # speaker: lakshmi # mood: pleased # cue: The first honest "no", rewarded # id: oc-0103
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
* [Tell her, honestly, that you wish she had said all this in June, when there was still time to change the plan # coach: It is true, and it punishes the first honest answer. The team learns to go back to "of course". # id: oc-0104]
  ~ loss("lakshmi", "benevolence", 5, 1.2)
  ~ loss("lakshmi", "integrity", 3, 1.2)
  I wish you had told me this in June. # speaker: you # id: oc-0105
  So do I. # speaker: lakshmi # mood: closed # id: oc-0106
- -> readiness

// ─── Meeting 5 — the readiness review ────────────────────────────────────────────────────────
=== readiness ===
~ meeting("lakshmi", 63)
~ meeting("rohit", 63)
The cutover readiness review, Monday, 9 a.m. in Columbus, 6.30 p.m. in Pune. Fourteen people on the call: your CIO, Dana Okafor, your carrier-relations team, Lakshmi, Suresh Iyer, and, camera on for once, Rohit. # place: video-call # location: Pune, on screen # date: Monday 4 August # present: lakshmi, rohit # id: oc-0107
Dana has read the summary and not the detail. She likes a straight answer. # id: oc-0108
Lakshmi, can you guarantee a clean cutover on the fifteenth? # speaker: Dana Okafor # id: oc-0109
# discuss: Jordan's own boss has just asked the closed question in front of fourteen people. What can Jordan do in the next five seconds?
// source: 003_2998f7574354a4b6.txt "Americans in particular and Westerners in general, still tend to be individualistic, impatient, and competitive."
* [Answer for her, to keep things moving: "Yes. Lakshmi's team has assured me we are on track" # coach: Promising on your partner's behalf, in public, commits her to something she never said, and tells her that her answer did not matter. # id: oc-0110]
  ~ face_threat("lakshmi", 0.8, 0.6, true, 0)
  ~ loss("lakshmi", "integrity", 3, 1.2)
  Yes. Lakshmi's team has assured me we are on track. # speaker: you # id: oc-0111
  Lakshmi's face does not move. # id: oc-0112
// source: 003_2998f7574354a4b6.txt "“Can you do this?” asks the U.S. customer. “Of course,” answers the Indian systems integrator."
* [Let the question stand; it is Dana's call, and Lakshmi can speak for herself # coach: Silence leaves her the only answer a closed question allows in front of her director and your CIO. You have heard it before. # id: oc-0113]
  ~ loss("lakshmi", "benevolence", 3, 1.2)
  ~ loss("lakshmi", "coordination", 3, 1.1)
  Of course. # speaker: lakshmi # mood: neutral # id: oc-0114
  Dana moves on. # id: oc-0115
// source: 003_2998f7574354a4b6.txt "The American expects pushback or at least a discussion of tradeoffs."
* [Step in: ask Lakshmi what a clean cutover needs from both sides, and what she would move # coach: Turning your own boss's closed question into an open one protects your partner's face and gets the real answer into the room: the trade-offs, not the yes. # id: oc-0116]
  ~ gain("lakshmi", "benevolence", 8, 1.4)
  ~ gain("lakshmi", "coordination", 8, 1.3)
  ~ gain("lakshmi", "integrity", 5, 1.3)
  ~ gain("rohit", "positivity", 3, 1.1)
  Dana, may I put it another way? Lakshmi, what does a clean cutover need, from your side and from ours, and what would you move if it cannot all fit? # speaker: you # id: oc-0117
  { bridge:
    The tracking-feed fix, which is in test. A freeze on carrier changes two weeks before. And the sixty small carriers go through Rohit's bridge in January. # speaker: lakshmi # mood: neutral # id: oc-0118
  - else:
    The tracking-feed fix, which is in test. A freeze on carrier changes two weeks before. And the sixty small carriers cannot all be ready on the fifteenth. # speaker: lakshmi # mood: neutral # id: oc-0158
  }
  Dana writes it down. # id: oc-0119
- -> feed_question

= feed_question
Rohit, the feed. Will it hold at peak? Yes or no. # speaker: Dana Okafor # id: oc-0120
Fourteen faces turn to the youngest person on the call. The briefing pack would have you shield him. # id: oc-0121
// source: 004_321f206b4ac9ecaf.txt "Knowing which style fits best can make a big difference."
* [Let him answer, and ask him to give Dana the numbers behind his yes or his no # coach: Dana asked a straight question of a man who gives straight answers. Your part is to make room for the numbers, so his yes and his no both land. # id: oc-0122]
  ~ gain("rohit", "attentiveness", 8, 1.4)
  ~ gain("rohit", "coordination", 6, 1.3)
  ~ gain("rohit", "ability", 4, 1.2)
  ~ gain("lakshmi", "positivity", 4, 1.2)
  ~ gain("lakshmi", "coordination", 3, 1.1)
  Go ahead, Rohit, and give Dana the numbers. # speaker: you # id: oc-0123
  { bridge:
    At today's build, yes: it holds at one hundred and ten percent of last October's peak. We ran it on Friday. The sixty small carriers on the fifteenth: no. In January, through the bridge. # speaker: rohit # mood: pleased # id: oc-0124
  - else:
    At today's build, yes: it holds at one hundred and ten percent of last October's peak. We ran it on Friday. The sixty small carriers on the fifteenth: no. They are not ready. # speaker: rohit # mood: pleased # id: oc-0159
  }
  Thank you. That I can take to the board. # speaker: Dana Okafor # cue: A straight answer, from the person who knows # id: oc-0125
// source: 003_2998f7574354a4b6.txt "At the same time, remember that there’s a person beneath the stereotype."
* [Step in for him: "The team is confident, Dana; we will send you the detail" # coach: Shielding a junior from the CIO is kind by the briefing pack and wrong for this man: Rohit has the numbers and came on camera to give them. Answering for him takes his work out of his hands. # id: oc-0126]
  ~ loss("rohit", "attentiveness", 3, 1.0)
  ~ loss("rohit", "coordination", 3, 1.0)
  ~ gain("lakshmi", "positivity", 2, 1.0)
  The team is confident, Dana. We will send you the detail. # speaker: you # id: oc-0127
  I asked Rohit. # speaker: Dana Okafor # id: oc-0128
  Rohit says nothing. Then his camera goes off. # id: oc-0129
// Whether the bad news reached you in time decides which cutover happens.
- { bridge && trust("lakshmi") >= CLEAN_CUTOVER: -> clean_cutover }
-> rough_cutover

// ─── Meeting 6 — peak season ─────────────────────────────────────────────────────────────────
=== clean_cutover ===
~ meeting("lakshmi", 115)
~ meeting("rohit", 115)
Ten days after cutover: Thursday, 8 a.m. in Columbus, 5.30 p.m. in Pune. It ran to the plan the team believed in: 280 carriers on 15 September, the tracking feed fixed, the sixty small carriers booked for January. # place: video-call # location: Pune, on screen # date: Thursday 25 September # id: oc-0130
Peak volumes are building, and the platform has not missed a status update. Your CEO asks you for a note to the whole company. # id: oc-0131
// source: 003_2998f7574354a4b6.txt "Americans in particular and Westerners in general, still tend to be individualistic, impatient, and competitive."
* [Announce it as the Columbus team's win, with a thank-you to "our vendors" # coach: Calling a partner "our vendors" at the moment of success tells them exactly where they stand. # id: oc-0132]
  ~ loss("lakshmi", "benevolence", 5, 1.1)
  ~ loss("lakshmi", "attentiveness", 3, 1.0)
  ~ loss("rohit", "benevolence", 4, 1.1)
  ~ loss("rohit", "attentiveness", 3, 1.0)
  The note thanks "our vendors" in its last line. # id: oc-0133
// source: 003_2998f7574354a4b6.txt "Remember the group."
* [Thank "the Sahyadri team" warmly as one group, without singling out any one person # coach: Group credit suits Lakshmi, who shares everything with her team. It misses Rohit, who wanted his own work under his own name; the group was right, the person was left out. # id: oc-0134]
  ~ gain("lakshmi", "positivity", 5, 1.3)
  ~ gain("lakshmi", "benevolence", 5, 1.2)
  ~ loss("rohit", "attentiveness", 2, 1.0)
  The note thanks "the whole Sahyadri team" warmly. Lakshmi forwards it to her team. Rohit reacts with a thumbs-up. # id: oc-0135
// source: 003_2998f7574354a4b6.txt "But unless they can see the face of the other person, it’s hard to make a human connection."
* [Put both teams on one slide, faces and names, and credit Rohit's bridge by name # coach: Public credit, shared across the two offices and with faces, tells the partner the relationship mattered as well as the delivery; naming Rohit's bridge gives a man who works by his numbers the credit he values. # id: oc-0136]
  ~ gain("lakshmi", "positivity", 6, 1.3)
  ~ gain("lakshmi", "benevolence", 8, 1.3)
  ~ gain("lakshmi", "attentiveness", 4, 1.2)
  ~ gain("rohit", "positivity", 6, 1.3)
  ~ gain("rohit", "attentiveness", 6, 1.3)
  ~ gain("rohit", "benevolence", 6, 1.2)
  Your slide shows two offices and one team, and a line under Rohit's photo: "built the bridge for the sixty". Lakshmi forwards it to everyone at Sahyadri. # id: oc-0137
  My father saw it. He wants to know when you are coming to Nashik. # speaker: rohit # mood: pleased # id: oc-0138
- -> verdict

=== rough_cutover ===
~ meeting("lakshmi", 115)
~ meeting("rohit", 115)
Ten days after cutover: Thursday, 8 a.m. in Columbus, 5.30 p.m. in Pune. It ran to the date, not to a plan. Nobody froze carrier changes before go-live, and as peak volumes built, status updates fell hours behind. # place: video-call # location: Pune, on screen # date: Thursday 25 September # id: oc-0139
{ bridge:
  The bridge for the sixty small carriers went live untested; half of them went dark in the first week. # id: oc-0140
- else:
  The sixty small carriers that could not meet the standard were suspended, and their loads went to your competitors. One of them runs four trucks out of Nashik. # id: oc-0141
}
Two retail shippers have escalated. The post-mortem call has both teams on it, and your CEO. # id: oc-0142
The timeline on the first slide shows when the engineers first saw each problem. Most of the dates are in June and July. # id: oc-0143
# discuss: The reports were green; the engineers knew, and one of them said so on the first call. Whose failure is this, and what does Jordan say in front of both teams?
// source: 003_2998f7574354a4b6.txt "The Indian’s assumption is that good customer service requires an unqualified yes."
* [Point to the green reports: the vendor said it was on track # coach: It is true, and it puts the whole failure on a partner who was doing what she believed good service required. In public, it also costs her face. # id: oc-0144]
  ~ face_threat("lakshmi", 0.9, 0.6, true, 0)
  ~ loss("rohit", "benevolence", 3, 1.1)
  Every report we received said green. We were told it was on track. # speaker: you # id: oc-0145
  Lakshmi says nothing for the rest of the call. # id: oc-0146
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
* [Own your part first: the date was yours, and the way you asked left "of course" as the only answer # coach: Owning your side of a shared failure, in front of both teams, is the apology that makes the next honest conversation possible. # id: oc-0147]
  ~ apology("lakshmi")
  ~ gain("lakshmi", "integrity", 6, 1.3)
  ~ gain("lakshmi", "benevolence", 5, 1.3)
  ~ gain("rohit", "integrity", 4, 1.2)
  ~ gain("rohit", "attentiveness", 4, 1.2)
  Before we look at Sahyadri's side: the date was mine, and I asked questions that only had one polite answer. Rohit gave us the real number on the first call. That is where this started. # speaker: you # id: oc-0148
  On the call, nobody speaks for a moment. Then Lakshmi unmutes and walks through her side, line by line, without being asked. # id: oc-0149
// source: 003_2998f7574354a4b6.txt "Salespeople should be encouraged to turn discomfort into an opportunity to learn and connect in order to build a sustainable relationship."
* [Invoke the late-delivery penalty, and copy Sahyadri's CEO on the notice # coach: The contract allows it, and the CFO will ask. Sent over Lakshmi's head in the middle of the post-mortem, it ends the conversation in which you might have learned what went wrong. # id: oc-0150]
  ~ face_threat("lakshmi", 0.9, 0.8, true, 0)
  ~ loss("rohit", "coordination", 3, 1.0)
  ~ loss("rohit", "benevolence", 3, 1.0)
  The penalty notice goes out that afternoon, with Sahyadri's CEO in copy. # id: oc-0151
  Lakshmi acknowledges it in one line. Rohit is not on the next call. # absent: rohit # id: oc-0152
- -> verdict

// ─── The relationship decides ────────────────────────────────────────────────────────────────
=== verdict ===
{
  - trust("lakshmi") >= PARTNER_TRUST && trust("rohit") >= TEAM_TRUST: -> ending_partner
  - trust("lakshmi") + trust("rohit") >= WORKING_TRUST_SUM: -> ending_working
  - else: -> ending_yes
}

=== ending_partner ===
# ending: partner
# ending_title: A partner who says "not yet"
In November, Lakshmi proposes phase two herself, with a plan, a date, and a page headed "What we are least sure about". Rohit's name is on the first risk, in his own words. # id: oc-0153
Since the clocks went back in Columbus, the Monday call starts at 8 a.m. your time; in Pune it is still 6.30 in the evening. In January, the sixty small carriers move over through the bridge, four trucks from Nashik among them. # id: oc-0154
# learn: 003: "Of course" may mean "good service requires a yes": ask what it would take and what would have to give, and the trade-offs come with the answer.
# learn: 003: There is a person beneath the stereotype: the shorthand fitted Lakshmi and failed Rohit, who wanted his bad news met in the open and his numbers under his own name.
# learn: 003: Surface a lead's bad news in private, and give the group time to build consensus, even among juniors; the recommendation you get back is then theirs, and true.
# learn: 003: Err on the side of flexibility: a customised path for the sixty small carriers kept them, and the team's trust.
# learn: 004: Be honest and transparent yourself, and go first: the section "What we are least sure about" made bad news safe for both sides.
-> END

=== ending_working ===
# ending: working
# ending_title: Working, with blind spots
The platform runs, and phase two goes to Sahyadri, as a contract rather than a partnership. Enough of your moves were right to keep the work; the others taught both of them to keep bad news to themselves. # id: oc-0155
Lakshmi and Rohit answer the questions you ask, honestly when you ask the right ones. Nobody volunteers the rest, and Rohit's camera stays off. # id: oc-0156
# learn: 003: What you missed: a closed question, a penalty or a yes-or-no demand gets "of course"; ask what it would take and what would have to give, and the trade-offs come with the answer.
# learn: 003: What you missed: Lakshmi gives bad news one to one, where she can see your face, never in front of her team or over her head; remember the group, and give it time to agree.
# learn: 003: What you missed: there is a person beneath the stereotype; Rohit gives straight talk and wanted his numbers met in the open, not shielded, parked or answered for.
# learn: 003: What you missed: one rule for every carrier collides with a partner who expects a customised solution; err on the side of flexibility.
# learn: 004: What you missed: be honest and transparent yourself, and go first; a report with room for what you are least sure about makes bad news safe to bring while there is time.
-> END

=== ending_yes ===
# ending: yes
# ending_title: Yes, until it wasn't
Meridian puts phase two out to tender. Sahyadri does not bid. Lakshmi moves to another account; you hear that Rohit has left the company, and that his father's trucks now haul for a competitor. # id: oc-0157
# learn: 003: What you missed: an unqualified yes to a closed question, a penalty or a yes-or-no demand is not agreement to a plan; the trade-offs were there to be asked for.
# learn: 003: What you missed: exposing a problem in front of the team, or over the lead's head, turns a partner's honesty against her; remember the group, and the next problem is easier to hear about.
# learn: 003: What you missed: the one person who said "no" plainly was the one you shielded, parked or talked over; there is a person beneath the stereotype.
# learn: 003: What you missed: punishing the first honest answer, or applying one rule to every carrier, teaches a partner to go back to "of course".
-> END
