# title: The promotion
# summary: Joe has just been made VP Sales, and his best account is now yours. Marta Albuquerque bought from Joe for six years; her contract is up for renewal in five months. Does the relationship pass to you, or start over?
# role: You are Priya Raman, the new sales manager for Latin America at Tessaro Valves (Chicago), taking over the accounts Joe Marino built before his promotion.
# minutes: 9
# seeds: 000_ac8871b0fd25056d, 004_321f206b4ac9ecaf
# order: 4
INCLUDE lib/rapport.ink

// Sources:
// 000_ac8871b0fd25056d.txt — "Even when Joe gets a promotion from sales manager to VP Sales, he should
// take an active role with accounts he cultivated. Otherwise, the rapport building starts over. In
// most of the world, relationships are between individuals, not companies."
// 004_321f206b4ac9ecaf.txt — "Consistency is key. Keep your promises and follow through with your
// commitments. This builds reliability, and reliability builds trust."

// Ending thresholds, in one place (calibrated with `npm run stories`).
CONST KEPT_TRUST = 40
CONST COOL_TRUST = 24

VAR joe_stays = false
VAR went_to_lunch = false
VAR hid_the_hold = false
VAR joe_called = false

~ cast()
-> the_call

// Marta Albuquerque, 54, runs Distribuidora Albuquerque in Guarulhos, the industrial-valve
// distributor her father founded. She remembers who stood by her: when her warehouse flooded in
// 2019, Joe flew down within two days. Warm, quick to laugh, and suddenly formal when hurt. She buys
// from people she knows; she respects hierarchy without fussing over it; she will bend a rule for
// someone she trusts. Her daughter Beatriz runs logistics and is learning the rest.
=== function cast() ===
~ counterpart("marta", "Marta Albuquerque", 0.8, 0.5, 0.65, 0.45, 0.7)

=== the_call ===
~ meeting("marta", 0)
// Six years of Joe's work with Marta: the relationship you are inheriting.
~ gain("marta", "benevolence", 16, 1.3)
~ gain("marta", "positivity", 10, 1.3)
~ gain("marta", "ability", 8, 1.2)
Joe's promotion was announced on Monday. Albuquerque is the largest account he leaves you: six million dollars a year, a fifth of your region. # place: video-call # location: São Paulo, on screen # date: Wednesday, day 1
Its three-year agreement expires in five months. A valve maker from Bergamo has been taking Marta to lunch.
Joe sits beside you in the Chicago meeting room. On screen, Marta is in her office, a wall of pressure gauges behind her.
Joe! Parabéns — a vice-president! So who do I call now, at midnight, when a container is late? # speaker: marta # mood: pleased
Joe glances at you. You agreed this morning that you would answer her.
# discuss: Who should Marta call now? What does Joe's promotion mean to her — and to the renewal in five months?
// source: 000_ac8871b0fd25056d.txt "he should take an active role with accounts he cultivated. Otherwise, the rapport building starts over."
* [Tell her: me for the day-to-day, Joe for anything that matters, and we'll both visit next month # coach: The seed's own example: Joe stays active with the account he built, and you are introduced through him. The relationship carries across to you instead of starting over.]
  ~ joe_stays = true
  ~ gain("marta", "benevolence", 8, 1.3)
  ~ gain("marta", "coordination", 4, 1.2)
  You call me for the day-to-day, and Joe for anything that matters. He stays on your account. And next month we will both be in São Paulo. # speaker: you
  Try and keep me away. # speaker: Joe
  Good. Then I am not losing anybody. You will both come to dinner. # speaker: marta # mood: pleased
