# title: On the road in Swabia
# summary: A family distributor in Heilbronn has just taken on your sensor range. Its head of sales will judge you by your preparation, your timing and your facts; its owner by whether you will still be there in ten years. Three days of visits and joint sales calls, and a review in June.
# role: You are Camila Rocha, regional sales manager for Europe at Lumitec Sensores (Campinas, Brazil), a maker of machine-vision sensors. Weber Industrietechnik in Heilbronn signed last month to sell your range in southern Germany.
# minutes: 20
# seeds: 000_ac8871b0fd25056d, 002_4348346f83066296
# pass_mark: 52
# order: 8
INCLUDE lib/rapport.ink

// Sources:
// 000_ac8871b0fd25056d.txt — "Others focus on joint business activities. German counterparts may
// like to do some sales calls together. Regardless of the activity, getting to know your contacts
// will serve you well during any challenging times!" Also from 000: consistent contacts (periodic
// visits face to face, the same people on the account: "In most of the world, relationships are
// between individuals, not companies"), and learning the cultural rules.
// 002_4348346f83066296.txt — researching the partner ("take the time to research their company,
// company culture"), professionalism and punctuality ("arrive about 10-15 minutes early",
// "even if you are only 1-2 minutes late, you will also leave a minus point"), finishing the
// agenda within the meeting time, frankness with Western partners, keeping the relationship.
//
// Beyond the seeds (named where used): Erin Meyer, The Culture Map (2014) — Germany on the direct
// end of communicating (ch. 1) and of negative feedback (ch. 2), the task-based end of trusting
// (ch. 6), the linear-time end of scheduling (ch. 8); Brazil, where Camila learned to sell, on the
// relationship-based and flexible-time ends. Hermann Simon, Hidden Champions (1996): German
// Mittelstand firms keep customers and suppliers for decades and value closeness and continuity
// over a vendor's size.
//
// Calendar: 2026. Day 0 is Tuesday 10 March; Wednesday 11 March = day 1, Thursday 12 March = day 2,
// Tuesday 9 June = day 91 (13 weeks). Campinas keeps UTC−3 all year (Brazil dropped daylight saving
// in 2019); Germany is UTC+1 until 29 March and UTC+2 after, so in June 2 p.m. in Heilbronn is
// 9 a.m. in Campinas.

// Ending thresholds, in one place (calibrated with `npm run stories -- --figures`).
CONST PARTNER_MARKUS = 60
CONST PARTNER_ANJA = 55
CONST LISTED_MARKUS = 40
CONST LISTED_ANJA = 45

// Remembered: Camila promised a week on the road with Markus every quarter (the dinner, day 2).
VAR on_the_road = false

~ cast()
-> evening_before

// Markus Köhler, 52, Vertriebsleiter (head of sales) at Weber Industrietechnik. Trained as an
// electronics technician before studying engineering in Heilbronn; twenty-four years at Weber; knows
// every customer's machine park by heart. Two days a week on the road in a grey estate car with a
// crate of demo kits in the back. He says what he thinks and expects the same; he trusts a vendor
// whose facts hold and whose meetings end on time.
// Profile, and why: trust built on competence shown (relationship orientation 0.3, Meyer ch. 6);
// respects Anja as owner but argues with her openly (power distance 0.4); his team matters, but
// credit is personal (collectivism 0.35); very direct, and sees a plain correction as a favour
// (directness 0.85, Meyer ch. 1–2); a plan is a plan (flexibility 0.2, Meyer ch. 8).
//
// Anja Weber, 57, Geschäftsführerin, third generation. Her grandfather founded Weber in 1961 in a
// workshop behind the house; she has run it for nineteen years, with 140 people. She is where "the
// Germans only care about the task" falls short: she chooses suppliers for the next twenty years,
// and what she watches is whether the same person keeps coming back (Simon, Hidden Champions).
// Profile, and why: long relationships, built slowly (relationship orientation 0.6); owner of a
// family firm, addressed as Frau Weber (power distance 0.55); her people are her family's people
// (collectivism 0.5); direct, but kinder about it than Markus (directness 0.6); punctual and
// rule-minded, but loyal to people who have been loyal to her (flexibility 0.35).
=== function cast() ===
~ counterpart("markus", "Markus Köhler", 0.3, 0.4, 0.35, 0.85, 0.2)
~ counterpart("anja", "Anja Weber", 0.6, 0.55, 0.5, 0.6, 0.35)

