# title: "Oui" in Lyon
# summary: Your first distribution deal in France depends on a managing director who says "oui" and keeps thinking, and on a workshop chief who speaks no English and says exactly what he thinks. Prepare, keep time, find the right words and keep negotiating.
# role: You are Sam Okafor, export manager at Cascadia Brewing Systems (Vancouver), negotiating an exclusive distribution agreement for your espresso machines in the Lyon region.
# minutes: 10
# seeds: 002_4348346f83066296
# order: 5
INCLUDE lib/rapport.ink

// Source for every lesson here: 002_4348346f83066296.txt — working with foreign partners: language
// and interpreters, research, punctuality and professionalism, frankness, the French "yes" that
// means "maybe", time zones and backup channels, keeping the relationship after the deal.

// Thresholds, in one place (calibrated with `npm run stories`).
// DEAL_*: what Claire decides on the follow-up call. PARTNER/OPEN: the ending.
CONST DEAL_TRUST = 22
CONST TECH_TRUST = 24
CONST PARTNER_TRUST = 35
CONST OPEN_TRUST = 20

VAR researched = false
VAR interpreter = "none"
VAR kept_negotiating = false
VAR backup_ready = false
VAR deal = "none"

~ cast()
-> preparing

// Claire Vautrin, 47, managing director of Maison Vautrin, the café-equipment distributor her
// grandfather founded in Lyon in 1961. Trained as a mechanical engineer before she took over.
// Enjoys a sharp argument, says so when she is not satisfied, commits slowly and protects her
// technicians above everything. Moderately relationship-minded, fairly formal about rank.
// Étienne Marchal, 58, runs the Vautrin workshop: thirty years of repairing espresso machines in
// Lyon's cafés, trains the apprentices, speaks no English. Judges a machine by taking it apart, says
// exactly what he thinks, and trusts whatever survives his bench.
=== function cast() ===
~ counterpart("claire", "Claire Vautrin", 0.6, 0.55, 0.45, 0.5, 0.5)
~ counterpart("etienne", "Étienne Marchal", 0.5, 0.35, 0.5, 0.8, 0.4)