// source: 000_ac8871b0fd25056d.txt "Otherwise, the rapport building starts over."
* [Tell her I'm her contact from Monday, since Joe now covers the whole region # coach: A clean, efficient handover, but relationships are between individuals, not companies. For Marta, the rapport building starts over.]
  ~ handover("marta")
  From Monday you call me, for everything. Joe has the whole Americas now. # speaker: you
  Ah. I see. Of course. # speaker: marta # mood: uneasy
  Welcome to the account, Ms Raman. # speaker: marta
- Joe is pulled into another call and leaves the room with an apologetic wave.
So, Priya. Tell me who you are. Joe says you lived in Lisbon? # speaker: marta
// source: 000_ac8871b0fd25056d.txt "getting to know your contacts will serve you well during any challenging times"
* [Tell her about Lisbon in my rusty Portuguese, and ask how her daughter is settling in # coach: She is asking to meet a person, not a title. A few personal sentences and a question about her family start your own relationship with her.]
  ~ gain("marta", "positivity", 8, 1.3)
  ~ gain("marta", "attentiveness", 6, 1.2)
  ~ gain("marta", "benevolence", 4, 1.2)
  Two years in Lisbon, at our distributor there. My Portuguese is rusty. And Beatriz? Joe said she has taken over logistics. # speaker: you
  Marta laughs.
  You speak like my grandmother! We will fix that. Beatriz is fine. She reorganised my whole warehouse and she tells me so every day. # speaker: marta # mood: pleased
// source: 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
* [Keep it short and offer to go through the open orders # coach: Results matter, but opening with the order list tells a relationship-based partner that she now has a supplier, not a contact.]
  ~ loss("marta", "positivity", 5, 1.3)
  Most of my career has been in sales. I would rather let results speak. Shall we go through the open orders? # speaker: you
  Of course. The orders. # speaker: marta
- -> sao_paulo

=== sao_paulo ===
~ meeting("marta", 30)
A month later you land at Guarulhos. The warehouse is ten minutes from the airport. # place: office # location: Guarulhos, São Paulo # date: Tuesday, day 31
{joe_stays: -> joe_cancels | -> alone}

= joe_cancels
The evening before you flew, the CEO moved the board review to Thursday. Joe cannot travel.
// source: 004_321f206b4ac9ecaf.txt "Consistency is key. Keep your promises and follow through with your commitments."
* [Ask Joe to call Marta himself tonight and give her a date he will come # coach: When a promise can't be kept, the person who made it explains, in person. Keeping the relationship consistent means Joe owns the change of plan.]
  ~ joe_called = true
  ~ gain("marta", "integrity", 6, 1.2)
  Joe calls her from the airport lounge. In the morning Marta's first words to you are about him.
  He called me himself. He says he will come for the renewal, and I will hold him to it. # speaker: marta
// source: 004_321f206b4ac9ecaf.txt "Keep your promises and follow through with your commitments."
* [Go alone and tell Marta that Joe sends his warmest regards # coach: A promise quietly dropped is still a promise broken. Warm regards are no substitute for the visit Joe committed to.]
  ~ loss("marta", "integrity", 6, 1.3)
  Joe sends his warmest regards. Things are very busy in Chicago. # speaker: you
  Marta smiles and says nothing. # mood: closed
- -> the_day

= alone
You fly down alone, as planned.
-> the_day

= the_day
Marta has planned your day: the warehouse in the morning, then calls with two of her biggest customers, a paper mill in Jundiaí and a sugar plant in Piracicaba.
Chicago wants something from the trip: a four per cent price increase from next quarter, confirmed.
// source: 000_ac8871b0fd25056d.txt "Others focus on joint business activities."
* [Go on both customer calls with her, and raise the price increase privately at the end of the day # coach: Doing business side by side is a shared experience too. You learn her customers, she sees how you work, and the hard topic waits for a private moment.]
  ~ gain("marta", "coordination", 8, 1.2)
  ~ gain("marta", "ability", 6, 1.2)
  At the paper mill, the maintenance chief makes a point of complaining about a valve Tessaro replaced in a day. Marta lets him finish, then introduces you.
  That evening, in her office, she hears the increase out and asks for a phased one. You agree to take it to Chicago.
// source: 000_ac8871b0fd25056d.txt "building rapport saves time and money with faster deal making"
* [Ask to start with the price increase, since Chicago needs it confirmed # coach: A business request made before the relationship can carry it becomes a face threat. Your first visit is too early to open with it.]
  {business_ask("marta", 0.7):
    Marta studies the figures for a long time.
    Four per cent. Joe never asked me for anything he did not need. # speaker: marta
  - else:
    Marta closes the folder.
    Let us see the customers first. Prices another day. # speaker: marta # mood: closed
  }
- On the last evening, over dinner, Marta invites you to Sunday lunch with her family, at the restaurant they have gone to for thirty years. Her father, who founded the firm, will be there. Your flight is on Saturday.
// source: 000_ac8871b0fd25056d.txt "Some prefer to build rapport outside of work."
* [Change my flight and go to lunch # coach: An invitation to her family's table is an invitation into the relationship. Outside work is where a relationship-based partner gets to know you.]
  ~ went_to_lunch = true
  ~ meeting("marta", 35)
  ~ gain("marta", "benevolence", 12, 1.3)
  ~ gain("marta", "positivity", 6, 1.2)
  Sunday lunch lasts four hours. Her father tells you how Joe arrived in 2019 with a pump supplier and wet trousers. # place: restaurant # date: Sunday, day 36
  Beatriz teaches you the word for the valve you have been calling by its catalogue number.
// source: 000_ac8871b0fd25056d.txt "Never Underestimate Shared Experiences"
* [Thank her warmly and explain that I have a Monday meeting in Chicago # coach: A polite refusal is understood, but it turns down the personal relationship she offered you, just as you need one of your own.]
  ~ loss("marta", "benevolence", 4, 1.2)
  Another time, then. # speaker: marta
- -> renewal

=== renewal ===
~ meeting("marta", 100)
Two months later, seven weeks before the agreement expires, the renewal meeting is set for Thursday in Guarulhos. The Bergamo offer is three points of margin better than yours. # place: meeting-room # location: Guarulhos, São Paulo # date: Thursday, day 101
{joe_stays:
  Joe flies in for the day{joe_called:, as he told her he would}. Marta hugs him in the car park.
  ~ gain("marta", "integrity", 6, 1.2)
  ~ gain("marta", "benevolence", 8, 1.2)
- else:
  Joe sends Marta an email wishing her a good meeting.
}
At seven that morning, a message from Chicago. The certificates for last month's container were issued with the wrong pressure class. It is held at customs in Santos.
Marta's biggest customer starts its maintenance shutdown in nine days. She doesn't know yet.
# discuss: The renewal is today, and you know something Marta doesn't. What do you say first, and why?
// source: 004_321f206b4ac9ecaf.txt "Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
* [Tell her first thing: what went wrong, what we are doing, and when she will hear more # coach: Honesty and transparency when something goes wrong build trust across borders. Address it head-on, before she hears it elsewhere.]
  ~ gain("marta", "integrity", 10, 1.3)
  ~ gain("marta", "coordination", 4, 1.2)
  Before the contract: last month's container is held in Santos. The certificates were our mistake. A broker is on it now; corrected papers by tomorrow noon, and I will call you at six tonight either way. # speaker: you
  Marta exhales.
  Thank you for telling me first. Beatriz, call the mill. # speaker: marta
// source: 004_321f206b4ac9ecaf.txt "Trust is the foundation of any successful relationship"
* [Get the renewal through first and tell her over dinner # coach: Burying bad news to protect a deal fails when she hears it from someone else first. The breach of honesty costs more than the problem.]
  ~ hid_the_hold = true
  ~ loss("marta", "integrity", 12, 1.3)
  At eleven, Beatriz steps out to take a call from the freight forwarder. She comes back and whispers to her mother.
  Is there something about Santos you want to tell me, Priya? # speaker: marta # mood: closed # cue: She heard it from the port first
  You tell her. It takes four minutes. She doesn't look at the draft again until after lunch.
- Over coffee, Marta mentions, almost in passing, that her father had a fall last week.
// source: 004_321f206b4ac9ecaf.txt "Show that you care. Ask how your clients are doing. Not just in terms of business, but in their personal lives too."
* [Ask how he is, and how she is managing with him and the business # coach: Genuine care for the person, not only the account, goes a long way. It's a question, not a formality.]
  ~ gain("marta", "benevolence", 8, 1.3)
  {went_to_lunch:
    How is he? At lunch he was still telling flood stories. And how are you managing? # speaker: you
  - else:
    How is he? And how are you managing, with him and the business? # speaker: you
  }
  Stubborn. He wants to come to the warehouse on crutches. Thank you for asking. # speaker: marta
// source: 004_321f206b4ac9ecaf.txt "Showing genuine care can go a long way."
* [Say I'm sorry to hear it, and return to the agenda # coach: A polite sentence and straight back to business leaves the care unspoken, and she notices.]
  ~ gain("marta", "positivity", 2, 1.0)
  I am sorry to hear that. Shall we look at the terms? # speaker: you
- Marta turns the draft agreement over, unsigned.
// source: 004_321f206b4ac9ecaf.txt "Keep your promises and follow through with your commitments. This builds reliability, and reliability builds trust."
* [Ask what would make three more years easy, and offer to write in the same people and a visit every quarter # coach: Consistency builds reliability: the same people on the account and promises she can hold you to. That's what she is really renewing.]
  ~ gain("marta", "integrity", 6, 1.2)
  ~ gain("marta", "coordination", 6, 1.2)
  What would make three more years easy for you? We could put the people in the agreement: me every quarter, {joe_stays:Joe at every annual review.|and a named engineer for your customers.} # speaker: you
  Now that is a contract I understand. # speaker: marta
// source: 004_321f206b4ac9ecaf.txt "Building trust across cultures takes time."
* [Ask her to sign the three-year renewal today # coach: A business ask succeeds only when the relationship can carry it. If it can't, the refusal itself threatens face.]
  {business_ask("marta", 0.6):
    Marta uncaps her pen.
    Three years. And you come to lunch next time. # speaker: marta # mood: pleased
  - else:
    Marta slides the draft back across the table.
    I will need to think about it. Bergamo has been very patient with me. # speaker: marta # mood: closed
  }
- {
  - trust("marta") >= KEPT_TRUST: -> ending_kept
  - trust("marta") >= COOL_TRUST: -> ending_cool
  - else: -> ending_lost
}

=== ending_kept ===
# ending: kept
# ending_title: The relationship carried over
{joe_stays: Marta signs for three years. She sends Joe a photo of the signed contract, and sends you a recipe from her father. | Marta signs for three years. It took you longer than it took Joe, and it is now yours.}
# learn: 000: Relationships are between individuals, not companies. A promotion shouldn't hand a partner to a stranger.
# learn: 000: The person who built an account should stay active in it and introduce the successor in person.
# learn: 004: Honesty when something goes wrong, addressed head-on, builds trust instead of costing it.
# learn: 004: Consistency: the same people and promises kept. That is what a partner renews.
-> END

=== ending_cool ===
# ending: cool
# ending_title: Renewed, for now
Marta renews for one year, not three. She is friendly with you and careful with what she promises Tessaro.
{hid_the_hold: The Santos container is mentioned only once more, in the clause she adds on shipping documents.}
# learn: 000: A handover without the person who built the account restarts the rapport. Trust built on competence survives it better than warmth does.
# learn: 004: Consistency, with the same people and the same promises kept, rebuilds reliability. It takes time.
# learn: 004: Show that you care about the person, not only the account.
-> END

=== ending_lost ===
# ending: lost
# ending_title: She goes with someone she knows
Marta moves her business to Bergamo. Their sales director has taken her to lunch every quarter for two years.
# learn: 000: Without the person who built it, the rapport building starts over, and a competitor may be further ahead.
# learn: 004: Bad news buried until it surfaces elsewhere costs more trust than the problem itself.
# learn: 004: Promises dropped quietly, such as a visit that never came, tell a partner what the relationship is worth.
# learn: 004: Building trust takes time. A renewal asked for before the relationship can carry it is refused.
-> END
