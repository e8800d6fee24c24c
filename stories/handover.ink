# title: The promotion
# summary: Joe has just been made VP Sales, and his best account is now yours. Marta Albuquerque has bought from Joe for six years; her daughter Beatriz runs her logistics. The agreement is up for renewal in four months. Does the relationship pass to you, or start over?
# role: You are Priya Raman, the new sales manager for Latin America at Tessaro Valves (Chicago), taking over the accounts Joe Marino built before his promotion to VP Sales.
# minutes: 14
# seeds: 000_ac8871b0fd25056d, 004_321f206b4ac9ecaf
# pass_mark: 62
# order: 4
INCLUDE lib/rapport.ink

// Sources:
// 000_ac8871b0fd25056d.txt — "Even when Joe gets a promotion from sales manager to VP Sales, he should
// take an active role with accounts he cultivated. Otherwise, the rapport building starts over. In
// most of the world, relationships are between individuals, not companies."
// 000_ac8871b0fd25056d.txt — "periodic visits to meet with the contacts face to face AND keeping the
// same people connected to the relationship"
// 004_321f206b4ac9ecaf.txt — "Be honest and transparent." "Show that you care." "Consistency is key."
// "Be patient. Building trust across cultures takes time."
//
// Calendar: day 1 is a Wednesday in the first week of April. Chicago is on daylight time (UTC-5)
// for the whole story and São Paulo has no daylight time (UTC-3), so São Paulo is two hours ahead.
// Day numbers on the # date: labels are the in-story day + 1 (meeting day 0 is "day 1").

// Ending thresholds, in one place (calibrated with `npm run stories`).
// kept: both of them trust you (Marta signs, Beatriz runs the contract).
// cool: the renewal is a family decision, so a one-year renewal needs enough trust from the two of
// them together (Marta's Trust + Beatriz's). A mixed performance, such as always the first option
// (Trust 25 + 44) or always the longest (9 + 22), keeps the account for a year; only consistently
// poor play, near zero with both (the worst path: 0 + 5), loses it.
CONST KEPT_MARTA = 70
CONST KEPT_BEATRIZ = 60
CONST COOL_FAMILY = 25

VAR joe_stays = false      // Joe stays active on the account (the handover is done with him)
VAR joe_called = false     // Joe phoned Marta himself when he could not travel
VAR went_to_lunch = false  // Sunday lunch with Marta's family
VAR weekly_report = false  // the weekly shipment report promised to Beatriz
VAR told_first = false     // the Santos container: told them first thing

~ cast()
-> chicago

// Marta Albuquerque, 54, runs Distribuidora Albuquerque in Guarulhos, the industrial-valve
// distributor her father founded. She remembers who stood by her: when her warehouse flooded in
// 2019, Joe flew down within two days. Warm, quick to laugh, and suddenly formal when hurt: she
// says "of course" and goes quiet rather than complain. She buys from people, not from catalogues.
// Profile: relationship-based trust (0.85: the flood, not the price list, is why she buys from
// Tessaro); moderate power distance (0.55: her father's firm, she is the boss, but first names on
// the warehouse floor); family and firm are one (collectivism 0.65); indirect when displeased
// (directness 0.35); she bends a rule for someone she trusts (flexibility 0.75).
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 6 "The Head or the Heart" places Brazil
// on the relationship-based side of the trusting scale: business trust is built over meals and
// time together, and rests on the person more than on the company.
//
// Beatriz Albuquerque, 31, Marta's daughter, ran customs clearance for a freight forwarder in
// Rotterdam for four years and came home two years ago to run the logistics; one day she will run
// the firm. She measures suppliers in dates and tracking numbers, says what she thinks, and dislikes
// being handled as "Marta's daughter" instead of the logistics director. With her, a plain answer
// with a name, a time and what you do not yet know wins; warmth without facts reads as evasion.
// Profile: trust from competence more than from history (0.4); little deference (0.3); less
// family-first than her mother (0.45); direct (0.8); rules are rules at her warehouse (0.35).
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 2 "The Many Faces of Polite" puts the
// Netherlands at the most direct end of the feedback scale; Beatriz's Rotterdam years, not her
// passport, are why straight talk works with her. Two people from one family, two profiles.
=== function cast() ===
~ counterpart("marta", "Marta Albuquerque", 0.85, 0.55, 0.65, 0.35, 0.75)
~ counterpart("beatriz", "Beatriz Albuquerque", 0.4, 0.3, 0.45, 0.8, 0.35)

