# title: The promotion
# summary: You have just been made VP Sales. Your best account, a distributor in São Paulo, was built on your relationship with its owner. Who keeps it now?
# role: You are Joe Marino, newly promoted from sales manager to VP Sales at Tessaro Valves, handing over your accounts.
# minutes: 7
# seeds: 000_ac8871b0fd25056d, 004_321f206b4ac9ecaf
# order: 5
INCLUDE lib/rapport.ink

// Sources:
// 000_ac8871b0fd25056d.txt — "Even when Joe gets a promotion from sales manager to VP Sales, he should
// take an active role with accounts he cultivated. Otherwise, the rapport building starts over. In
// most of the world, relationships are between individuals, not companies."
// 004_321f206b4ac9ecaf.txt — "Consistency is key. Keep your promises and follow through with your
// commitments. This builds reliability, and reliability builds trust."

CONST KEPT_TRUST = 34
CONST COOL_TRUST = 24

VAR stayed_involved = false

~ cast()
-> the_news

// Marta Albuquerque owns Distribuidora Albuquerque, a family firm she took over from her father.
// Warm, quick, loyal to people rather than to brands; she has bought from Joe for six years.
=== function cast() ===
~ counterpart("marta", "Marta Albuquerque", 0.8, 0.55, 0.7, 0.45, 0.7)

=== the_news ===
~ meeting("marta", 0)
~ gain("marta", "benevolence", 12, 1.3)
~ gain("marta", "positivity", 10, 1.3)
~ gain("marta", "ability", 8, 1.2)
Six years of dinners, one flooded warehouse you helped her through, and her daughter's graduation photo on your phone. # place: video-call # location: São Paulo, on screen # date: Monday, day 1
Joe! My congratulations — a VP! So who do I call now when a shipment is late? # speaker: marta
// source: 000_ac8871b0fd25056d.txt "he should take an active role with accounts he cultivated. Otherwise, the rapport building starts over."
* [Tell her you will stay her contact for the big things, and introduce your successor together, in person # coach: Staying involved, and handing over in person, carries the relationship across to the new person instead of restarting it.]
  ~ stayed_involved = true
  ~ gain("marta", "benevolence", 8, 1.3)
  You call me, as always, for anything that matters. And next month I will bring Ana to São Paulo so you can meet her properly. # speaker: you
  Good. Bring her to dinner. # speaker: marta # mood: pleased
* [Explain that Ana will handle the account from Monday, and send her contact details # coach: A clean handover by email is efficient — and, where relationships are between individuals, it starts the rapport over.]
  ~ handover("marta")
  From Monday, Ana Ribeiro takes over your account. She is excellent; I will send you her details. # speaker: you
  Ah. I see. Of course. # speaker: marta # mood: uneasy
- -> first_problem

=== first_problem ===
~ meeting("marta", 40)
Six weeks later a container of valves is held at customs in Santos. Marta's biggest customer is waiting. # place: video-call # location: São Paulo, on screen # date: day 41
// source: 004_321f206b4ac9ecaf.txt "Be honest and transparent. Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
* [Call Marta the same day with Ana: say what went wrong, what you are doing, and when she will know more # coach: Honesty and transparency when something goes wrong is what builds trust across borders.]
  ~ gain("marta", "integrity", 10, 1.3)
  ~ gain("marta", "coordination", 6, 1.2)
  The paperwork was ours, and it was wrong. Ana has a broker at the port now; you will hear from us by six tonight. # speaker: you
* [Wait until the container clears before saying anything # coach: Silence while a partner's customer waits looks like hiding — and she will hear about it from the port first.]
  ~ loss("marta", "integrity", 6, 1.3)
  Marta hears about the hold from her freight forwarder, two days before she hears from Tessaro.
- She mentions, almost in passing, that her father has been in hospital.
// source: 004_321f206b4ac9ecaf.txt "Show that you care. Ask how your clients are doing. Not just in terms of business, but in their personal lives too."
* [Ask about him, and call again the next week to ask how he is # coach: Genuine care for the person, not only the account, goes a long way — and following up shows it was genuine.]
  ~ gain("marta", "benevolence", 8, 1.3)
  I am so sorry. How is he doing? # speaker: you
  Better, thank you. It is kind of you to ask. # speaker: marta
* [Say you are sorry to hear it, and return to the shipment # coach: A polite sentence and straight back to business leaves the care unspoken.]
  ~ gain("marta", "positivity", 2, 1.0)
  Sorry to hear that. Now, on the container — # speaker: you
- -> renewal

=== renewal ===
~ meeting("marta", 120)
Four months on: the annual distribution agreement is up for renewal, and a competitor has offered her better margins. # place: restaurant # location: São Paulo # date: day 121
{stayed_involved: You and Ana take Marta to dinner, as promised. | Ana takes Marta to dinner. You are in Chicago.}
// source: 004_321f206b4ac9ecaf.txt "Keep your promises and follow through with your commitments. This builds reliability, and reliability builds trust."
* [Let Ana lead the negotiation, and keep your promise of a price review in the spring # coach: Following through on what was promised, and letting the new contact lead, builds reliability in both of you.]
  ~ gain("marta", "integrity", 6, 1.2)
  ~ gain("marta", "coordination", 6, 1.2)
  Ana walks Marta through the numbers; you confirm the spring review you promised in March.
* [Match the competitor's margin on the spot to close it tonight # coach: Buying the renewal with price treats a relationship-based partner as a transaction — and sets the price of the next one.]
  ~ business_ask("marta", 0.5)
  Marta listens to the new margin, and asks for a week to think.
- {
  - trust("marta") >= KEPT_TRUST: -> ending_kept
  - trust("marta") >= COOL_TRUST: -> ending_cool
  - else: -> ending_lost
}

=== ending_kept ===
# ending: kept
# ending_title: The relationship carried over
Marta signs for three years and sends Ana a photo of the signed contract with a note: "Welcome to the family."
# learn: 000: Relationships are between individuals, not companies: a promotion should not hand a partner to a stranger.
# learn: 000: Stay active with the accounts you built; hand over in person, alongside your successor.
# learn: 004: Be honest and transparent when something goes wrong — and keep your promises.
-> END

=== ending_cool ===
# ending: cool
# ending_title: Renewed, for now
Marta renews for one year. She is friendly with Ana, and careful with what she promises Tessaro.
# learn: 000: A handover resets rapport; trust built on competence survives it better than warmth does.
# learn: 004: Consistency — the same people, the same promises kept — is what rebuilds reliability.
# learn: 004: Showing care for the person, not only the account, goes a long way.
-> END

=== ending_lost ===
# ending: lost
# ending_title: She goes with someone she knows
Marta moves her business to the competitor, whose sales director she has known for ten years.
# learn: 000: Without the person who built it, the rapport building starts over — and a competitor may already be further ahead.
# learn: 004: Silence when something goes wrong costs more trust than the problem itself.
# learn: 000: A relationship-based partner cannot be kept with margins alone.
-> END
