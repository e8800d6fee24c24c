# title: Lost face in Shanghai
# summary: Your launch depends on a partner team in Shanghai — and on a request its leader cannot meet. Build goodwill, read the signals, and repair what a public ask can break.
# role: You are Sam Rivera, supply-chain lead at Halvorsen Audio, visiting the partner factory that builds your new headphones.
# minutes: 15
# seeds: 000_ac8871b0fd25056d
# order: 1
INCLUDE lib/rapport.ink

// Source article for every lesson in this scenario:
// 000_ac8871b0fd25056d.txt — "what I had requested from the group's leader was actually
// impossible to get and caused him to lose face. The entire group dynamic was shot for the day".

// Ending thresholds, in one place (calibrated with `npm run stories`).
CONST PARTNER_TRUST = 31
CONST REPAIRED_TRUST = 20

VAR asked_in_public = false
VAR visited_in_person = false
VAR joined_trip = false

~ cast()
-> arrival

// Li Wei runs the assembly-engineering team: he came up from the production line, is proud of
// his people's record, and plays a long game with customers. A relationship-based, high-power-
// distance, collective, indirect counterpart, flexible about rules when the relationship is there.
=== function cast() ===
~ counterpart("liwei", "Li Wei", 0.8, 0.75, 0.8, 0.2, 0.6)