// ─── Meeting 1 — the first visit ────────────────────────────────────────────────────────────────
=== evening_before ===
Monday evening, the hotel by the Neckar. Your flight from Lisbon landed at four; the first meeting at Weber is tomorrow at nine. # place: lobby-night # location: Heilbronn # date: Monday 9 March # id: sc-0001
Markus Köhler, Weber's head of sales, sent an agenda last Friday: four points, 9:00 to 10:30, every point with a name beside it. # id: sc-0002
You have one free hour before you sleep. # id: sc-0003
// source: 002_4348346f83066296.txt "you should also take the time to research their company, company culture and more broadly the culture of that country"
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 6: in a task-based culture trust is
// built by doing the work well, not by sharing a meal first.
* [Invite Markus to a beer at the hotel tonight, to break the ice before the agenda # coach: In Campinas a first drink would make tomorrow easier. To a task-based partner who sent a timed agenda, an evening invitation at short notice asks for his own time before you have shown him anything. # id: sc-0004]
  ~ loss("markus", "coordination", 4, 0.8)
  ~ loss("markus", "positivity", 3, 0.8)
  You send the message at half past eight. The answer comes at nine: "Thank you, but I will be well prepared for tomorrow. See you at 9:00. M. Köhler" # id: sc-0005
* [Study Weber's customers, and which of your sensors fit their ten biggest # coach: Researching the partner's company before the first meeting is the respect a task-based partner notices first: you arrive able to talk about his customers, not only your products. # id: sc-0006]
  ~ gain("markus", "ability", 9, 1.4)
  ~ gain("markus", "coordination", 6, 1.3)
  Weber's website, two trade-press articles and the customer references on their brochure. By eleven you have a one-page table: ten customers, their machines, and which of your sensors would fit where. # id: sc-0007
* [Rehearse your company presentation, with the Spanish references, until it runs in exactly twenty minutes # coach: A rehearsed presentation is professional, but it is about you. What Markus will test tomorrow is whether you know his customers. # id: sc-0008]
  ~ loss("markus", "coordination", 4, 0.8)
  ~ loss("markus", "positivity", 3, 0.8)
  Twenty-two slides: Lumitec's story, the range, the references in São Paulo and in Spain. By eleven it runs in nineteen minutes forty. # id: sc-0009
- -> first_visit

=== first_visit ===
~ meeting("anja", 0)
Weber Industrietechnik: a three-storey building on the edge of the Böllinger Höfe industrial estate, a flag with the company logo, the smell of coffee. You are at reception at 8:46. # place: reception # location: Heilbronn # date: Tuesday 10 March # id: sc-0010
// source: 002_4348346f83066296.txt "You should schedule an appointment and arrive about 10-15 minutes early"
The receptionist calls upstairs, and Anja Weber, the owner, comes down herself. # id: sc-0011
Frau Rocha. Welcome. You are early; good. Come up for a coffee, Markus is not quite ready. # speaker: anja # mood: pleased # id: sc-0012
Her office is on the second floor. On the wall, a photograph of a workshop behind a house, 1961, and her grandfather in a grey coat in front of it. # place: office # enter: anja # id: sc-0013
She tells you about him: the first customer, a winemaker's bottling line; the second, NSU in Neckarsulm. # id: sc-0014
It is 8:58. Markus's meeting starts at nine, one floor down. # id: sc-0015
# discuss: The owner is talking and the head of sales is waiting. Whose time comes first in a Brazilian firm, and in this one? What does each choice tell Anja about you?
// source: 002_4348346f83066296.txt "Foreign partners always attach importance to punctuality, even if you are only 1-2 minutes late, you will also leave a minus point in their eyes"
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 8 "How Late Is Late?": Germany sits at
// the linear-time end of the scale, Brazil near the flexible end; in a linear-time firm the
// owner's coffee does not make Markus's agenda wait.
* [Tell her you would love to hear the rest at lunch, and go down for nine o'clock # coach: Punctuality is respect in both directions: Markus set the time, and Anja, who runs a punctual firm, will think better of you for keeping it, not worse. # id: sc-0016]
  ~ gain("markus", "coordination", 8, 1.3)
  ~ gain("anja", "integrity", 8, 1.3)
  ~ gain("anja", "positivity", 8, 1.3)
  I would love to hear about NSU at lunch, if I may. Markus said nine. # speaker: you # id: sc-0017
  Yes. He did. Go. # speaker: anja # mood: pleased # id: sc-0018
  You walk into the meeting room at 8:59. Markus looks at the clock, and nods. # id: sc-0019
* [Stay with the owner: she chose to give you her time, and Markus will surely understand why # coach: Where hierarchy and relationships come first, the owner's time outranks a sales meeting. Here the owner expects you to keep her head of sales' appointment; Markus waits twelve minutes, and notices. # id: sc-0020]
  ~ loss("markus", "coordination", 6, 0.8)
  ~ loss("anja", "integrity", 3, 0.9)
  ~ loss("anja", "positivity", 3, 0.9)
  You stay. At 9:12 Anja looks at her watch herself and walks you down. # id: sc-0021
  Sorry, Markus. My fault, I kept Frau Rocha. # speaker: anja # mood: uneasy # id: sc-0022
  Markus says it is no problem, and moves item four to "by email". # id: sc-0023
* [Ask Anja to come down and join the meeting, so that nothing is lost # coach: Inviting the owner into a meeting her head of sales prepared turns his agenda into hers. It feels inclusive; to Markus it says the agenda was negotiable. # id: sc-0024]
  ~ loss("markus", "coordination", 6, 0.8)
  ~ loss("anja", "integrity", 3, 0.9)
  ~ loss("anja", "positivity", 3, 0.9)
  Thank you, no. It is Markus's meeting. # speaker: anja # id: sc-0025
  By the time she has said so it is 9:04, and Markus is waiting at the door of the meeting room. # id: sc-0026
- -> agenda

= agenda
The meeting room: a whiteboard, a bottle of sparkling water, four printed agendas. # place: meeting-room # id: sc-0027
~ meeting("markus", 0)
Good morning. Let us start with prices. Your M40 sensor is eleven percent above the comparable Keyence model. Our customers will see that in one minute. # speaker: markus # mood: neutral # id: sc-0028
// source: 002_4348346f83066296.txt "With Western partners, when communicating, you need to focus on frankness and clarity"
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 1 and 2: Germany is low-context and
// gives negative feedback directly; a plain objection is an invitation to argue with facts.
* [Smile, say you are sure the two of you will find a way, and suggest you talk prices over lunch # coach: Softening a hard point and moving it to a warmer setting builds goodwill in Campinas. To a direct partner it reads as evasion: he asked a question with a number in it. # id: sc-0029]
  ~ loss("markus", "ability", 4, 0.8)
  ~ loss("markus", "coordination", 4, 0.8)
  I am sure we will find a way, Markus. Shall we talk prices over lunch? # speaker: you # id: sc-0030
  Lunch is with Frau Weber. Prices are item one. # speaker: markus # mood: uneasy # id: sc-0031
* [Offer him an extra eight percent distributor discount to close the gap # coach: It answers the number with a number, and you may even need it later. Given in the first minute, it tells him your list price was never meant, and that the next objection will be worth another eight percent. # id: sc-0032]
  ~ loss("markus", "ability", 4, 0.8)
  ~ loss("markus", "coordination", 4, 0.8)
  We can help with that. An extra eight percent for Weber from the first order. # speaker: you # id: sc-0033
  That was fast. Then what is your list price for? # speaker: markus # mood: uneasy # id: sc-0034
* [Agree the price is higher, and show him the five-year cost in a washdown line # coach: Agreeing plainly with a true objection, then answering it with facts, is how you argue with a direct, task-based partner: he can take the numbers to a customer. # id: sc-0035]
  ~ gain("markus", "ability", 10, 1.4)
  ~ gain("markus", "attentiveness", 6, 1.3)
  You are right, it is eleven percent more. Over five years in a washdown line it is cheaper: here are the failure rates from three food plants in São Paulo. # speaker: you # id: sc-0036
  He reads the table twice, and writes "5 J. TCO" on his agenda. # id: sc-0037
  Good. That I can use. # speaker: markus # mood: pleased # id: sc-0038
- It is 10:20. Item three, the joint sales calls for Wednesday and Thursday, is done. Item four, next steps, is left. # id: sc-0039
I have a customer call at 10:45. Ten minutes. # speaker: markus # id: sc-0040
You had planned to show him the new 3D sensor. The demo takes fifteen minutes. # id: sc-0041
// source: 002_4348346f83066296.txt "you need to ensure that the content of the work is complete and completed within the meeting time frame, limiting its length because it will delay other partners' plans"
* [Ask for fifteen more minutes: the 3D demo is what will sell on tomorrow's calls # coach: The demo may well be worth it. But asking a partner to overrun his own agenda, when he has just told you his next appointment, costs more than the demo earns. # id: sc-0042]
  ~ loss("markus", "coordination", 5, 0.8)
  ~ loss("markus", "attentiveness", 3, 0.8)
  Could we take fifteen minutes more? The 3D demo is what will sell tomorrow. # speaker: you # id: sc-0043
  He shows you the demo room himself, checks his watch twice, and leaves at 10:44. Item four goes into an email. # id: sc-0044
* [Close item four with owners and dates; show the 3D sensor in the car tomorrow # coach: Completing the agenda inside the time your partner set is the professionalism the source describes; the demo does not vanish, it moves to where there is time for it. # id: sc-0045]
  ~ gain("markus", "coordination", 9, 1.4)
  ~ gain("markus", "benevolence", 6, 1.2)
  Item four, then. Demo kits to you by Friday, price sheet in German by Monday. The 3D sensor I will show you in the car. # speaker: you # id: sc-0046
  He writes the dates beside your name on the agenda. At 10:30 the meeting is over. # id: sc-0047
  Good. Tomorrow 7:15, in front of your hotel. # speaker: markus # mood: pleased # id: sc-0048
* [Run the demo fast in the ten minutes, and send the next steps by email tonight # coach: It fits both into the time, on paper. In practice the demo runs over, and the agenda point he put a name to becomes an email he must answer: the meeting did not finish its work. # id: sc-0049]
  ~ loss("markus", "coordination", 5, 0.8)
  ~ loss("markus", "attentiveness", 3, 0.8)
  The demo takes twelve minutes. He leaves at 10:43, and asks for the next steps "today, please, in writing". # id: sc-0050
- -> calls_day_one

// ─── Meeting 2 — the first joint sales call ──────────────────────────────────────────────────────
=== calls_day_one ===
~ meeting("markus", 1)
7:15 in front of the hotel. Markus's grey estate car, a crate of demo kits in the boot, the B19 towards Schwäbisch Hall. # place: car # location: Hohenlohe # date: Wednesday 11 March # id: sc-0051
Our first customer is Bäuerle Verpackungsmaschinen. Packaging machines for dairies. Herr Dietrich is head of technical purchasing; I have known him fifteen years. How do we do the call? # speaker: markus # id: sc-0052
// source: 000_ac8871b0fd25056d.txt "Others focus on joint business activities. German counterparts may like to do some sales calls together."
// beyond the seeds: Hermann Simon, Hidden Champions (1996): the distributor's long customer
// relationships are what the maker is buying into; the call is Markus's, and you are his guest.
* [He opens and leads the call; you come in on the technical detail when he hands it to you # coach: A joint call is the shared experience a German partner values, and the customer is his: agreeing roles in advance, with him leading, shows you came to work with him, not through him. # id: sc-0053]
  ~ gain("markus", "coordination", 9, 1.4)
  ~ gain("markus", "benevolence", 7, 1.3)
  Good. I open, I ask about their new line, then I give to you. # speaker: markus # mood: pleased # id: sc-0054
  You spend the rest of the drive on the 3D sensor, the kit open on your knees. He asks eleven questions. # id: sc-0055
* [You lead the technical part from the start: Herr Dietrich should hear it from the maker # coach: The maker's voice does carry weight, and in many markets the customer expects it. Here it tells Markus that his fifteen years with Dietrich are your way in. # id: sc-0056]
  ~ loss("markus", "coordination", 5, 0.8)
  ~ loss("markus", "benevolence", 4, 0.8)
  I know the product best. I should take the technical part. # speaker: you # id: sc-0057
  As you like. It is your product. # speaker: markus # mood: closed # id: sc-0058
* [Keep it open: you will read the room, and take it from there # coach: Flexibility serves you well in a relationship-first market. To a partner who plans, "we'll see" means two people will talk at once in front of his oldest customer. # id: sc-0059]
  ~ loss("markus", "coordination", 5, 0.8)
  ~ loss("markus", "benevolence", 4, 0.8)
  Let's read the room and see how Herr Dietrich is today. # speaker: you # id: sc-0060
  He says nothing for a kilometre. # id: sc-0061
  I prefer a plan. # speaker: markus # mood: uneasy # id: sc-0062
- -> dietrich

= dietrich
Bäuerle's reception: a model of their newest cheese-packing machine in a glass case, and a visitors' book. At 8:50 you sign it. # place: reception # enter: markus # id: sc-0063
Herr Dietrich's meeting room looks onto the assembly hall. # place: meeting-room # enter: Herr Dietrich, markus # id: sc-0064
Your M40 says IP69K. Our dairies clean with caustic at eighty degrees, every shift. Has the M40 been tested with that? # speaker: Herr Dietrich # id: sc-0065
You do not know. IP69K is a test with hot water at high pressure; it says nothing about caustic. The chemical test reports, if there are any, are in Campinas. # id: sc-0066
// source: 002_4348346f83066296.txt "Western partners are always ready to express their thoughts and contributions, and express their views even when they are not satisfied."
// beyond the seeds: IP69K (ISO 20653; IPX9 in IEC 60529) tests high-pressure water jets at 80 °C;
// resistance to cleaning chemicals is a separate question of materials.
* [Tell him the M40 is rated IP69K, made for exactly this kind of hot, high-pressure cleaning # coach: It is true as far as it goes, and it keeps the call moving. But Markus knows what IP69K covers, and so will Dietrich by tomorrow: a half-answer to a direct question costs integrity with both. # id: sc-0067]
  ~ loss("markus", "integrity", 5, 0.8)
  ~ loss("markus", "ability", 3, 0.8)
  The M40 is rated IP69K. It is made for hot, high-pressure cleaning. # speaker: you # id: sc-0068
  IP69K is water, Frau Rocha. I asked about caustic. # speaker: Herr Dietrich # id: sc-0069
  Markus looks at the table. # id: sc-0070
* [Hand it to Markus: he knows their cleaning process better than you do # coach: Letting the partner answer can be good teamwork; here it hands him a question about your product that only you can answer, in front of his customer. # id: sc-0071]
  ~ loss("markus", "ability", 4, 0.8)
  ~ loss("markus", "coordination", 3, 0.8)
  Markus knows your process better than I do. Markus? # speaker: you # id: sc-0072
  It is a question for the manufacturer. # speaker: markus # mood: uneasy # id: sc-0073
* [Say you do not know, and promise him the answer by Friday noon # coach: With a direct, task-based customer and partner, "I don't know, and here is when you will know" is the professional answer. A date they can check is worth more than a claim they cannot. # id: sc-0074]
  ~ gain("markus", "integrity", 10, 1.4)
  ~ gain("markus", "coordination", 6, 1.3)
  I don't know. You will have the chemical test report by Friday noon, or a clear statement that there is none. # speaker: you # id: sc-0075
  Good. Friday noon. # speaker: Herr Dietrich # id: sc-0076
  Markus writes it down, and underlines it. # id: sc-0077
  Friday noon. I will remind you on Thursday. # speaker: markus # mood: pleased # id: sc-0078
- At 9:52 Herr Dietrich closes his folder. # id: sc-0079
If the report is good, two hundred units for the new line. At fifteen percent below your list price. # speaker: Herr Dietrich # id: sc-0080
Markus looks at you. # id: sc-0081
# discuss: Whose customer is Herr Dietrich, and whose price is it? What does a maker's answer in the room do to the distributor's standing with his oldest customer?
// source: 000_ac8871b0fd25056d.txt "when you spend time to cultivate strong bonds, many smaller conflicts and misunderstandings can be cleared up based on built-up goodwill"
// beyond the seeds: Hermann Simon, Hidden Champions (1996): the distributor's price to its
// customers is the distributor's to set; a maker who sets it over his head undercuts him.
* [Agree twelve percent on the spot: a first order from a reference customer is worth it # coach: Winning the first order in the room is a real prize. But the price Weber charges its customer is Weber's to set; agreeing it over Markus's head spends his margin, and his authority, with his oldest customer. # id: sc-0082]
  ~ loss("markus", "benevolence", 5, 0.8)
  ~ loss("markus", "coordination", 4, 0.8)
  For the first two hundred, twelve percent. # speaker: you # id: sc-0083
  Herr Dietrich looks at Markus. Markus nods, a second late. # id: sc-0084
* [Tell him you and Markus will decide together, and send him an offer in writing by Monday # coach: Answering as a team, in writing, on a date, respects the distributor's role with its own customer and the German preference for a considered, documented offer. # id: sc-0085]
  ~ gain("markus", "benevolence", 9, 1.4)
  ~ gain("markus", "coordination", 6, 1.3)
  Markus and I will look at it together. You will have our offer in writing on Monday. # speaker: you # id: sc-0086
  Monday is good. # speaker: Herr Dietrich # id: sc-0087
  In the corridor Markus stops for a moment. # id: sc-0088
  Thank you. # speaker: markus # mood: pleased # id: sc-0089
* [Hold the line politely: list price is list price, and the report will show why # coach: Standing firm on price is a fair instinct. But it is Markus's customer and Markus's price: the no should come from him, after the two of you have talked. # id: sc-0090]
  ~ loss("markus", "benevolence", 5, 0.8)
  ~ loss("markus", "coordination", 4, 0.8)
  I am afraid the list price is the price. The report will show you why. # speaker: you # id: sc-0091
  We will see. # speaker: Herr Dietrich # id: sc-0092
  Markus says nothing until the car park. # id: sc-0093
- -> drive_back

= drive_back
The B19 again, towards Heilbronn. Rain. # place: car # id: sc-0094
When I gave to you, you talked too long. Forty minutes of slides about Lumitec before Dietrich could ask his question. Next time, ten. # speaker: markus # id: sc-0095
// source: 002_4348346f83066296.txt "express their views even when they are not satisfied"
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 2: German managers give negative
// feedback plainly and expect it to be taken as information about the work, not about the person.
* [Thank him for saying so, and ask him which ten minutes of the forty he would keep # coach: Direct feedback from a German partner is a sign he is investing in the work with you. Taking it as information, and asking for more, is what he hopes for. # id: sc-0096]
  ~ gain("markus", "attentiveness", 9, 1.4)
  ~ gain("markus", "positivity", 7, 1.3)
  Thank you. Which ten minutes would you keep? # speaker: you # id: sc-0097
  The five-year cost. The dairy in São Paulo. And the part where you asked about their new line. # speaker: markus # mood: pleased # id: sc-0098
* [Laugh: in Campinas, forty minutes is a short presentation! # coach: Humour eases a hard moment in many cultures. Here it tells Markus his point did not land: he said it plainly so that you would change it, not so that you would deflect it. # id: sc-0099]
  ~ loss("markus", "attentiveness", 4, 0.8)
  ~ loss("markus", "positivity", 3, 0.8)
  In Campinas, forty minutes is a short presentation! # speaker: you # id: sc-0100
  We are not in Campinas. # speaker: markus # mood: uneasy # id: sc-0101
* [Explain why the slides were needed: a new maker has to introduce itself first # coach: The reason is real: a new maker does have to introduce itself. But defending the slides answers the criticism instead of using it, and he will not offer the next one so freely. # id: sc-0102]
  ~ loss("markus", "attentiveness", 4, 0.8)
  ~ loss("markus", "positivity", 3, 0.8)
  Dietrich had never heard of Lumitec. The company has to come first. # speaker: you # id: sc-0103
  Then ten minutes of company. Not forty. # speaker: markus # mood: uneasy # id: sc-0104
- -> calls_day_two

// ─── Meeting 3 — the second joint sales call, and dinner ─────────────────────────────────────────
=== calls_day_two ===
~ meeting("markus", 2)
Hoffmann Kunststofftechnik in Öhringen: forty injection-moulding machines in one hall, the hum of hydraulics, a smell of warm plastic. The plant manager, Frau Brenner, walks you along line seven in safety glasses. # place: factory-floor # location: Öhringen # date: Thursday 12 March # enter: Frau Brenner, markus # id: sc-0105
They need to check every cap coming off the line for flash. Markus explains the set-up to her: one M40 above the conveyor. # id: sc-0106
The M40 reads reliably up to two metres, so you can mount it out of the way, up there by the crane rail. # speaker: markus # id: sc-0107
It cannot. At two metres it reads, but not reliably; the datasheet says 1.2 metres. For two metres she would need the M40-L, at a higher price. # id: sc-0108
Frau Brenner is writing "2 m" on her clipboard. # id: sc-0109
# discuss: In Shanghai you would take this up privately. Why might the private correction cost Markus more than the public one?
// source: 002_4348346f83066296.txt "you need to focus on frankness and clarity"
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 1–2 and 7: in a direct, low-context
// culture a factual correction is not a personal attack; what costs face is the wrong figure in a
// written offer.
* [Say nothing in front of the customer, and tell Markus privately in the car afterwards # coach: Correcting a partner in private is the careful choice in many cultures. Here the wrong figure goes into Frau Brenner's notes, and Markus has to ring her tomorrow to take it back: to him the silence cost more face than the correction. # id: sc-0110]
  ~ loss("markus", "ability", 5, 0.8)
  ~ loss("markus", "coordination", 3, 0.8)
  In the car you tell him. He is silent for a moment. # id: sc-0111
  Why not in there? Now I must call her and say my own figure was wrong. # speaker: markus # mood: closed # id: sc-0112
* [Hint at it gently: "Depending on the mounting, the range can vary a little" # coach: A hint protects your partner's standing in a culture that reads between the lines. Frau Brenner and Markus both take it literally: "a little" leaves the two metres on her clipboard. # id: sc-0113]
  ~ loss("markus", "ability", 5, 0.8)
  ~ loss("markus", "coordination", 3, 0.8)
  Depending on the mounting, the range can vary a little. # speaker: you # id: sc-0114
  Of course. # speaker: Frau Brenner # id: sc-0115
  The "2 m" stays on the clipboard. # id: sc-0116
* [Correct it at once, plainly: 1.2 metres for the M40; for two metres, the M40-L # coach: With a direct partner, a plain correction of a fact in front of the customer is a favour, not a loss of face: the offer will be right, and Markus can see you care more about the customer's line than about politeness. # id: sc-0117]
  ~ gain("markus", "benevolence", 9, 1.4)
  ~ gain("markus", "attentiveness", 6, 1.3)
  Markus, one correction: the M40 is 1.2 metres. For two metres it is the M40-L. # speaker: you # id: sc-0118
  Correct. 1.2. Thank you. Frau Brenner, then we mount it lower, or we take the L. # speaker: markus # mood: pleased # id: sc-0119
  Frau Brenner crosses out "2 m" and writes "1.2 m / L?". # id: sc-0120
- -> dinner

= dinner
Thursday evening. Anja Weber has invited you and Markus to a Weinstube in the old town: wooden benches, Trollinger in glass mugs, Maultaschen. # place: restaurant # location: Heilbronn # enter: anja, markus # id: sc-0121
~ meeting("anja", 2)
Markus tells her about Öhringen. Then Anja puts her glass down. # id: sc-0122
For twenty-two years we sold a Japanese line. Their European manager changed five times. The sixth ended our contract by email. So, Frau Rocha: what should I expect from Lumitec? # speaker: anja # mood: neutral # id: sc-0123
// source: 000_ac8871b0fd25056d.txt "periodic visits to meet with the contacts face to face AND keeping the same people connected to the relationship"
// and 000_ac8871b0fd25056d.txt "Video conferencing, phone calls and emails can never take the place of building rapport in country."
// beyond the seeds: Hermann Simon, Hidden Champions (1996): Mittelstand firms value continuity
// and closeness in their business partners over size and growth plans.
* [Tell her about Lumitec's plan: a German subsidiary in three years, with its own service team # coach: Growth plans reassure many partners that you will be there. To a distributor, a subsidiary of your own in three years sounds like the day you sell around her. # id: sc-0124]
  ~ loss("anja", "benevolence", 5, 0.8)
  ~ loss("anja", "attentiveness", 5, 0.8)
  ~ loss("markus", "benevolence", 3, 0.8)
  Markus asks whether the subsidiary would sell direct. You say it has not been decided. # id: sc-0125
  I see. # speaker: anja # mood: uneasy # id: sc-0126
* [Promise only what you can keep: you, on the road with Markus one week a quarter # coach: Consistent contact means both: visits face to face and the same person on the account. A small promise you can keep, in your own name, is what she has been waiting twenty-two years to hear. # id: sc-0127]
  ~ on_the_road = true
  ~ gain("anja", "benevolence", 10, 1.4)
  ~ gain("anja", "attentiveness", 7, 1.3)
  ~ gain("anja", "integrity", 5, 1.3)
  ~ gain("markus", "coordination", 6, 1.3)
  ~ gain("markus", "positivity", 5, 1.2)
  Me. One week every quarter on the road with Markus. And when something goes wrong, you hear it from me first, by phone. # speaker: you # id: sc-0128
  One week. Every quarter. Good; that I will hold you to. # speaker: anja # mood: pleased # id: sc-0129
  She raises her glass. # id: sc-0130
* [Offer a fixed monthly video call with her and Markus, so that she always knows where things stand # coach: A regular call is reliable and efficient, and it looks like the consistency she asked for. But she asked about people, and a screen is what the Japanese line gave her too. # id: sc-0131]
  ~ loss("anja", "benevolence", 5, 0.8)
  ~ loss("anja", "attentiveness", 5, 0.8)
  ~ loss("markus", "benevolence", 3, 0.8)
  A video call, the first Monday of every month. # speaker: you # id: sc-0132
  The Japanese also had a very good video system. # speaker: anja # mood: uneasy # id: sc-0133
- -> review

// ─── Meeting 4 — the review ─────────────────────────────────────────────────────────────────────
=== review ===
~ meeting("markus", 91)
~ meeting("anja", 91)
Three months later. Weber's conference room, the blinds down, your VP Ricardo Alves on the video wall from Campinas: 2 p.m. in Heilbronn, 9 a.m. his time. # place: video-wall # location: Heilbronn # date: Tuesday 9 June # enter: anja, markus # remote: Ricardo Alves # via: video # id: sc-0134
{on_the_road:
  You flew in this morning, as in every quarter since March; tomorrow you are on the road with Markus again, three calls, one of them Bäuerle, where the first two hundred M40s are running in the new line. # id: sc-0135
- else:
  Your last visit was in March. Since then, a video call on the first Monday of every month, and the figures by email. # id: sc-0136
}
Markus presents the first quarter: fourteen accounts in the pipeline, three orders, every figure on one slide. # id: sc-0137
Then Ricardo speaks. # id: sc-0138
Head office has set the second half for Germany at forty percent above the first. Camila, please confirm that with Weber today. # speaker: Ricardo Alves # id: sc-0139
Forty percent. Based on what? # speaker: markus # id: sc-0140
// source: 002_4348346f83066296.txt "Make sure that the negotiation between you and your partner will go smoothly and confidently when you fully understand who you are negotiating with"
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 3 "Why Versus How": German audiences
// expect the reasoning before the conclusion; a target without its basis is not yet a target.
* [Say the forty percent is head office's, and ask Markus for his own forecast by account # coach: Honest about where the number comes from, and asking for the partner's reasoning account by account, you give a task-based partner a figure he can believe in, and your VP one he can defend. # id: sc-0141]
  ~ gain("markus", "attentiveness", 8, 1.4)
  ~ gain("markus", "coordination", 8, 1.3)
  ~ gain("markus", "integrity", 5, 1.3)
  ~ gain("anja", "integrity", 7, 1.4)
  ~ gain("anja", "coordination", 8, 1.4)
  The forty percent is head office's. Markus, give me your forecast account by account by Friday, and I will take it to Campinas myself. # speaker: you # id: sc-0142
  Friday. With reasons. # speaker: markus # mood: pleased # id: sc-0143
* [Back your VP: targets are set centrally, and Weber's pipeline can carry forty percent # coach: Supporting your own management in front of a partner is loyal and, in many firms, expected. To Markus the number has no basis, and you have just adopted it as yours. # id: sc-0144]
  ~ loss("markus", "integrity", 4, 0.8)
  ~ loss("markus", "coordination", 4, 0.8)
  ~ loss("anja", "integrity", 3, 0.8)
  ~ loss("anja", "coordination", 3, 0.8)
  Targets are set centrally, Markus, and your pipeline can carry it. # speaker: you # id: sc-0145
  My pipeline is fourteen accounts. I know each one. It cannot. # speaker: markus # mood: closed # id: sc-0146
* [Tell them frankly, with Ricardo listening, that you think forty percent is quite unrealistic # coach: Frankness is a virtue with German partners, and Markus may even agree. But disowning your own VP in a partner's meeting tells Frau Weber that your firm's word may not hold, and Markus still has no basis for a number. # id: sc-0147]
  ~ loss("markus", "integrity", 4, 0.8)
  ~ loss("markus", "coordination", 4, 0.8)
  ~ loss("anja", "integrity", 3, 0.8)
  ~ loss("anja", "coordination", 3, 0.8)
  Frankly, I think forty percent is unrealistic. # speaker: you # id: sc-0148
  Ricardo's picture freezes for a second. Then he says he will take it offline. # id: sc-0149
  Anja writes something down. # id: sc-0150
- -> succession

= succession
After the call Anja asks you into her office and closes the door. # place: office # id: sc-0151
Ricardo tells me you will run Spain and Portugal from September. Who will be our person? # speaker: anja # mood: neutral # id: sc-0152
// source: 000_ac8871b0fd25056d.txt "Even when Joe gets a promotion from sales manager to VP Sales, he should take an active role with accounts he cultivated. Otherwise, the rapport building starts over."
// and 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
// and 002_4348346f83066296.txt "you should still maintain contact and respect with your partner"
* [Tell her the contract guarantees continuity: whoever comes, Weber keeps the same terms and the same support # coach: To a task-based partner a contract is the continuity. To an owner who has seen six managers come and go, it says the relationship was with Lumitec all along, never with you. # id: sc-0153]
  ~ loss("anja", "benevolence", 6, 0.8)
  ~ loss("anja", "attentiveness", 4, 0.8)
  ~ loss("anja", "positivity", 3, 0.8)
  ~ loss("markus", "coordination", 3, 0.8)
  The contract stays the same whoever comes. Same terms, same support. # speaker: you # id: sc-0154
  The Japanese contract was also very good. # speaker: anja # mood: closed # id: sc-0155
* [Introduce your successor now, and plan a proper handover with a joint visit in September # coach: A clean handover, done in person, is good practice, and better than most makers manage. But it still restarts the rapport: she will be meeting the seventh manager. # id: sc-0156]
  ~ loss("anja", "benevolence", 4, 0.8)
  ~ loss("anja", "attentiveness", 3, 0.8)
  ~ loss("markus", "coordination", 3, 0.8)
  Her name is Laura Menezes. She will come with me in September, and I will introduce her to every customer. # speaker: you # id: sc-0157
  I am sure she is very good. # speaker: anja # mood: uneasy # id: sc-0158
* [Tell her you have asked to keep Weber yourself, Spain or not, and will still come every quarter # coach: Keeping the same person on the account is what carries a relationship past a promotion. It costs you a week a quarter; it tells her the promise in the Weinstube was yours, not your job title's. # id: sc-0159]
  ~ gain("anja", "benevolence", 12, 1.4)
  ~ gain("anja", "attentiveness", 9, 1.4)
  ~ gain("anja", "positivity", 8, 1.4)
  ~ gain("markus", "positivity", 6, 1.3)
  ~ gain("markus", "coordination", 5, 1.3)
  I asked Ricardo to let me keep Weber, Spain or not. I will still come every quarter. # speaker: you # id: sc-0160
  { on_the_road:
    You said that in March too. You kept it. # speaker: anja # mood: pleased # id: sc-0161
  - else:
    Then I will see you in September. # speaker: anja # mood: pleased # id: sc-0165
  }
- {
  - trust("markus") >= PARTNER_MARKUS && trust("anja") >= PARTNER_ANJA: -> ending_partner
  - trust("markus") >= LISTED_MARKUS || trust("anja") >= LISTED_ANJA: -> ending_listed
  - else: -> ending_dropped
}

=== ending_partner ===
# ending: partner
# ending_title: Weber's first line
In September Markus puts the M40 first in Weber's catalogue and on the stand at the Motek fair in Stuttgart. Anja extends the distribution contract to Austria and Switzerland, and signs it in her office, with you, not by email. # id: sc-0162
# learn: 000: German counterparts may like to do some sales calls together: the shared experience here is the work itself, done well side by side.
# learn: 002: Research the partner before the first meeting, arrive 10–15 minutes early, and finish the agenda inside the time.
# learn: 002: With a direct, task-based partner, frankness and clarity win: agree a true objection, say "I don't know" when you don't, and correct a wrong figure plainly.
# learn: 000: Keep the same person on the account, and keep visiting: to a family firm, relationships are between individuals, not companies.
-> END

=== ending_listed ===
# ending: listed
# ending_title: A line in the catalogue
{ trust("markus") >= LISTED_MARKUS:
  Weber keeps the M40 in its catalogue and sells it when a customer asks. Markus answers your emails within a day and takes you on a call when you fly in. # id: sc-0163
- else:
  Weber keeps the M40 in its catalogue and sells it when a customer asks. Markus offers it only when a customer insists; he has stopped quoting your figures without checking them first. # id: sc-0166
}
{ trust("anja") >= PARTNER_ANJA:
  Anja renews the contract for a year, and asks to meet the next manager before September. # id: sc-0167
- else:
  Anja renews the contract for a year, and quietly meets a second vision-sensor maker at the Motek fair. # id: sc-0168
}
# learn: 002: Professionalism is counted in small things: punctuality, preparation and a meeting that ends on time.
# learn: 002: Western partners say plainly when they are not satisfied; take direct feedback as information about the work, and use it.
# learn: 000: The customer belongs to the distributor: on a joint call, agree roles in advance and let your partner lead.
-> END

=== ending_dropped ===
# ending: dropped
# ending_title: The contract ends by email
By the autumn Markus stops offering the M40; his customers keep asking about caustic and two metres. In November Anja writes to Ricardo that Weber will not renew. It is a short, polite email, and she does not copy you. # id: sc-0164
# learn: 002: Even 1–2 minutes late, or a meeting that runs over, leaves a minus point with a German partner.
# learn: 002: Vague reassurance, discounts given in the first minute and half-answers to direct questions read as a lack of professionalism to a direct partner.
# learn: 000: Video calls and contracts can never take the place of visits, and a new face on the account starts the rapport over.
# learn: 000: Built-up goodwill clears small conflicts; without shared work behind you, every small conflict counts in full.
-> END
