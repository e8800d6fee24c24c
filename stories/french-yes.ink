# title: "Oui" in Lyon
# summary: A distribution deal with a French partner who says yes — and keeps considering. Prepare, be punctual, keep negotiating, and keep the relationship whatever the outcome.
# role: You are Sam Okafor, business-development manager at Nordlys Coffee Systems (Oslo), negotiating a distribution deal in France.
# minutes: 7
# seeds: 002_4348346f83066296
# order: 6
INCLUDE lib/rapport.ink

// Source for every lesson here: 002_4348346f83066296.txt — "If your partner is from France, pay
// attention to your word usage, when they say “yes” means “maybe” and they are considering rather
// than completely agreeing, you should continue to negotiate to reach a final decision."

CONST SIGNED_TRUST = 34
CONST OPEN_TRUST = 24

~ cast()
-> preparing

// Claire Vautrin runs Maison Vautrin, a third-generation distributor of café equipment in Lyon:
// exacting, proud of her technicians, quick to enjoy an argument and slow to commit.
=== function cast() ===
~ counterpart("claire", "Claire Vautrin", 0.6, 0.55, 0.45, 0.55, 0.5)

=== preparing ===
The meeting is in Lyon on Thursday at ten. It is Monday. # place: office # location: Oslo # date: Monday
// source: 002_4348346f83066296.txt "you should also take the time to research their company, company culture and more broadly the culture of that country"
* [Spend a day researching Maison Vautrin: its history, its technicians, its clients # coach: Researching the partner's background before you negotiate shows respect and lets you speak to what matters to them.]
  ~ meeting("claire", 3)
  ~ gain("claire", "ability", 8, 1.3)
  ~ gain("claire", "attentiveness", 6, 1.2)
  On Thursday you open by asking about the training school her grandfather founded for espresso technicians. # place: meeting-room # location: Lyon # date: Thursday, day 4
  You have done your homework. Good. # speaker: claire # mood: pleased
* [Rely on the standard deck — the product speaks for itself # coach: Arriving without knowing who you are negotiating with leaves the partner to do the work of introducing herself.]
  ~ meeting("claire", 3)
  ~ loss("claire", "attentiveness", 4, 1.2)
  On Thursday you open with the standard deck. Claire checks her phone during slide six. # place: meeting-room # location: Lyon # date: Thursday, day 4
- Your train from Paris is delayed: you will reach the building ten minutes late.
// source: 002_4348346f83066296.txt "Foreign partners always attach importance to punctuality, even if you are only 1-2 minutes late, you will also leave a minus point in their eyes"
* [Call ahead from the platform the moment the train stops, and arrive with an apology and a plan to finish on time # coach: Punctuality is a mark of professionalism; when you cannot keep it, warning early and respecting the end time limits the damage.]
  ~ gain("claire", "integrity", 4, 1.2)
  Claire's assistant thanks you for the call. You finish, as promised, at eleven.
* [Stroll in at ten past — French meetings never start on time # coach: Relying on a stereotype about punctuality instead of the person in front of you is how a "minus point" is earned.]
  ~ loss("claire", "integrity", 5, 1.3)
  Claire has been waiting since a quarter to. She says nothing about it.
- At the end, you ask whether she agrees to the exclusive terms for the Rhône-Alpes region.
Oui. It is interesting. We will look at it. # speaker: claire
# discuss: Claire said "oui". Is the deal agreed? What would you do next?
// source: 002_4348346f83066296.txt "when they say “yes” means “maybe” and they are considering rather than completely agreeing, you should continue to negotiate to reach a final decision"
* [Treat it as "maybe": ask what she would need to see to commit, and agree the next step # coach: A "yes" that is still considering needs the negotiation to continue — ask what stands between "interesting" and a signature.]
  ~ gain("claire", "coordination", 8, 1.3)
  What would you need to see from us to be confident — and shall we agree the next step now? # speaker: you
  Numbers for the service contract. And one of your engineers, here, for a week. # speaker: claire
* [Thank her, and email the contract for signature that afternoon # coach: Taking "oui" as final and sending the contract skips the negotiation she was still having — and pushes her to a formal refusal.]
  ~ business_ask("claire", 0.7)
  The contract comes back two weeks later with nineteen tracked changes.
- -> follow_up

=== follow_up ===
~ meeting("claire", 30)
A month later, a video call with Lyon. Halfway through, the connection drops. # place: video-call # location: Lyon, on screen # date: day 31
// source: 002_4348346f83066296.txt "If a problem arises that prevents either party from creating an online meeting, you need to have a proactive backup plan."
* [Switch to the phone within a minute and send the slides by email, as agreed beforehand # coach: A backup channel agreed in advance keeps a meeting professional when the connection fails.]
  ~ gain("claire", "ability", 6, 1.2)
  ~ gain("claire", "coordination", 4, 1.2)
  You are back on the phone before she has closed her laptop.
* [Try to reconnect for twenty minutes, then reschedule # coach: Without a backup plan, a lost connection costs the partner's time — and some of your credibility.]
  ~ loss("claire", "ability", 4, 1.1)
  The call is rescheduled for the following week.
- In the end, Claire signs a smaller, non-exclusive deal; a competitor gets the exclusive region.
// source: 002_4348346f83066296.txt "Whether the cooperation achieves the expected results or not, you should still maintain contact and respect with your partner."
* [Invite her to dinner on your next visit, to thank her for the time she gave the negotiation # coach: Keeping the relationship after the deal, whatever its outcome, leaves the door open for the next one.]
  ~ meeting("claire", 60)
  ~ gain("claire", "benevolence", 10, 1.3)
  ~ gain("claire", "positivity", 6, 1.2)
  Dinner in Vieux Lyon runs until midnight; the argument about milk frothing is excellent. # place: restaurant # location: Lyon # date: day 61
* [Move on: the exclusive went elsewhere, there are other regions # coach: Dropping contact when a deal falls short tells the partner it was only ever about the deal.]
  ~ loss("claire", "benevolence", 5, 1.2)
  You stop calling Lyon.
- {
  - trust("claire") >= SIGNED_TRUST: -> ending_partner
  - trust("claire") >= OPEN_TRUST: -> ending_open
  - else: -> ending_closed
}

=== ending_partner ===
# ending: partner
# ending_title: "Oui" — this time she means it
A year later the competitor loses the exclusive region. Claire calls you first.
# learn: 002: A French "oui" may mean "I am considering": keep negotiating to a clear decision.
# learn: 002: Research the partner's background; it shows respect and changes the conversation.
# learn: 002: Punctuality and a backup channel are professionalism, not formality.
# learn: 002: Keep the relationship after the deal, whatever the outcome.
-> END

=== ending_open ===
# ending: open
# ending_title: A door left ajar
The small deal runs well enough. Claire is cordial, and noncommittal about anything larger.
# learn: 002: Treating "yes" as a signature skipped the negotiation that would have built the deal.
# learn: 002: Small professional lapses — a late arrival, a lost call — add up in a partner's eyes.
# learn: 002: Maintaining contact after a disappointing deal keeps future cooperation possible.
-> END

=== ending_closed ===
# ending: closed
# ending_title: Non, merci
Claire does not renew the small deal. Her technicians now train on a competitor's machines.
# learn: 002: Relying on a stereotype instead of the person in front of you costs trust.
# learn: 002: A "yes" that meant "maybe" turned into "no" when the negotiation stopped.
# learn: 002: Dropping a partner after a deal falls short closes the door for good.
-> END
