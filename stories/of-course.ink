# title: "Of course"
# summary: A go-live date, an integration partner in Pune, and a yes that may not mean what you think. Learn to ask so that the trade-offs come to the surface.
# role: You are Morgan Lee, programme manager at Brightline Insurance (Chicago), running a claims-platform migration with an integrator in India.
# minutes: 12
# seeds: 003_2998f7574354a4b6
# order: 3
INCLUDE lib/rapport.ink

// Source for every lesson here:
// 003_2998f7574354a4b6.txt — "“Can you do this?” asks the U.S. customer. “Of course,” answers the
// Indian systems integrator. The American expects pushback or at least a discussion of tradeoffs.
// The Indian's assumption is that good customer service requires an unqualified yes."

CONST PARTNER_TRUST = 31
CONST WORKING_TRUST = 24

VAR asked_open = false
VAR team_heard = false

~ cast()
-> kickoff

// Priya Raman, delivery lead at Kesari Systems, Pune: twelve years in delivery, protective of her
// team, ambitious for the account, convinced that a good supplier finds a way. She is a person
// beneath any stereotype: she will tell you the truth once she trusts that you want it.
// Arjun Kulkarni, her senior engineer, knows where the legacy data is buried and rarely speaks first.
=== function cast() ===
~ counterpart("priya", "Priya Raman", 0.7, 0.65, 0.7, 0.35, 0.75)
~ counterpart("arjun", "Arjun Kulkarni", 0.6, 0.8, 0.75, 0.25, 0.6)

