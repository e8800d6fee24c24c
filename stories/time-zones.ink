# title: Twelve hours apart
# summary: A global account with a headquarters in Chicago and a pilot site in Jakarta, twelve hours apart, and you in Amsterdam between them. One wants it straight; the other will not say no in front of her boss. Keep both, and keep the rollout honest.
# role: You are Alex Moreau, global account manager at Brightline Systems (Amsterdam), responsible for rolling out your warehouse software at Kestrel Foods.
# minutes: 10
# seeds: 004_321f206b4ac9ecaf, 000_ac8871b0fd25056d
# order: 6
INCLUDE lib/rapport.ink

// Source for the lessons here: 004_321f206b4ac9ecaf.txt, global account management: time zones,
// direct vs indirect communication, flexibility, honesty and transparency, showing care,
// consistency, workflow tools, patience, a positive outlook. The visit in person: 000_ac8871b0fd25056d.txt
// "when there is a major problem, it helps greatly to travel to the source of the issue".

// Ending thresholds, in one place (calibrated with `npm run stories`).
CONST DEWI_TRUST = 35
CONST RUTH_TRUST = 33
// Below both of these, the account is lost; between, it is half kept.
CONST DEWI_LOW = 22
CONST RUTH_LOW = 20

VAR alternating = false
VAR asked_privately = false
VAR took_green = false
VAR told_ruth = "no"
VAR phased = false

~ cast()
-> kickoff

// Ruth Feldman, 52, VP Global Supply Chain at Kestrel Foods in Chicago. Twenty years in army
// logistics before that. Reads every status report to the last line, wants bad news early and
// plainly, and has a dry sense of humour nobody in Amsterdam has quite decoded. Task-based trust,
// flat hierarchy, very direct, rules are rules.
// Dewi Kusuma, 41, Director of Operations for Southeast Asia, based in Jakarta. Trained as a
// pharmacist, runs four cold stores with a team she hired herself and protects fiercely.
// Meticulous, warm, and careful never to contradict Chicago in front of others: "we will try our
// best" is as close to "no" as she comes in public. Relationship-based, respects hierarchy.
=== function cast() ===
~ counterpart("ruth", "Ruth Feldman", 0.3, 0.35, 0.3, 0.85, 0.35)
~ counterpart("dewi", "Dewi Kusuma", 0.75, 0.7, 0.75, 0.25, 0.6)

