# title: After hours in Monterrey
# summary: A family steel fabricator in Monterrey could build your cranes' girders for the next three years. Its owner builds trust over long lunches, a telenovela and a Sunday at her father's ranch; her plant manager would rather get the numbers done. Join in, but how far, and when must the work come first?
# role: You are Aino Rantanen, supplier development manager at Routa Cranes (Hyvinkää, Finland). Routa needs a fabricator in Mexico for the box girders of its new crane orders in Mexico and Texas, and Estructuras Garza in Monterrey is the candidate Espoo likes best on paper.
# minutes: 22
# seeds: 000_ac8871b0fd25056d, 004_321f206b4ac9ecaf, 002_4348346f83066296, 003_2998f7574354a4b6
# pass_mark: 48
# order: 10
INCLUDE lib/rapport.ink

// Sources:
// 000_ac8871b0fd25056d.txt — "Never Underestimate Shared Experiences": "Some prefer to build rapport
// outside of work." "Businesswomen all over Latin America often watch Mexican Telenovelas." "Others
// focus on joint business activities." "when you spend time to cultivate strong bonds, many smaller
// conflicts and misunderstandings can be cleared up based on built-up goodwill" — the conflict in
// December is that test. Also from 000: consistent contacts ("periodic visits to meet with the
// contacts face to face"; "when there is a major problem, it helps greatly to travel to the source
// of the issue") and "relationships are between individuals, not companies".
// 004_321f206b4ac9ecaf.txt — "Show that you care", "Be patient. Building trust across cultures takes
// time", "Be honest and transparent", direct versus roundabout communication.
// 002_4348346f83066296.txt — punctuality as it applies (a meeting at nine is at nine; a family
// asada "at two" is not), keeping contact and goodwill after the deal is signed.
// 003_2998f7574354a4b6.txt — "remember that there’s a person beneath the stereotype": Tomás, the
// plant manager, who would rather surface the disagreement and get the numbers done.
//
// Beyond the seeds (named where used): Erin Meyer, The Culture Map (2014) — Mexico on the
// relationship-based end of trusting (ch. 6) and the indirect end of communicating and of negative
// feedback (ch. 1–2); Finland on the task-based, low-context side, where first names are used with
// everyone. The sobremesa (the talk that stays at the table after a meal) and the usted/tú
// distinction are everyday Mexican Spanish; regiomontanos (people from Monterrey) have a national
// reputation for being work-first, punctual and thrifty — a stereotype that fits Tomás at work and
// nobody entirely.
//
// The firms, the people and the telenovela "La Otra Orilla" are invented. Places are real:
// Apodaca (the industrial municipality by Monterrey's airport), San Pedro Garza García, Santiago
// (weekend houses, quintas, at the foot of the Sierra Madre), Ramos Arizpe in Coahuila, and the
// Estadio BBVA, home of C.F. Monterrey (Rayados), whose derby with Tigres UANL is the Clásico Regio.
//
// Calendar: 2026. Day 0 is Tuesday 8 September. Day 1 Wednesday 9 September; day 24 Friday
// 2 October; day 25 Saturday 3 October; day 26 Sunday 4 October; day 50 Wednesday 28 October;
// day 56 Tuesday 3 November; day 86 Thursday 3 December; day 88 Saturday 5 December. Monterrey (and
// Ramos Arizpe, in Coahuila) keep UTC−6 all year (Mexico ended daylight saving in 2022); Finland is
// UTC+3 until 25 October and UTC+2 after, so in December 4 p.m. in Hyvinkää is 8 a.m. in Mexico.

// Ending thresholds, in one place (calibrated with `npm run stories -- --figures`).
// partners: the owner and the plant manager both trust you.
// friends: the owner still does, but the work between you was never tight (the overdone path).
// by the contract: the plant manager trusts your numbers, the owner never came to trust you (the
// declined path).
CONST PARTNER_LUCIA = 60
CONST PARTNER_TOMAS = 60
CONST FRIENDS_LUCIA = 45
CONST CONTRACT_TOMAS = 40
// In December: does the goodwill built so far carry the conflict? (Lucía's Trust when the news comes)
CONST GOODWILL_LUCIA = 45

// Remembered: Aino promised the office she would watch the telenovela (day 1).
VAR telenovela = false

~ cast()
-> reception

// Lucía Garza Treviño, 51, directora general of Estructuras Garza, 420 people in two steel halls in
// Apodaca. Her father founded it in 1979 with two welders in a rented shed; she ran its accounts for
// fifteen years and has run the firm for four, and he still introduces her as "mi hija". She decides
// what Garza commits to and to whom; she chooses customers she could call on a Sunday, and she finds
// out who they are at the table, not in the meeting room. Every morning she and the women in
// accounts and purchasing go over last night's episode of the telenovela.
// Profile, and why: trust built over time and at the table (relationship orientation 0.8, Meyer
// ch. 6); she is the directora, and "usted" until she offers "tú" (power distance 0.6); the firm's
// people are family (collectivism 0.7); she says no as "let us see it when the volumes come"
// (directness 0.35, Meyer ch. 1–2); she bends a rule for someone she trusts (flexibility 0.7).
//
// Tomás Villarreal, 37, plant manager. Mechanical engineer from the Tec de Monterrey, six years
// at an American automotive supplier in Saltillo before Lucía hired him to run the halls. He puts a
// number on every problem, raises it the day he sees it, and leaves the long lunch at three to see
// the second shift start. He is the person beneath the stereotype of the long Latin American lunch —
// and beneath the stereotype of the work-only regiomontano too: he has had a season ticket for the
// Rayados with his father since he was seven.
// Profile, and why: trusts you when your numbers and promises hold (relationship orientation 0.35);
// argues with his boss openly, in private (power distance 0.35); his crews first (collectivism 0.5);
// direct (directness 0.75); a drawing is a drawing (flexibility 0.35).
// beyond the seeds: Erin Meyer, The Culture Map (2014): a country's position on each scale is a
// norm, and people within it spread widely; Tomás's years under American management, not his
// passport, set how he argues.
=== function cast() ===
~ counterpart("lucia", "Lucía Garza", 0.8, 0.6, 0.7, 0.35, 0.7)
~ counterpart("tomas", "Tomás Villarreal", 0.35, 0.35, 0.5, 0.75, 0.35)

