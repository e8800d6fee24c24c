# title: "Oui" in Lyon
# summary: Your first distribution deal in France depends on an owner who says "oui, en principe" over coffee and on a technical director who enjoys a hard argument. Prepare, keep time, find the right words, hear what "oui" means, and keep the relationship after the deal.
# role: You are Sam Okafor, export manager at Cascadia Brewing Systems (Vancouver), negotiating an exclusive distribution agreement for your espresso machines in the Lyon region.
# minutes: 15
# seeds: 002_4348346f83066296, 004_321f206b4ac9ecaf
# pass_mark: 50
# order: 5
INCLUDE lib/rapport.ink

// Sources. Every lesson comes from 002_4348346f83066296.txt (working with foreign partners:
// language and interpreters, researching the partner, punctuality and professionalism, Western
// frankness, the French "yes" that means "maybe", time zones and backup channels, keeping the
// relationship after the deal), with 004_321f206b4ac9ecaf.txt where it adds something (direct
// versus roundabout communication, patience, keeping promises, scheduling across time zones).
//
// Beyond the seeds, and named where used:
// - Erin Meyer, The Culture Map (2014): ch. 1 "Listening to the Air" (France sits on the
//   high-context side of the communicating scale), ch. 4 "How Much Respect Do You Want?" (France
//   is hierarchical and formal about rank), ch. 6 "The Head or the Heart" (France is more
//   relationship-based than North America; affective trust grows over meals and time together),
//   ch. 7 "The Needle, Not the Sword" (the French treat open debate as engagement, not
//   hostility), ch. 8 "How Late Is Late?" (France is in the middle of the scheduling scale).
// - Polly Platt, French or Foe? (1994): "vous", "Monsieur" and "Madame" until the French side
//   offers first names.
//
// Calendar. Day 1 is a Monday; meeting(who, d) takes d = day − 1 (day 0 is the first day).
// Day 4 Thursday (first call), day 23 Tuesday (Lyon), day 26 Friday (back in Vancouver), day 46
// Thursday (the negotiation call), day 71 Monday (the board), day 87 Wednesday (launch dinner),
// day 121 Tuesday (a later email). Lyon is nine hours ahead of Vancouver.

// Thresholds, in one place (calibrated with `npm run stories`).
// DEAL_*/TRIAL_*: what Maison Marchal decides on the negotiation call (Trust of each).
// PARTNER_*: both trust you and Étienne enjoys working with you; the best path ends at Trust 79
// (Étienne) and 76 (Claire); one core mistake (the "oui" announced or pinned down, the penalty
// answered softly, no dinner after the deal) drops below, while one small slip is absorbed by
// the goodwill built (004: patience; the model's R4).
// OPEN_*: the door stays ajar while at least one of the two still trusts you about as much as
// Claire trusted a stranger on the first call (Trust 25; Étienne starts at 19, Claire at 25), or
// still finds working with you a little warmer than at the first call (Rapport 32; both start at
// 30). A mixed performance lands here, including the learner who presses 1 every time (Trust 13
// and 11, Rapport 42 with Étienne) or always picks the longest option (Rapport 34 with Claire),
// as the issue promises; only consistently bad play (two best answers or fewer in thirteen, the
// worst path ends at Trust 2 and Rapport 27 with both) leaves both of them colder than strangers
// and ends closed.
CONST DEAL_CLAIRE = 45
CONST DEAL_ETIENNE = 45
CONST TRIAL_CLAIRE = 35
CONST PARTNER_TRUST = 66
CONST PARTNER_RAPPORT = 60
CONST OPEN_TRUST = 25
CONST OPEN_RAPPORT = 32

VAR researched = false     // prepared on the people and the company, not only the deck
VAR interpreter = false    // booked a professional interpreter (otherwise: evening-class French)
VAR oui = "none"           // how the "oui" was read: "confirmed", "announced" or "pinned"
VAR backup = false         // a reasonable hour, papers in advance and a phone bridge agreed
VAR deal = "none"          // "exclusive", "trial" or "none"

~ cast()
-> preparing

// Étienne Marchal, 58, owner and managing director (PDG) of Maison Marchal, the café-equipment
// distributor his father founded in Villeurbanne in 1966. Left school at sixteen for the workshop
// and still strips a machine on Saturday mornings. Speaks little English and does not negotiate in
// it. Has sold the same Brescia family's machines for twenty-four years and was at their son's
// wedding. Trusts people he has eaten with; in company he avoids a flat "non", so his "oui" often
// means "I am thinking about it".
// Profile: relationship-based trust (0.75; Meyer ch. 6), a patron who expects rank to be respected
// (power distance 0.7; Meyer ch. 4), the firm as a family (collectivism 0.55), high-context in
// company (directness 0.35; Meyer ch. 1), loyal to people over procedures (flexibility 0.7).
//
// Claire Vautrin, 47, technical and purchasing director. Engineer from INSA Lyon, fifteen years in
// an appliance maker's engineering department before Étienne hired her to rebuild the service
// contracts. Enjoys a hard argument, says so when she is not satisfied, and judges a supplier by
// its figures rather than its manners; a blunt answer with numbers wins her, a soft one loses her.
// Collects her son from judo at half past six on Thursdays.
// Profile: task-based trust (0.35), argues openly with her own boss (power distance 0.45),
// individualist (0.35), very direct in negative feedback (directness 0.75; Meyer ch. 7), holds
// people to what is written (flexibility 0.35).
=== function cast() ===
~ counterpart("etienne", "Étienne Marchal", 0.75, 0.7, 0.55, 0.35, 0.7)
~ counterpart("claire", "Claire Vautrin", 0.35, 0.45, 0.35, 0.75, 0.35)