=== preparing ===
Cascadia has never sold a machine in France. Maison Vautrin services four hundred cafés and bakeries around Lyon. # place: office # location: Vancouver # date: Monday
Your CEO wants an exclusive agreement for the region signed before the board meets in ten weeks. A first video call with Claire Vautrin is set for Thursday.
// source: 002_4348346f83066296.txt "you should also take the time to research their company, company culture and more broadly the culture of that country"
* [Spend two evenings researching Maison Vautrin, its workshop and Claire herself # coach: Researching the partner's background shows respect and lets you speak to what matters to them. You know who you are negotiating with.]
  ~ researched = true
// source: 002_4348346f83066296.txt "An enterprise that has carefully prepared for the project will surely succeed and leave a deep impression on foreign partners."
* [Polish the deck that worked in Seattle; the machine speaks for itself # coach: A generic pitch leaves the partner to introduce herself, and shows you did not prepare for her.]
  ~ researched = false
- -> first_call

=== first_call ===
~ meeting("claire", 3)
Thursday, 07:00 in Vancouver, 16:00 in Lyon. Claire Vautrin is at her desk, a disassembled grinder on the shelf behind her. # place: video-call # location: Lyon, on screen # date: Thursday, day 4
{researched:
  ~ gain("claire", "ability", 8, 1.3)
  ~ gain("claire", "attentiveness", 6, 1.2)
  You open by asking about the technicians' school her grandfather started in the workshop in 1961, and whether it still takes apprentices.
  You have done your homework. Most suppliers ask me how many cafés we have. # speaker: claire # mood: pleased
- else:
  ~ loss("claire", "attentiveness", 4, 1.2)
  You open with the deck. On slide six, Claire stops you.
  I have read the brochure. What I want to know is who repairs your machine at seven in the morning. # speaker: claire
}
Come to Lyon next month. In the afternoon you will meet Étienne Marchal, who runs our workshop. # speaker: claire
He speaks no English. And he will take your machine apart. # speaker: claire
Your French is two years of evening classes, and the workshop will talk about pumps, boilers and descaling.
// source: 002_4348346f83066296.txt "If you are not confident in your language skills, ask for help from interpreters to make the cooperation effective."
* [Book a professional interpreter who knows espresso machines, and send her our service manual to prepare # coach: A technical session needs more than everyday language. An interpreter fluent in the specialized terms makes sure nothing important is lost.]
  ~ interpreter = "pro"
  ~ gain("claire", "ability", 4, 1.2)
  I will bring an interpreter for the workshop, so Étienne can ask me anything. # speaker: you
  Good. He will. # speaker: claire
// source: 002_4348346f83066296.txt "You need to learn how to capture and transmit information, especially with your partner's important content to avoid causing unnecessary misunderstandings."
* [Ask Claire whether she could translate for Étienne herself # coach: Asking the managing director to be your interpreter imposes on her, and puts her between you and the person you most need to understand.]
  ~ interpreter = "claire"
  ~ face_threat("claire", 0.4, 0, false, 0.3)
  If I must. # speaker: claire # mood: uneasy
// source: 002_4348346f83066296.txt "The fact that you learn a foreign language and diligently learn about the local language, the language of international communication will help you create good sympathy with your partner."
* [Manage with my evening-class French and a translation app # coach: The effort to speak their language earns sympathy, but everyday French won't carry technical terms, and misunderstandings follow.]
  ~ interpreter = "self"
  ~ gain("claire", "positivity", 6, 1.2)
  J'essaierai en français. Lentement. # speaker: you
  Claire smiles. # mood: pleased
- -> lyon

=== lyon ===
~ meeting("claire", 32)
A month later. You flew in last night; the meeting is at nine in Villeurbanne, twenty-five minutes from your hotel on a good morning. # place: lobby # location: Lyon # date: Tuesday, day 33
// source: 002_4348346f83066296.txt "You should schedule an appointment and arrive about 10-15 minutes early to prepare for a confident attitude."
* [Leave at eight, to be there fifteen minutes early # coach: Arriving early is part of professionalism. It gives you time to prepare and shows you value their time.]
  ~ gain("claire", "integrity", 4, 1.2)
  The ring road is solid. You arrive at 8.44 and spend the spare minutes in the showroom, where an apprentice is rebuilding a 1970s lever machine. # place: meeting-room
  At nine you open with it, and Claire nods.
// source: 002_4348346f83066296.txt "Foreign partners always attach importance to punctuality, even if you are only 1-2 minutes late, you will also leave a minus point in their eyes"
* [Leave at half past eight; twenty-five minutes is plenty # coach: Even a few minutes late leaves a minus point that affects trust. Plan to arrive ten to fifteen minutes early.]
  ~ loss("claire", "integrity", 4, 1.3)
  The ring road is solid. You arrive at 9.06. # place: meeting-room
  Claire has been waiting with coffee for two. She looks at the clock, not at you. # mood: closed
- The morning goes into the terms. Then Claire puts her pen down.
Forty-eight hours for a spare part, from Vancouver. A café without espresso for two days is a dead café. Why would I sign that? # speaker: claire
// source: 002_4348346f83066296.txt "With Western partners, when communicating, you need to focus on frankness and clarity"
* [Answer plainly: what we can do, what we can't, and what it would cost # coach: Claire tells you when she is not satisfied. Answer with the same frankness and clarity, including the limits.]
  ~ gain("claire", "ability", 8, 1.2)
  ~ gain("claire", "integrity", 4, 1.2)
  You are right, from Vancouver it is forty-eight hours. With a parts stock in your workshop it is the same day. We would fund the first stock. We cannot promise same day outside the region. # speaker: you
  Now we are talking. # speaker: claire
// source: 002_4348346f83066296.txt "Western partners are always ready to express their thoughts and contributions, and express their views even when they are not satisfied."
* [Reassure her that we are very flexible and will find a solution together # coach: A vague reassurance to a partner who has stated her problem precisely sounds like avoidance. She wanted the answer, not the mood.]
  ~ loss("claire", "integrity", 4, 1.2)
  We are very flexible. I am sure we will find a solution together. # speaker: you
  I am sure. # speaker: claire # mood: closed
- -> workshop

=== workshop ===
~ meeting("etienne", 32)
After lunch, the workshop. Étienne Marchal has your machine on his bench and the side panels already off. # place: office # location: Lyon # date: Tuesday afternoon
Le joint de la pompe ne tiendra pas un an avec notre eau. Vous l'avez testé avec de l'eau de Lyon ? # speaker: etienne
# discuss: Étienne has just asked the question the deal depends on, in French, with technical terms. Who should carry it between you, and what gets lost on the way?
{interpreter:
- "pro":
  ~ gain("etienne", "ability", 8, 1.3)
  ~ gain("etienne", "coordination", 4, 1.2)
  Léa Girard, the interpreter you booked, has read your service manual twice.
  He says the pump seal won't last a year with the water here. Lyon's water is hard. He asks if you tested it with water like this. # speaker: Léa
  You tested at three hardness levels, and say so. Léa gives Étienne the figures in his own terms. He grunts and picks up the seal.
- "claire":
  ~ loss("etienne", "ability", 4, 1.1)
  ~ loss("claire", "coordination", 4, 1.1)
  Claire, translating between two meetings of her own, keeps it short.
  He has a question about the pump. It is a detail; we can come back to it. # speaker: claire
  Étienne looks from Claire to you and back, and says nothing more for ten minutes.
- else:
  ~ gain("etienne", "positivity", 6, 1.2)
  ~ loss("etienne", "ability", 6, 1.1)
  You catch "pompe" and "un an" and answer, in careful French, about the one-year warranty.
  Étienne laughs at your accent, kindly, then shakes his head. He meant the water, not the warranty.
}
He holds the seal up to the light, and then to you.
// source: 002_4348346f83066296.txt "Western partners are always ready to express their thoughts and contributions"
* [Ask him to show me exactly what fails, and promise the lab's answer by Friday # coach: His blunt criticism is a contribution. Taking it seriously, and committing to a date, is how a workshop chief's trust is won.]
  ~ gain("etienne", "ability", 6, 1.2)
  ~ gain("etienne", "attentiveness", 6, 1.3)
  He shows you the scale on a seal from a competitor's machine. You photograph it and send it to Vancouver from the bench.
  Vendredi. On verra. # speaker: etienne
// source: 002_4348346f83066296.txt "language is a strength, you not only have to know how to communicate normally but also have to follow a standard and be fluent in specialized terms"
* [Tell him the seal passed ten thousand cycles in our lab # coach: Answering with your own figures, without looking at what he is showing you, dismisses the expert in front of you.]
  ~ loss("etienne", "attentiveness", 6, 1.2)
  Dans votre labo. # speaker: etienne # mood: closed
  He puts the seal back in the tray.
- -> the_oui

=== the_oui ===
At six, in Claire's office, with Étienne leaning in the doorway, you ask whether she agrees to the exclusive terms for the region.
Oui. C'est intéressant. We will look at it. # speaker: claire
# discuss: Claire said "oui". Is the deal agreed? What would you do next, and what would you avoid doing in front of Étienne?
// source: 002_4348346f83066296.txt "If your partner is from France, pay attention to your word usage, when they say “yes” means “maybe” and they are considering rather than completely agreeing, you should continue to negotiate to reach a final decision."
* [Treat it as "considering": ask what she would need to decide, and agree the next step and its date # coach: Her "oui" says she is considering, not agreeing. Keep negotiating: ask what stands between "interesting" and a decision.]
  ~ kept_negotiating = true
  ~ gain("claire", "coordination", 8, 1.3)
  What would you need from us to decide, and when shall we talk next? # speaker: you
  The numbers for a service contract with a parts stock. And Étienne's answer on the seal. In four weeks. # speaker: claire
// source: 002_4348346f83066296.txt "they are considering rather than completely agreeing"
* [Thank her, and email the contract for signature tonight # coach: Taking "oui" as a signature skips the negotiation she was still having, and pushes her towards a formal answer she is not ready to give.]
  {business_ask("claire", 0.7):
    The contract comes back signed a week later, with a handwritten note: "Next time, ask me first."
  - else:
    ~ loss("claire", "integrity", 4, 1.2)
    The contract comes back two weeks later with nineteen tracked changes and one line: "We had not agreed."
  }
// source: 002_4348346f83066296.txt "pay attention to your word usage"
* [Ask her to confirm, there and then, that "oui" means a signed exclusive # coach: Pinning her to a commitment in front of her workshop chief turns "I am considering" into a public loss of face.]
  ~ face_threat("claire", 0.7, 0, true, 0)
  I said it was interesting. # speaker: claire # mood: closed # cue: Pinned down in front of her team
  Étienne finds something to do in the workshop.
- Back in Vancouver, you set up the follow-up call for four weeks later. Lyon is nine hours ahead. # place: office # location: Vancouver
// source: 002_4348346f83066296.txt "To ensure work efficiency and show civility and respect, you need to choose a reasonable time to exchange."
* [Propose 07:30 my time, 16:30 theirs; send the numbers the day before, with a phone number and email as backup # coach: A reasonable hour for them, papers in advance and a backup channel agreed beforehand are professionalism across a time difference.]
  ~ backup_ready = true
  ~ gain("claire", "attentiveness", 6, 1.2)
  ~ gain("etienne", "coordination", 4, 1.1)
  Claire accepts within the hour. Étienne's reply is one word: "Noté."
// source: 002_4348346f83066296.txt "If a problem arises that prevents either party from creating an online meeting, you need to have a proactive backup plan."
* [Propose Friday at 09:00 my time, my first free slot, and plan to share the numbers on screen # coach: Six on a Friday evening in Lyon is your convenience at their expense. And with no backup channel, one dropped connection can cost the whole meeting.]
  ~ loss("claire", "attentiveness", 4, 1.2)
  Claire accepts the next morning. Six on a Friday evening, Lyon time.
- -> follow_up

=== follow_up ===
~ meeting("claire", 60)
~ meeting("etienne", 60)
The follow-up call with Claire and Étienne: {backup_ready:07:30 in Vancouver, 16:30 in Lyon|Friday, 09:00 in Vancouver, 18:00 in Lyon}. # place: video-call # location: Lyon, on screen # date: day 61
{kept_negotiating:
  ~ gain("claire", "ability", 8, 1.3)
  You bring exactly what Claire asked for in Lyon: the service contract with a parts stock, priced, and the lab's answer on the seal.
- else:
  ~ loss("claire", "coordination", 4, 1.2)
  The call is meant for the service numbers. Claire wants to go back over the terms first, clause by clause.
}
Halfway through, the video freezes.
{backup_ready:
  ~ gain("claire", "ability", 4, 1.2)
  Within a minute you are on the phone, as agreed, and everyone has the numbers in front of them.
- else:
  ~ loss("claire", "ability", 4, 1.1)
  ~ loss("etienne", "attentiveness", 3, 1.1)
  You try to reconnect for twenty minutes. By the time you do, Étienne has gone home.
}
{
  - trust("claire") >= DEAL_TRUST && trust("etienne") >= TECH_TRUST:
    ~ deal = "exclusive"
    Claire doesn't wait for the end of the agenda.
    We sign the exclusive. Étienne wants your engineer here for a week, with the new seals. # speaker: claire # mood: pleased
  - trust("claire") >= DEAL_TRUST:
    ~ deal = "trial"
    A one-year agreement, not exclusive. Étienne is not yet convinced about the pump. # speaker: claire
  - else:
    ~ deal = "none"
    I wanted to tell you myself. We have signed with a manufacturer from Milan, this morning. # speaker: claire
}
The decision takes her less than a minute. It surprises you more than it surprises her.
// source: 002_4348346f83066296.txt "Whether the cooperation achieves the expected results or not, you should still maintain contact and respect with your partner."
* [Thank them both for their time, and invite them to dinner on my next trip to Lyon # coach: Whatever the outcome, thanking the partner for the time they gave and keeping contact leaves the door open for the next cooperation.]
  ~ meeting("claire", 90)
  ~ gain("claire", "benevolence", 10, 1.3)
  ~ gain("claire", "positivity", 6, 1.2)
  ~ gain("etienne", "benevolence", 6, 1.2)
  A month later, dinner in a bouchon in Vieux Lyon runs until midnight. Étienne draws the pump seal on the paper tablecloth. # place: restaurant # location: Lyon # date: day 91
// source: 002_4348346f83066296.txt "Either way, keep this contact, maybe you will cooperate with them for the next time."
* [{deal == "exclusive": Hand the account to our customer-success team and move on to the next region | Move on; there are other regions} # coach: Dropping contact once the decision is made tells the partner the relationship was only ever about the deal.]
  ~ loss("claire", "benevolence", 6, 1.2)
  You stop calling Lyon.
  ~ meeting("claire", 180)
  Four months later you email Claire about a trade show in Paris. Her reply is two lines long. # place: office # location: Vancouver # date: day 181
- {
  - trust("claire") >= PARTNER_TRUST: -> ending_partner
  - trust("claire") >= OPEN_TRUST: -> ending_open
  - else: -> ending_closed
}

=== ending_partner ===
# ending: partner
# ending_title: "Oui", and this time she means it
{deal:
- "exclusive": A year on, Maison Vautrin has put Cascadia machines in sixty cafés. Claire calls you before she calls anyone else about the next region.
- "trial": A year on, Claire turns the trial into a three-year exclusive. Étienne asked her to.
- else: A year on, Claire calls you first: the Milan agreement has ended, and she would like to talk about the region again.
}
# learn: 002: A French partner's "oui" may mean "I am considering". Keep negotiating until there is a clear decision.
# learn: 002: Research the partner's background. It shows respect and changes the first conversation.
# learn: 002: For technical work, an interpreter fluent in the specialized terms prevents misunderstandings.
# learn: 002: Punctuality, a reasonable hour across time zones and a backup channel are professionalism.
# learn: 002: Keep the relationship after the deal, whatever the outcome.
-> END

=== ending_open ===
# ending: open
# ending_title: A door left ajar
{deal:
- "exclusive": The exclusive runs, correctly and coolly. Claire renews it for one year and not three.
- "trial": The one-year agreement runs well enough. Claire is cordial, and noncommittal about anything larger.
- else: Claire answers your emails, politely and briefly. The Milan agreement has two years to run.
}
# learn: 002: A "yes" that meant "maybe" needed more negotiation, not a contract by return of email.
# learn: 002: Small lapses in professionalism, such as a late arrival or a dropped call without a backup, add up in a partner's eyes.
# learn: 002: Language is a strength. Everyday French is not enough for specialized terms.
-> END

=== ending_closed ===
# ending: closed
# ending_title: Non, merci
{deal:
- "none": Claire does not answer your next two emails. Étienne's apprentices now train on the Milan machines.
- else: The agreement is not renewed. Étienne's apprentices now train on a competitor's machines.
}
# learn: 002: Treating "oui" as final, or pinning it down in public, turned "considering" into "no".
# learn: 002: A partner who tells you plainly what is wrong is giving you a chance. Answer with the same frankness.
# learn: 002: Dropping contact after a decision closes the door for any future cooperation.
-> END