=== kickoff ===
~ meeting("ruth", 0)
~ meeting("dewi", 0)
Kestrel Foods runs fourteen frozen-food warehouses on three continents. Brightline's software is going into all of them: €3.2 million a year, your largest account. # place: video-call # location: Chicago and Jakarta, on screen # date: Monday, day 1
The pilot for Asia is Dewi Kusuma's cold store in Jakarta. If it goes well, six more Asian sites follow. Ruth Feldman decides on those in Chicago.
It is 14:00 in Amsterdam, 07:00 in Chicago, 19:00 in Jakarta. Ruth has coffee. Dewi has her coat on the back of her chair.
Let's lock a weekly status call. Mondays, 9 a.m. Chicago. Works for everybody? # speaker: ruth
Nine in the morning in Chicago is nine at night in Jakarta.
// source: 004_321f206b4ac9ecaf.txt "Scheduling calls and emails that fit everyone's schedule can be a bit tricky, but it's worth it to keep the lines open."
* [Suggest we alternate: Chicago's early morning one week, Jakarta's the next, and I take the odd hours myself # coach: A slot that always suits headquarters tells the site who matters. Sharing the inconvenient hours keeps the lines open with everyone.]
  ~ alternating = true
  ~ gain("dewi", "benevolence", 6, 1.3)
  ~ gain("dewi", "attentiveness", 4, 1.2)
  ~ gain("ruth", "coordination", 3, 1.0)
  Could we alternate? One week your early morning, Ruth, the next week Jakarta's. I'll take the odd hours on my side. # speaker: you
  Fair. Send the invites. # speaker: ruth
  Thank you. That is very kind. # speaker: dewi # mood: pleased
// source: 004_321f206b4ac9ecaf.txt "You need to be in constant touch with your clients across different time zones."
* [Agree to Ruth's slot; headquarters sets the rhythm # coach: It is simple, and it puts the cost of every call on the Jakarta team. Dewi will not object in front of her VP, but she notices.]
  ~ gain("ruth", "coordination", 4, 1.0)
  ~ loss("dewi", "attentiveness", 4, 1.3)
  Monday at nine works for us. # speaker: you
  Of course. No problem. # speaker: dewi
- Ruth moves to the go-live plan.
Dewi, Jakarta goes live on the thirtieth of next month. Are we on track? # speaker: ruth
We will try our best. There are some small challenges with the scanners in the cold rooms. # speaker: dewi
Great. So we're on track. # speaker: ruth
# discuss: What did Dewi just say? What does Ruth think she said, and what would each of them need from you now?
// source: 004_321f206b4ac9ecaf.txt "For example, some countries value direct communication, while others prefer a more roundabout approach."
* [Log the scanners as an open item for Ruth, and book a call with Dewi tomorrow to go through it privately # coach: Dewi signalled a problem the indirect way. Ruth gets a clear action item; Dewi gets a private space to say what she could not say in front of her VP.]
  ~ asked_privately = true
  ~ gain("dewi", "attentiveness", 8, 1.3)
  ~ gain("ruth", "ability", 3, 1.1)
  Let's log the cold-room scanners as an open item. Dewi, could we talk tomorrow, your afternoon? # speaker: you
  Yes. Tomorrow is good. # speaker: dewi
// source: 004_321f206b4ac9ecaf.txt "Adapt your communication style. Some cultures prefer a more indirect approach, while others value straight talk."
* [Ask Dewi straight out, on the call: is the thirtieth realistic, yes or no? # coach: Straight talk suits Ruth, but it asks Dewi to contradict Chicago in front of her VP. She will not, and it costs her face to be asked.]
  ~ face_threat("dewi", 0.6, 0.2, true, 0)
  ~ gain("ruth", "ability", 2, 1.2)
  Dewi, is the thirtieth realistic? Yes or no? # speaker: you
  A pause. Dewi looks at Ruth's square on her screen, not at yours. # mood: uneasy
  Yes. It is possible. # speaker: dewi # mood: closed # cue: Cornered in front of her VP
// source: 004_321f206b4ac9ecaf.txt "Next, understand the local customs."
* [Take "small challenges" at face value and move on to training # coach: In a high-context style, "we will try our best" and "small challenges" are the warning. Moving on leaves Chicago believing something Jakarta never said.]
  ~ took_green = true
  ~ loss("dewi", "attentiveness", 6, 1.3)
  Ruth's minutes say: "Jakarta: green."
- -> the_week

=== the_week ===
~ meeting("dewi", 7)
A week later. 08:00 in Amsterdam, 13:00 in Jakarta. Dewi is in her office above the loading dock. # place: video-call # location: Jakarta, on screen # date: Monday, day 8
{asked_privately:
  ~ gain("dewi", "benevolence", 4, 1.2)
  You talked through the scanners last Tuesday. This week she goes further.
  The thirtieth is not possible. The scanners lose battery in minus twenty-five. And your integration partner is three weeks late. # speaker: dewi
- else:
  Dewi asks Hendra, her warehouse manager, to share his screen: the cold-room scanner log, red from top to bottom, and your integrator's plan, three weeks behind.
  As you can see, it is a little difficult. # speaker: dewi # mood: uneasy
  She does not say that the thirtieth is impossible. The log says it for her.
}
And my team waits a day for every answer. When Amsterdam replies, Jakarta is asleep. # speaker: dewi
// source: 004_321f206b4ac9ecaf.txt "Use project management tools that integrate with your team's existing systems."
* [Put every open issue on a shared board linked to their ticket system, and get one of our engineers onto Asian hours # coach: The right tool, connected to the systems the team already uses, takes the time difference out of every handover. Nobody waits for Amsterdam to wake up.]
  ~ gain("dewi", "coordination", 8, 1.2)
  ~ gain("dewi", "ability", 6, 1.2)
  By Thursday the board is live. Hendra's team logs an issue at 09:00 Jakarta time; Priyanka, your engineer in Pune, answers it by 11:00.
// source: 004_321f206b4ac9ecaf.txt "This makes it easier to keep track of progress and delegate tasks efficiently."
* [Ask her team to email me everything, and promise to chase our developers myself # coach: Good will, but you become the queue. The time difference stays in every answer, and now it runs through your inbox.]
  ~ gain("dewi", "benevolence", 2, 1.0)
  ~ loss("dewi", "coordination", 4, 1.2)
  ~ loss("dewi", "ability", 4, 1.1)
  By Thursday you have sixty-one unread emails from Jakarta. Some are the same question, asked three times. Two answers go to the wrong site.
- Dewi mentions that Ramadan begins on Thursday. Many on her team are fasting, and she is too. They break the fast at about six.
{alternating:Every other week, the weekly call|The weekly call, at nine at night in Jakarta,} lands just after iftar.
// source: 004_321f206b4ac9ecaf.txt "Every country has its own set of rules and traditions that might impact how business is done."
* [Move Jakarta's calls to their early afternoon for the month, and ask how she and the team are holding up # coach: Knowing the local customs, and adapting to them, is part of the job. Asking how they are, not only how the project is, shows you care.]
  ~ gain("dewi", "benevolence", 10, 1.3)
  ~ gain("dewi", "attentiveness", 4, 1.2)
  We'll move your calls to early afternoon for the month. And how are you, and the team? You have all been working very late. # speaker: you
  Dewi smiles for the first time on the call.
  Tired. But it is a good month. Thank you for asking. # speaker: dewi # mood: pleased
// source: 004_321f206b4ac9ecaf.txt "Show that you care. Ask how your clients are doing."
* [Keep the schedule: it's only a month, and the go-live can't slip further # coach: Holding the schedule over a month of fasting treats the team's customs as an obstacle. Dewi will attend every call, and remember.]
  ~ loss("dewi", "benevolence", 6, 1.3)
  I understand. Perhaps we keep the calls as they are, so we do not lose momentum? # speaker: you
  Of course. We will manage. # speaker: dewi # mood: closed
- -> ruth_call

= ruth_call
~ meeting("ruth", 7)
15:00 in Amsterdam, 08:00 in Chicago. Ruth's status report is due today, and Ruth's minutes still say "Jakarta: green." # place: video-call # location: Chicago, on screen
{took_green:
  ~ loss("ruth", "ability", 4, 1.2)
  You were on the call where Jakarta went green, and you said nothing. Whatever you tell Ruth now, she will ask why she is hearing it a week late.
}
# discuss: What should Ruth hear, from whom, and how much of it is Brightline's fault?
// source: 004_321f206b4ac9ecaf.txt "Be honest and transparent. Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
* [Tell Ruth plainly: the thirtieth won't hold, why, what we are doing, and that the integrator's delay is ours # coach: Honesty and transparency, including your own side's part, are how trust is built across borders. Ruth gets the bad news early and straight, the way she wants it.]
  ~ told_ruth = "straight"
  ~ gain("ruth", "integrity", 12, 1.3)
  ~ gain("ruth", "ability", 4, 1.2)
  The thirtieth won't hold. Two reasons: scanner batteries at minus twenty-five, and our integration partner is three weeks late. That one's on us. Here's the recovery plan. # speaker: you
  Thank you. That's the first straight status I've had from a vendor this year. # speaker: ruth # mood: pleased
// source: 004_321f206b4ac9ecaf.txt "Your clients will appreciate your honesty."
* [Switch Jakarta to amber and say the team is "working through some issues" # coach: A half-truth buys a week and costs more when the full story surfaces. Ruth will find out what amber meant.]
  ~ told_ruth = "amber"
  ~ loss("ruth", "integrity", 6, 1.3)
  Jakarta is amber this week. The team is working through some issues. # speaker: you
  Amber how? # speaker: ruth
  Nothing we can't handle. # speaker: you
// source: 004_321f206b4ac9ecaf.txt "Trust is the foundation of any successful relationship"
* [Tell Ruth the date is at risk because of Jakarta's scanners # coach: True in part, and it leaves out your own side's delay. Ruth takes it to the next weekly, in front of Dewi's team.]
  ~ told_ruth = "blamed"
  ~ gain("ruth", "ability", 2, 1.0)
  ~ face_threat("dewi", 0.7, 0.6, true, 0)
  At the next weekly, Ruth asks Dewi, in front of her site managers, why Jakarta bought the wrong scanners. # cue: Blamed in front of her team
  Dewi apologises to everyone. Nobody mentions the integrator.
- -> jakarta

=== jakarta ===
~ meeting("dewi", 40)
~ meeting("ruth", 40)
Five weeks later, you fly to Jakarta for the pilot go-live. Some problems don't get solved on a screen. # place: meeting-room # location: Jakarta # date: Friday, day 41
// source: 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it"
~ gain("dewi", "benevolence", 6, 1.3)
Dewi meets you at the gate of the cold store herself.
{told_ruth:
- "amber":
  ~ loss("ruth", "integrity", 8, 1.3)
  On the plane you read Ruth's email. She has had the integrator's delay from Kestrel's own IT team. Subject line: "Amber?"
- "blamed":
  ~ loss("ruth", "integrity", 6, 1.3)
  On the plane you read Ruth's email. Kestrel's own IT team has told her about the integrator's delay. "You left that out."
}
Cold room three has failed its scanner test again overnight. Hendra's night shift picked by hand, on paper, in minus twenty-five.
At ten, Ruth joins on video from Chicago, where it is ten at night. Dewi's site managers sit along one wall.
Monday. All four cold rooms, or not? # speaker: ruth
Hendra slides a page across the table: rooms one and two on Monday, three and four in two weeks, with the new batteries. Dewi has not said a word.
// source: 004_321f206b4ac9ecaf.txt "Being able to adapt your plan on the fly is crucial."
* [Back Hendra's phased plan, and give Ruth a firm date for rooms three and four # coach: Flexibility is changing the plan when the facts change. Ruth gets a clear commitment; Dewi's team sees its warning taken seriously.]
  ~ phased = true
  ~ gain("dewi", "coordination", 8, 1.3)
  ~ gain("dewi", "benevolence", 4, 1.2)
  ~ gain("ruth", "ability", 6, 1.2)
  Rooms one and two on Monday. Three and four on the fourteenth, with new batteries. I'll confirm it in writing tonight. # speaker: you
  Fourteenth. Noted. Don't move it. # speaker: ruth
// source: 004_321f206b4ac9ecaf.txt "Things change quickly in the global market."
* [Hold the original plan: all four rooms on Monday, as promised to Chicago # coach: Keeping a promise matters, but holding a plan the facts have overtaken is not consistency. It overrules the people who will have to live with it.]
  ~ loss("dewi", "benevolence", 6, 1.3)
  All four on Monday, as planned. We'll support the night shift. # speaker: you
  Hendra takes his page back. Dewi nods. # mood: closed
  On Monday, rooms three and four fall back to paper by noon.
  ~ loss("ruth", "ability", 6, 1.1)
  ~ loss("dewi", "ability", 4, 1.0)
- Monday evening. The first thousand pallets have been scanned. The team gathers in the canteen, and Dewi asks if you would like to say a few words.
// source: 004_321f206b4ac9ecaf.txt "celebrate the small wins. Every step forward is something to be proud of."
* [Celebrate the win: thank the night shift, by name, for every pallet they picked on paper # coach: Celebrating the small wins keeps a team going through a hard rollout. Naming the night shift gives credit, and face, where it was earned.]
  ~ gain("dewi", "positivity", 10, 1.3)
  ~ gain("dewi", "benevolence", 4, 1.2)
  You ask Hendra for the night shift's names and read every one. {phased:Rooms one and two are live.|It was a hard day.} Tonight that is enough.
  Dewi translates the last sentence herself, and the canteen applauds the night shift. # mood: pleased
// source: 004_321f206b4ac9ecaf.txt "keeping a positive outlook is crucial."
* [Thank them briefly, then run through what still has to be fixed before Chicago is satisfied # coach: A list of remaining failures, at the first celebration, tells the team that nothing they did counts yet. It drains a team already running on effort.]
  ~ loss("dewi", "positivity", 6, 1.3)
  Thank you all. Now, before Chicago signs off, there are eleven open items. # speaker: you
  People drift back to their shifts. # mood: closed
- On your last evening, Ruth calls again. Chicago wants the six other Asian sites signed before the year-end budget.
Let's get Dewi's timeline for the rollout on the table tonight. # speaker: ruth
// source: 004_321f206b4ac9ecaf.txt "Be patient. Building trust across cultures takes time."
* [Suggest Dewi takes two weeks to consult her site managers first, and offer to visit the next site with her # coach: Patience is part of building trust. Dewi can only commit what her managers own, and she needs time to build that consensus. Offering your presence shows you're in it for the long run.]
  ~ gain("dewi", "benevolence", 6, 1.3)
  ~ gain("dewi", "coordination", 4, 1.2)
  ~ gain("ruth", "integrity", 3, 1.0)
  Dewi would like two weeks with her site managers. I'll go to Surabaya with her for the first one. # speaker: you
  Two weeks. Then I want a date. # speaker: ruth
  Dewi catches your eye across the table, and nods.
// source: 004_321f206b4ac9ecaf.txt "Take the time to build genuine connections."
* [Ask Dewi to commit to the expansion timeline now, while Ruth is on the line # coach: A commitment asked for in front of her VP only works if the relationship can carry it. Rushing her risks a "yes" that means nothing.]
  {business_ask("dewi", 0.7):
    Dewi looks at her managers, then at the screen.
    Six sites in nine months. We can do it. # speaker: dewi
    ~ gain("ruth", "ability", 4, 1.2)
  - else:
    We will try our best. # speaker: dewi # mood: closed
    Ruth writes down a date. Dewi doesn't.
  }
- {
  - trust("dewi") >= DEWI_TRUST && trust("ruth") >= RUTH_TRUST: -> ending_one_account
  - trust("dewi") >= DEWI_TRUST || trust("ruth") >= RUTH_TRUST: -> ending_half
  - trust("dewi") >= DEWI_LOW && trust("ruth") >= RUTH_LOW: -> ending_half
  - else: -> ending_lost
}

=== ending_one_account ===
# ending: one_account
# ending_title: One account, three time zones
Three months later, Ruth signs the Asian rollout. Dewi asks, in writing, for you to lead the Surabaya site.{alternating: The weekly call still alternates.}
# learn: 004: Adapt your style to each person: straight talk for Ruth, a private conversation for Dewi.
# learn: 004: Be honest and transparent when something goes wrong, including your own side's part.
# learn: 004: Tools that connect to the team's own systems, and hours that share the burden, take the time difference out of the work.
# learn: 004: Show care, respect local customs, and celebrate the small wins along the way.
# learn: 000: When there is a major problem, go to the source. Presence shows commitment a video call can't.
-> END

=== ending_half ===
# ending: half
# ending_title: Half an account
{
  - trust("ruth") >= RUTH_TRUST && trust("dewi") < DEWI_TRUST: Ruth renews the contract and sends the Asian rollout to tender "to see the options". Dewi's team has recommended a local integrator.
  - trust("dewi") >= DEWI_TRUST: Dewi's team wants Brightline for every Asian site. Ruth puts the rollout on hold until "the reporting is reliable".
  - else: Ruth renews for one year. The Asian rollout goes to tender, and Dewi's team is polite about Brightline, and no more than polite.
}
# learn: 004: A global account has more than one relationship. Winning headquarters and losing the site, or the reverse, loses the rollout.
# learn: 004: Some people value direct communication, others a more roundabout approach. Use the style each one needs.
# learn: 004: Consistency means keeping your promises, and trust across cultures takes time. Don't rush it.
-> END

=== ending_lost ===
# ending: lost
# ending_title: Green on paper
Ruth moves the Asian rollout to a competitor with a Singapore office. Dewi's last email thanks you for your effort.
# learn: 004: "We will try our best" was the warning. Reading indirect communication is part of managing a global account.
# learn: 004: Burying bad news, or passing it on to the client's own team, costs more trust than the problem itself.
# learn: 004: Scheduling that always suits headquarters, and ignores local customs, tells the site what it's worth.
-> END