=== kickoff ===
~ meeting("priya", 0)
~ meeting("arjun", 0)
A video call, 8 a.m. in Chicago, 6.30 p.m. in Pune. Six faces in small squares; two cameras are off. # place: video-call # location: Pune, on screen # date: day 1
Your board has moved the go-live forward by six weeks, to 1 March, for the regulator.
// source: 003_2998f7574354a4b6.txt "“Can you do this?” asks the U.S. customer. “Of course,” answers the Indian systems integrator."
* [Ask Priya directly: "Can your team hit 1 March?" # coach: A closed yes-or-no question invites the answer good service seems to require: an unqualified yes.]
  ~ gain("priya", "ability", 3, 0.7)
  Priya, can your team hit 1 March? # speaker: you
  Of course. We will make it happen. # speaker: priya
  Nobody else speaks. Arjun looks down at something off screen.
* [Ask what 1 March would take, and what would have to give # coach: An open question about what it would take makes room for the trade-offs a plain yes would hide.]
  ~ asked_open = true
  ~ gain("priya", "coordination", 8, 1.3)
  ~ gain("priya", "benevolence", 5, 1.2)
  Priya, what would 1 March take from your team — and what would have to give? # speaker: you
  A pause while she unmutes.
  It is possible. If we freeze the scope for the legacy policies and move the reporting module to April. # speaker: priya
* [Tell them 1 March is fixed, and ask them to confirm by email # coach: Announcing a fixed date and asking for written confirmation turns the yes into a contract nobody could refuse.]
  ~ face_threat("priya", 0.8, 0.6, true, 0)
  1 March is fixed by the board. Please confirm by email today. # speaker: you
  Confirmed. # speaker: priya # mood: closed
- Arjun's camera is still off.
// source: 003_2998f7574354a4b6.txt "Although webcams and smartphone apps that show your face to the caller may seem clunky and embarrassing, they do bring us a step closer to face-to-face communication."
* [Switch your own camera on and say you would love to see faces next time, no pressure # coach: Going first, and inviting rather than requiring, makes being seen feel like a courtesy, not a test.]
  ~ gain("arjun", "positivity", 6, 1.2)
  ~ gain("priya", "attentiveness", 4, 1.1)
  I have realised I never turn my camera on — sorry. It would be lovely to see faces next time, whenever it suits. # speaker: you
  Next week, Arjun's camera is on. # mood: pleased
* [Ask Arjun, in front of the group, to turn his camera on # coach: Singling out a junior engineer in front of his lead and peers is a small public loss of face.]
  ~ face_threat("arjun", 0.4, 0.6, true, 0)
  Arjun, could you turn your camera on, please? # speaker: you
  The camera comes on. Arjun does not say another word for the rest of the call. # mood: uneasy
- Afterwards you send the summary email.
// source: 003_2998f7574354a4b6.txt "At the very least, salespeople can write that extra sentence—the personal one—in their emails."
* [Add a personal line: thank the team for staying late, and ask how Priya's Diwali was # coach: The extra, personal sentence in an email is how people who rarely see each other make a human connection.]
  ~ gain("priya", "positivity", 8, 1.3)
  ~ gain("arjun", "positivity", 4, 1.2)
  Thank you all for joining so late in your evening — and Priya, I hope Diwali with your family was wonderful. # speaker: you
* [Keep it to actions and dates — everyone is busy # coach: An email of actions only is efficient, and leaves the relationship exactly where it was: at a distance.]
  ~ gain("priya", "coordination", 2, 0.9)
  You send three bullet points and a date.
- -> status_call

=== status_call ===
~ meeting("priya", 21)
~ meeting("arjun", 21)
Three weeks later. The status report is green, as it has been every week. # place: video-call # location: Pune, on screen # date: day 22
But Arjun's data-mapping ticket has not moved in eight days.
# discuss: The report says green; the ticket says otherwise. How would you find out what is really happening without making anyone say "no" in front of the group?
// source: 003_2998f7574354a4b6.txt "They try to unearth disagreements quickly in order to resolve them and move on."
* [Ask, in front of everyone, why the report is green when the ticket is stuck # coach: Surfacing a disagreement fast and in public, the Western reflex, exposes Priya in front of her team.]
  ~ face_threat("priya", 0.8, 0.5, true, 0)
  ~ face_threat("arjun", 0.6, 0.3, true, 0)
  The report says green, but the data mapping has not moved in eight days. Why? # speaker: you
  Silence.
  It is in progress. We will update the report. # speaker: priya # mood: closed
* [Ask Priya for fifteen minutes one-to-one after the call # coach: A private conversation lets her tell you what she could not say in front of her team.]
  ~ face_threat("priya", 0.5, 0.4, false, 0.9)
  ~ gain("priya", "benevolence", 6, 1.3)
  Priya, could we take fifteen minutes after this, just us? # speaker: you
  One-to-one, she is direct.
  The legacy policy data is worse than anyone said. Arjun thinks it needs four more weeks. # speaker: priya
* [Turn your camera on and ask Arjun, warmly, what he is finding in the legacy data # coach: Being seen, and asking the engineer who knows, can open the channel — if you ask about the work, not about who failed.]
  ~ team_heard = true
  ~ gain("arjun", "attentiveness", 8, 1.3)
  ~ gain("priya", "attentiveness", 4, 1.1)
  You switch your camera on. Arjun, you know this data better than anyone. What are you finding? # speaker: you
  He glances at Priya's square. She nods. # mood: uneasy
  Some policies have three different customer numbers. We need rules for every case. # speaker: arjun
- The weekly report still has one column: red, amber or green.
// source: 003_2998f7574354a4b6.txt "Dig deep into cultural differences to learn. Nothing is written down."
* [Propose adding "what we are least sure about" to every report, and start by listing your own side's risks # coach: Making uncertainty a normal, expected part of reporting — and going first — makes bad news safe to share.]
  ~ gain("priya", "coordination", 6, 1.3)
  ~ gain("priya", "integrity", 4, 1.2)
  From next week, every report ends with what we are least sure about. I will start with ours: our claims team still has not signed off the field mapping. # speaker: you
* [Ask for the RAG status to be "more accurate" from now on # coach: Demanding accuracy without making it safe to report red only teaches people to hide red more carefully.]
  ~ loss("priya", "benevolence", 6, 1.3)
  Please make sure the status is accurate from now on. # speaker: you
  Of course. # speaker: priya
- -> decision

=== decision ===
The team needs a decision from you: how to handle the legacy data and the date. # place: video-call # date: day 22
// source: 003_2998f7574354a4b6.txt "Prospects from countries like India or China are less likely to accept standard, non-customized services"
// source: 003_2998f7574354a4b6.txt "Even the most senior people in many companies can't make a decision without several rounds of consensus building, even among subordinates."
* [Ask Priya to take the options to her team first and come back with their recommendation # coach: Decisions here are built by consensus, even among juniors: giving the team time makes the answer theirs — and true.]
  ~ team_heard = true
  ~ gain("priya", "benevolence", 8, 1.3)
  ~ gain("arjun", "benevolence", 6, 1.3)
  Take the options to your team. I would rather have your joint recommendation on Thursday than my guess today. # speaker: you
  Thursday, then. # speaker: priya # mood: pleased
* [Decide on the call: standard migration rules, no exceptions, keep 1 March # coach: One rule for all is consistent — and forces a yes to a plan the people doing the work believe will fail.]
  ~ loss("priya", "benevolence", 8, 1.3)
  ~ loss("arjun", "benevolence", 8, 1.3)
  Standard rules for everything, no exceptions. 1 March stands. # speaker: you
  Of course. # speaker: priya # mood: closed
- Your claims team asks for a custom fraud report that is not in the contract. Priya says her team can build it "as a gesture".
// source: 003_2998f7574354a4b6.txt "Err on the side of flexibility."
* [Accept it as a gesture, and offer to take something off her plate in return # coach: Flexibility between partners builds the relationship — when it runs both ways.]
  ~ gain("priya", "benevolence", 6, 1.2)
  ~ gain("priya", "positivity", 4, 1.2)
  That is generous. In return, let us move the archive import to phase two — you have enough on. # speaker: you
* [Insist on a formal change request, with a price — rules are rules # coach: "One rule for all" is consistent, but turning a gesture into paperwork refuses the relationship it was offering.]
  ~ loss("priya", "benevolence", 6, 1.2)
  Please raise a change request with a price, so we stay consistent. # speaker: you
  Of course. # speaker: priya
- -> visit

=== visit ===
~ meeting("priya", 45)
~ meeting("arjun", 45)
Six weeks in. You fly to Pune for the test cycle. The office is loud, bright, and smells of filter coffee. # place: office # location: Pune # date: day 46
// source: 003_2998f7574354a4b6.txt "unless they can see the face of the other person, it's hard to make a human connection"
* [Spend the first morning with Arjun's team at their desks, asking how the tests work # coach: Being there, and being interested in the people doing the work, is the deepest kind of "make them see you".]
  ~ gain("arjun", "benevolence", 8, 1.3)
  ~ gain("priya", "positivity", 6, 1.2)
  You sit with the test team until lunch. Arjun shows you the three-customer-number cases, one by one.
* [Go straight into a steering meeting with Priya and her director # coach: Meeting only the leaders signals that the people doing the work do not matter to you.]
  ~ gain("priya", "ability", 4, 1.0)
  ~ loss("arjun", "attentiveness", 4, 1.2)
  The steering meeting runs three hours. You never reach the test floor.
- On your last afternoon, Arjun shyly invites you to his team's celebration lunch for finishing the first test cycle.
* [Go, and ask each of them what they want to work on next # coach: Shared time with the whole team, and interest in each person, builds the consensus the next decision will need.]
  ~ gain("arjun", "benevolence", 6, 1.3)
  ~ gain("priya", "benevolence", 4, 1.2)
  You go. The biryani is excellent; the stories about the legacy system are better.
* [Thank him, but use the time to prepare your board update # coach: Declining the team's celebration for your own deadline tells them where they rank.]
  ~ loss("arjun", "benevolence", 5, 1.2)
  You send your thanks and a box of sweets.
- At dinner Priya says it quietly.
The March date was never realistic. We did not want to be the supplier who says no. # speaker: priya
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
* [Thank her for telling you, say you would always rather hear the trade-offs, and agree a new date together # coach: Rewarding the first honest "no" is how you teach a partner that the truth is safe with you.]
  ~ gain("priya", "integrity", 8, 1.3)
  ~ gain("priya", "benevolence", 8, 1.3)
  Thank you. I would always rather hear this early. Let us take a date we both believe to my board together. # speaker: you
* [Tell her it is disappointing that she did not say so earlier # coach: Punishing the first honest answer teaches the team to go back to "of course".]
  ~ loss("priya", "benevolence", 10, 1.3)
  ~ loss("priya", "integrity", 4, 1.2)
  I wish you had said this in November. # speaker: you
  So do I. # speaker: priya # mood: closed
- -> go_live

=== go_live ===
~ meeting("priya", 110)
~ meeting("arjun", 110)
{team_heard: The platform goes live on 12 April with the legacy data clean. | The platform goes live on 1 March. In the first week, four thousand policies show the wrong customer.} # place: video-call # location: Pune, on screen # date: day 111
Your CEO asks you for the go-live announcement to the whole company.
// source: 003_2998f7574354a4b6.txt "Focus on commonalities."
* [Name Priya, Arjun and the Pune team in the announcement, with their faces on the slide # coach: Public credit, shared across the two teams, tells the partner that the relationship, not only the delivery, mattered.]
  ~ gain("priya", "positivity", 10, 1.3)
  ~ gain("priya", "benevolence", 6, 1.2)
  ~ gain("arjun", "positivity", 10, 1.3)
  ~ gain("arjun", "benevolence", 6, 1.2)
  Your slide shows two offices, one team. Priya forwards it to her whole company.
* [Announce it as the Chicago team's success, with a thank-you to "our vendors" # coach: Calling a partner "our vendors" in the moment of success tells them where they stand.]
  ~ loss("priya", "benevolence", 8, 1.3)
  ~ loss("arjun", "benevolence", 6, 1.3)
  The announcement thanks "our vendors" in its last line.
- {
  - trust("priya") >= PARTNER_TRUST: -> ending_partner
  - trust("priya") >= WORKING_TRUST: -> ending_working
  - else: -> ending_yes
}

=== ending_partner ===
# ending: partner
# ending_title: A partner who says "not yet"
Priya proposes the next phase herself — with a plan, a date, and a list of what could go wrong. Arjun now posts his risks on the shared board before anyone asks.
# learn: 003: "Of course" may mean "good service requires a yes": ask what it would take and what would have to give.
# learn: 003: Disagreement surfaced in private, by the person who owns it, arrives early enough to act on.
# learn: 003: Give the group time to build consensus; the answer you get is then theirs, and true.
# learn: 003: Make them see you — the camera, the visit, the personal sentence in an email.
-> END

=== ending_working ===
# ending: working
# ending_title: Working, with blind spots
The project lands, late and over budget, but it lands. Priya answers your questions honestly — when you ask the right ones.
# learn: 003: A green report can hide a red project when the reporter believes only good news is acceptable.
# learn: 003: Consistency ("one rule for all") can clash with a partner who expects customised service.
# learn: 003: Asking the engineer who knows, warmly and without blame, opens a second channel of truth.
-> END

=== ending_yes ===
# ending: yes
# ending_title: Yes, until it wasn't
The post-mortem finds that everyone knew in December. Nobody said so. Kesari is not invited to bid for the next phase.
# learn: 003: An unqualified yes to a closed question is not agreement to a plan.
# learn: 003: Exposing a problem in front of the team makes the next problem harder to hear about.
# learn: 003: The relationship is what makes bad news travel: without it, it arrives at go-live.
-> END