// ─── Meeting 1 — the first visit ────────────────────────────────────────────────────────────────
=== reception ===
~ meeting("lucia", 0)
~ meeting("tomas", 0)
Estructuras Garza, Apodaca: two long steel halls beside the airport road, a gatehouse, a row of flags for the customers in the yard. You are at reception at 8:45, your agenda in a folder: the plant, welding, capacity, price. # place: reception # location: Monterrey # date: Tuesday 8 September # id: ah-0001
// source: 002_4348346f83066296.txt "You should schedule an appointment and arrive about 10-15 minutes early"
Lucía Garza, the directora general, comes down herself. Behind her, Tomás Villarreal, the plant manager, with a laptop under his arm. # enter: lucia, tomas # id: ah-0002
Señora Rantanen, bienvenida a Monterrey. How was the flight? Is it your first time here? And you must tell me: is it true that every family in Finland has a sauna? # speaker: lucia # mood: pleased # id: ah-0003
Tomás looks at the clock above the desk. His tour is set for nine. # id: ah-0004
# discuss: Two people, two clocks: the directora's welcome and the plant manager's nine o'clock. What does a Finnish manager's instinct say here, and what does each of them hear?
// source: 004_321f206b4ac9ecaf.txt "Learn about the culture. Take the time to understand the customs and traditions of your clients. This can help you avoid unintentional offenses and build stronger relationships."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 6: in a relationship-based culture
// the personal conversation is not a prelude to the business, it is the first part of it.
* [Answer in careful Spanish, with "usted": the flight, your children, the lake sauna; then ask how the firm began # coach: She is asking to meet a person before a supplier's customer. A few true sentences about your life, a question about hers, and the formal "usted" a directora is owed in a first meeting: that is how a relationship-based partner starts to trust. # id: ah-0005]
  ~ gain("lucia", "positivity", 8, 1.3)
  ~ gain("lucia", "attentiveness", 6, 1.3)
  Lucía laughs at the sauna, and at the lake that freezes in November. Her father started the firm in 1979, she tells you, with two welders and a rented shed; she has run it for four years. # id: ah-0006
  At 9:04 Tomás clears his throat. # mood: neutral # id: ah-0007
  ¿Empezamos? # speaker: tomas # id: ah-0008
  Ándale, Tomás. The halls are his; lunch is mine. # speaker: lucia # mood: pleased # id: ah-0009
* [Keep it warm but brief, and suggest you start on time: Tomás has set his tour for nine, and the agenda is a long one # coach: Starting on time respects Tomás's plan. But Lucía asked who you are, and a short answer with one eye on the clock tells the owner of a relationship-based firm that she is the first item on your agenda. # id: ah-0010]
  ~ loss("lucia", "positivity", 5, 0.8)
  ~ loss("lucia", "coordination", 3, 0.8)
  Very kind, thank you. Shall we start? I know Tomás has planned the tour for nine. # speaker: you # id: ah-0011
  Of course. Tomás, adelante. # speaker: lucia # mood: neutral # id: ah-0012
  Tomás is already at the door. # id: ah-0013
* [Answer as you would at home, with first names and "tú": "¡Hola, Lucía! ¿Cómo estás?" # coach: First names for everyone are normal in Finland, and it feels friendly. In a first meeting with the directora general of a Monterrey family firm, "usted" is the respect she is owed; familiarity is offered, not taken. # id: ah-0014]
  ~ loss("lucia", "positivity", 5, 0.8)
  ~ loss("lucia", "coordination", 3, 0.8)
  ¡Hola, Lucía! ¿Cómo estás? Good flight, yes! # speaker: you # id: ah-0015
  Muy bien, gracias. ¿Y usted? # speaker: lucia # mood: neutral # id: ah-0016
  She keeps the "usted". Tomás looks at the floor and smiles. # id: ah-0017
- -> tour

= tour
Hall 2: two submerged-arc welding gantries, a row of box girders on trestles, and a third bay where a crane runway is half built. Tomás has a number for everything: thirty-eight girders a month, ninety-seven point six percent of welds passing ultrasonic at the first test. # place: factory-floor # enter: tomas # id: ah-0018
At the camber station he stops. # id: ah-0019
Your drawing asks for plus or minus two millimetres of camber over twenty-four metres. Nobody in Mexico holds that without heat-straightening every girder. Your competitors ask for five. Two millimetres costs you six percent on every girder. I prefer to tell you now than to hide it in the price. # speaker: tomas # id: ah-0020
# discuss: Tomás raises the disagreement before lunch, with a number in it. Is he what you expected in Monterrey? What does he need from you now?
// source: 003_2998f7574354a4b6.txt "remember that there’s a person beneath the stereotype"
// and 003_2998f7574354a4b6.txt "They try to unearth disagreements quickly in order to resolve them and move on."
* [Thank him, and suggest that anything touching the price is best settled with Lucía over lunch today # coach: In a hierarchical firm the owner does decide the price, and lunch is where she likes to talk. But Tomás raised an engineering question with a number in it; sending it up to his boss's table tells him his numbers are not the conversation. # id: ah-0021]
  ~ loss("tomas", "coordination", 5, 0.8)
  ~ loss("tomas", "attentiveness", 4, 0.8)
  Good point. Let's keep the price questions for lunch with Lucía. # speaker: you # id: ah-0022
  As you like. # speaker: tomas # mood: uneasy # id: ah-0023
  He closes the laptop. # id: ah-0024
* [Hold the line politely: plus or minus two is Routa's specification, and a qualified fabricator should meet it # coach: Defending your own specification is a purchaser's reflex, and sometimes right. Here the man who will build the girders has just told you, with numbers, what it costs; brushing it off loses the one person who surfaces problems early. # id: ah-0025]
  ~ loss("tomas", "coordination", 5, 0.8)
  ~ loss("tomas", "attentiveness", 4, 0.8)
  It is our specification. A qualified fabricator should be able to hold it. # speaker: you # id: ah-0026
  We can hold it. You will pay for it. # speaker: tomas # mood: uneasy # id: ah-0027
* [Ask for his measurements on the last ten girders, and promise Routa's answer on five by Tuesday # coach: Tomás is the engineer the textbook on long Latin American lunches leaves out: he surfaces the disagreement at once, with numbers. Answering with his data and a date is how you earn the trust of the person beneath the stereotype. # id: ah-0028]
  ~ gain("tomas", "ability", 8, 1.4)
  ~ gain("tomas", "coordination", 7, 1.3)
  Can I have your measurements on the last ten girders? I will have an answer from our engineers on five millimetres by next Tuesday. # speaker: you # id: ah-0029
  He is already sending them to your phone. # mood: pleased # id: ah-0030
  Tuesday. Good. # speaker: tomas # mood: pleased # id: ah-0031
- -> lunch

= lunch
At two Lucía drives you to lunch in San Pedro: cabrito, arrachera, frijoles charros, tortillas de harina still warm. Tomás comes, eats fast, and at a quarter past three excuses himself: the second shift is welding your sample girder, and he wants to see the first pass. # place: restaurant # location: San Pedro Garza García # enter: lucia, tomas # id: ah-0032
Con permiso. # speaker: tomas # leave: # id: ah-0033
By twenty to five the plates are gone and the coffee has come, with a dish of glorias, the milk-and-pecan sweets from Linares. Lucía has told you about her mother, her two sons at university and the flood of 2010 that put Hall 1 under a metre of water. Nobody has said the word price. # id: ah-0034
Your phone shows a message from Jari Salo, your VP in Espoo, where it is nearly midnight: "Price today?" # id: ah-0035
# discuss: In Hyvinkää a lunch ends when the food does. What is the sobremesa for, and what does Jari's message tempt you to do with it?
// source: 000_ac8871b0fd25056d.txt "Some prefer to build rapport outside of work."
// and 004_321f206b4ac9ecaf.txt "Be patient. Building trust across cultures takes time. Don’t rush the process."
// beyond the seeds: the sobremesa, the talk that stays at the table after a Mexican meal, is
// where a relationship-based host gets to know a guest; business raised there is business raised
// in her living room.
* [Use the good mood while it is just the two of you, and bring up the price now, gently # coach: The mood is good, and Jari is waiting. But raising business in the middle of the sobremesa tells her the afternoon was a means to an end, which is exactly what she was finding out. # id: ah-0036]
  ~ loss("lucia", "benevolence", 7, 0.8)
  ~ loss("lucia", "positivity", 3, 0.8)
  Lucía, while we are here: could we talk about the price? # speaker: you # id: ah-0037
  Lucía smiles, sets down her cup and asks for the bill. # mood: closed # id: ah-0038
  Tomorrow, Aino, with Tomás and his numbers. Today we were eating. # speaker: lucia # mood: closed # id: ah-0039
* [Let the afternoon go where she takes it: the flood, her sons, the glorias; the price can wait for Tomás # coach: The sobremesa is where a relationship-based partner finds out who you are. Staying in it, and leaving the price for a working session with the people who have the numbers, is patience she will remember. # id: ah-0040]
  ~ gain("lucia", "benevolence", 9, 1.4)
  ~ gain("lucia", "positivity", 7, 1.3)
  ~ gain("lucia", "attentiveness", 5, 1.3)
  How did you save the machines in 2010? # speaker: you # id: ah-0041
  She tells you: her father in the water up to his chest, the welders carrying the controllers up to the roof. At six she drives you to your hotel. # id: ah-0042
  Tomorrow at ten, the price, with Tomás. Today, no. # speaker: lucia # mood: pleased # id: ah-0043
* [Thank her warmly at half past four, and go back to the plant to watch your sample's first weld pass with Tomás # coach: Seeing the first weld is real work, and Tomás will be glad of it. But you are leaving the directora's table to do it: she hears that the sobremesa was the part of the day you could skip. # id: ah-0044]
  ~ loss("lucia", "benevolence", 7, 0.8)
  ~ loss("lucia", "positivity", 3, 0.8)
  Lucía lends you her driver. Of course, of course, she says, the work first. # mood: neutral # id: ah-0045
  In Hall 2 Tomás shows you the first pass on the flange, and nods when you ask about the preheat. # id: ah-0046
- -> office

= office
~ meeting("lucia", 1)
~ meeting("tomas", 1)
Wednesday, 9:50. The accounts and purchasing office: six desks, a coffee machine, a Virgin of Guadalupe calendar. Lucía stands by the machine with three women from her staff, all talking at once about last night's episode of "La Otra Orilla", the telenovela on Las Estrellas at half past eight. # place: office # date: Wednesday 9 September # enter: lucia # id: ah-0047
Renata has just found out that Don Aurelio is her father, and the whole office has an opinion. # id: ah-0048
Doña Chelo, who has kept Garza's books since Lucía was a girl and calls her "Lucy", turns to you. # id: ah-0049
¿Y usted, Aino? ¿Ya la vio? # speaker: Doña Chelo # id: ah-0050
Lucía laughs. # mood: pleased # id: ah-0051
Chelo, Aino has no time for telenovelas. She has cranes. # speaker: lucia # mood: pleased # id: ah-0052
// source: 000_ac8871b0fd25056d.txt "Businesswomen all over Latin America often watch Mexican Telenovelas."
* [Admit you have never seen one, ask them who Renata is, and say you will watch tonight's episode at the hotel # coach: This is the shared experience of Lucía's office, offered to you in a joke. Honest interest, a question and a promise you can keep turn a visitor into someone who is in on the story. # id: ah-0053]
  ~ telenovela = true
  ~ gain("lucia", "attentiveness", 8, 1.4)
  ~ gain("lucia", "positivity", 6, 1.3)
  Never. Who is Renata? # speaker: you # id: ah-0054
  Four women explain at once. By ten you know who Renata is, why Don Aurelio lied, and that Julián, the engineer, is not to be trusted. # id: ah-0055
  Tonight at eight thirty. Then you tell us. # speaker: Doña Chelo # id: ah-0056
  Lucía is still laughing when she opens the meeting room. # mood: pleased # id: ah-0057
* [Laugh along with Lucía, cranes indeed, and ask whether the meeting room is free for the price # coach: She gave you a polite way out, and taking it seems considerate of everyone's morning. But the way out was also a test: the office's shared story was offered to you, and you chose the agenda. # id: ah-0058]
  ~ loss("lucia", "attentiveness", 5, 0.8)
  ~ loss("lucia", "positivity", 4, 0.8)
  Cranes indeed! Is the meeting room free? # speaker: you # id: ah-0059
  The women go back to their desks. Lucía walks you down the corridor. # mood: neutral # id: ah-0060
* [Join in as the staff do: call her "Lucy", like Chelo, and tease her about which of the villains she is # coach: Joining in is right; taking the nickname a colleague of thirty years uses, and teasing the directora in front of her staff, is a familiarity that has not been offered, and in public it costs her face. # id: ah-0061]
  ~ loss("lucia", "attentiveness", 5, 0.8)
  ~ loss("lucia", "positivity", 4, 0.8)
  Come on, Lucy, which one are you? Don Aurelio? # speaker: you # id: ah-0062
  The women laugh, a little late. Chelo looks at Lucía. # mood: uneasy # id: ah-0063
  Lucía smiles, and keeps calling you Señora Rantanen for the rest of the morning. # mood: uneasy # id: ah-0064
- -> price

= price
The meeting room. Tomás has his cost breakdown on the screen: steel, welding hours, heat-straightening, inspection, freight to Texas. Garza's price is nine percent above Jari's target. # place: meeting-room # enter: lucia, tomas # id: ah-0065
We want to be your supplier for many years, Aino. The price we can look at again when the volumes come. # speaker: lucia # id: ah-0066
// source: 004_321f206b4ac9ecaf.txt "Adapt your communication style. Some cultures prefer a more indirect approach, while others value straight talk. Knowing which style fits best can make a big difference."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 2: "we can look at it again" is how a
// Mexican manager says "not today" without a no; Tomás's breakdown is the straight talk.
* [Accept her price for the first year, as a sign of trust, and leave Tomás's breakdown for when the volumes really come # coach: Accepting looks like trust. But Tomás put every cost on the screen for you to argue with, and Lucía's "when the volumes come" was an opening, not a price: a buyer who takes neither up is not one they can plan three years with. # id: ah-0067]
  ~ loss("tomas", "coordination", 5, 0.8)
  ~ loss("lucia", "coordination", 4, 0.8)
  Your price is fine for the first year, Lucía. We will see about the rest later. # speaker: you # id: ah-0068
  Tomás closes the breakdown he had prepared for an hour's argument. # mood: uneasy # id: ah-0069
  Lucía thanks you, and writes nothing down. # mood: neutral # id: ah-0070
* [Go through Tomás's breakdown line by line; agree a first-year price with the camber saving and a review at 300 girders # coach: The breakdown is Tomás's straight talk, and Lucía's "when the volumes come" is a real offer. Working through the numbers with him, and turning her promise into a date, answers both of them in their own style. # id: ah-0071]
  ~ gain("tomas", "ability", 9, 1.4)
  ~ gain("tomas", "coordination", 6, 1.3)
  ~ gain("lucia", "integrity", 6, 1.3)
  ~ gain("lucia", "coordination", 5, 1.3)
  Let's go line by line, Tomás. And let's write down when "when the volumes come" is. # speaker: you # id: ah-0072
  He argues each hour of welding. The camber saving takes six percent off; a review at three hundred girders is written in beside it. # id: ah-0073
  Three hundred girders, then. With a dinner. # speaker: lucia # mood: pleased # id: ah-0074
  Tomás emails you the minutes before you have left the building. # mood: pleased # id: ah-0075
* [Put the Saltillo quote on the table: another fabricator is at your target, so the gap must close today # coach: A competing quote is a normal lever in purchasing, and it is true. Laid on the table the morning after her sobremesa, it tells Lucía she is one of two suppliers being squeezed, not the partner she thought she was getting to know. # id: ah-0076]
  ~ loss("tomas", "coordination", 5, 0.8)
  ~ loss("lucia", "coordination", 4, 0.8)
  We have a quote from Saltillo at our target. The gap has to close today. # speaker: you # id: ah-0077
  Saltillo. I see. # speaker: lucia # mood: closed # id: ah-0078
  Lucía takes two percent off and does not mention dinner. # id: ah-0079
- Lucía walks you out to your car. # id: ah-0080
When the first girder is ready, in October, you come to my father's house in Santiago on the Sunday. He wants to meet the Finnish lady who buys our girders. # speaker: lucia # id: ah-0081
-> first_article

// ─── Meeting 2 — the first girder, the Clásico, Sunday in Santiago ─────────────────────────────
=== first_article ===
~ meeting("tomas", 24)
Three and a half weeks later. The first girder lies on trestles in Hall 2, twenty-four metres of painted steel with a Routa tag. Your engineers accepted plus or minus five; it measures plus three point one. The ultrasonic report is clean. # place: factory-floor # location: Monterrey # date: Friday 2 October # enter: tomas # id: ah-0082
Tomás signs the inspection sheet, then leans on the girder. # id: ah-0083
Tomorrow is the Clásico. Rayados against Tigres, at the BBVA. My brother cannot come; I have his ticket. But you will want to write your report, no? # speaker: tomas # mood: neutral # id: ah-0084
Jari wants the first-article report in Espoo on Monday at eight, which is one o'clock on Monday morning in Monterrey. # id: ah-0085
// source: 000_ac8871b0fd25056d.txt "Share experiences can take on many different forms depending on the cultures involved."
// and 000_ac8871b0fd25056d.txt "getting to know your contacts will serve you well during any challenging times!"
* [Thank him, but the report is due in Espoo on Monday and you want to write it properly; another time # coach: It is a real deadline, and Tomás of all people understands deadlines. But he offered his brother's seat at the game he has gone to with his father since he was seven; "another time" with a supplier's plant manager rarely comes again. # id: ah-0086]
  ~ loss("tomas", "positivity", 5, 0.8)
  ~ loss("tomas", "benevolence", 4, 0.8)
  Another time, I hope. The report has to be right. # speaker: you # id: ah-0087
  Claro. Another time. # speaker: tomas # mood: neutral # id: ah-0088
  On Saturday night you write the report in the hotel. At nine, through the window, the whole city seems to be honking. # id: ah-0089
  -> sunday
* [Accept, and suggest you go through the report's open points together on the drive to the stadium # coach: It saves an evening of work, and he does like numbers. But this is his brother's seat at the Clásico: bringing the inspection sheet into the car tells him the evening was one more meeting. # id: ah-0090]
  ~ loss("tomas", "positivity", 5, 0.8)
  ~ loss("tomas", "benevolence", 4, 0.8)
  Perfect. We can do the open points on the way. # speaker: you # id: ah-0091
  On the way to the Clásico? # speaker: tomas # mood: uneasy # id: ah-0092
  He answers every point on the drive, politely, with the radio off. # id: ah-0093
* [Accept gladly, and write the report on Sunday; the tacos after the match are on you # coach: He would rather get the numbers done at work; the Clásico is where he is someone else. Accepting his brother's seat, and keeping the work out of it, lets you meet the person beneath the plant manager. # id: ah-0094]
  ~ gain("tomas", "positivity", 8, 1.3)
  ~ gain("tomas", "benevolence", 7, 1.3)
  Yes, please. And the tacos afterwards are on me. # speaker: you # id: ah-0095
  Then you must wear this. # speaker: tomas # mood: pleased # id: ah-0096
  He finds a blue-and-white striped scarf in his desk drawer. # id: ah-0097
- -> clasico_regio

= clasico_regio
~ meeting("tomas", 25)
Saturday night at the Estadio BBVA: fifty thousand people, the Cerro de la Silla black against the sky behind the stand, the Rayados end singing before kickoff. Tigres score after twenty minutes. At half-time Tomás is quiet for the first time since you met him. # place: ballpark # location: Guadalupe, Monterrey # date: Saturday 3 October # enter: tomas # id: ah-0098
Then, looking at the pitch, not at you: # id: ah-0099
Can I tell you something? Between us. Lucía promised your volumes for January on Hall 3. Hall 3 has no crane yet; the crane maker is three months late. If it is not running by December we will be tight. She would never tell you that. # speaker: tomas # mood: uneasy # id: ah-0100
# discuss: A confidence at a football match, from the person who surfaces every problem at work. Why did he tell you here and not in the meeting room? What do you owe him, and what do you owe Routa?
// source: 000_ac8871b0fd25056d.txt "some misunderstandings never come to pass because communication lines are more open"
* [Tell him you will raise it with Lucía tomorrow in Santiago, so that it is dealt with in time # coach: Raising a capacity risk with the owner is the responsible instinct. But he told you as a friend, at the match, and you would be carrying his words to his boss at her father's table: the line he opened closes. # id: ah-0101]
  ~ loss("tomas", "benevolence", 5, 0.8)
  ~ loss("tomas", "positivity", 3, 0.8)
  I will raise it with Lucía tomorrow. Better now than in December. # speaker: you # id: ah-0102
  Please don't. # speaker: tomas # mood: closed # id: ah-0103
  Rayados equalise in the eighty-ninth minute. He cheers, but he drives you back almost in silence. # id: ah-0104
* [Thank him, keep it between you, and ask what would help get a crane into Hall 3 in time # coach: A shared experience opened a line that no meeting had. Keeping his confidence, and asking how to help instead of how to protect yourself, is the reason he will call you first in December. # id: ah-0105]
  ~ gain("tomas", "integrity", 7, 1.3)
  ~ gain("tomas", "benevolence", 8, 1.3)
  ~ gain("tomas", "attentiveness", 6, 1.3)
  Thank you for telling me. It stays with me. What would help? # speaker: you # id: ah-0106
  Honestly? A crane. You make cranes, no? # speaker: tomas # mood: pleased # id: ah-0107
  By the second half you have a plan: Routa's service crew in Querétaro can install a runway crane in Hall 3 in November, at cost. Rayados equalise in the eighty-ninth minute, and Tomás hugs a stranger, then you. # mood: pleased # id: ah-0108
* [Reassure him: if Garza is tight, Routa can always move part of the volume to Saltillo # coach: It is meant kindly: no drama, there is a backup. To him it says his firm's problem is your reason to look elsewhere, and that the volume he is fighting for can be moved with one email. # id: ah-0109]
  ~ loss("tomas", "benevolence", 5, 0.8)
  ~ loss("tomas", "positivity", 3, 0.8)
  Don't worry. If you are tight, we can always move part of it to Saltillo. # speaker: you # id: ah-0110
  Saltillo. Sure. # speaker: tomas # mood: closed # id: ah-0111
  Rayados equalise in the eighty-ninth minute. He cheers with the stand, not with you. # id: ah-0112
- -> sunday

=== sunday ===
~ meeting("lucia", 26)
Sunday in Santiago, forty minutes south of the city. Lucía said "a las dos"; Tomás warned you that at a family asada two o'clock means not before half past, and you arrive at a quarter to three, the first guest but one. # place: restaurant # location: Santiago, Nuevo León # date: Sunday 4 October # absent: tomas # id: ah-0113
// source: 002_4348346f83066296.txt "Foreign partners always attach importance to punctuality"
// beyond the seeds: the punctuality a Monterrey factory keeps for a nine o'clock meeting is not the
// punctuality of a Sunday family party in Mexico, where the hour on the invitation is the earliest
// polite arrival, not the time to be there.
The quinta: a garden under old pecan trees, the Sierra Madre behind, children in the pool, thirty people around two grills. Don Rogelio Garza, seventy-eight, is at the grill in a straw hat, with a bottle of tequila and a tray of caballitos. # id: ah-0114
¡A ver, la finlandesa! ¡Salud, por Finlandia! # speaker: don Rogelio # id: ah-0115
You drink the first one. He pours a second. "Y otro, por Routa." Lucía's brothers are watching, grinning; Lucía is at the long table with her mother. # id: ah-0116
// source: 000_ac8871b0fd25056d.txt "The Japanese like to go out drinking (the Russians as well)."
// and 004_321f206b4ac9ecaf.txt "This can help you avoid unintentional offenses and build stronger relationships."
// beyond the seeds: at a Mexican family asada nobody minds a guest who stops drinking; what is
// noticed is a guest who refuses the toast, or one who cannot stand by six.
* [Keep up with him shot for shot: the brothers are watching, and this is how you show you are one of the family # coach: Matching the host's toasts feels like the shared experience itself. But Lucía is deciding whether to trust her firm's next three years to your judgement, and she watches you lose it at her father's grill. # id: ah-0117]
  ~ loss("lucia", "positivity", 4, 0.8)
  ~ loss("lucia", "coordination", 5, 0.8)
  By the fifth caballito the brothers are cheering. By six you are sitting in the shade with a glass of water that Lucía's mother brought you, and Lucía is talking to someone else. # mood: uneasy # id: ah-0118
* [Decline the second politely: you never drink at supplier events, on principle # coach: Not drinking is perfectly accepted here. What costs you is the reason: refusing her father's toast with a rule about "supplier events" reminds thirty people at a family party that you came as the buyer. # id: ah-0119]
  ~ loss("lucia", "positivity", 4, 0.8)
  ~ loss("lucia", "coordination", 5, 0.8)
  Thank you, but I never drink at supplier events. # speaker: you # id: ah-0120
  ¿Eventos de proveedores? Es una carne asada. # speaker: don Rogelio # id: ah-0121
  He laughs, and pours the second for his son. Lucía looks across from the table. # mood: neutral # id: ah-0122
* [Toast the founder with the second, then switch to agua de jamaica and go and sit with Lucía and her mother # coach: Accepting the toast honours the host; a toast of your own returns it; water after that is not an insult at a family table. And you spend the afternoon where the decision-maker is. # id: ah-0123]
  ~ gain("lucia", "positivity", 8, 1.3)
  ~ gain("lucia", "benevolence", 7, 1.3)
  ¡Por don Rogelio, y por sus dos soldadores! # speaker: you # id: ah-0124
  The brothers cheer. Don Rogelio puts his hand on his heart. You take a glass of agua de jamaica to the long table, where Lucía's mother wants to know everything about the lake that freezes. # mood: pleased # id: ah-0125
- -> workshop

= workshop
Later, don Rogelio takes you to see his workshop behind the house: the welding set from 1979, a photograph of the rented shed, a Garza girder from a steel mill in Monclova. He puts a hand on your shoulder. # present: don Rogelio # id: ah-0126
Lucía tells me the contract is stuck. The three years, the volumes. ¡Bah! Tell me what you need, and tonight I talk to her. # speaker: don Rogelio # id: ah-0127
Through the window you can see Lucía in the garden, with her mother and a grandchild on her knee. She has been running the firm for four years. Her father still introduces her as "mi hija". # id: ah-0128
# discuss: The founder offers to fix the contract for you. Who decides at Garza, and what would taking his offer tell her?
// source: 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
* [Thank him: the contract is between Lucía and you. Then go back out and sit with her # coach: The relationship that carries the contract is with the person who decides. Declining the founder's help, warmly, and spending the rest of the day with Lucía shows her you know who runs Garza. # id: ah-0129]
  ~ gain("lucia", "benevolence", 9, 1.4)
  ~ gain("lucia", "attentiveness", 7, 1.3)
  ~ gain("lucia", "integrity", 4, 1.2)
  Thank you, don Rogelio. Lucía and I will work it out. # speaker: you # id: ah-0130
  Don Rogelio looks at you for a second, then laughs. # mood: pleased # id: ah-0131
  Eso. Like her mother. # speaker: don Rogelio # id: ah-0132
  You spend the evening at the long table. When the mosquitoes come, Lucía walks you to your car. # id: ah-0133
  In November we finish the contract. You and me. # speaker: lucia # mood: pleased # id: ah-0134
* [Take his help: tell him the three-year volume clause is the sticking point, and ask him for a word with her # coach: Using the founder's goodwill seems to be what a relationship culture is for. It presumes on a friendship one afternoon old, and goes around the person who decides: Lucía hears about it from her father that night. # id: ah-0135]
  ~ loss("lucia", "benevolence", 8, 0.8)
  ~ loss("lucia", "attentiveness", 4, 0.8)
  It is the three-year volume clause. If you could say a word to her… # speaker: you # id: ah-0136
  Déjamelo a mí. # speaker: don Rogelio # id: ah-0137
  On Monday Lucía's email is two lines long, and formal. # id: ah-0138
  I will consider the points my father raised with me. # speaker: lucia # via: email # id: ah-0139
* [Stay with him all afternoon: he is the founder, his stories are wonderful, and you ask him for nothing # coach: Listening to the founder is a gift to him, and you ask for nothing. But you spend the whole afternoon in the workshop while the person who decides, and who invited you, sits in the garden without you. # id: ah-0140]
  ~ loss("lucia", "benevolence", 8, 0.8)
  ~ loss("lucia", "attentiveness", 4, 0.8)
  He tells you about 1979, 1982 and the peso, 1995 and the peso again. It is dark when you come out. Lucía is saying goodbye to her mother. # mood: neutral # id: ah-0141
- -> draft

// ─── Meeting 3 — the contract ───────────────────────────────────────────────────────────────────
=== draft ===
Three weeks later, in Hyvinkää. The contract draft went to Garza two weeks ago, with two clauses Routa's lawyers added: a penalty of one percent of the order a day for late delivery, up to ten, and Routa's right to end the agreement on thirty days' notice. # place: office # location: Hyvinkää # date: Wednesday 28 October # absent: lucia, tomas # id: ah-0142
Lucía has not answered. Jari wants it signed before the board meets on 12 November. # id: ah-0143
{ trust("lucia") >= GOODWILL_LUCIA:
  Tomás mentioned on a call last week that the draft is on her desk, with notes in the margin. # id: ah-0144
- else:
  Paty, her assistant, has twice written that Licenciada Garza is travelling. # id: ah-0208
}
{telenovela:
  Last night was the finale of "La Otra Orilla". You watched it at six in the morning, with coffee, on the app. At seven there were eleven messages from Doña Chelo, mostly crying faces. # id: ah-0145
}
// source: 000_ac8871b0fd25056d.txt "Video conferencing, phone calls and emails can never take the place of building rapport in country."
// and 000_ac8871b0fd25056d.txt "periodic visits to meet with the contacts face to face"
* [Write Lucía a friendly reminder with the board's date, and ask for her comments by Friday # coach: A clear, courteous deadline is how a contract gets signed in Espoo. From a partner who has gone silent, though, it is a message from a buyer: the silence was her answer, and it was waiting for a person, not a date. # id: ah-0146]
  ~ loss("lucia", "coordination", 5, 0.8)
  ~ loss("lucia", "benevolence", 4, 0.8)
  ~ meeting("lucia", 56)
  ~ meeting("tomas", 56)
  Paty, her assistant, replies for her: a video call on Tuesday at nine. # place: video-call # location: Monterrey, on screen # date: Tuesday 3 November # id: ah-0147
* [Fly to Monterrey next week, and go through the draft with Lucía and Tomás at their own table # coach: A silent partner in a relationship-based firm is often waiting to be visited. Going in person, for one clause, is the consistent contact no email replaces; and it tells her the contract matters to you as much as to Espoo. # id: ah-0148]
  ~ gain("lucia", "benevolence", 8, 1.4)
  ~ gain("lucia", "coordination", 6, 1.3)
  ~ gain("tomas", "coordination", 5, 1.2)
  ~ meeting("lucia", 56)
  ~ meeting("tomas", 56)
  On Tuesday at nine you are in Lucía's office in Apodaca, with the draft and three copies. # place: office # location: Monterrey # date: Tuesday 3 November # id: ah-0149
  { telenovela:
    Doña Chelo meets you in the corridor. "Did you cry?" "At six in the morning." The whole office hears about it by ten. # id: ah-0150
  }
* [Ask Tomás, who answers within the hour, to find out quietly where the draft is stuck # coach: Going through the person who answers is efficient, and Tomás does answer. But he has to explain to his boss why he is speaking for her, and she learns that you went around her to find out what she thinks. # id: ah-0151]
  ~ loss("lucia", "coordination", 5, 0.8)
  ~ loss("lucia", "benevolence", 4, 0.8)
  ~ meeting("lucia", 56)
  ~ meeting("tomas", 56)
  Tomás answers in forty minutes: the penalty clause. The next day Paty sets a video call for Tuesday. # place: video-call # location: Monterrey, on screen # date: Tuesday 3 November # id: ah-0152
- -> clauses

= clauses
Lucía has the draft in front of her, two clauses marked in red. Tomás sits beside her. # enter: lucia, tomas # id: ah-0153
Aino, at Garza we do not sign what we cannot keep. One percent a day. And Routa may leave with thirty days' notice, while we put a crane in Hall 3 for your girders. What is this? # speaker: lucia # mood: uneasy # id: ah-0154
# discuss: The relationship is good, and the clause is bad for her. Where does friendship help with a contract, and where does it get in the way?
// source: 004_321f206b4ac9ecaf.txt "Be honest and transparent."
// and 004_321f206b4ac9ecaf.txt "Keep your promises and follow through with your commitments."
* [Tell her not to worry: it is Espoo's standard text, and between the two of you it will never be used # coach: It is kindly meant, and often true of standard clauses. But it asks her to sign what she cannot keep on the strength of your friendship, and if it is ever used, it was your word that was not true. # id: ah-0155]
  ~ loss("lucia", "integrity", 6, 0.8)
  ~ loss("tomas", "integrity", 5, 0.8)
  It is just Espoo's standard text. Between us, it will never be used. # speaker: you # id: ah-0156
  Tomás writes something on his pad. # mood: uneasy # id: ah-0157
  Between us. Bueno. # speaker: lucia # mood: neutral # id: ah-0158
* [Ask her to sign it as it stands, and promise to get both clauses softened at the first annual review next November # coach: It keeps Jari's date, and you may mean every word. But it asks her to sign what she cannot keep today on a promise about next year that is not yours to give; Tomás, who reads contracts, sees that at once. # id: ah-0159]
  ~ loss("lucia", "integrity", 6, 0.8)
  ~ loss("tomas", "integrity", 5, 0.8)
  Sign it as it is, and I will get both clauses softened at the first review. I promise. # speaker: you # id: ah-0160
  Can you promise that, for Espoo? # speaker: tomas # mood: uneasy # id: ah-0161
  Lucía initials the draft, slowly, and does not answer him. # mood: neutral # id: ah-0162
* [Say what is Espoo's and what you can move; offer a week to put a delay right, and take it to Jari yourself # coach: Honesty and transparency about what you can and cannot change, and a commitment you carry yourself, give her a contract she can keep and a person behind it. # id: ah-0163]
  ~ gain("lucia", "integrity", 9, 1.4)
  ~ gain("lucia", "coordination", 6, 1.3)
  ~ gain("tomas", "integrity", 7, 1.4)
  ~ gain("tomas", "coordination", 6, 1.3)
  The ten percent cap is Espoo's and stays. The rest I can move: a week to put a delay right before any penalty, and a review together. I take it to Jari myself. # speaker: you # id: ah-0164
  A week. With that I can sign. # speaker: lucia # mood: pleased # id: ah-0165
  Tomás asks for the cure period in writing, and gets it by noon. # id: ah-0166
- Routa and Garza sign on 12 November. Three years, about three hundred girders a year. # id: ah-0167
-> december

// ─── Meeting 4 — the conflict, and the posada ─────────────────────────────────────────────────
=== december ===
Thursday 3 December, four in the afternoon in Hyvinkää, eight in the morning in Mexico. Routa's site manager calls from a new steel service centre in Ramos Arizpe, an hour from Apodaca: three of the first eight girders are out of tolerance, camber plus nine. The erection crew is standing; it costs fifteen thousand dollars a day; the customer opens on the fifteenth. # place: office # location: Hyvinkää # date: Thursday 3 December # absent: lucia, tomas # id: ah-0168
By five you know why. Routa's engineers issued revision C of the drawing three weeks ago, with a new camber for the longer span, and sent it to Garza's general purchasing inbox, not to Tomás. Garza built three girders to revision B without checking the revision list on the order. # id: ah-0169
Jari is already on the phone. # remote: Jari Salo # id: ah-0170
Send them the non-conformance and the delay clause. That is what it is for. # speaker: Jari Salo # id: ah-0171
~ meeting("lucia", 86)
~ meeting("tomas", 86)
// The conflict itself: a small one, which the goodwill built so far absorbs (R4); without it, it
// lands in full.
~ loss("lucia", "coordination", 8, 1)
~ loss("tomas", "coordination", 8, 1)
// source: 000_ac8871b0fd25056d.txt "when you spend time to cultivate strong bonds, many smaller conflicts and misunderstandings can be cleared up based on built-up goodwill"
{
  - trust("lucia") >= GOODWILL_LUCIA:
    At twenty past five your phone rings: Lucía, at twenty past nine in the morning in Monterrey. # remote: lucia # id: ah-0172
    Aino. Tomás just told me. We will fix it; I want to know what you need, not whose fault it is. # speaker: lucia # mood: neutral # id: ah-0173
  - else:
    At twenty past five an email arrives from Garza's quality department, copied to Lucía. # id: ah-0174
    With reference to clause 9 of the agreement, we request the drawing revision under which the parts were ordered. # speaker: Garza Quality # via: email # id: ah-0175
}
# discuss: You know that part of the fault is Routa's, and Jari wants the clause. Who do you tell first, how, and from where?
// source: 004_321f206b4ac9ecaf.txt "Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
// and 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it"
* [Fly out tonight; tell them first that revision C went to the wrong inbox, Routa's part, and fix it together # coach: Owning your side before anyone asks, and travelling to the problem, is honesty and commitment at once. With the goodwill already built, it turns a claim into a repair done together. # id: ah-0176]
  ~ gain("lucia", "integrity", 9, 1.4)
  ~ gain("lucia", "benevolence", 7, 1.3)
  ~ gain("tomas", "integrity", 9, 1.4)
  ~ gain("tomas", "coordination", 6, 1.3)
  Before anything else: revision C went to your general inbox, not to Tomás. That part is ours. I land tomorrow at noon, and I come straight to the site. # speaker: you # id: ah-0177
  Then we split the work, and we talk about the money after. # speaker: lucia # mood: pleased # id: ah-0178
* [Send the non-conformance report and invoke the delay clause, as Jari asks: the contract is there for exactly this # coach: The clause was written for delays, and Jari is your boss. But it treats a partner as a counterparty in the first hour, and when Tomás finds revision C in the purchasing inbox, the claim is also untrue about whose fault it was. # id: ah-0179]
  ~ loss("lucia", "integrity", 6, 0.8)
  ~ loss("tomas", "integrity", 6, 0.8)
  You send the report at nine, with clause 9 quoted. # id: ah-0180
  On Friday Tomás finds revision C in the purchasing inbox and forwards it to you without a word. # mood: closed # id: ah-0181
* [Call Lucía as a friend: Jari wants the clause, you are on her side; could her crew quietly put it right at Garza's cost? # coach: It feels loyal, and it keeps the lawyers out. But it shares too much about your own boss, presumes on the friendship to push the cost onto her, and says nothing about revision C, which Tomás will find by Friday. # id: ah-0182]
  ~ loss("lucia", "integrity", 6, 0.8)
  ~ loss("tomas", "integrity", 6, 0.8)
  Between us, Jari wants to use the clause. I am on your side. Could your crew just fix them, quietly, on your side? # speaker: you # id: ah-0183
  {business_ask("lucia", 0.6):
    For you, yes. # speaker: lucia # mood: neutral # id: ah-0184
    On Friday Tomás finds revision C in the purchasing inbox. Lucía calls you at noon. "You knew." # mood: closed # id: ah-0185
  - else:
    Send it to me in writing, Aino. # speaker: lucia # mood: closed # id: ah-0186
    On Friday Tomás finds revision C in the purchasing inbox and forwards it to Lucía, not to you. # id: ah-0187
  }
- -> site

= site
~ meeting("tomas", 88)
~ meeting("lucia", 88)
Saturday, Ramos Arizpe. A new hall, half-roofed, and three of your girders on blocks. Tomás and two of Garza's welders have been heat-straightening since six: torch, wait, measure. The last measurement can be taken only when the steel has cooled, around seven. The customer will not let the crew lift without Routa's signature. # place: warehouse # location: Ramos Arizpe, Coahuila # date: Saturday 5 December # enter: tomas # id: ah-0188
Tonight is Garza's posada in Apodaca, an hour away: the Christmas party for four hundred workers and their families, from eight. Lucía invited you in November: "My father asks for you." # id: ah-0189
# discuss: The party is where the relationship lives; the signature is where the work is. Which has to come first tonight, and what would each counterpart say?
// source: 002_4348346f83066296.txt "Whether the cooperation achieves the expected results or not, you should still maintain contact and respect with your partner."
// and 000_ac8871b0fd25056d.txt "Others focus on joint business activities."
* [Leave the sign-off to Routa's quality engineer on video, and go to the posada from the start, to be with Lucía # coach: Being there for the party shows Lucía you care, and a video sign-off is possible. But Tomás and his welders are still on site in the cold because of your revision, and the person who should sign has gone to the party: the work came second. # id: ah-0190]
  ~ loss("tomas", "benevolence", 8, 0.8)
  ~ loss("tomas", "ability", 4, 0.8)
  ~ gain("lucia", "positivity", 4, 1.1)
  You're going? # speaker: tomas # mood: closed # id: ah-0191
  The video link to Espoo drops twice; Routa's engineer signs at eleven, from Tomás's photos. Tomás never comes to the posada, and Lucía asks you where he is. # id: ah-0192
* [Stay with Tomás and the welders until the last measurement, sign it, then drive to the posada together, late # coach: The work comes first, and you do it beside the people doing it. At a posada arriving at ten is normal; arriving together from the site tells both of them the same thing. # id: ah-0193]
  ~ gain("tomas", "benevolence", 9, 1.4)
  ~ gain("tomas", "attentiveness", 7, 1.3)
  ~ gain("lucia", "attentiveness", 7, 1.3)
  ~ gain("lucia", "coordination", 8, 1.3)
  At 7:20 the last girder measures plus four. You sign on the bonnet of Tomás's truck, and he drives. # mood: pleased # id: ah-0194
  At ten the posada is in full song: piñatas, tamales, ponche with cinnamon. Lucía sees the two of you come in still in safety boots, and comes across the yard. # place: restaurant # location: Apodaca # id: ah-0195
  Both of you. Good. Now eat. # speaker: lucia # mood: pleased # id: ah-0196
* [Stay on site and sign, then send Lucía flowers and your apologies: you fly home at six tomorrow # coach: The work is done, and the flowers are generous. But the posada is where Garza's people meet the customer their Saturday was for; a card says the relationship is something you send, not something you come to. # id: ah-0197]
  ~ gain("tomas", "ability", 4, 1.2)
  ~ loss("lucia", "positivity", 5, 0.8)
  ~ loss("lucia", "benevolence", 5, 0.8)
  At 7:20 the last girder measures plus four, and you sign. Tomás drives to the posada alone. # mood: neutral # id: ah-0198
  The flowers arrive at the party at nine. Lucía thanks you by text the next day. # id: ah-0199
- {
  - trust("lucia") >= PARTNER_LUCIA && trust("tomas") >= PARTNER_TOMAS: -> ending_partners
  - trust("lucia") >= FRIENDS_LUCIA: -> ending_friends
  - trust("tomas") >= CONTRACT_TOMAS: -> ending_contract
  - else: -> ending_lost
}

=== ending_partners ===
# ending: partners
# ending_title: Socios
The crane is erected on the fourteenth; the customer opens on the fifteenth. Routa and Garza split the rework without a lawyer, and in January revision control goes straight to Tomás, with a copy to you. # id: ah-0200
In March Lucía offers Routa the whole of Hall 3 for the next two years, before any other customer sees it. At the dinner for the three hundredth girder she calls you "tú" for the first time. Tomás has bought you a season ticket. It is next to his. # id: ah-0201
# learn: 000: Some prefer to build rapport outside of work: the sobremesa, the office's telenovela, the Clásico and a Sunday asada were where the trust in this story was made.
# learn: 000: When you spend time to cultivate strong bonds, smaller conflicts can be cleared up with built-up goodwill: the wrong girders became a repair done together, not a claim.
# learn: 003: Remember that there's a person beneath the stereotype: the plant manager who surfaces every problem at once wanted numbers at work, and his brother's seat at the match after it.
# learn: 004: Be honest and transparent: the revision that went to the wrong inbox, told first and in person, weighed more than the clause.
# learn: 002: Keep contact after the deal: the posada, reached late from the site, was part of the work.
-> END

=== ending_friends ===
# ending: friends
# ending_title: Friends at the table
{ trust("tomas") >= CONTRACT_TOMAS:
  The crane goes up on time. Lucía settles the cost of the Saturday "between friends", and you have dinner with her whenever you are in Monterrey. Tomás is civil and exact, and sends his questions to Routa's quality engineer rather than to you. # id: ah-0202
- else:
  The crane goes up on time. Lucía settles the cost of the Saturday "between friends", and you have dinner with her whenever you are in Monterrey. Tomás answers your emails in one line, and sends his questions to Routa's quality engineer. # id: ah-0209
}
The evenings are still good. But the work between Routa and Garza is loose: the revisions still go astray, the numbers are argued by email, and when Hall 3 opens in March its first customer is a German gearbox maker whose plant manager spent a week on Tomás's shop floor. # id: ah-0203
# learn: 000: Shared experiences build rapport, but relationships are between individuals: the owner at the table is one relationship, the plant manager at the workbench is another.
# learn: 003: Remember that there's a person beneath the stereotype: not everyone in Monterrey wants the long lunch; Tomás wanted numbers, dates and a buyer on site.
# learn: 000: Others focus on joint business activities: with Tomás the shared experience was the work itself, the breakdown argued line by line and the Saturday on site.
# learn: 004: Consistency is key. Keep your promises and follow through: the owner's goodwill does not cover the dates, numbers and revisions her plant manager lives by.
-> END

=== ending_contract ===
# ending: contract
# ending_title: A supplier by the contract
The girders are right by Monday; Garza sends an invoice for the rework with revision C attached, and Routa pays it. Tomás answers every email within the hour. Deliveries are on time. # id: ah-0204
Lucía is polite. In March, when Hall 3 opens, she gives its capacity to a Texan customer who came to the posada, and Routa's volumes stay where the contract put them. Nobody from Garza calls you on a Sunday. # id: ah-0205
# learn: 000: Some prefer to build rapport outside of work: declining the sobremesa, the match or the asada reads as coldness in a relationship-based firm, however good the numbers.
# learn: 000: Businesswomen all over Latin America often watch Mexican telenovelas: the office's story was an invitation, not a distraction from the agenda.
# learn: 004: Be patient. Building trust across cultures takes time; a partner who finds out who you are at the table will not decide in the meeting room.
# learn: 000: Built-up goodwill clears up small conflicts. Without it, the wrong girders were settled by clause and invoice.
-> END

=== ending_lost ===
# ending: lost
# ending_title: Clause nine
The crane goes up on the fourteenth. Then Garza's lawyer and Routa's lawyer exchange letters about revision C and the cost of the Saturday until February. # id: ah-0206
At the first review, in March, Lucía asks to end the agreement, and Hall 3 goes to a Texan customer. Jari asks you to start again in Saltillo. # id: ah-0207
# learn: 000: When you spend time to cultivate strong bonds, many smaller conflicts can be cleared up based on built-up goodwill; without goodwill, a small conflict lands in full.
# learn: 000: Relationships are between individuals, not companies: going around the person who decides, to her father or her plant manager, costs her trust.
# learn: 004: Be honest and transparent. Even if something goes wrong, address it head-on; a claim that leaves out your own part comes out by Friday.
# learn: 000: Some prefer to build rapport outside of work, and how far you go matters both ways: refusing the invitation and overdoing it both cost trust.
-> END