=== chicago ===
~ meeting("marta", 0)
~ meeting("beatriz", 0)
// Six years of Joe's work with Marta, two with Beatriz: the relationship you are inheriting.
~ gain("marta", "benevolence", 14, 1.3)
~ gain("marta", "positivity", 8, 1.2)
~ gain("marta", "ability", 8, 1.2)
~ gain("beatriz", "ability", 4, 1.1)
Joe's promotion was announced on Monday, the first week of April. Thirty-eight accounts are now yours; Albuquerque is the largest: six million dollars a year, a fifth of your region. # place: office # location: Chicago # date: Wednesday, day 1 # id: ha-0001
Its three-year agreement expires in four months. A valve maker from Bergamo has been taking Marta to lunch. # id: ha-0002
Joe has a call with her at ten, noon in São Paulo. He leans in your doorway with his coat on. # id: ha-0003
My diary is a wreck, Priya. The CEO wants me in Houston next week and Frankfurt the week after. How do you want to do Marta? # speaker: Joe # id: ha-0004
// source: 000_ac8871b0fd25056d.txt "Video conferencing, phone calls and emails can never take the place of building rapport in country."
* [Have Joe send her a warm email introducing me today, and fly down on my own next month # coach: An email can pass on a phone number, not six years of trust. For Marta the relationship is with Joe the person, so without him the rapport building starts over. # id: ha-0005]
  ~ handover("marta")
  ~ handover("beatriz")
  ~ loss("marta", "benevolence", 4, 0.8)
  Joe turns his ten o'clock call into an email, generous about you, and sends it at nine. At noon São Paulo time Marta calls you herself. # place: video-call # location: Guarulhos, on screen # id: ha-0006
  Joe writes that you are very good. He writes it very nicely. # speaker: marta # mood: neutral # id: ha-0007
// source: 000_ac8871b0fd25056d.txt "he should take an active role with accounts he cultivated. Otherwise, the rapport building starts over."
* [Ask Joe to introduce me on today's call, stay on the account, and come down with me # coach: Where relationships are between individuals, the person who built the account stays active in it and hands it over in person, so the trust carries across instead of starting over. # id: ha-0008]
  ~ joe_stays = true
  ~ gain("marta", "benevolence", 6, 1.3)
  ~ gain("marta", "coordination", 6, 1.3)
  At ten you sit beside Joe for the call. On screen Marta is in her office, a wall of pressure gauges behind her. # place: video-call # location: Guarulhos, on screen # id: ha-0009
  Joe! Parabéns, a vice-president! So who do I call now, at midnight, when a container is late? # speaker: marta # mood: pleased # id: ha-0010
  Priya, for everything. And me, whenever you want me. I stay on this account, and next month we both come to Guarulhos. # speaker: Joe # id: ha-0011
  Good. Then I am not losing anybody. # speaker: marta # mood: pleased # id: ha-0012
// source: 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
* [Make a clean break: Joe tells her he has moved on, so she sees me as her contact # coach: A clean break helps a new owner only where the company is the relationship. Marta hears that the person she trusted has dropped her. # id: ha-0013]
  ~ handover("marta")
  ~ handover("beatriz")
  ~ loss("marta", "benevolence", 4, 0.8)
  Joe keeps the call to ten minutes: new job, new region, Priya is your contact from today. # place: video-call # location: Guarulhos, on screen # id: ha-0014
  Ah. I see. Of course. Congratulations, Joe. # speaker: marta # mood: uneasy # id: ha-0015
- -> the_call

=== the_call ===
Beatriz joins from the warehouse, a headset on, a forklift reversing somewhere behind her. Joe told you about her this morning: four years at a freight forwarder in Rotterdam, home two years ago to run her mother's logistics. # id: ha-0016
So, Priya. Tell me who you are. Joe says you lived in Lisbon? # speaker: marta # id: ha-0017
// beyond the seeds: the person before the business in Brazil, Erin Meyer, The Culture Map (2014),
// ch. 6 "The Head or the Heart" (see the note at cast()).
// source: 000_ac8871b0fd25056d.txt "getting to know your contacts will serve you well during any challenging times"
* [Tell her about Lisbon in rusty Portuguese, and ask after her father # coach: She is asking to meet a person, not a title. A few personal sentences and a question about her family start a relationship of your own. # id: ha-0018]
  ~ gain("marta", "positivity", 8, 1.3)
  ~ gain("marta", "attentiveness", 6, 1.3)
  Two years in Lisbon, at our distributor there. My Portuguese is rusty, I'm afraid. And how is your father? # speaker: you # id: ha-0019
  Marta laughs. # id: ha-0020
  You speak like my grandmother! We will fix that. My father is eighty-one and still comes to the warehouse every Friday to check on us. # speaker: marta # mood: pleased # id: ha-0021
// source: 004_321f206b4ac9ecaf.txt "Take the time to build genuine connections."
* [Keep the introduction short and offer to walk through the open orders and the renewal dates # coach: Respecting her time sounds considerate, but a first meeting that goes straight to the order list tells a relationship-minded partner she now has a supplier, not a person. # id: ha-0022]
  ~ loss("marta", "positivity", 6, 0.7)
  Most of my career has been in sales. I'd rather let results speak. Shall we go through the open orders and the renewal calendar? # speaker: you # id: ha-0023
  Of course. The orders. # speaker: marta # mood: neutral # id: ha-0024
// source: 004_321f206b4ac9ecaf.txt "it's also about understanding the culture"
* [Give her my background: fifteen years in valves, three regions, the Lisbon turnaround # coach: A track record reassures a buyer about the company's choice, but she asked who you are. To a relationship-minded partner a CV keeps you at a distance. # id: ha-0025]
  ~ loss("marta", "positivity", 6, 0.7)
  Fifteen years in industrial valves, three regions. In Lisbon I turned our distributor around in two years. # speaker: you # id: ha-0026
  Very impressive. Joe chose well. # speaker: marta # mood: neutral # id: ha-0027
- Beatriz unmutes. # id: ha-0028
One practical thing. Joe approved urgent air freight himself, at any hour. Three times this year it saved a customer's shutdown. Who approves it now, and how fast? # speaker: beatriz # id: ha-0029
// Blunt wins here: Beatriz, four years at a freight forwarder in Rotterdam, wants a name, a time and
// what you do not know; the reassuring answer that would soothe her mother sounds evasive to her.
// source: 004_321f206b4ac9ecaf.txt "Some cultures prefer a more indirect approach, while others value straight talk."
* [Reassure her warmly that nothing will change and she'll be very well looked after # coach: To someone who asked a precise question, warmth without an answer sounds like an answer being avoided. # id: ha-0030]
  ~ loss("beatriz", "coordination", 5, 0.7)
  Nothing changes, Beatriz. You will be very well looked after, I promise. # speaker: you # id: ha-0031
  Okay. # speaker: beatriz # mood: closed # id: ha-0032
// source: 004_321f206b4ac9ecaf.txt "You need to be in constant touch with your clients across different time zones."
* [Say I'll check the approval rules with Chicago and email her the answer this week # coach: Checking before promising is careful, but it leaves her without a name for the next midnight call, and that was her question. # id: ha-0033]
  ~ loss("beatriz", "coordination", 5, 0.7)
  I want to get this right, so I'll check the rules here and email you by Friday. # speaker: you # id: ha-0034
  Fine. And until Friday? # speaker: beatriz # mood: uneasy # id: ha-0035
// source: 004_321f206b4ac9ecaf.txt "some countries value direct communication, while others prefer a more roundabout approach"
* [Tell her plainly: I approve it now, within two hours, and I'll confirm the budget by Friday # coach: A direct question deserves a direct answer: who, how fast, and what you don't know yet. With a straight talker, admitting the gap builds more trust than smoothing it over. # id: ha-0036]
  ~ gain("beatriz", "integrity", 8, 1.4)
  ~ gain("beatriz", "coordination", 6, 1.3)
  ~ gain("beatriz", "benevolence", 4, 1.2)
  ~ gain("marta", "ability", 4, 1.1)
  Me, from today, within two hours, day or night. This is my mobile. I don't know the air-freight budget yet; you'll have it by Friday. # speaker: you # id: ha-0037
  Good. That is what I needed. # speaker: beatriz # mood: pleased # id: ha-0038
- -> sao_paulo

=== sao_paulo ===
~ meeting("marta", 27)
~ meeting("beatriz", 27)
{joe_stays: -> joe_cancels | -> alone}

= joe_cancels
Four weeks later, the night before your flight to São Paulo, the CEO moves the board review to Thursday. Joe cannot travel. # place: office # location: Chicago # date: Monday evening, day 27 # id: ha-0039
// source: 004_321f206b4ac9ecaf.txt "Consistency is key. Keep your promises and follow through with your commitments."
* [Ask Joe to call Marta himself tonight and give her the date he will come # coach: When a promise can't be kept, the person who made it explains, himself and in good time. Owning the change keeps the relationship consistent. # id: ha-0040]
  ~ joe_called = true
  ~ gain("marta", "integrity", 6, 1.3)
  ~ gain("marta", "benevolence", 4, 1.2)
  Joe calls her from the office at nine. The next morning you land at Guarulhos, and Marta's first words in the arrivals hall are about him. # place: airport # location: Guarulhos, São Paulo # date: Tuesday, day 28 # id: ha-0041
  He called me himself. He comes for the renewal, he says, and I will hold him to it. # speaker: marta # mood: pleased # id: ha-0042
// source: 000_ac8871b0fd25056d.txt "he should take an active role with accounts he cultivated"
* [Go alone as planned, and tell Marta that Joe sends his warmest regards from Chicago # coach: A promise quietly dropped is still a promise broken. Regards passed on by someone else tell her where she now stands with him. # id: ha-0043]
  ~ loss("marta", "integrity", 6, 0.7)
  The next morning you land at Guarulhos. Marta meets you in the arrivals hall. # place: airport # location: Guarulhos, São Paulo # date: Tuesday, day 28 # id: ha-0044
  Joe sends his warmest regards. Things are very busy in Chicago. # speaker: you # id: ha-0045
  Marta smiles and says nothing. # mood: closed # id: ha-0046
- -> warehouse

= alone
Four weeks later you land at Guarulhos. Marta meets you in the arrivals hall herself, then looks past you toward the gate. # place: airport # location: Guarulhos, São Paulo # date: Tuesday, day 28 # id: ha-0047
And Joe? He does not come to see us any more? # speaker: marta # mood: uneasy # id: ha-0048
// source: 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
* [Say Joe has the whole Americas now, so I'm her contact for everything # coach: True, and meant to make your role clear, but it confirms her fear: the person she trusted has moved on, and she has to start again. # id: ha-0049]
  ~ loss("marta", "benevolence", 5, 0.7)
  Joe has the whole Americas now. I'm your contact for everything. # speaker: you # id: ha-0050
  Of course. # speaker: marta # mood: closed # id: ha-0051
// source: 000_ac8871b0fd25056d.txt "keeping the same people connected to the relationship"
* [Say I'll ask Joe to call her tonight, and to come with me for the renewal # coach: It's not too late to keep the person who built the account connected to it. A call tonight and a visit later show her the relationship wasn't dropped. # id: ha-0052]
  ~ joe_stays = true
  ~ joe_called = true
  ~ gain("marta", "benevolence", 6, 1.3)
  ~ gain("marta", "integrity", 4, 1.2)
  I'll ask him to call you tonight. And I'd like him with me for the renewal. # speaker: you # id: ha-0053
  Joe calls her at nine that evening. In the morning she mentions it twice. # id: ha-0054
// source: 004_321f206b4ac9ecaf.txt "Keep your promises and follow through with your commitments."
* [Say Joe sends his warmest regards, and will call her when things calm down # coach: A vague promise on someone else's behalf sounds kind, but she has heard it before. Without a date, it tells her the person she trusted has moved on. # id: ha-0055]
  ~ loss("marta", "benevolence", 5, 0.7)
  Joe sends his warmest regards. He'll call you when things calm down. # speaker: you # id: ha-0056
  Of course. When things calm down. # speaker: marta # mood: closed # id: ha-0057
- -> warehouse

= warehouse
Beatriz runs the warehouse like a Rotterdam terminal: bar codes on every shelf, a screen by the dock door. # place: office # date: Wednesday, day 29 # id: ha-0058
She turns the screen toward you. Tessaro, since January: eight of twenty-six shipments late, nine days on average. # id: ha-0059
Joe was busy with the new job long before it was announced. Nobody chased them. Our customers pay us for dates, Priya. # speaker: beatriz # id: ha-0060
// source: 004_321f206b4ac9ecaf.txt "Be honest and transparent."
* [Explain that most delays were customs in Santos, not Tessaro, and show her the port figures # coach: The facts may be on your side, but answering a complaint with a defence tells her she will have to fight you for every late order. # id: ha-0061]
  ~ loss("beatriz", "attentiveness", 6, 0.7)
  Most of these were held at customs in Santos. Our figures show the port was slow for everyone. # speaker: you # id: ha-0062
  I cleared containers in Rotterdam for four years. I know what was slow. # speaker: beatriz # mood: closed # id: ha-0063
// source: 004_321f206b4ac9ecaf.txt "Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
* [Agree it isn't good enough, ask which orders hurt most, and promise a weekly report # coach: A failure owned plainly, with a follow-up she can check every week, builds more trust than any explanation of it. # id: ha-0064]
  ~ weekly_report = true
  ~ gain("beatriz", "integrity", 8, 1.3)
  ~ gain("beatriz", "attentiveness", 8, 1.3)
  ~ gain("marta", "ability", 4, 1.1)
  You're right, it isn't good enough. Which three hurt you most? And from Monday you get a report from me every Friday. # speaker: you # id: ha-0065
  The mill in Jundiaí. Twice. # speaker: beatriz # mood: neutral # id: ha-0066
// source: 004_321f206b4ac9ecaf.txt "This builds reliability, and reliability builds trust."
* [Offer her a three per cent credit on the next order to make up for the trouble # coach: A discount pays for the damage but fixes nothing, and to someone who wants dates it looks like the delays are being bought off. # id: ha-0067]
  ~ loss("beatriz", "attentiveness", 6, 0.7)
  Let me make this right: three per cent off your next order, for the trouble. # speaker: you # id: ha-0068
  I don't want three per cent. I want dates. # speaker: beatriz # mood: uneasy # id: ha-0069
- Marta has planned Thursday: calls with two of her biggest customers, a paper mill in Jundiaí and a sugar mill in Piracicaba. # id: ha-0070
Chicago wants something from the trip: a four per cent price increase from next quarter, confirmed before you fly home. # id: ha-0071
# discuss: Marta has planned a day with her customers; Chicago wants a price increase. What comes first, and why?
// source: 000_ac8871b0fd25056d.txt "building rapport saves time and money with faster deal making"
* [Open with the price increase on Thursday morning, so she has the visit to think it over # coach: Raising it early feels transparent, but opening a first visit with a price rise makes it a negotiation before she has seen you work for her. # id: ha-0072]
  ~ loss("marta", "coordination", 6, 0.7)
  Marta studies the figures for a long time. # date: Thursday, day 30 # id: ha-0073
  Four per cent. Joe never asked me for anything he did not need. Let us see the customers. # speaker: marta # mood: neutral # id: ha-0074
// source: 000_ac8871b0fd25056d.txt "Regardless of the activity, getting to know your contacts will serve you well during any challenging times!"
* [Skip the customer calls and spend Thursday on the renewal terms and the increase # coach: The renewal is the real risk, so it looks efficient, but skipping her customers turns down the day of work together she planned for you. # id: ha-0075]
  ~ loss("marta", "coordination", 6, 0.7)
  Marta cancels the calls herself. The terms take all morning; the increase takes the afternoon. # date: Thursday, day 30 # id: ha-0076
  As you wish. # speaker: marta # mood: uneasy # id: ha-0077
// source: 000_ac8871b0fd25056d.txt "Others focus on joint business activities."
* [Go on both customer calls with her, and raise the increase privately at the end of the day # coach: Working side by side on her customers is a shared experience too: you learn her business, she sees how you work, and the hard topic waits for a private moment. # id: ha-0078]
  ~ gain("marta", "coordination", 8, 1.3)
  ~ gain("marta", "ability", 6, 1.2)
  ~ gain("beatriz", "coordination", 4, 1.1)
  At the paper mill, the maintenance chief spends ten minutes on a valve that failed in March, and one on how fast Tessaro replaced it. Marta lets him finish, then introduces you. # date: Thursday, day 30 # id: ha-0079
  That evening, in her office, she hears the increase out and asks for it in two steps. You agree to take that to Chicago. # id: ha-0080
- -> dinner

= dinner
Friday night, a churrascaria near Marta's house. Halfway through, Marta and Beatriz are arguing about the Mexican telenovela that SBT, the TV channel, is showing again; Marta has seen it three times. # place: restaurant # date: Friday, day 31 # id: ha-0081
// beyond the seeds: SBT, the Brazilian network, has broadcast dubbed Mexican telenovelas from
// Televisa for decades, and reruns them; the seed's Latin American businesswomen include Brazilians.
Priya, you decide. After what he did, would you forgive him? # speaker: marta # mood: pleased # id: ha-0082
// source: 000_ac8871b0fd25056d.txt "Businesswomen all over Latin America often watch Mexican Telenovelas."
* [Admit I've never seen it, and ask her to tell me the story from the start # coach: A shared story is a shared experience. Letting her tell it gives her the pleasure of the host and you something to talk about for years. # id: ha-0083]
  ~ gain("marta", "positivity", 8, 1.3)
  ~ gain("marta", "attentiveness", 8, 1.3)
  ~ gain("beatriz", "positivity", 4, 1.1)
  Marta tells it for forty minutes: twins, a stolen inheritance, a man with amnesia. Beatriz corrects the details and laughs until she cries. # id: ha-0084
  You have homework now. Episode one, on the plane. # speaker: marta # mood: pleased # id: ha-0085
// source: 000_ac8871b0fd25056d.txt "Some prefer to build rapport outside of work."
* [Laugh, say I'd never forgive him, and turn to next year's forecast while both are here # coach: With both of them at one table the forecast is tempting, but turning a family dinner into a work session tells Marta the evening was a means to an end. # id: ha-0086]
  ~ loss("marta", "positivity", 6, 0.7)
  Never! Now, while I have you both: what do you see for next year? # speaker: you # id: ha-0087
  Marta answers the question. She doesn't mention the telenovela again. # id: ha-0088
// source: 000_ac8871b0fd25056d.txt "Never Underestimate Shared Experiences"
* [Stay tactful and take neither side between mother and daughter # coach: Keeping out of a family argument feels tactful, but she invited you into a family joke. A careful non-answer keeps you a guest from Chicago. # id: ha-0089]
  ~ loss("marta", "positivity", 6, 0.7)
  I think I'd better stay neutral on that one. # speaker: you # id: ha-0090
  Marta laughs politely and lets the subject drop. # id: ha-0091
- As the bill comes, Marta invites you to Sunday lunch with the family, at the restaurant they have gone to for thirty years. Her father will be there. # id: ha-0092
Your flight is on Saturday morning. You have promised your team a planning day on Monday. # id: ha-0093
// source: 000_ac8871b0fd25056d.txt "Some prefer to build rapport outside of work."
* [Thank her warmly, and explain that I have promised my team Monday # coach: A polite refusal is understood, but it turns down the personal relationship she offered, just when you need one of your own. # id: ha-0094]
  ~ loss("marta", "benevolence", 5, 0.7)
  Another time, then. # speaker: marta # mood: neutral # id: ha-0095
  -> piracicaba
// source: 000_ac8871b0fd25056d.txt "Share experiences can take on many different forms depending on the cultures involved."
* [Change my flight to Sunday night, and say I'd be honoured to come # coach: An invitation to her family's table is an invitation into the relationship. Outside work is where a relationship-minded partner gets to know you. # id: ha-0096]
  ~ went_to_lunch = true
  -> lunch
// source: 000_ac8871b0fd25056d.txt "getting to know your contacts will serve you well during any challenging times"
* [Promise to take the whole family to dinner on my next visit, my treat # coach: Returning hospitality is generous, but a dinner later, on your terms, turns down her family's table now, and that was the invitation that mattered. # id: ha-0097]
  ~ loss("marta", "benevolence", 5, 0.7)
  That is kind. We will see. # speaker: marta # mood: neutral # id: ha-0098
  -> piracicaba

=== lunch ===
~ meeting("marta", 32)
~ meeting("beatriz", 32)
~ gain("marta", "benevolence", 12, 1.3)
~ gain("marta", "positivity", 6, 1.2)
~ gain("beatriz", "positivity", 6, 1.1)
~ gain("beatriz", "attentiveness", 6, 1.1)
Sunday lunch lasts four hours. Marta's father tells you how Joe arrived after the flood with a pump supplier and wet trousers. # place: restaurant # location: São Paulo # date: Sunday, day 33 # id: ha-0099
Beatriz teaches you the word for the valve you have been calling by its catalogue number, then asks about Lisbon's port and listens to every answer. # id: ha-0100
Next time you bring Joe. And you come again, yourself. # speaker: marta # mood: pleased # id: ha-0101
-> piracicaba

=== piracicaba ===
~ meeting("marta", 54)
~ meeting("beatriz", 54)
Sunday night, an email from Beatriz: at the sugar mill in Piracicaba, in the middle of the harvest, two Tessaro control valves on the steam line are leaking. # place: video-call # location: Guarulhos, on screen # date: Monday, day 55 # id: ha-0102
Monday, eight in Chicago, ten in Guarulhos. Marta is on the call from her car, on her way to the mill. # id: ha-0103
The maintenance chief says Bergamo would have sent someone already. He said it in front of his director. # speaker: marta # mood: uneasy # id: ha-0104
// source: 000_ac8871b0fd25056d.txt "Video conferencing, phone calls and emails can never take the place of building rapport in country."
* [Get our best engineer on a video call with the mill this afternoon: faster than any flight # coach: A video call may well be faster, but when a partner is embarrassed in front of her biggest customer, only being there shows the commitment. # id: ha-0105]
  ~ loss("marta", "benevolence", 5, 0.7)
  ~ gain("beatriz", "ability", 3, 1.1)
  The call fixes the setting on one valve. The mill's director stays off camera the whole time. # id: ha-0106
// source: 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it"
* [Fly down tonight with the engineer and be at the mill with Marta tomorrow morning # coach: Travelling to the source of a major problem shows commitment no call can. She stands beside you in front of her customer instead of apologising for you. # id: ha-0107]
  ~ gain("marta", "benevolence", 10, 1.4)
  ~ gain("marta", "integrity", 4, 1.2)
  ~ gain("beatriz", "ability", 6, 1.2)
  ~ gain("beatriz", "attentiveness", 6, 1.2)
  You fly overnight via Miami. On Tuesday at eight you and the engineer are on the steam line with Marta; Beatriz has the spare parts waiting at the gate. By noon both valves are re-seated and tested. # place: office # location: Piracicaba # date: Tuesday, day 56 # id: ha-0108
  The director shakes your hand, then Marta's. She doesn't need to say anything in the car. # id: ha-0109
// source: 000_ac8871b0fd25056d.txt "It shows great commitment to the partners, clients and suppliers involved."
* [Airfreight two new valves today and send a root-cause report by Friday # coach: Thorough and fast, and the right fix for the valves, but it leaves Marta alone in front of an angry customer while the parts are in the air. # id: ha-0110]
  ~ loss("marta", "benevolence", 5, 0.7)
  ~ gain("beatriz", "ability", 3, 1.1)
  The valves arrive on Wednesday, the report on Friday. It is a good report. Marta forwards it without comment. # id: ha-0111
- -> portal

=== portal ===
~ meeting("marta", 68)
~ meeting("beatriz", 68)
Chicago launches its distributor portal: from next month every order, from every distributor, goes through it. Operations wants no exceptions; phone orders caused most of last year's errors. # place: video-call # location: Guarulhos, on screen # date: Monday, day 69 # id: ha-0112
Nine in Chicago, eleven in Guarulhos. Marta and Beatriz share one screen. # id: ha-0113
A portal. I have ordered from Tessaro by telephone since the first day. # speaker: marta # mood: uneasy # id: ha-0114
I have asked for tracking for two years. # speaker: beatriz # id: ha-0115
// source: 004_321f206b4ac9ecaf.txt "Each country, each client, each project has its own unique set of challenges."
* [Hold to the standard process: every account on the portal, with training for Marta's team # coach: One process for all is fair and cuts errors, but applied to everyone alike it tells a partner who has always phoned her orders in that she is one account among many. # id: ha-0116]
  ~ loss("marta", "benevolence", 6, 0.6)
  ~ gain("beatriz", "ability", 4, 1.2)
  Everyone moves to the portal, Marta. We'll train your team; it will be easier than it looks. # speaker: you # id: ha-0117
  If Chicago says so. # speaker: marta # mood: closed # id: ha-0118
// source: 004_321f206b4ac9ecaf.txt "Knowing which style fits best can make a big difference."
* [Get Albuquerque an exemption, and keep taking Marta's orders by phone as Joe did # coach: Bending the rule for her feels loyal, but it decides over the head of the logistics director, who asked for the very thing you waived. # id: ha-0119]
  ~ gain("marta", "positivity", 4, 1.2)
  ~ loss("beatriz", "coordination", 7, 0.6)
  I'll get you an exemption. Call me as you always called Joe. # speaker: you # id: ha-0120
  Then I keep tracking your trucks by telephone too. # speaker: beatriz # mood: closed # id: ha-0121
// source: 004_321f206b4ac9ecaf.txt "Another biggie is staying flexible."
* [Give Beatriz the portal and its tracking, and keep a phone line to me for Marta # coach: Two people in one firm can need different things. Adapting to each of them, instead of to the company, keeps both relationships. # id: ha-0122]
  ~ gain("marta", "benevolence", 6, 1.3)
  ~ gain("marta", "attentiveness", 4, 1.2)
  ~ gain("beatriz", "coordination", 8, 1.3)
  ~ gain("beatriz", "benevolence", 6, 1.2)
  Beatriz gets the portal from the first day, tracking included. And Marta, you call me, as always. I'll put your orders in myself. # speaker: you # id: ha-0123
  Finally. # speaker: beatriz # mood: pleased # id: ha-0124
  Then nothing changes for me. Good. # speaker: marta # mood: pleased # id: ha-0125
- -> renewal

=== renewal ===
~ meeting("marta", 99)
~ meeting("beatriz", 99)
The renewal meeting, three weeks before the agreement expires. The Bergamo offer is three points of margin better than yours. # place: meeting-room # location: Guarulhos, São Paulo # date: Thursday, day 100 # id: ha-0126
{joe_stays:
  { joe_called:
    Joe flies in for the day, as he told her he would. Marta hugs him in the car park. # id: ha-0127
  - else:
    Joe flies in for the day. Marta hugs him in the car park. # id: ha-0173
  }
  ~ gain("marta", "integrity", 6, 1.2)
  ~ gain("marta", "benevolence", 6, 1.2)
- else:
  Joe sends Marta an email wishing her a good meeting. # id: ha-0128
}
{weekly_report:
  Beatriz has your Friday reports in a folder: nine weeks, one late shipment, flagged a week ahead. # id: ha-0129
  ~ gain("beatriz", "integrity", 6, 1.2)
}
At seven that morning, a message from Chicago. The certificates for last month's container were issued with the wrong pressure class. It is held at customs in Santos. # id: ha-0130
The paper mill in Jundiaí starts its maintenance shutdown in nine days. Marta and Beatriz don't know yet. # id: ha-0131
# discuss: The renewal is today, and you know something they don't. What do you say first, and why?
// source: 004_321f206b4ac9ecaf.txt "Be honest and transparent. Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
* [Tell them first thing: what went wrong, what we're doing, and when they'll hear next # coach: Honesty and transparency when something goes wrong build trust across borders. Address it head-on, before they hear it from someone else. # id: ha-0132]
  ~ told_first = true
  ~ gain("marta", "integrity", 10, 1.3)
  ~ gain("beatriz", "integrity", 8, 1.4)
  ~ gain("beatriz", "coordination", 6, 1.3)
  Before the contract: last month's container is held in Santos. The certificates were our mistake. A broker is on it now; corrected papers by noon tomorrow, and I'll call you at six tonight either way. # speaker: you # id: ha-0133
  Marta exhales. # id: ha-0134
  Thank you for telling us first. Bia, call the mill. # speaker: marta # mood: neutral # id: ha-0135
// source: 004_321f206b4ac9ecaf.txt "Your clients will appreciate your honesty."
* [Let the broker fix the papers quietly first, and tell them both once the container is free # coach: Fixing it silently spares her a worry today, but when she hears it from the port instead of from you, the breach of honesty costs more than the problem. # id: ha-0136]
  ~ loss("marta", "integrity", 8, 0.7)
  ~ loss("beatriz", "integrity", 8, 0.6)
  At eleven, Beatriz steps out to take a call from the freight forwarder. She comes back and whispers to her mother. # id: ha-0137
  Is there something about Santos you want to tell us, Priya? # speaker: marta # mood: closed # cue: They heard it from the port first # id: ha-0138
  You tell them. It takes four minutes. Nobody looks at the draft again until after lunch. # id: ha-0139
- Over coffee, Marta mentions, almost in passing, that her father had a fall last week. # id: ha-0140
// source: 004_321f206b4ac9ecaf.txt "Showing genuine care can go a long way."
* [Say I'm very sorry to hear it, and offer to keep today's meeting short # coach: Considerate, but a polite sentence and a shorter agenda leave the care unspoken, and she was inviting you to ask. # id: ha-0141]
  ~ loss("marta", "attentiveness", 5, 0.7)
  I'm so sorry to hear that. Let's keep today short, then. # speaker: you # id: ha-0142
  That is kind. Let us look at the terms. # speaker: marta # mood: neutral # id: ha-0143
// source: 004_321f206b4ac9ecaf.txt "Show that you care. Ask how your clients are doing. Not just in terms of business, but in their personal lives too."
* [Ask how he is, and how she herself is managing, with him and with the business # coach: Genuine care for the person, not only the account, goes a long way. It is a question, not a formality. # id: ha-0144]
  ~ gain("marta", "benevolence", 8, 1.3)
  ~ gain("marta", "attentiveness", 6, 1.3)
  ~ gain("beatriz", "benevolence", 4, 1.1)
  {went_to_lunch:
    How is he? At lunch he was still telling flood stories. And how are you managing? # speaker: you # id: ha-0145
  - else:
    How is he? And how are you managing, with him and the business? # speaker: you # id: ha-0146
  }
  Stubborn. He wants to come to the warehouse on crutches. Thank you for asking. # speaker: marta # mood: pleased # id: ha-0147
- Marta turns the draft agreement over, unsigned. Beatriz has the Bergamo offer open on her laptop. # id: ha-0148
// source: 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
* [Match the Bergamo price: take three points off, and ask her to sign today # coach: Matching a rival's price tells her the relationship is worth a discount, and that Tessaro now competes on price alone. # id: ha-0149]
  ~ loss("marta", "coordination", 5, 0.7)
  {business_ask("marta", 0.5):
    Marta nods slowly and puts the draft in her folder. # id: ha-0150
    Three points. So now we are talking about price, you and I. You will have my answer next week. # speaker: marta # mood: neutral # id: ha-0151
  - else:
    Marta slides the draft back across the table. # id: ha-0152
    I will think about it. Bergamo has been very patient with me. # speaker: marta # mood: closed # id: ha-0153
  }
// source: 004_321f206b4ac9ecaf.txt "Be patient. Building trust across cultures takes time."
* [Ask her to sign the three-year renewal today, before Bergamo comes back with more # coach: A firm close works with a partner who has already decided. With one still weighing people against price, pressure makes price the question. # id: ha-0154]
  ~ loss("marta", "positivity", 4, 0.8)
  {business_ask("marta", 0.7):
    Marta smiles, uncaps her pen, then caps it again. # id: ha-0155
    Next week, Priya. I read it with my father first. And next time, do not hurry me. # speaker: marta # mood: neutral # id: ha-0156
  - else:
    Marta slides the draft back across the table. # id: ha-0157
    I will need to think about it. Bergamo has been very patient with me. # speaker: marta # mood: closed # id: ha-0158
  }
// source: 000_ac8871b0fd25056d.txt "keeping the same company staff connected to key accounts or suppliers"
* [Ask what would make three more years easy, and offer to name the people in it # coach: Consistency builds reliability: the same people on the account and promises she can hold you to. That is what she is really renewing. # id: ha-0159]
  ~ gain("marta", "integrity", 6, 1.3)
  ~ gain("marta", "coordination", 8, 1.3)
  ~ gain("beatriz", "coordination", 6, 1.2)
  ~ gain("beatriz", "benevolence", 4, 1.2)
  {
  - joe_stays && weekly_report:
    What would make three more years easy for you both? We could name the people in the agreement: me every quarter, Joe at every annual review, and the Friday report for Beatriz. # speaker: you # id: ha-0160
  - joe_stays:
    What would make three more years easy for you both? We could name the people in the agreement: me every quarter, Joe at every annual review, and a Friday shipment report for Beatriz. # speaker: you # id: ha-0174
  - weekly_report:
    What would make three more years easy for you both? We could name the people in the agreement: me every quarter, a named engineer for your customers, and the Friday report for Beatriz. # speaker: you # id: ha-0175
  - else:
    What would make three more years easy for you both? We could name the people in the agreement: me every quarter, a named engineer for your customers, and a Friday shipment report for Beatriz. # speaker: you # id: ha-0176
  }
  Now that is a contract I understand. Send it to me; I read it with my father this weekend. # speaker: marta # mood: pleased # id: ha-0161
  Put the report in as an annex. With dates. # speaker: beatriz # mood: pleased # id: ha-0162
- {
  - trust("marta") >= KEPT_MARTA and trust("beatriz") >= KEPT_BEATRIZ: -> ending_kept
  - trust("marta") + trust("beatriz") >= COOL_FAMILY: -> ending_cool
  - else: -> ending_lost
}

=== ending_kept ===
# ending: kept
# ending_title: The relationship carried over
{ joe_stays:
  A week later Marta signs for three years. She sends Joe a photo of the signed agreement, and sends you her father's recipe for feijoada. # id: ha-0163
- else:
  A week later Marta signs for three years. It took you longer than it took Joe, and the relationship is now yours. # id: ha-0177
}
Beatriz adds you to the logistics group chat. Nobody from a supplier has been in it before. # id: ha-0164
# learn: 000: Relationships are between individuals, not companies. When Joe is promoted, he should take an active role with the accounts he built, or the rapport building starts over.
# learn: 000: Consistent contact means periodic visits face to face and the same people on the account. When there is a major problem, travel to the source.
# learn: 000: Shared experiences build rapport: a family lunch, a telenovela, a day on her customers' sites.
# learn: 004: Be honest and transparent: address a problem head-on, before your client hears it elsewhere.
# learn: 004: Adapt your communication style to each person: straight talk for Beatriz, care and time for Marta.
-> END

=== ending_cool ===
# ending: cool
# ending_title: Renewed, for now
A week later Marta renews for one year, not three. She is friendly with you and careful with what she promises Tessaro: the account is on trial, and the relationship has not yet passed to you. # id: ha-0165
{ not joe_stays:
  She still asks after Joe on every call. Nobody kept him in the handover, so with you the rapport building started over. # id: ha-0166
}
{ not went_to_lunch:
  You have never sat at her family's table. Her father still asks who the new one from Chicago is. # id: ha-0167
}
{ not told_first:
  The Santos container is mentioned only once more, in the clause Beatriz adds on shipping documents. # id: ha-0168
}
{ weekly_report:
  Beatriz reads your Friday reports and answers them. # id: ha-0169
- else:
  Beatriz sends her questions to Chicago's customer service now, not to you. # id: ha-0178
}
Next spring she will decide again, and Bergamo will still be taking her to lunch. # id: ha-0170
# learn: 000: Relationships are between individuals, not companies. Without the person who built it, the rapport building starts over: the handover needs Joe in it, not only his email.
# learn: 000: Shared experiences build a relationship of your own: her family's Sunday lunch, her telenovela, a day with her customers.
# learn: 000: Video conferencing, phone calls and emails can never take the place of building rapport in the country. When there is a major problem, travel to the source.
# learn: 004: Be honest and transparent, and keep your promises: bad news told first and a report every Friday build the reliability a one-year renewal is testing.
# learn: 004: Some people value straight talk and others a more roundabout approach, even in one family. Adapt to each: a plain answer for Beatriz, care and time for Marta.
-> END

=== ending_lost ===
# ending: lost
# ending_title: She goes with someone she knows
Marta moves her business to Bergamo. Their sales director has taken her to lunch every quarter for two years. # id: ha-0171
{ weekly_report:
  Beatriz tells you herself, on a call that lasts two minutes. Your Friday reports were good, she says. It was not enough. # id: ha-0172
- else:
  Beatriz tells you herself, on a call that lasts two minutes. She wanted dates, she says, and never got them. # id: ha-0179
}
# learn: 000: In most of the world, relationships are between individuals, not companies. A clean break or an email introduction hands a partner to a stranger, and the rapport building starts over.
# learn: 000: Getting to know your contacts outside business, at her family's table and over her telenovela, is what carries you through a challenging time.
# learn: 000: When there is a major problem, travel to the source. A call from Chicago leaves her alone in front of her own customer.
# learn: 004: Bad news fixed quietly or covered with a discount costs more trust than the problem itself. Address it head-on.
# learn: 004: Show that you care: ask how your clients are doing, not just in business but in their personal lives too.
-> END