// ─── Vancouver, day 1: preparing ─────────────────────────────────────────────────────────────
=== preparing ===
Cascadia has never sold a machine in France. Maison Marchal services four hundred cafés and bakeries around Lyon. # place: office # location: Vancouver # date: Monday, day 1 # id: fy-0001
Your CEO wants an exclusive agreement for the region signed before the board meets in ten weeks. The first video call with Maison Marchal is on Thursday, and you have two evenings to prepare. # id: fy-0002
// source: 002_4348346f83066296.txt "An enterprise that has carefully prepared for the project will surely succeed and leave a deep impression on foreign partners."
// source: 002_4348346f83066296.txt "you should also take the time to research their company, company culture and more broadly the culture of that country"
* [Spend them sharpening the deck: twelve slides, five-year costs, a demo video # coach: A sharp deck answers questions nobody has asked yet. Knowing who the partners are tells you which questions they will ask. # id: fy-0003]
  ~ researched = false
// source: 002_4348346f83066296.txt "Make sure that the negotiation between you and your partner will go smoothly and confidently when you fully understand who you are negotiating with and what your personality is like."
* [Spend them on Maison Marchal: its history, its workshop, who the two of them are # coach: Researching the partner's company and people shows respect, and tells you who you are negotiating with before the first word. # id: fy-0004]
  ~ researched = true
- -> first_call

// ─── Meeting 1 — Thursday, day 4: the first video call ─────────────────────────────────────────
=== first_call ===
~ meeting("etienne", 3)
~ meeting("claire", 3)
Thursday, 07:00 in Vancouver, 16:00 in Lyon. Two faces on the screen: Étienne Marchal in a grey sweater, and beside him Claire Vautrin, a laptop open in front of her. # place: video-call # location: Lyon, on screen # date: Thursday, day 4 # id: fy-0005
{researched:
  ~ gain("etienne", "attentiveness", 8, 1.3)
  ~ gain("claire", "attentiveness", 6, 1.3)
  ~ gain("claire", "ability", 4, 1.2)
  You know that his father started the firm in 1966 with one van, that Claire rebuilt its service contracts, and that Lyon's water is among the hardest in France. You brought test data on scale. # id: fy-0006
- else:
  ~ loss("etienne", "attentiveness", 3, 0.8)
  ~ loss("claire", "ability", 3, 0.8)
  Your deck opens on a map of Europe. Claire reads slide two and looks up. # id: fy-0007
  Your slides say Europe. Lyon's water is not Europe. It is hard. # speaker: claire # mood: neutral # id: fy-0008
}
Bonjour, Monsieur Okafor. Merci de vous être levé si tôt. # speaker: etienne # id: fy-0009
He thanks you for getting up so early. # speaker: claire # id: fy-0010
# discuss: Étienne opened in French, with "Monsieur". What does the first minute of this call tell him about you?
// source: 002_4348346f83066296.txt "Some countries have different cultures from the way they behave, the custom of greeting, shaking hands to working style."
// beyond the seeds: Polly Platt, French or Foe? (1994), on "vous" and titles until the French side offers first names; Meyer, The Culture Map (2014), ch. 4, on formality about rank in France.
* [Keep it warm, the Vancouver way: "Please, call me Sam", and use their first names # coach: First names offered by the guest on a first call sound presumptuous to a French owner of his generation. Warmth, in his terms, starts with "Monsieur" and "vous" until he offers otherwise. # id: fy-0011]
  ~ loss("etienne", "positivity", 4, 0.6)
  Please, call me Sam. Étienne, Claire, it's great to meet you both! # speaker: you # id: fy-0012
  Monsieur Okafor. # speaker: etienne # mood: uneasy # id: fy-0013
  He says it again, pleasantly, and waits for Claire to translate the rest. # id: fy-0014
// source: 004_321f206b4ac9ecaf.txt "Adapt your communication style. Some cultures prefer a more indirect approach, while others value straight talk."
* [Thank him in English and go straight to your agenda: three points in thirty minutes, as promised # coach: Efficiency would suit Claire, but Étienne hears that the relationship is an item to get through, and the first minute was the one he cared about. # id: fy-0015]
  ~ loss("etienne", "positivity", 4, 0.6)
  Thank you. I know your time is precious, so I have three points for the next thirty minutes. # speaker: you # id: fy-0016
  Claire opens the first point. Étienne leans back out of the frame. # id: fy-0017
// source: 002_4348346f83066296.txt "The fact that you learn a foreign language and diligently learn about the local language, the language of international communication will help you create good sympathy with your partner."
* [Answer in careful French, with vous and Monsieur, then ask if you may go on in English # coach: Greeting him in his language, as formally as he greeted you, shows respect before a word of business. Asking before switching to English keeps it his choice. # id: fy-0018]
  ~ gain("etienne", "positivity", 8, 1.4)
  ~ gain("etienne", "benevolence", 6, 1.3)
  ~ gain("claire", "positivity", 4, 1.1)
  Bonjour, Monsieur Marchal, Madame Vautrin. Merci de me recevoir. Puis-je continuer en anglais ? # speaker: you # id: fy-0019
  Avec plaisir. # speaker: etienne # mood: pleased # id: fy-0020
  He laughs, and goes on in slow French so that you can follow. # id: fy-0021
- Near the end, Claire is practical. # id: fy-0022
When you come to Lyon, Étienne will not negotiate in English. He will want to understand every word, and he will ask about pumps and boilers. # speaker: claire # id: fy-0023
Your French is two years of evening classes. # id: fy-0024
// source: 002_4348346f83066296.txt "If you are not confident in your language skills, ask for help from interpreters to make the cooperation effective."
// source: 002_4348346f83066296.txt "language is a strength, you not only have to know how to communicate normally but also have to follow a standard and be fluent in specialized terms"
* [Book an interpreter who knows café equipment, and brief her with the manual # coach: A negotiation full of technical terms needs a professional who knows them, prepared in advance. Nothing important is lost between you and the man who decides. # id: fy-0025]
  ~ interpreter = true
  ~ gain("claire", "coordination", 4, 1.2)
  ~ gain("claire", "benevolence", 3, 1.2)
  Good. Then I can argue with you instead of translating for you. # speaker: claire # mood: pleased # id: fy-0026
// source: 002_4348346f83066296.txt "You need to learn how to capture and transmit information, especially with your partner's important content to avoid causing unnecessary misunderstandings."
* [Trust your evening-class French, with a translation app for the technical words # coach: The effort to speak his language earns sympathy, but everyday French will not carry technical terms through a negotiation. # id: fy-0027]
  ~ interpreter = false
  ~ gain("claire", "positivity", 3, 1.0)
  Courageous. # speaker: claire # id: fy-0028
- -> lyon_morning

// ─── Meeting 2 — Tuesday, day 23: the morning at Maison Marchal ───────────────────────────────
=== lyon_morning ===
~ meeting("etienne", 22)
~ meeting("claire", 22)
Nearly three weeks later. You flew out on Sunday evening and landed in Lyon on Monday afternoon. The meeting is at nine in Villeurbanne, twenty-two minutes from your hotel by taxi on a good morning. # place: lobby # location: Lyon # date: Tuesday, day 23 # id: fy-0029
Claire asked last night for a revised price sheet. It is half done. # absent: claire # id: fy-0030
// source: 002_4348346f83066296.txt "even if you are only 1-2 minutes late, you will also leave a minus point in their eyes, affecting trust when cooperating"
// beyond the seeds: Meyer, The Culture Map (2014), ch. 8 — France sits mid-scale on scheduling, which is what makes "five minutes hardly count" tempting; a supplier at a first negotiation is not judged by dinner-party norms.
* [Finish the sheet at the hotel and leave at 08:35: the app says twenty-two minutes # coach: Even a few minutes late leaves a bad mark in their eyes that affects trust, whatever the local habits at a dinner party. Plan to arrive ten to fifteen minutes early. # id: fy-0031]
  ~ loss("claire", "integrity", 3, 0.8)
  ~ loss("etienne", "integrity", 3, 0.8)
  The boulevard is solid. You arrive at 09:07 with the finished sheet. # place: meeting-room # id: fy-0032
  Claire has been waiting with two coffees, now cold. She looks at the clock, not at you. # id: fy-0033
  Bonjour. # speaker: claire # mood: closed # id: fy-0034
// source: 002_4348346f83066296.txt "You should schedule an appointment and arrive about 10-15 minutes early to prepare for a confident attitude."
* [Leave at eight and finish the price sheet in their lobby # coach: Arriving ten to fifteen minutes early is part of professionalism: you are ready, and you show that their time matters. # id: fy-0035]
  ~ gain("claire", "integrity", 5, 1.3)
  ~ gain("etienne", "integrity", 5, 1.2)
  The boulevard is solid. You arrive at 08:46 and finish the sheet in the showroom, where an apprentice is rebuilding a 1960s lever machine. # place: meeting-room # id: fy-0036
  At nine Claire collects you, and reads the sheet on the way up. # id: fy-0037
- Étienne does not open with your terms. He opens with his father: 1966, one van, the cafés of the Croix-Rousse, the first machine repaired on a kitchen table. # id: fy-0038
{interpreter:
  ~ gain("etienne", "coordination", 8, 1.3)
  ~ gain("etienne", "ability", 4, 1.2)
  Léa Girard, the interpreter you booked, keeps his rhythm and his jokes. When he asks about the boiler, she has the word before he finishes, and so do you. # id: fy-0039
- else:
  ~ gain("etienne", "positivity", 3, 1.2)
  ~ loss("etienne", "coordination", 5, 0.7)
  You follow one word in three. You nod at a story about a flood and smile at the wrong moment. Claire translates the parts she thinks matter. # id: fy-0040
}
Twenty minutes in, he has reached 1982. Your agenda has six points. # id: fy-0041
// source: 004_321f206b4ac9ecaf.txt "Be patient. Building trust across cultures takes time. Don’t rush the process."
// beyond the seeds: Meyer, The Culture Map (2014), ch. 6 — with a relationship-based partner, the story of the house is part of the business.
* [Ask which café his father equipped first, and whether it is still serving coffee # coach: Patience and genuine interest in his story build the trust he needs. The agenda gets done anyway: half of it comes up in the story. # id: fy-0042]
  ~ gain("etienne", "attentiveness", 8, 1.4)
  ~ gain("etienne", "benevolence", 4, 1.3)
  Le Café des Fantasques, rue Dumenge. Il existe toujours. Je répare encore sa machine moi-même. # speaker: etienne # mood: pleased # id: fy-0043
  The café still serves coffee, and he still repairs its machine himself. # id: fy-0044
  By eleven you know that he will never leave a café without coffee for a day, and that this is the whole negotiation. # id: fy-0045
// source: 002_4348346f83066296.txt "you need to ensure that the content of the work is complete and completed within the meeting time frame"
* [Thank him, and propose to keep the history for lunch so the six points fit the morning # coach: Tidy time-keeping, and Claire approves. But to Étienne the story of the house is the agenda: it tells you what he will and will not risk. # id: fy-0046]
  ~ loss("etienne", "attentiveness", 5, 0.6)
  ~ gain("claire", "coordination", 3, 1.2)
  Bien sûr. # speaker: etienne # mood: closed # id: fy-0047
  He gestures to Claire to begin, and does not speak again until the terms. # id: fy-0048
// source: 004_321f206b4ac9ecaf.txt "Adapt your communication style. Some cultures prefer a more indirect approach, while others value straight talk."
* [Listen politely, then slide the printed agenda across the table with a smile # coach: A gentle nudge back to the agenda respects the clock, and Claire approves. Étienne sees that you were waiting for him to finish the part that mattered to him. # id: fy-0049]
  ~ loss("etienne", "attentiveness", 5, 0.6)
  ~ gain("claire", "coordination", 3, 1.2)
  Étienne glances at the sheet, finishes his sentence and turns to Claire. # id: fy-0050
  Allez-y. # speaker: etienne # mood: closed # id: fy-0051
- Then Claire takes over, and puts her pen down. # id: fy-0052
Your machine costs eleven per cent more than the Brescia machine we sell. Your spare parts are in Vancouver. A café without espresso for two days is a dead café. Convince me. # speaker: claire # id: fy-0053
# discuss: Claire has just attacked your price and your parts. Is this hostility, or an invitation?
// source: 002_4348346f83066296.txt "Western partners are always ready to express their thoughts and contributions, and express their views even when they are not satisfied."
// beyond the seeds: Meyer, The Culture Map (2014), ch. 7 "The Needle, Not the Sword" — in France open debate is a sign of engagement, and conceding at once reads as having no argument.
* [Thank her for the candour, and promise a considered answer from Vancouver by Friday # coach: A gracious answer to a challenge, but Claire made an argument and wanted one back. Deferring sounds like having none. # id: fy-0054]
  ~ loss("claire", "ability", 4, 0.6)
  ~ loss("claire", "positivity", 4, 0.6)
  Friday. Very well. # speaker: claire # mood: uneasy # id: fy-0055
// source: 002_4348346f83066296.txt "With Western partners, when communicating, you need to focus on frankness and clarity"
* [Offer eight per cent off, to close the gap and keep the morning friendly # coach: A quick discount keeps the mood, but to an analytical buyer it says the price was never defended. She wanted the reasons, not the rebate. # id: fy-0056]
  ~ loss("claire", "ability", 4, 0.6)
  ~ loss("claire", "positivity", 4, 0.6)
  If the price falls that easily, it was not the price that mattered. Keep your eight per cent for now. # speaker: claire # mood: closed # id: fy-0057
// source: 002_4348346f83066296.txt "With Western partners, when communicating, you need to focus on frankness and clarity"
* [Argue it, figures first: the five-year cost, and where her comparison is wrong # coach: Claire gave her objection frankly and clearly. A frank, clear answer, including where she is wrong, is exactly what she respects. # id: fy-0058]
  ~ gain("claire", "ability", 8, 1.4)
  ~ gain("claire", "positivity", 8, 1.4)
  Your comparison counts the purchase and not the descaling. Over five years in Lyon water we are four per cent cheaper. And the parts: a stock here, in your workshop, is the same day. We pay for the first stock. # speaker: you # id: fy-0059
  Claire pulls the laptop towards her and checks your figures for ten minutes. Then she smiles. # id: fy-0060
  Enfin. Someone who argues. # speaker: claire # mood: pleased # id: fy-0061
- -> lunch

// ─── Tuesday, day 23: lunch, or not ──────────────────────────────────────────────────────────
=== lunch ===
At noon Étienne stands up. # place: meeting-room # id: fy-0062
Vous déjeunez avec nous ? Je connais un bouchon. # speaker: etienne # id: fy-0063
He is inviting you to lunch, in a bouchon he knows. Your flight home leaves Saint-Exupéry at 15:10. A lunch in a bouchon runs two and a half hours. # id: fy-0064
// source: 002_4348346f83066296.txt "Consider it a dinner or meeting to exchange, express goodwill because they took the time for this cooperation opportunity."
// beyond the seeds: Meyer, The Culture Map (2014), ch. 6 "The Head or the Heart" — France sits further toward relationship-based trust than North America, and affective trust is built over meals and time together; keeping the schedule instead declines the relationship.
* [Thank him warmly, and explain that you must catch your 15:10 flight # coach: A polite refusal that keeps the schedule tells a relationship-minded owner the visit was only about the contract. # id: fy-0065]
  ~ loss("etienne", "benevolence", 5, 0.6)
  ~ loss("etienne", "positivity", 3, 0.8)
  Dommage. # speaker: etienne # mood: neutral # id: fy-0066
  He and Claire walk you down to the taxi. At the door he stops. # id: fy-0067
// source: 004_321f206b4ac9ecaf.txt "Show that you care. Ask how your clients are doing. Not just in terms of business, but in their personal lives too."
* [Accept, and move your flight to tomorrow: a change fee and one more night # coach: The long lunch is where a relationship-minded owner decides whether he trusts you. The fee is cheap for what it buys. # id: fy-0068]
  ~ meeting("etienne", 22)
  ~ meeting("claire", 22)
  ~ gain("etienne", "benevolence", 10, 1.4)
  ~ gain("etienne", "positivity", 6, 1.3)
  ~ gain("claire", "benevolence", 5, 1.2)
  ~ gain("claire", "attentiveness", 5, 1.2)
  A bouchon on the slopes of the Croix-Rousse: saucisson, quenelles, a pot of Côtes du Rhône. Étienne orders for you and watches you eat. # place: restaurant # id: fy-0069
  Claire argues with him about the wine, and with you about hockey. Nobody mentions the contract until the cheese. # id: fy-0070
// source: 004_321f206b4ac9ecaf.txt "Be patient. Building trust across cultures takes time. Don’t rush the process."
* [Suggest a quick coffee downstairs instead, so that you still make the flight # coach: A compromise that still keeps the schedule. To a relationship-minded owner, a coffee standing up is not the lunch he offered. # id: fy-0071]
  ~ loss("etienne", "benevolence", 5, 0.6)
  ~ loss("etienne", "positivity", 3, 0.8)
  Bon, un café. # speaker: etienne # mood: neutral # id: fy-0072
  Twelve minutes at the counter downstairs, your suitcase at your feet. # id: fy-0073
- Et nos machines de Brescia, franchement, qu'est-ce que vous en pensez ? # speaker: etienne # id: fy-0074
{interpreter:
  And our Brescia machines, frankly, what do you think of them? # speaker: Léa # id: fy-0075
- else:
  You understand enough: he wants your frank opinion of the Brescia machines he sells. # id: fy-0076
}
Claire was glad of your frankness this morning. The Brescia machines are his suppliers of twenty-four years. # id: fy-0077
// source: 004_321f206b4ac9ecaf.txt "For example, some countries value direct communication, while others prefer a more roundabout approach."
* [Say what the Brescia machines do well, then where yours differ # coach: The same facts, in a form that respects his loyalty and his judgement. You adapted your style to the person, not to the country. # id: fy-0078]
  ~ gain("etienne", "positivity", 6, 1.3)
  ~ gain("etienne", "attentiveness", 4, 1.2)
  They are beautiful machines, and you have kept them running for twenty-four years. Ours are built for hard water, with the parts in your workshop. # speaker: you # id: fy-0079
  Voilà. C'est honnête. # speaker: etienne # mood: pleased # id: fy-0080
  That is honest, he says, and he means it as praise. # id: fy-0081
// source: 004_321f206b4ac9ecaf.txt "Learn about the culture. Take the time to understand the customs and traditions of your clients. This can help you avoid unintentional offenses and build stronger relationships."
* [Be as frank as Claire liked: in Lyon water their boilers scale within two years # coach: Frankness about figures won Claire. About the suppliers Étienne chose and befriended, in front of his director, it criticises his judgement and his friends. # id: fy-0082]
  ~ loss("etienne", "benevolence", 9, 0.8)
  ~ loss("etienne", "positivity", 4, 0.7)
  ~ gain("claire", "ability", 2, 1.2)
  Claire nods: it is true. Étienne looks at the table. # id: fy-0083
  Ce sont des amis, Monsieur. # speaker: etienne # mood: closed # id: fy-0084
  They are friends of his, he means. After that, everything is polite. # id: fy-0085
- -> the_oui

// ─── Still day 23: the "oui" ─────────────────────────────────────────────────────────────────
=== the_oui ===
You put the question plainly: a three-year exclusive for the Rhône and the Loire, with the parts stock in their workshop. # id: fy-0086
Étienne smiles. # id: fy-0087
Oui, oui, bien sûr. L'exclusivité, en principe, ça nous va. # speaker: etienne # mood: pleased # id: fy-0088
{interpreter:
  Yes, yes, of course. The exclusivity, in principle, suits us. # speaker: Léa # id: fy-0089
- else:
  You understand it yourself: yes, of course, the exclusivity, in principle, suits us. # id: fy-0090
}
Claire says nothing and looks at her phone. Yours buzzes: a message from your CEO. How did it go? The board wants a name on the slide. # id: fy-0091
# discuss: Étienne said "oui, bien sûr" and "en principe". Is the exclusive agreed? What would you tell Vancouver, and what would you say to him now?
// source: 002_4348346f83066296.txt "If your partner is from France, pay attention to your word usage, when they say “yes” means “maybe” and they are considering rather than completely agreeing, you should continue to negotiate to reach a final decision."
// source: 002_4348346f83066296.txt "You need to learn how to capture and transmit information, especially with your partner's important content to avoid causing unnecessary misunderstandings."
// beyond the seeds: Meyer, The Culture Map (2014), ch. 1 — France is high-context; "en principe" usually signals that the decision is still open.
* [Reply to the CEO: "Lyon says yes to the exclusive, in principle. Start the stock order." # coach: "Oui, en principe" from a French owner means he is considering, not agreeing. Passing it on as a yes turns his open thought into a commitment he never made. # id: fy-0092]
  ~ oui = "announced"
  ~ gain("etienne", "positivity", 2, 1.0)
  Merci, you say, and shake his hand. A minute later your CEO has the good news. # id: fy-0093
// source: 002_4348346f83066296.txt "they are considering rather than completely agreeing, you should continue to negotiate to reach a final decision"
* [Thank him warmly, then suggest writing down together what is agreed and what is open # coach: You took the "oui" warmly and kept negotiating: a shared list of what is agreed and what is still open confirms it without asking him to commit in front of anyone. # id: fy-0094]
  ~ oui = "confirmed"
  ~ gain("claire", "coordination", 8, 1.4)
  ~ gain("etienne", "coordination", 6, 1.3)
  ~ gain("etienne", "benevolence", 4, 1.2)
  Bonne idée. # speaker: etienne # mood: pleased # id: fy-0095
  Claire takes out a notebook and writes two lists. # id: fy-0096
  Agreed: the region, three years, the parts stock. Open: the price, the contract, the training for the technicians. And Étienne decides when he has read the contract. In French. # speaker: claire # mood: pleased # id: fy-0097
  You reply to your CEO: very good meeting, three points open, a decision after the contract. Not a yes yet. # id: fy-0098
// source: 002_4348346f83066296.txt "pay attention to your word usage"
* [Make sure before telling anyone: ask him warmly if that is a yes you can announce # coach: Pinning a French "oui, en principe" down on the spot, in front of his director, forces an answer he was not ready to give. Keep negotiating instead. # id: fy-0099]
  ~ oui = "pinned"
  ~ face_threat("etienne", 0.7, 0, true, 0)
  ~ loss("etienne", "benevolence", 9, 0.9)
  ~ loss("claire", "coordination", 3, 0.8)
  So we have a deal? I can tell Vancouver it is a yes? # speaker: you # id: fy-0100
  J'ai dit : en principe. # speaker: etienne # mood: closed # cue: Pinned down in front of his director # id: fy-0101
  En principe means we will think about it. Now he must say yes or no in front of me, and he will not say yes. # speaker: claire # mood: uneasy # id: fy-0102
- -> back_home

// ─── Vancouver, day 26: the contract and the call ────────────────────────────────────────────
=== back_home ===
Back in Vancouver. # place: office # location: Vancouver # date: Friday, day 26 # absent: claire, etienne # id: fy-0103
{oui == "announced":
  ~ loss("etienne", "integrity", 6, 0.6)
  ~ face_threat("etienne", 1, 0, true, 0)
  ~ loss("etienne", "benevolence", 9, 0.9)
  ~ loss("claire", "integrity", 4, 0.7)
  On Thursday your CEO posted on LinkedIn: Proud to welcome Maison Marchal as our exclusive partner in Lyon. Thirty machines are already booked on a ship. # id: fy-0104
  Claire's email arrived at 02:14 your time. # id: fy-0105
  Étienne learned of our agreement from our Brescia supplier, who called him this morning. We had not decided. # speaker: claire # mood: closed # via: email # id: fy-0106
}
Claire writes that Étienne will read the contract with the firm's avocat, in French. Your legal team says a proper translation takes two weeks. The board meets in six weeks and three days. # id: fy-0107
// source: 002_4348346f83066296.txt "language is a strength, you not only have to know how to communicate normally but also have to follow a standard and be fluent in specialized terms"
* [Pay for a legal translation, send French and English side by side, and tell the CEO # coach: A contract the owner can read in his own language, in proper legal terms, respects him and prevents the misunderstandings that break deals later. # id: fy-0108]
  ~ gain("etienne", "attentiveness", 6, 1.3)
  ~ gain("etienne", "ability", 6, 1.3)
  ~ gain("claire", "ability", 4, 1.2)
  Two weeks later the French draft goes out. Étienne's avocat sends back four questions and no objections. # id: fy-0109
// source: 002_4348346f83066296.txt "equipping foreign language skills also shows your respect in this partnership"
* [Send the English draft today, with a note that the French version will follow # coach: Saving two weeks tells the owner that your deadline matters more than his understanding, and makes his director your translator again. # id: fy-0110]
  ~ loss("etienne", "attentiveness", 5, 0.6)
  ~ loss("claire", "coordination", 3, 0.8)
  Claire replies within the hour. # id: fy-0111
  Étienne has asked me to read it to him, clause by clause. That is not my job. # speaker: claire # mood: uneasy # via: email # id: fy-0112
- Claire proposes a call in three weeks to settle the open points. Lyon is nine hours ahead of you. # id: fy-0113
// source: 002_4348346f83066296.txt "To ensure work efficiency and show civility and respect, you need to choose a reasonable time to exchange."
// source: 002_4348346f83066296.txt "If a problem arises that prevents either party from creating an online meeting, you need to have a proactive backup plan. In which, communication via email or long-distance call is important."
* [Propose 07:30 your time, 16:30 in Lyon; send the figures the day before, with a phone bridge # coach: A reasonable hour for them, the papers in advance and a backup channel agreed beforehand are professionalism across a time difference. # id: fy-0114]
  ~ backup = true
  ~ gain("claire", "attentiveness", 5, 1.2)
  ~ gain("claire", "benevolence", 4, 1.2)
  ~ gain("etienne", "coordination", 4, 1.1)
  Claire accepts within the hour. Étienne's reply is one word. # id: fy-0115
  Noté. # speaker: etienne # mood: neutral # via: email # id: fy-0116
// source: 004_321f206b4ac9ecaf.txt "Scheduling calls and emails that fit everyone's schedule can be a bit tricky, but it's worth it to keep the lines open."
* [Propose 09:30 your time, 18:30 in Lyon, after your pricing committee approves the figures # coach: Approved figures are worth having, but half past six on a Thursday evening in Lyon is your convenience at their expense, and nothing is agreed if the line fails. # id: fy-0117]
  ~ backup = false
  ~ loss("claire", "benevolence", 4, 0.7)
  Claire accepts the next morning. # id: fy-0118
  Thursday at half past six is when I collect my son from judo. I will find someone. # speaker: claire # mood: uneasy # via: email # id: fy-0119
- -> negotiation

// ─── Meeting 3 — Thursday, day 46: the negotiation call ──────────────────────────────────────
=== negotiation ===
~ meeting("etienne", 45)
~ meeting("claire", 45)
{ backup:
  The negotiation call with Étienne and Claire. 07:30 in Vancouver, 16:30 in Lyon, the figures sent yesterday. # place: video-call # location: Lyon, on screen # date: Thursday, day 46 # present: etienne, claire # id: fy-0120
- else:
  The negotiation call with Étienne and Claire. 09:30 in Vancouver, 18:30 in Lyon, the figures approved an hour ago and on your screen. # place: video-call # location: Lyon, on screen # date: Thursday, day 46 # present: etienne, claire # id: fy-0161
}
{oui:
- "confirmed":
  ~ gain("claire", "coordination", 6, 1.3)
  ~ gain("etienne", "coordination", 4, 1.2)
  Claire's two lists from Lyon are on her screen. You answer the three open points one by one, in order. # id: fy-0121
- "announced":
  ~ loss("claire", "coordination", 3, 0.8)
  The first ten minutes are about the LinkedIn post. Étienne listens with his arms folded. # id: fy-0122
- else:
  ~ loss("claire", "coordination", 3, 1.0)
  Claire goes through every term again, as if nothing had been said in Lyon. # id: fy-0123
}
Halfway through, the video freezes. # id: fy-0124
// source: 002_4348346f83066296.txt "you need to ensure a stable, uninterrupted connection during the meeting"
{backup:
  ~ gain("claire", "coordination", 4, 1.2)
  ~ gain("etienne", "coordination", 3, 1.2)
  Within a minute you are on the phone bridge, as agreed, and everyone has the figures on paper. # id: fy-0125
- else:
  ~ loss("claire", "coordination", 4, 0.8)
  ~ loss("etienne", "attentiveness", 3, 0.8)
  You spend twenty minutes reconnecting. Étienne gives up and goes down to the workshop until Claire calls him back. # id: fy-0126
}
Claire comes to the last point. # id: fy-0127
If your parts stock runs dry, you pay us two hundred euros per café per day. Without that, no exclusivity. # speaker: claire # id: fy-0128
Your CFO's rule is no uncapped penalties, ever. # id: fy-0129
// source: 004_321f206b4ac9ecaf.txt "Being able to adapt your plan on the fly is crucial."
// beyond the seeds: Meyer, The Culture Map (2014), ch. 7 — a hard counter-argument is how Claire tests a partner; conceding or hiding behind a rule both end the debate.
* [Explain that company policy rules out penalties; it is the same for every distributor # coach: Hiding behind a rule ends the debate Claire started. She hears that the parts promise has no price behind it. # id: fy-0130]
  ~ loss("claire", "integrity", 3, 0.6)
  ~ loss("claire", "coordination", 3, 0.8)
  Then your parts stock is a promise without a price. # speaker: claire # mood: closed # id: fy-0131
// source: 004_321f206b4ac9ecaf.txt "Consistency is key. Keep your promises and follow through with your commitments."
* [Accept it as written: the signature matters more, and the CFO can be talked round # coach: Agreeing to a term you cannot deliver wins the moment and breaks a promise minutes later. Claire judges partners by what they keep. # id: fy-0132]
  ~ loss("claire", "integrity", 3, 0.6)
  ~ loss("claire", "coordination", 3, 0.8)
  Before the call ends, your CFO, copied on the draft, writes one word: No. You have to take it back on the spot. # id: fy-0133
  You agreed two minutes ago. # speaker: claire # mood: closed # id: fy-0134
// source: 002_4348346f83066296.txt "you should continue to negotiate to reach a final decision"
* [Push back and trade: a penalty capped at a month's margin, for a firm yearly volume # coach: Claire made a hard demand and expected a hard answer. A reasoned counter-offer respects her argument and makes a promise you can actually keep. # id: fy-0135]
  ~ gain("claire", "ability", 6, 1.4)
  ~ gain("claire", "coordination", 6, 1.3)
  ~ gain("claire", "positivity", 4, 1.3)
  Capped at a month's margin, if you commit to one hundred and twenty machines in year one. # speaker: you # id: fy-0136
  Claire argues for five minutes and wins eight more machines from you. # id: fy-0137
  D'accord. I will write the clause myself. # speaker: claire # mood: pleased # id: fy-0138
- {
  - trust("claire") >= DEAL_CLAIRE && trust("etienne") >= DEAL_ETIENNE:
    ~ deal = "exclusive"
    Bon. On signe. # speaker: etienne # mood: pleased # id: fy-0139
    We sign, he says: this time not "en principe". Within the hour Claire sends the signed exclusive, three years, with a date for your engineer to train the technicians. # id: fy-0140
  - trust("claire") >= TRIAL_CLAIRE:
    ~ deal = "trial"
    A one-year agreement, not exclusive. Étienne wants to see how your machines live in Lyon water first. # speaker: claire # mood: neutral # id: fy-0141
  - else:
    ~ deal = "none"
    I wanted to tell you myself. We stay with Brescia. # speaker: claire # mood: closed # id: fy-0142
}
// source: 002_4348346f83066296.txt "Because the way foreign partners work is very assertive and they often make quick decisions, it will sometimes surprise you."
The decision takes them less than a minute, after three weeks of "en principe". It surprises you more than it surprises them. # id: fy-0143
// source: 002_4348346f83066296.txt "Whether the cooperation achieves the expected results or not, you should still maintain contact and respect with your partner."
* [Send a handwritten thank-you and a case of Okanagan wine, and keep in touch by email # coach: A kind gesture, but a relationship built across a table is kept across a table. A parcel and emails keep the contact, not the relationship. # id: fy-0144]
  ~ gain("etienne", "benevolence", 3, 1.0)
  ~ gain("claire", "benevolence", 2, 1.0)
  ~ meeting("etienne", 120)
  ~ meeting("claire", 120)
  Étienne sends back a bottle of Côte-Rôtie and a card. After that, emails every few weeks, shorter each time. # place: office # location: Vancouver # date: Tuesday, day 121 # absent: etienne, claire # id: fy-0145
// source: 002_4348346f83066296.txt "Consider it a dinner or meeting to exchange, express goodwill because they took the time for this cooperation opportunity."
* [Thank them both for the time they gave, and promise dinner in Lyon on your next visit # coach: Thanking the partner for the time they gave, whatever the outcome, and keeping the contact in person leaves the door open for the next cooperation. # id: fy-0146]
  ~ meeting("etienne", 86)
  ~ meeting("claire", 86)
  ~ gain("etienne", "benevolence", 10, 1.4)
  ~ gain("etienne", "attentiveness", 6, 1.3)
  ~ gain("etienne", "coordination", 6, 1.3)
  ~ gain("claire", "benevolence", 8, 1.3)
  ~ gain("claire", "attentiveness", 6, 1.2)
  ~ gain("claire", "positivity", 6, 1.3)
  Six weeks later, dinner in a bouchon in Vieux Lyon runs until midnight. Étienne draws the pump seal on the paper tablecloth; Claire argues with him about it. # place: restaurant # location: Lyon # date: Wednesday, day 87 # id: fy-0147
// source: 002_4348346f83066296.txt "Either way, keep this contact, maybe you will cooperate with them for the next time."
* [Hand the account to customer success, who will serve them day to day, and start on Bordeaux # coach: Moving on once the decision is made tells the partner the relationship was only ever about the deal, whatever the service behind it. # id: fy-0148]
  ~ loss("etienne", "benevolence", 6, 0.6)
  ~ loss("claire", "benevolence", 3, 0.8)
  ~ meeting("etienne", 120)
  ~ meeting("claire", 120)
  Ten weeks later you email Étienne about a trade show in Paris. Claire answers for him, in two lines. # place: office # location: Vancouver # date: Tuesday, day 121 # absent: etienne, claire # id: fy-0149
- {
  - trust("etienne") >= PARTNER_TRUST && trust("claire") >= PARTNER_TRUST && rapport("etienne") >= PARTNER_RAPPORT: -> ending_partner
  - trust("etienne") >= OPEN_TRUST || trust("claire") >= OPEN_TRUST: -> ending_open
  - rapport("etienne") >= OPEN_RAPPORT || rapport("claire") >= OPEN_RAPPORT: -> ending_open
  - else: -> ending_closed
}

=== ending_partner ===
# ending: partner
# ending_title: "Oui", and this time he means it
{deal:
- "exclusive": A year on, Maison Marchal has put Cascadia machines in sixty cafés. When a café chain in Grenoble asks about your machines, Étienne calls you before anyone else. # id: fy-0150
- "trial": A year on, Étienne turns the trial into a three-year exclusive. Claire asked him to. # id: fy-0151
- else: A year on, Claire calls you first: the Brescia agreement is up for renewal, and Étienne would like to talk. # id: fy-0152
}
# learn: 002: A French "oui, en principe" may mean "I am considering". Take it warmly and keep negotiating until there is a clear decision.
# learn: 002: Research the partner's company and people. It shows respect and changes the first conversation.
# learn: 002: Language is respect: greet in theirs, bring an interpreter fluent in the technical terms, send the contract in French.
# learn: 004: Adapt to the person: figures and debate won Claire, patience and tact won Étienne.
# learn: 002: Keep the relationship after the deal with a dinner or meeting, whatever the outcome.
-> END

=== ending_open ===
# ending: open
# ending_title: A door left ajar
{deal:
- "exclusive": The exclusive runs, correctly and coolly. Étienne renews it for one year, not three. # id: fy-0153
- "trial": The one-year agreement runs well enough. Claire is cordial, and noncommittal about anything larger. # id: fy-0154
- else: Claire answers your emails, politely and briefly. The Brescia agreement has two years to run, and nobody at Maison Marchal has said "non" to you. Nobody has said "oui" again either. # id: fy-0155
}
{oui:
- "announced": Étienne has not forgotten hearing about his own agreement from his Brescia supplier. # id: fy-0156
- "pinned": Étienne has not forgotten being asked for a yes in front of his director. # id: fy-0157
}
{ oui != "confirmed":
  Some of what you did landed, which is why the door is still ajar. A partner needed more: a hard argument with figures for Claire, and for Étienne patience, his own language and time at his table. His "oui, en principe" needed more negotiation, not a verdict. # id: fy-0158
- else:
  Some of what you did landed, which is why the door is still ajar. A partner needed more: a hard argument with figures for Claire, and for Étienne patience, his own language and time at his table. # id: fy-0162
}
# learn: 002: A French "oui, en principe" means "I am considering". Take it warmly and keep negotiating to a clear decision; do not announce it or demand a yes at the table.
# learn: 002: Claire told you plainly what was wrong and expected a frank, clear answer with figures. A deferral, a discount or a company rule sounds like having no answer.
# learn: 004: Adapt to the person and be patient: Étienne needed a formal greeting, his story heard and the lunch he offered; Claire needed the argument.
# learn: 002: Arrive ten to fifteen minutes early. Even a few minutes late leaves a mark that affects trust.
# learn: 002: A dinner or meeting after the decision keeps a relationship that emails only maintain.
-> END

=== ending_closed ===
# ending: closed
# ending_title: Non, merci
{deal:
- "none": Étienne does not answer your next two emails. His technicians still train on the Brescia machines. # id: fy-0159
- else: The agreement is not renewed. Maison Marchal goes back to Brescia for every café. # id: fy-0160
}
# learn: 002: A French "oui, en principe" meant "we are considering". Announcing it, or demanding a yes at the table, turned it into "non".
# learn: 002: Claire told you plainly what was wrong. A frank, clear answer was the chance; deferring or discounting wasted it.
# learn: 002: Without an interpreter for the technical terms and a contract in French, the man who decides never fully understood you.
# learn: 002: Punctuality, a reasonable hour and a backup channel are professionalism; each lapse counts against you.
# learn: 002: Dropping the contact after the decision closes the door for any future cooperation.
-> END
