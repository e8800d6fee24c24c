# title: The acquisition south of London
# summary: Your company is buying a family engineering firm in Surrey. Its managing director will decide whether his people stay. Learn the rules before you break them.
# role: You are Jordan Blake, integration lead for Carver Robotics (Ohio), spending your first weeks with the firm you are acquiring.
# minutes: 8
# seeds: 000_ac8871b0fd25056d
# order: 7
INCLUDE lib/rapport.ink

// Source for every lesson here:
// 000_ac8871b0fd25056d.txt — "an American CEO who was baffled by the English. He had been spending
// time south of London with a company they were acquiring and stumbling through simple cultural
// differences. For example, don't ask an Englishman about his life outside of business."

CONST STAY_TRUST = 30
CONST POLITE_TRUST = 24

~ cast()
-> first_visit

// Graham Ashworth, 61, built Ashworth Precision from a garage in Woking. Private, dry, fiercely
// loyal to his machinists. Trust with him is earned by competence and reliability more than warmth;
// he says less than he means.
=== function cast() ===
~ counterpart("graham", "Graham Ashworth", 0.35, 0.35, 0.3, 0.35, 0.3)

=== first_visit ===
~ meeting("graham", 0)
A low brick building outside Guildford. Tea arrives in mugs before anyone mentions the deal. # place: office # location: Surrey # date: Monday, day 1
Good of you to come down. The traffic on the A3 is usually a national scandal. # speaker: graham
// source: 000_ac8871b0fd25056d.txt "don't ask an Englishman about his life outside of business. It's considered none of your business"
* [Ask about his weekend and his family, to get to know him # coach: Personal questions that warm up an American meeting can feel intrusive to an English counterpart: his life outside business is none of yours.]
  ~ loss("graham", "benevolence", 6, 1.3)
  So, Graham — big plans for the weekend? Do you have family nearby? # speaker: you
  A pause.
  The usual. # speaker: graham # mood: uneasy
* [Answer his joke in kind and ask about the firm's history # coach: Meeting his understatement with light humour and interest in the business respects where he draws the line.]
  ~ gain("graham", "positivity", 8, 1.3)
  ~ gain("graham", "attentiveness", 6, 1.2)
  Only a scandal? In Ohio we would call that a good day. How did the firm start? # speaker: you
  In my father's garage, with one lathe and a great deal of optimism. # speaker: graham # mood: pleased
- He walks you through the shop floor. Forty machinists; half have been here more than twenty years.
We are rather attached to our people. # speaker: graham
// source: 000_ac8871b0fd25056d.txt "you'd be surprised how much today's execs don't necessarily know about their international counterparts"
* [Read "rather attached" as the serious worry it is, and ask what would reassure him # coach: English understatement carries weight: "rather attached" may mean "this is my condition for the deal".]
  ~ gain("graham", "benevolence", 10, 1.3)
  "Rather attached" sounds important. What would you need to see from us about your people? # speaker: you
  A commitment in writing that nobody here loses their job in the first two years. # speaker: graham
* [Reassure him breezily that "everybody will love working for Carver" # coach: Enthusiasm without specifics reads as salesmanship to a reserved, competence-minded counterpart.]
  ~ loss("graham", "integrity", 4, 1.2)
  Everybody is going to love working for Carver — it's a great culture. # speaker: you
  I'm sure. # speaker: graham # mood: closed
- -> integration_plan

=== integration_plan ===
~ meeting("graham", 21)
Three weeks later, back in Surrey with the integration plan. # place: meeting-room # location: Surrey # date: day 22
Your CEO wants to announce new reporting lines at an all-hands next Monday, with Graham reporting to a VP in Ohio.
# discuss: What does Graham need to hear first, from whom, and in what setting?
// source: 000_ac8871b0fd25056d.txt "stumbling through simple cultural differences"
* [Tell Graham privately first, show him the plan and ask for his view # coach: Hearing it first, in private, with his view asked for, treats him as the leader his people still follow.]
  ~ face_threat("graham", 0.6, 0.4, false, 0.9)
  ~ gain("graham", "coordination", 8, 1.2)
  Before anyone else sees this, I wanted you to read it and tell me what is wrong with it. # speaker: you
  He reads for a long time.
  Two things are wrong with it. Shall I show you? # speaker: graham
* [Let the CEO announce it at the all-hands as planned # coach: Announcing his demotion in front of his staff, without warning, is a public loss of standing in any culture.]
  ~ face_threat("graham", 0.7, 0.4, true, 0)
  On Monday the CEO announces the new structure to the whole firm on a video link. Graham learns his new title at the same moment as his apprentices. # mood: closed
- -> six_months

=== six_months ===
~ meeting("graham", 180)
Six months on. You visit every month; the video calls in between are short and practical. # place: office # location: Surrey # date: day 181
// source: 000_ac8871b0fd25056d.txt "periodic visits to meet with the contacts face to face AND keeping the same people connected to the relationship"
* [Keep your monthly visits, though the integration is "finished" # coach: Consistent contact with the same person keeps the relationship alive after the deal is done.]
  ~ gain("graham", "benevolence", 8, 1.2)
  ~ gain("graham", "ability", 6, 1.2)
  You keep coming, and you keep your promises: not one job lost.
* [Hand the account to a colleague now that the deal is closed # coach: A new face on the account starts the rapport over — relationships are between individuals, not companies.]
  ~ handover("graham")
  A colleague from Ohio takes over the monthly calls.
- The new ordering system from Ohio is a bit of a challenge, if I'm honest. # speaker: graham
// source: 000_ac8871b0fd25056d.txt "Learn the Cultural Rules"
* [Hear "a bit of a challenge" as "it is failing", and ask what his team would change # coach: Understatement again: an English "a bit of a challenge" often means a real problem. Asking for his fix shows respect for his competence.]
  ~ gain("graham", "coordination", 8, 1.3)
  ~ gain("graham", "ability", 4, 1.1)
  When you say a bit of a challenge — how bad is it, really? What would your team change? # speaker: you
  We have been keeping a paper copy of every order since March. Here is what we would change. # speaker: graham
* [Tell him everyone finds it hard at first; it is the global standard # coach: Taking the understatement at face value misses the problem — and insisting on the rulebook tells him his experience does not count.]
  ~ loss("graham", "attentiveness", 5, 1.2)
  Everyone struggles at first. It is the global standard, so it will settle down. # speaker: you
  Quite. # speaker: graham # mood: closed
- {
  - trust("graham") >= STAY_TRUST: -> ending_stays
  - trust("graham") >= POLITE_TRUST: -> ending_polite
  - else: -> ending_leaves
}

=== ending_stays ===
# ending: stays
# ending_title: He stays, and so do his people
Graham signs on for two more years and, in his own words, "does not entirely hate" the new reporting line. Not one machinist has left.
# learn: 000: Learn the cultural rules before you visit: an Englishman's life outside business is none of yours.
# learn: 000: Understatement carries weight — "rather attached" can be a condition for the deal.
# learn: 000: Keep visiting and keep the same people on the account after the deal is done.
-> END

=== ending_polite ===
# ending: polite
# ending_title: Polite, and counting the days
Graham stays for his contracted year, correct and distant. Three senior machinists quietly take jobs with a competitor.
# learn: 000: Small stumbles over cultural rules add up; a reserved counterpart rarely says so.
# learn: 000: News that touches a leader's standing should reach him first, in private.
# learn: 000: Competence and kept promises are the currency of trust with a task-focused partner.
-> END

=== ending_leaves ===
# ending: leaves
# ending_title: He leaves, and takes the knowledge with him
Graham resigns at the end of the quarter. With him go twenty years of knowing which machine drifts in cold weather.
# learn: 000: Asking personal questions to build warmth can backfire where privacy is the rule.
# learn: 000: A public announcement that diminishes a leader in front of his staff costs trust no apology fully restores.
# learn: 000: A new face on the account starts the relationship over.
-> END