=== arrival ===
~ meeting("liwei", 0)
The meeting room on the fourth floor looks straight down onto the assembly hall. # place: meeting-room # location: Shanghai # date: Monday, day 1
Mr Rivera, welcome. My team has been looking forward to meeting the customer behind the drawings. # speaker: liwei
Behind him, six engineers stand a little straighter. One of them, Zhou Min, holds a folder of test reports against her chest.
// source: 000_ac8871b0fd25056d.txt "when you spend time to cultivate strong bonds, many smaller conflicts and misunderstandings can be cleared up based on built-up goodwill"
* [Thank him, and ask him to introduce his team one by one # coach: Taking time for the people before the agenda starts the goodwill that later absorbs small conflicts.]
  ~ gain("liwei", "attentiveness", 10, 1.3)
  ~ gain("liwei", "benevolence", 8, 1.2)
  Thank you. Before we open a laptop — would you introduce your team? I would like to know who built the prototypes. # speaker: you
  Li Wei smiles and walks you down the line. Each engineer gets a sentence of praise; Zhou Min gets two. # mood: pleased
* [Get straight to the schedule — you only have three days # coach: Skipping the people to get to the task reads as cold in a relationship-based culture: no goodwill is built.]
  ~ loss("liwei", "positivity", 6, 1.3)
  Thank you. We have a lot to cover in three days, so shall we start with the schedule? # speaker: you
  Of course. # speaker: liwei
  The engineers sit down without being introduced.
* [Praise the team's quality record in front of everyone # coach: Public praise of the group gives face to its leader — a gift in a collective culture.]
  ~ gain("liwei", "positivity", 10, 1.3)
  Your first-pass yield on the prototypes was the best of any supplier we have worked with. I wanted to say that in this room. # speaker: you
  A murmur goes round the table. Li Wei nods slowly, and says something in Mandarin that makes his team laugh. # mood: pleased
- Tomorrow is a holiday for the factory. My wife's family is from Zhujiajiao, the water town. If you have time, we would like to show it to you. # speaker: liwei
// source: 000_ac8871b0fd25056d.txt "the Chinese like to take their special guests on tourist trips to get to know the area"
* [Accept with real pleasure # coach: Chinese hosts show special guests their region to get to know them: accepting is how the relationship starts.]
  ~ joined_trip = true
  ~ gain("liwei", "benevolence", 13, 1.4)
  I would love that. I have read about the canals, but I never thought I would see them with a guide from the family. # speaker: you
* [Decline politely: you need the day to prepare for the working session # coach: Declining the hosts' trip to get ahead on the task turns down the relationship they are offering.]
  ~ loss("liwei", "benevolence", 6, 1.3)
  That is very kind, but I should prepare for Wednesday. Perhaps next time. # speaker: you
  Of course. Next time. # speaker: liwei # mood: uneasy
* [Accept, but say you will need to take calls from the US during the day # coach: Half-accepting a shared experience signals that the relationship comes second.]
  ~ joined_trip = true
  ~ gain("liwei", "benevolence", 5, 0.9)
  ~ loss("liwei", "attentiveness", 4, 1.1)
  Happy to come — I will have to step away for a few calls with the US, I am afraid. # speaker: you
  No problem. We will find a quiet teahouse. # speaker: liwei
- {joined_trip: -> water_town | -> working_session}

=== water_town ===
~ meeting("liwei", 1)
Stone bridges arch over green water. Li Wei buys you a bag of zongzi wrapped in bamboo leaves and walks slowly, as if nothing in the world were due. # place: sightseeing # location: Zhujiajiao # date: Tuesday, day 2
My daughter says I talk about work too much. So today — no work. Tell me, why headphones? # speaker: liwei
// source: 000_ac8871b0fd25056d.txt "Share experiences can take on many different forms depending on the cultures involved. Some prefer to build rapport outside of work."
* [Tell him the real story: your father's old radio, and why sound matters to you # coach: Opening up a little about yourself, outside work, builds the personal bond this culture trades on.]
  ~ gain("liwei", "positivity", 11, 1.3)
  ~ gain("liwei", "benevolence", 6, 1.2)
  My father repaired radios in our garage. I grew up believing a good speaker could make a small room feel like a concert hall. # speaker: you
  Li Wei laughs.
  My father too — bicycles, not radios. But the same garage, I think. # speaker: liwei # mood: pleased
* [Steer back to business: ask whether the Wednesday session will cover tooling # coach: He said "no work today": bringing the task back in ignores the invitation to a personal relationship.]
  ~ loss("liwei", "attentiveness", 6, 1.3)
  It is a long story. Actually — will we cover the tooling on Wednesday? # speaker: you
  Yes, yes. Tomorrow. # speaker: liwei
- At the teahouse he asks about your family, and tells you his team has worked every Saturday for a month to hit your prototype date.
// source: 000_ac8871b0fd25056d.txt "building rapport saves time and money with faster deal making and more effective conflict resolution"
* [Thank him for the Saturdays, and ask what would make the next months easier for his team # coach: Care for his people is care for him: it builds affective trust he will draw on when things go wrong.]
  ~ gain("liwei", "benevolence", 11, 1.3)
  That is a lot of Saturdays. What would make the next few months easier for your team? # speaker: you
  Earlier drawings. And fewer surprises. # speaker: liwei
  You write both down where he can see you do it.
* [Say it shows how committed they are to the schedule # coach: Treating their sacrifice as proof of capacity turns goodwill into pressure.]
  ~ loss("liwei", "benevolence", 5, 1.2)
  That shows real commitment. It gives me confidence for the launch. # speaker: you
  Li Wei pours more tea and does not answer. # mood: uneasy
- -> working_session

=== working_session ===
~ meeting("liwei", 2)
Wednesday. The whole team is at the table; the tooling plan is on the screen. # place: meeting-room # location: Shanghai # date: Wednesday, day 3
Your phone buzzes: the retailer wants production samples three weeks early, on the 14th, for a launch event. Without them, the launch slot goes to a competitor.
You know from the tooling plan that the second mould cannot be ready before the 28th. Asking for the 14th means asking for something Li Wei cannot deliver.
# discuss: The request is impossible. How, where and to whom would you raise it — and what do you expect Li Wei to say if you ask in front of his team?
// source: 000_ac8871b0fd25056d.txt "what I had requested from the group's leader was actually impossible to get and caused him to lose face"
* (public) [Ask Li Wei, in front of the team, to commit to samples on the 14th # coach: An impossible request, made in front of his team, leaves him only bad answers: refuse his customer publicly or promise what he cannot do.]
  ~ asked_in_public = true
  ~ face_threat("liwei", 1.0, 0.5, true, 0)
  Li Wei, the retailer needs samples on the 14th. Can your team commit to that? # speaker: you
  The room goes quiet. Li Wei looks at the screen for a long moment.
  We will study it. # speaker: liwei # mood: closed # cue: Face lost in front of the team
* (private) [Wait for the break, and ask him privately what would be possible # coach: Raised privately, as a question, the same problem lets him tell you what is possible without anyone watching.]
  ~ face_threat("liwei", 1.0, 0.5, false, 0.7)
  At the break you catch Li Wei by the window. # speaker: you
  The retailer is pushing for the 14th. I know the mould is the problem. What would be possible — honestly? # speaker: you
  He exhales. The 14th, no. But hand-finished samples from the first mould, maybe the 18th. I must ask Zhou Min. # speaker: liwei
* (shared) [Ask for ten minutes alone first, agree what can be offered, then put it to the team together # coach: Agreeing in advance, in private, removes the threat to face entirely — and lets him present the solution to his own team.]
  ~ face_threat("liwei", 1.0, 0.5, false, 1)
  ~ gain("liwei", "coordination", 10, 1.3)
  Could we take ten minutes, just the two of us, before we continue? # speaker: you
  Alone, you lay out the retailer's demand. Together you settle on hand-finished samples for the 18th. Back in the room, Li Wei presents it as his team's plan. # mood: pleased
- {asked_in_public: -> signals | -> after_session}

= signals
For the rest of the afternoon, the engineers answer in single words. Zhou Min closes her folder. Nobody looks at you.
// source: 000_ac8871b0fd25056d.txt "I couldn't directly ask the group what was wrong, but clearly things had gotten off track"
* [Press on: ask the team directly what the problem is # coach: Asking the group to name what went wrong forces them to expose their leader's loss of face a second time.]
  ~ face_threat("liwei", 0.6, 0.5, true, 0)
  Is something wrong? I would rather hear it now. # speaker: you
  Nothing is wrong. # speaker: liwei # mood: closed
* [Notice the signals, close the session early and thank the team for their work # coach: Reading the silence and giving everyone a way out stops the damage; it is the first step of repair.]
  ~ gain("liwei", "attentiveness", 8, 1.3)
  I think we have covered a lot today. Thank you all — the prototypes were excellent work. # speaker: you
  A few engineers nod. Li Wei does not.
- -> evening_repair

= evening_repair
That evening, back at the hotel, you replay the afternoon. The group dynamic was shot for the day — and it was your request that did it. # place: hotel-bar # date: Wednesday evening
// source: 000_ac8871b0fd25056d.txt "I worked furiously to get us back to a pre-embarrassment point"
* [Call Li Wei, apologise for putting him on the spot, and ask to solve it together # coach: A sincere private apology, soon after, repairs part of the damage — and hands him back control.]
  ~ apology("liwei")
  ~ gain("liwei", "benevolence", 10, 1.3)
  Li Wei, I put you in a very difficult position today, in front of your team. I am sorry. Can we look for a way together tomorrow, just the two of us? # speaker: you
  A pause on the line.
  Thank you for calling. Eight o'clock, before the team arrives. # speaker: liwei
* [Email the retailer's demand to him in writing, so it is clear # coach: Repeating the impossible demand in writing deepens the loss of face instead of repairing it.]
  ~ loss("liwei", "benevolence", 6, 1.3)
  You send the retailer's email with a short note: "For your reference — the 14th is important."
  No reply comes.
* [Say nothing: tomorrow is another day # coach: Leaving a face threat unrepaired lets the damage settle in; goodwill alone will not cover a public one.]
  ~ loss("liwei", "attentiveness", 4, 1.1)
  You decide not to make it bigger than it is.
- -> after_session

= after_session
By Friday there is a plan: hand-finished samples on the 18th. You fly home.
-> crisis

=== crisis ===
~ meeting("liwei", 30)
A month later. The first production batch fails the drop test: hinges crack at three times the allowed rate. The launch is six weeks away. # place: office # location: Copenhagen # date: day 31
Your VP asks whether Joe from the new key-accounts team should take over Huadong, now that it is "a problem account".
// source: 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it. It shows great commitment"
* [Fly to Shanghai this week to solve it with Li Wei in person # coach: Travelling to the source of a major problem shows commitment that no video call can.]
  ~ visited_in_person = true
  ~ gain("liwei", "benevolence", 13, 1.4)
  ~ gain("liwei", "coordination", 8, 1.2)
  I will go. This needs to be solved on the line, with the people who build it. # speaker: you
* [Handle it over video calls to save a week # coach: For a major problem, video keeps you at a distance just when presence would show commitment.]
  ~ gain("liwei", "coordination", 6, 0.9)
  You set up a daily video call with Li Wei and Zhou Min.
* [Hand the account to Joe: it needs a fresh pair of eyes # coach: "In most of the world, relationships are between individuals, not companies": a new face restarts the rapport from zero.]
  ~ handover("liwei")
  Joe will take it from here. He is very good with escalations. # speaker: you
- -> fixing

=== fixing ===
{
  - visited_in_person:
    ~ meeting("liwei", 34)
    You stand with Li Wei and Zhou Min at the drop-test rig on the factory floor. # place: meeting-room # location: Shanghai # date: day 35
  - else:
    ~ meeting("liwei", 33)
    On the video call, Li Wei's camera shows the drop-test rig. The picture freezes twice. # place: video-call # location: Shanghai, on screen # date: day 34
}
Zhou Min found it: the hinge pin was changed to a cheaper alloy by a sub-supplier, without telling anyone. # speaker: liwei
Her team tested every lot for three nights to find it. # speaker: liwei
// source: 000_ac8871b0fd25056d.txt "keeping the same company staff connected to key accounts or suppliers"
* [Thank Zhou Min and the team by name, in front of everyone, and credit Li Wei's leadership # coach: Credit given publicly to the team and its leader gives face — the mirror image of the public ask.]
  ~ gain("liwei", "positivity", 11, 1.3)
  ~ gain("liwei", "ability", 8, 1.2)
  Zhou Min, three nights — thank you. Li Wei, your team found in a week what our lab missed in a month. # speaker: you
  Li Wei translates it for the line workers, slowly, and they applaud Zhou Min. # mood: pleased
* [Report to your VP that your quality process caught the problem # coach: Taking the credit for their work is a breach of integrity they will remember.]
  ~ loss("liwei", "integrity", 8, 1.2)
  Your report to head office says the Halvorsen quality process caught the defect. Li Wei is copied.
  He does not mention it. He does not need to. # mood: closed
* [Ask what the sub-supplier issue means for the launch date, and plan it together # coach: Working the next problem as partners shows competence and coordination.]
  ~ gain("liwei", "coordination", 10, 1.2)
  ~ gain("liwei", "ability", 6, 1.1)
  Then let us plan the next six weeks together. What do you need from us? # speaker: you
  A second pin supplier, approved quickly. And your engineers on our Friday calls. # speaker: liwei
- -> keeping_in_touch

=== keeping_in_touch ===
The launch goes out on time. In the weeks after, your calendar fills with the next product. # place: office # location: Copenhagen # date: day 60
// source: 000_ac8871b0fd25056d.txt "I'm talking about both periodic visits to meet with the contacts face to face AND keeping the same people connected to the relationship"
* [Keep a monthly call with Li Wei — not about problems, just to stay in touch # coach: Consistent contact between projects keeps the relationship warm; without it, rapport fades.]
  ~ meeting("liwei", 60)
  ~ gain("liwei", "attentiveness", 10, 1.3)
  ~ gain("liwei", "positivity", 6, 1.2)
  On the call he tells you his daughter passed her university entrance exam. You send a note of congratulations to the family. # place: video-call # location: Shanghai, on screen
* [Call only when the next project needs something # coach: Contact only when you need something tells a relationship-based partner that the relationship is transactional.]
  ~ loss("liwei", "benevolence", 4, 1.2)
  Two months pass without a word between you.
- -> renewal

=== renewal ===
~ meeting("liwei", 90)
Three months after your first visit, Huadong hosts a dinner to discuss next year's contract. # place: banquet # location: Shanghai # date: day 91
Li Wei raises a glass to the launch. Your procurement director has asked you to secure an eight per cent price cut for next year.
# discuss: Which of your earlier choices is Li Wei remembering tonight — and which could goodwill absorb?
// source: 000_ac8871b0fd25056d.txt "In the long run, building rapport saves time and money with faster deal making"
* [Toast his team's work first, and ask for a meeting next week about next year's prices # coach: Honouring the relationship at the dinner and keeping the negotiation for its own meeting protects his face in front of his colleagues.]
  ~ gain("liwei", "positivity", 8, 1.3)
  ~ gain("liwei", "coordination", 6, 1.2)
  To Zhou Min's three nights, and to next year. Could we find an hour next week to talk about prices? # speaker: you
  Next week. Good. # speaker: liwei
* [Ask for the eight per cent over dinner, while the mood is good # coach: A business ask lands only when the relationship can carry it; in front of his colleagues, a refusal costs him face.]
  { business_ask("liwei", 0.8):
    Li Wei laughs and glances at his general manager.
    For you, we will find a way. # speaker: liwei
  - else:
    The table goes quiet.
    Prices are for another day, I think. # speaker: liwei # mood: closed
  }
- {
  - trust("liwei") >= PARTNER_TRUST: -> ending_partner
  - trust("liwei") >= REPAIRED_TRUST: -> ending_repaired
  - else: -> ending_lost
}

=== ending_partner ===
# ending: partner
# ending_title: A partner who tells you the truth
Li Wei raises his glass to "the customer who walks the line with us" and, later, quietly tells you which of your next year's dates his team cannot meet — before you ask.
# learn: 000: Goodwill built early — the introductions, the water town — is what later absorbs small conflicts.
# learn: 000: An impossible request raised privately, or agreed in advance, costs no face; the same request in front of the team costs a day and more.
# learn: 000: Travel to the source of a major problem: presence shows commitment that video cannot.
# learn: 000: Keep the same people on the account; relationships are between individuals, not companies.
-> END

=== ending_repaired ===
# ending: repaired
# ending_title: Repaired, but careful
The dinner is polite and the contract is renewed — for one year, with a clause on change notices. Li Wei is friendly; he is also careful with what he promises you.
# learn: 000: A public face threat can be repaired, but only partly: an apology restores some trust, not all of it.
# learn: 000: Reading the silence — single-word answers, a closed folder — is the signal to stop and repair, not to press.
# learn: 000: Shared experiences outside work build the goodwill a relationship needs when things go wrong.
-> END

=== ending_lost ===
# ending: lost
# ending_title: The account goes quiet
Li Wei does not come to the dinner; a sales manager does. Two weeks later, Huadong "regrets" that its capacity is committed elsewhere next year.
# learn: 000: Asking the leader, in front of his group, for something impossible makes him lose face — and the group with him.
# learn: 000: Goodwill absorbs small conflicts only; a public loss of face needs deliberate, private repair.
# learn: 000: A new face on the account starts the rapport over from nothing.
-> END
