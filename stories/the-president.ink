# title: The President
# summary: Two years of contract work for a Japanese manufacturer, and every request to meet its President is politely "passed along". Change how you approach the relationship — through the right people, over time — before you ask for the business.
# role: You are Allen Price, a "no nonsense" partner at Price Whitcomb LLP in Los Angeles. For two years you have drafted Hoshino Precision America's US contracts; you believe you could advise on its plans for a plant in Monterrey, Mexico.
# minutes: 20
# seeds: 001_1e469cd77422f2db, 002_4348346f83066296, 003_2998f7574354a4b6, 000_ac8871b0fd25056d
# pass_mark: 48
# order: 2
INCLUDE lib/rapport.ink

// Source for the arc of this scenario:
// 001_1e469cd77422f2db.txt — "Every time Allen tried to approach the President of the company, his
// efforts led nowhere. Everyone he spoke to was always very polite, telling him they would pass along
// his request. But after two years, his work with his client was stagnating."
// and its end: "And the last time his client’s CEO visited Los Angeles, they even went to a ball game
// together."
//
// Timeline (in-story days; day 0 is Monday 12 January; Nagoya is 16 hours ahead of Los Angeles in
// summer time, 17 in winter):
//   day 0    Mon 12 Jan    Torrance: Nakamura collects the agreements
//   day 25   Fri 6 Feb     Gardena: lunch with Nakamura
//   day 126  Mon 18 May    Nagoya: Legal, Ishida, and the evening in Sakae
//   day 317  Wed 25 Nov    Los Angeles: the injunction the night before Thanksgiving
//   day 403  Fri 19 Feb    Torrance: the plant's twenty-fifth anniversary (next year)
//   day 426  Sun 14 Mar    San Marino: the Huntington garden (only if Nakamura trusts you)
//   day 456  Tue 13 Apr    Los Angeles: the President's visit, and the Dodgers that night

// Ending thresholds, in one place (calibrated with `npm run stories`).
// A partnership needs the President — and Ishida, who would run the work from Nagoya.
CONST PARTNER_TRUST = 70
CONST PARTNER_RAPPORT = 55
CONST PARTNER_ISHIDA_TRUST = 60
// Below the partnership, the firm keeps the work unless it has lost all three people: their Trust
// and Rapport together, six meters, at least 150 — an average of 25. Mixed play (right about a third
// of the time, as a learner who always presses 1 or always picks the longest option is) keeps the
// work; only consistently bad play falls below it and is left "passing it along".
CONST ADVISER_STANDING = 150
// Nakamura himself sends the new matters only once he trusts your work.
CONST NAKAMURA_SENDS = 35
// The President asks for your views only if Ishida vouches for you.
CONST ISHIDA_VOUCHES = 50
// Nakamura opens his private life — and the evening with the President — only once he trusts you.
CONST NAKAMURA_OPENS = 60

VAR thanksgiving = false      // day 317: worked the holiday weekend with Nakamura's team
VAR ballgame = false          // day 456: the evening at Dodger Stadium
VAR unrepaired = false        // day 0: went over Nakamura's head, and never apologised

~ cast()
-> torrance

// The cast. Individuals first, culture second.
//
// Ryo Nakamura, 54, general manager for administration and legal at Hoshino Precision America in
// Torrance. Posted from Nagoya six years ago; before that, three years as the President's
// secretary. Writes everything in a black notebook with a fountain pen, grows tomatoes behind his
// house, and never says no — he says "I will pass it along". He is the gatekeeper because he is
// loyal, not because he is obstructive: whoever goes around him makes him look, in Nagoya, like a
// man who cannot manage his own outside counsel.
// Profile: trust grows from the relationship (0.75); the President's former secretary feels the
// hierarchy keenly (power distance 0.8); a company man (collectivism 0.7); the most indirect of the
// three — "I will pass it along" is his no (directness 0.2); bends rules for people he trusts (0.6).
//
// Emi Ishida, 41, manager of the Legal Department at headquarters in Nagoya. LLM from Georgetown,
// two years at a New York firm before she came home; reads every contract and every invoice the
// outside firms send, and is blunter in private than most of her American counterparts. She decides
// which firms Legal recommends upstairs. With her the textbook "be indirect, never push back" move
// loses: she expects what a US client expects — a straight answer and a discussion of trade-offs.
// Profile: trusts work first (relationship orientation 0.4); a manager who argues with her own
// general manager in private (power distance 0.45); between team and self (0.5); direct (0.75);
// a lawyer who prefers one rule for all (flexibility 0.35).
//
// Takeshi Hoshino, 66, President of Hoshino Precision, grandson of the founder. Pitched for his
// university in Tokyo's Big Six league, spent a trainee year at a supplier in Ohio in 1985, and
// judges outsiders by how they treat his people. He meets advisers introduced by people he trusts —
// nobody else — but when he asks a question, he wants the answer.
// Profile: deeply relationship-based (0.85); the founder's grandson at the top of a hierarchy (power
// distance 0.9); the company is his family (collectivism 0.65); indirect, though less so than
// Nakamura after his year in Ohio (0.35); loyal to those he knows (flexibility 0.55).
=== function cast() ===
~ counterpart("nakamura", "Ryo Nakamura", 0.75, 0.8, 0.7, 0.2, 0.6)
~ counterpart("ishida", "Emi Ishida", 0.4, 0.45, 0.5, 0.75, 0.35)
~ counterpart("hoshino", "Takeshi Hoshino", 0.85, 0.9, 0.65, 0.35, 0.55)

// ─── Meeting 1 — day 0: the old approach ─────────────────────────────────────────────────────
=== torrance ===
~ meeting("nakamura", 0)
Hoshino Precision America, Torrance. A low office behind the plant, and one framed photograph: the founder, 1951, beside his first lathe. # place: office # location: Torrance, California # date: Monday 12 January # absent: hoshino # id: tp-0001
Ryo Nakamura has come for the signed distributor agreements — the fourteenth set since you took on the account two years ago. # id: tp-0002
Thank you, Mr Price. Very clean work, as always. Our plant manager says you are faster than our last firm. # speaker: nakamura # mood: neutral # id: tp-0003
Four times you have asked to brief the President on Hoshino's plans for a plant in Monterrey. Four times the answer has been the same. # id: tp-0004
About your request. I have passed it along to Nagoya. The President has a very full spring. # speaker: nakamura # id: tp-0005
# discuss: Allen has asked four times and heard "I will pass it along" four times. What is Nakamura actually telling him — and what would you do with a fifth request?
// Two ways over his head, one consequence: either way Nagoya sends the request back to him.
// source: 001_1e469cd77422f2db.txt "Everyone he spoke to was always very polite, telling him they would pass along his request."
* [Ask Doug Mercer, Hoshino America's CEO, to raise it with Nagoya himself # coach: The American chief executive is the obvious door for an American lawyer — but going around the man who handles you tells Nagoya he cannot manage his own outside counsel. # id: tp-0006]
  ~ face_threat("nakamura", 0.6, 0.2, true, 0)
  ~ loss("nakamura", "integrity", 4, 1.2)
  Doug Mercer came to Hoshino from a Detroit supplier three years ago and plays golf with your managing partner. He says he will "make a call". # id: tp-0007
  Nine days later a courteous email from the President's office reaches Nakamura, not Mercer. It asks him to look after "the US counsel's request". # cue: Over his head # id: tp-0008
  ~ unrepaired = true
  -> lunch.cooler
// source: 001_1e469cd77422f2db.txt "He was right, but he had no idea how to move forward."
* [Ask his advice: how does the President usually come to know an adviser? # coach: Admitting you may be doing it wrong, and asking the person who knows the President, turns the gatekeeper into a guide. # id: tp-0009]
  ~ gain("nakamura", "attentiveness", 8, 1.3)
  ~ gain("nakamura", "benevolence", 6, 1.3)
  Ryo, I think I have been going about this the wrong way. How does Mr Hoshino usually come to know an outside adviser? # speaker: you # id: tp-0010
  For a moment he says nothing. Then he uncaps his pen. # id: tp-0011
  Slowly. Through people he already knows. May I think about it, and take you to lunch next month? # speaker: nakamura # mood: pleased # id: tp-0012
  -> family
// source: 001_1e469cd77422f2db.txt "He can’t seem to make the right connections within the company, with the right people, to grow his business."
* [Email the President a tight two-page memo on Monterrey, copying Nakamura # coach: A well-argued memo is how you would reach an American CEO. Here it goes over your contact's head with his own President copied — and the President still does not know you. # id: tp-0013]
  ~ face_threat("nakamura", 0.6, 0.2, true, 0)
  ~ loss("nakamura", "integrity", 4, 1.2)
  That evening you send Mr Hoshino two tight pages on Monterrey: the tax position, the labour law, the three clauses that worry you. Nakamura in copy. # id: tp-0014
  Nine days later a courteous reply arrives from the President's office. It is addressed to Nakamura, and thanks "our US counsel" for the information. # cue: Over his head # id: tp-0015
  ~ unrepaired = true
  -> lunch.cooler

= family
As he packs the agreements into his briefcase, Nakamura mentions that he flies to Nagoya in March: his father turns eighty-eight, and the family is gathering. # id: tp-0016
// Two efficient answers, one consequence: both keep the contact to paperwork.
// source: 000_ac8871b0fd25056d.txt "periodic visits to meet with the contacts face to face AND keeping the same people connected to the relationship"
* [Offer to courier the agreements from now on and spare him the drive # coach: Saving the client's time is good service at home. Here it cuts the one regular face-to-face contact you have with the man who knows the President. # id: tp-0017]
  ~ gain("nakamura", "positivity", 2, 1.0)
  ~ loss("nakamura", "attentiveness", 4, 0.9)
  Ryo, you should not have to drive over for paperwork. From now on we will courier everything to Torrance. # speaker: you # id: tp-0018
  That is very kind. # speaker: nakamura # id: tp-0019
  He writes something in his notebook, and does not say what. # id: tp-0020
// source: 001_1e469cd77422f2db.txt "Despite his best efforts Allen was thought of as a vendor, not a strategic partner."
* [Congratulate him, and check that the Nevada agreement is in the pile # coach: A quick congratulation before the paperwork is courteous — and keeps you exactly where you have been for two years: the vendor who handles the documents. # id: tp-0021]
  ~ gain("nakamura", "positivity", 2, 1.0)
  ~ loss("nakamura", "attentiveness", 4, 0.9)
  Please give him my congratulations. Is the Nevada agreement in there? It needs a second signature. # speaker: you # id: tp-0022
  It is. # speaker: nakamura # id: tp-0023
// source: 001_1e469cd77422f2db.txt "Real business doesn’t happen unless a strong relationship at a personal level has been built before hand."
// beyond the seeds: the beiju, the 88th-birthday celebration (the characters for 88 written together
// resemble 米, "rice"), is a widespread Japanese custom.
* [Ask about the celebration, and what eighty-eight means in his family # coach: Interest in the person — his father, his family — is where a personal relationship starts. In his world, business comes after it, not before. # id: tp-0024]
  ~ gain("nakamura", "attentiveness", 8, 1.3)
  ~ gain("nakamura", "positivity", 6, 1.3)
  ~ gain("nakamura", "benevolence", 4, 1.2)
  Eighty-eight — is that a special birthday in Japan? # speaker: you # id: tp-0025
  Beiju. Written down, eighty-eight looks like the character for rice. My sisters have ordered him a gold cushion. He will refuse to sit on it. # speaker: nakamura # mood: pleased # id: tp-0026
  The next week a card arrives at Nakamura's desk for his father, with a note in your own handwriting. # id: tp-0027
- -> lunch

// ─── Meeting 2 — day 25: learning how decisions are made ─────────────────────────────────────
=== lunch ===
~ meeting("nakamura", 25)
A set-lunch place in Gardena that Nakamura chose. He orders for you both, then apologises for not asking. # place: restaurant # location: Gardena, California # date: Friday 6 February # enter: nakamura # id: tp-0028
He asks after your firm, your family, your drive from Pasadena. For twenty minutes, nobody mentions a contract. # id: tp-0029
-> tea

// Only after going over his head: the same lunch, cooler.
= cooler
~ meeting("nakamura", 25)
Two weeks later Nakamura asks you to lunch all the same, at a set-lunch place in Gardena. He is exactly as polite as before. He says a little less. # place: restaurant # location: Gardena, California # date: Friday 6 February # enter: nakamura # id: tp-0030
// source: 001_1e469cd77422f2db.txt "Power distance, the distance a boss and an employee are separated by culture, is tremendously important in Japan."
* [Explain that you only meant to save everyone some time # coach: Justifying the shortcut tells him you still do not see what it cost him in Nagoya. The damage stays. # id: tp-0031]
  ~ loss("nakamura", "benevolence", 4, 1.2)
  ~ loss("nakamura", "attentiveness", 4, 1.2)
  I only meant to save everyone some time, Ryo. Nothing more. # speaker: you # id: tp-0032
  Of course. # speaker: nakamura # mood: closed # id: tp-0033
// source: 001_1e469cd77422f2db.txt "Power distance, the distance a boss and an employee are separated by culture, is tremendously important in Japan."
* [Apologise to him, in person, for the position you put him in # coach: An apology for the position you put him in repairs part of the damage, and shows him you finally see the hierarchy he works in. # id: tp-0034]
  ~ apology("nakamura")
  ~ gain("nakamura", "attentiveness", 4, 1.2)
  ~ unrepaired = false
  Ryo, going around you put you in an awkward position with Nagoya. That was my mistake. I am sorry. # speaker: you # id: tp-0035
  He inclines his head. # id: tp-0036
  Thank you. It is understood. # speaker: nakamura # mood: uneasy # id: tp-0037
- -> tea

= tea
When the tea comes, he waits for you. # id: tp-0038
// source: 001_1e469cd77422f2db.txt "It turns out he is being treating his Japanese client the same way he treats his Western clients."
* [Ask how Hoshino chooses its advisers — and what you are not seeing # coach: An open question, asked to learn rather than to get something, is how you find out how decisions are really made and who makes them. # id: tp-0039]
  ~ gain("nakamura", "coordination", 8, 1.3)
  ~ gain("nakamura", "benevolence", 6, 1.3)
  ~ gain("nakamura", "integrity", 4, 1.2)
  Ryo, help me understand. How does Hoshino choose the people it takes advice from? What am I not seeing? # speaker: you # id: tp-0040
  He puts his cup down carefully. # id: tp-0041
  -> right_people
// Two business requests, one consequence: each asks him to spend his credit in Nagoya on you.
// source: 001_1e469cd77422f2db.txt "Although he knew he could bring a lot more value to his client, those decisions were made at a high level."
* [Ask him to get you thirty minutes with the President on his next US trip # coach: A business request to someone who does not yet feel he knows you is refused — politely — and the refusal is one more awkward moment for him. # id: tp-0042]
  { business_ask("nakamura", 0.5):
    I can mention it to his office. Please do not expect very much. # speaker: nakamura # id: tp-0043
  - else:
    He looks at his tea for a long moment. # mood: uneasy # id: tp-0044
    I will pass it along. # speaker: nakamura # id: tp-0045
  }
  ~ loss("nakamura", "coordination", 4, 0.8)
  -> vendor_route
// source: 001_1e469cd77422f2db.txt "This is completely foreign to many Westerners, where having a good product and a good price is good enough."
* [Hand him your fixed-fee brochure on Mexico work to send up to Nagoya # coach: A good product at a good price is the Western pitch. Here it confirms what they already think — that you are a vendor — and asks him to carry your sales material upstairs. # id: tp-0046]
  { business_ask("nakamura", 0.5):
    Thank you. I will send it to Nagoya. # speaker: nakamura # id: tp-0047
  - else:
    Thank you. I will pass it along. # speaker: nakamura # mood: uneasy # id: tp-0048
  }
  ~ loss("nakamura", "coordination", 4, 0.8)
  He puts the brochure in his briefcase, beside the agreements. # id: tp-0049
  -> vendor_route

= right_people
May I be honest? In Nagoya, your firm is "the contract lawyer". A good one. But the contract lawyer does not advise the President. # speaker: nakamura # id: tp-0050
The President meets people who are introduced by those he trusts. On legal matters, that is Ishida-san, who manages our Legal Department in Nagoya. # speaker: nakamura # id: tp-0051
And — a little — me. I was his secretary for three years. # speaker: nakamura # id: tp-0052
I go to Nagoya in May for the planning week. Ishida-san will be there. # speaker: nakamura # id: tp-0053
# discuss: Nakamura has just told Allen who the right people are. Why would he say this now, after two years — and not before?
// Two ways of approaching Ishida with paper, one consequence.
// source: 001_1e469cd77422f2db.txt "Despite his best efforts Allen was thought of as a vendor, not a strategic partner."
* [Ask him to send Ishida your capabilities deck, and propose a video call # coach: The right person, approached the vendor's way: a deck and a call ask her for her time before you have given her any reason to spend it. # id: tp-0054]
  ~ gain("nakamura", "coordination", 2, 1.0)
  ~ loss("ishida", "coordination", 4, 1.0)
  Could you send her our deck and suggest a video call? Thirty minutes would do. # speaker: you # id: tp-0055
  Of course. # speaker: nakamura # id: tp-0056
  -> vendor_route.invited
// source: 001_1e469cd77422f2db.txt "His new strategy had to be appropriate within Japanese business culture and it had to focus first on taking the time to build that relationship."
// source: 000_ac8871b0fd25056d.txt "Video conferencing, phone calls and emails can never take the place of building rapport in country."
* [Offer to meet her in Nagoya in May, at your cost, with nothing to sell # coach: Going through the right person, in person, at your own expense and without an agenda, is the investment that signals a partner rather than a vendor. # id: tp-0057]
  ~ gain("nakamura", "coordination", 8, 1.3)
  ~ gain("nakamura", "benevolence", 6, 1.3)
  ~ gain("ishida", "integrity", 4, 1.2)
  Would you introduce me to Ishida-san in May? I will come to Nagoya — my own cost, her schedule. I have nothing to sell her. I would like to understand what Legal worries about. # speaker: you # id: tp-0058
  He writes in his notebook for a long time. # id: tp-0059
  I will ask her. I think she will say yes. # speaker: nakamura # mood: pleased # id: tp-0060
  -> nagoya
// source: 001_1e469cd77422f2db.txt "This is completely foreign to many Westerners, where having a good product and a good price is good enough."
* [Ask him to take your Monterrey memo to her when he goes in May # coach: A memo for her to read before she has met you asks for her time the vendor's way — and puts your contact in the role of courier. # id: tp-0061]
  ~ gain("nakamura", "coordination", 2, 1.0)
  ~ loss("ishida", "coordination", 4, 1.0)
  Would you take her my memo on Monterrey? Four pages. She can call me with questions. # speaker: you # id: tp-0062
  Of course. # speaker: nakamura # id: tp-0063
  -> vendor_route.invited

= vendor_route
Nakamura talks about his tomatoes, and the drought, and the Dodgers' bullpen. When the bill comes, he has already paid it. # id: tp-0064
Ishida-san, who manages our Legal Department in Nagoya, may be able to see you in May. I will send her your materials. # speaker: nakamura # id: tp-0065
- (invited) Three weeks later, Ishida's assistant writes: Ishida-san will be glad to receive you in Nagoya in May, "if you are in Japan". You book the flight. # id: tp-0066
-> nagoya

// ─── Meeting 3 — day 126: Nagoya, the right people ───────────────────────────────────────────
=== nagoya ===
~ meeting("nakamura", 126)
~ meeting("ishida", 126)
Hoshino Precision headquarters, Nagoya. A meeting room on the sixth floor with a view of the castle keep and a table long enough for twenty. # place: meeting-room # location: Nagoya # date: Monday 18 May # absent: hoshino # id: tp-0067
Mr Kato, the general manager of Legal, sits at the centre and says almost nothing. Emi Ishida, beside him, does most of the talking. Nakamura, in Nagoya for the planning week, sits at the end of the table with his notebook. # id: tp-0068
Mr Price. I have read every agreement your firm has sent us. Your indemnity clauses are very good. Your invoices are very long. # speaker: ishida # mood: neutral # id: tp-0069
// Two ways of not answering her, one consequence.
// source: 003_2998f7574354a4b6.txt "When we don’t know a culture, we adopt the shorthand of stereotypes"
// beyond the seeds: that indirectness is the default in Japanese business but not in every Japanese
// professional — Erin Meyer, The Culture Map (2014), ch. 2, on individuals who sit away from their
// culture's place on the communicating scale.
* [Thank her for the feedback, and promise to look into it carefully # coach: The polite, non-committal answer is what a briefing on Japan would suggest. She asked plainly, as a lawyer trained in Washington and New York; to her it is a non-answer. # id: tp-0070]
  ~ loss("ishida", "coordination", 5, 0.7)
  ~ loss("ishida", "integrity", 3, 0.9)
  Thank you for telling me, Ishida-san. We will look into it carefully. # speaker: you # id: tp-0071
  Please do. # speaker: ishida # mood: closed # id: tp-0072
// source: 003_2998f7574354a4b6.txt "They value consistency—one rule for all—over flexibility."
* [Explain that every hour is recorded in six-minute units, as at any US firm # coach: Accurate and defensible — and it answers her concern with your rules instead of her problem. # id: tp-0073]
  ~ loss("ishida", "coordination", 5, 0.7)
  ~ loss("ishida", "integrity", 3, 0.9)
  Every hour is recorded in six-minute units and itemised, as at every US firm. Nothing on those invoices is padded. # speaker: you # id: tp-0074
  I did not say padded. I said long. # speaker: ishida # mood: uneasy # id: tp-0075
// source: 003_2998f7574354a4b6.txt "The American expects pushback or at least a discussion of tradeoffs."
* [Agree, and put numbers on it: a fixed monthly fee and a named team # coach: She asked directly and got a direct answer, with the trade-offs on the table — the discussion she expected and almost never gets from outside counsel. # id: tp-0076]
  ~ gain("ishida", "ability", 8, 1.4)
  ~ gain("ishida", "coordination", 8, 1.4)
  ~ gain("ishida", "integrity", 6, 1.3)
  You are right. About a third of those hours are new associates learning your plants. A fixed monthly fee for the routine work, the same two lawyers every time, and you see every hour of everything else. # speaker: you # id: tp-0077
  Send me the numbers tomorrow. # speaker: ishida # id: tp-0078
  For the first time, she smiles. Mr Kato writes something down. # id: tp-0079
- You have the rest of the hour. # id: tp-0080
// source: 001_1e469cd77422f2db.txt "Although he knew he could bring a lot more value to his client, those decisions were made at a high level."
* [Show what their US contracts leave exposed in Mexico; ask what worries them # coach: Giving real value first, tailored to their business and free of charge, shows what you could bring — and asking about their worries makes it their agenda, not yours. # id: tp-0081]
  ~ gain("ishida", "ability", 10, 1.3)
  ~ gain("ishida", "attentiveness", 8, 1.3)
  ~ gain("nakamura", "ability", 6, 1.2)
  ~ gain("nakamura", "positivity", 4, 1.2)
  ~ gain("hoshino", "ability", 4, 1.1)
  You walk them through three clauses in their own US distributor agreements that would not survive the move of production to Monterrey. No fees. # id: tp-0082
  Then you ask what keeps them up at night. Ishida talks for twenty minutes. Mr Kato takes notes. # id: tp-0083
  Afterwards, in the lift, she asks it straight out: why do you want to meet the President? You tell her the truth — you could help on Monterrey, and for two years you have gone about it the American way. # id: tp-0084
  Good. Everyone else says they only want to pay their respects. The plant in Torrance turns twenty-five next February; he will be there. Let Nakamura-san introduce you. And do not bring a deck. # speaker: ishida # mood: pleased # id: tp-0085
// source: 001_1e469cd77422f2db.txt "This is completely foreign to many Westerners, where having a good product and a good price is good enough."
* [Present your cross-border practice, with a fixed-fee offer for the Monterrey work # coach: A pitch on the first visit asks for business the relationship cannot yet carry — and spends their hour on you, not on them. # id: tp-0086]
  ~ gain("ishida", "ability", 3, 1.0)
  ~ loss("ishida", "attentiveness", 5, 1.0)
  { business_ask("ishida", 0.7):
    Ishida thanks you, and says she will study the fee offer with Mr Kato. # id: tp-0087
  - else:
    Ishida thanks you for the proposal. Mr Kato looks at the clock. # mood: closed # id: tp-0088
  }
  Fourteen slides later, the hour is over. # id: tp-0089
- -> evening

= evening
That night Nakamura's old colleagues take you to an izakaya near Sakae station. Ishida comes; the President's chief of staff joins for the second hour. # place: restaurant # location: Nagoya # id: tp-0090
At nine your associate's draft reply brief lands: due in Los Angeles tomorrow at 5 pm — nine on Wednesday morning here. She wants your comments before her Monday ends. # id: tp-0091
// source: 000_ac8871b0fd25056d.txt "The Japanese like to go out drinking"
// source: 001_1e469cd77422f2db.txt "it had to focus first on taking the time to build that relationship"
* [Stay to the last train, and read the brief at six: still Monday in LA # coach: Time together with no agenda is the investment, and the time difference lets you do both. In a relationship-based culture the evening is the work, not a break from it. # id: tp-0092]
  ~ gain("nakamura", "positivity", 8, 1.3)
  ~ gain("nakamura", "attentiveness", 6, 1.3)
  ~ gain("nakamura", "benevolence", 6, 1.3)
  ~ gain("ishida", "positivity", 8, 1.2)
  ~ gain("ishida", "attentiveness", 6, 1.2)
  ~ gain("ishida", "benevolence", 6, 1.2)
  ~ gain("hoshino", "benevolence", 4, 1.1)
  You stay until the last train. The chief of staff tells a long story about the President's trainee year in Ohio. Nakamura laughs harder than you have ever seen him laugh. # id: tp-0093
  Ishida teaches you the word for the second bottle, and refuses to tell you what it means. # id: tp-0094
  At six you read the brief in your hotel room. Your comments reach Los Angeles at two in the afternoon, with a day to spare. # id: tp-0095
// Two ways of leaving the evening, one consequence.
// source: 001_1e469cd77422f2db.txt "It turns out he is being treating his Japanese client the same way he treats his Western clients."
* [Leave after the first hour to give the brief the attention it deserves # coach: A brief due in court is a real duty. But leaving the shared evening for another client, when the clock allowed both, tells the people who arranged it where they rank. # id: tp-0096]
  ~ loss("nakamura", "positivity", 5, 0.8)
  ~ loss("ishida", "positivity", 4, 0.9)
  You thank everyone, explain about the filing, and leave before the chief of staff arrives. Nakamura walks you to the door and bows a little longer than usual. # id: tp-0097
// source: 001_1e469cd77422f2db.txt "Real business doesn’t happen unless a strong relationship at a personal level has been built before hand."
* [Stay, and use the hour with the chief of staff to raise Monterrey # coach: The President's chief of staff at the same table looks like the opening you have waited two years for. Business at the drinks turns the evening back into a sales call, in front of everyone. # id: tp-0098]
  ~ loss("nakamura", "positivity", 5, 0.8)
  ~ loss("ishida", "positivity", 4, 0.9)
  Between the grilled chicken and the rice, you mention Monterrey to the chief of staff. He listens politely. Nakamura refills everyone's glass, twice, and changes the subject. # id: tp-0099
- -> the_motion

// ─── Meeting 4 — day 317: the crisis ─────────────────────────────────────────────────────────
=== the_motion ===
~ meeting("nakamura", 317)
~ meeting("ishida", 317)
The Wednesday before Thanksgiving. Six in the evening, and Nakamura is on the phone. # place: office # location: Los Angeles # date: Wednesday 25 November # remote: nakamura # id: tp-0100
A distributor Hoshino terminated last month has asked the Superior Court to block the appointment of its replacement. The hearing is Monday at 8.30. # id: tp-0101
If the order is granted, deliveries to Hoshino's largest automotive customer stop. # id: tp-0102
Your family is driving to Sacramento tomorrow morning. # id: tp-0103
// Two kinds of competent help at a distance, one consequence.
// source: 000_ac8871b0fd25056d.txt "And when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it."
* [Recommend the best injunction boutique in Orange County, and brief them tonight # coach: Sending the client to a specialist is sound, honest advice at home. Here it hands his emergency to strangers just when he needs the person he knows. # id: tp-0104]
  ~ gain("nakamura", "ability", 4, 1.0)
  ~ loss("nakamura", "coordination", 5, 0.8)
  The boutique is excellent, and expensive. Nakamura spends Thanksgiving with two strangers from Irvine. # id: tp-0105
// source: 001_1e469cd77422f2db.txt "where having a good product and a good price is good enough"
* [Put your best associate on it and review her drafts by email from Sacramento # coach: Competent help at a distance solves the problem. It does not build the relationship: the client sees a well-run vendor. # id: tp-0106]
  ~ gain("nakamura", "ability", 4, 1.0)
  ~ loss("nakamura", "coordination", 5, 0.8)
  Your associate is excellent. You will review her drafts between courses. # id: tp-0107
// source: 000_ac8871b0fd25056d.txt "It shows great commitment to the partners, clients and suppliers involved."
* [Cancel the trip; work the weekend in Torrance and argue it yourself # coach: Showing up, in person and at a real cost to yourself, when the client is in trouble proves competence and care at once — and it is remembered high up. # id: tp-0108]
  ~ thanksgiving = true
  ~ gain("nakamura", "benevolence", 10, 1.4)
  ~ gain("nakamura", "coordination", 10, 1.4)
  ~ gain("nakamura", "ability", 8, 1.3)
  ~ gain("nakamura", "integrity", 6, 1.3)
  ~ gain("hoshino", "ability", 8, 1.2)
  You will spend Thanksgiving in Hoshino's conference room with Nakamura, two of his staff and a tray of supermarket sushi. # id: tp-0109
- At eleven that night an email arrives from Ishida in Nagoya, where it is already Thursday afternoon: she wants to follow the case day by day. # leave: nakamura # id: tp-0110
// source: 002_4348346f83066296.txt "To ensure work efficiency and show civility and respect, you need to choose a reasonable time to exchange."
// source: 002_4348346f83066296.txt "If a problem arises that prevents either party from creating an online meeting, you need to have a proactive backup plan."
* [Set a daily call at 4 pm here, 9 am in Nagoya, and send a summary each night # coach: A call at a civil hour for both sides, with a written backup when the call cannot carry everything, keeps her in the case without costing her the night. # id: tp-0111]
  ~ gain("ishida", "coordination", 10, 1.4)
  ~ gain("ishida", "attentiveness", 8, 1.3)
  ~ gain("ishida", "benevolence", 8, 1.3)
  Every afternoon at four her camera comes on at her desk in Nagoya, coffee in hand. Every night your summary is in her inbox before she wakes. # place: video-call # present: ishida # id: tp-0112
  On Saturday morning, her time, she finds the gap in the distributor's notice period in your Friday summary. # id: tp-0113
// Two ways of getting the hour wrong, one consequence.
// source: 002_4348346f83066296.txt "Geographical distance and time zone difference are inevitable difficulties when working with foreign partners."
* [Spare her the nights: a California motion needs no one from Nagoya # coach: It sounds considerate. To the lawyer who answers for the case in Nagoya, it reads as being shut out of her own company's emergency. # id: tp-0114]
  ~ loss("ishida", "coordination", 5, 0.7)
  ~ loss("ishida", "attentiveness", 3, 0.8)
  You write that there is no need for her to lose sleep; you will report when it is over. She replies with one line: "Please copy me on everything." # id: tp-0115
// source: 002_4348346f83066296.txt "To ensure work efficiency and show civility and respect, you need to choose a reasonable time to exchange."
* [Ask her to join the team's working sessions at 10 am — 3 am in Nagoya # coach: Including her is right; asking her to live on Los Angeles time for four nights, when a civil hour existed, is not. # id: tp-0116]
  ~ loss("ishida", "coordination", 5, 0.7)
  ~ loss("ishida", "attentiveness", 3, 0.8)
  She joins every session at three in the morning, camera off, and says very little. # place: video-call # present: ishida # id: tp-0117
-
{ thanksgiving:
  On Monday you argue the motion yourself, and the judge denies the order. # id: tp-0118
- else:
  On Monday the judge denies the order. # id: tp-0206
}
{ thanksgiving:
  Ishida reports the ruling to the management meeting in Nagoya: Nakamura's team found the distributor's emails, she says, and the firm's partner argued the motion himself on a holiday weekend. # id: tp-0119
- else:
  Ishida reports the ruling to the management meeting in Nagoya. Her report is two lines long. # id: tp-0120
}
-> anniversary

// ─── Meeting 5 — day 403: the first meeting with the President ───────────────────────────────
=== anniversary ===
~ meeting("hoshino", 403)
~ meeting("nakamura", 403)
~ meeting("ishida", 403)
Twenty-five years of Hoshino Precision America. A hotel ballroom in Torrance, two hundred employees and their families, and a long table at the front. # place: banquet # location: Torrance, California # date: Friday 19 February, the next year # id: tp-0121
The invitation came from Nakamura, in a heavy cream envelope, with a handwritten line: "The President will attend." Ishida has flown in with him. # id: tp-0122
President Hoshino gives a short speech in English, thanks the plant's longest-serving machinist by name, and sits down to applause. # enter: hoshino, ishida # id: tp-0123
# discuss: Allen is finally in the same room as the President. What does he have to gain by walking over — and what does he have to lose?
// source: 001_1e469cd77422f2db.txt "Every time Allen tried to approach the President of the company, his efforts led nowhere."
* [Catch him between tables with your card, and mention Monterrey # coach: After two years, here he is — but approaching the President uninvited, in public, with business, skips the people ready to introduce you and puts him on the spot. # id: tp-0124]
  ~ face_threat("hoshino", 0.5, 0, true, 0.2)
  ~ business_ask("hoshino", 0.6)
  ~ loss("nakamura", "coordination", 5, 0.7)
  Mr Hoshino — Allen Price, Price Whitcomb. We have handled your US contracts for two years. I would very much like to talk about Monterrey. # speaker: you # id: tp-0125
  He takes your card with both hands, reads it and smiles. # id: tp-0126
  Thank you. Please talk with Nakamura. # speaker: hoshino # mood: closed # id: tp-0127
  Across the room, Nakamura has stopped eating. # id: tp-0128
// source: 002_4348346f83066296.txt "As for Japanese partners, you should focus on the culture of behavior through formal bows, how to give business cards, etc."
// beyond the seeds: the detail of the exchange (both hands, the card read and kept in view, the
// bow returned slightly lower to a senior man) — Boye Lafayette De Mente, Japanese Etiquette &
// Ethics in Business, on meishi.
* [Wait for Nakamura's introduction; take his card in both hands, read it, bow # coach: Introduced by someone he trusts, the card received with both hands and read, your own offered Japanese side up: the forms honour him, and give Nakamura face as your sponsor. # id: tp-0129]
  ~ gain("hoshino", "attentiveness", 10, 1.4)
  ~ gain("hoshino", "coordination", 6, 1.3)
  ~ gain("hoshino", "benevolence", 6, 1.3)
  ~ gain("nakamura", "positivity", 6, 1.3)
  ~ gain("ishida", "positivity", 4, 1.1)
  After the dessert, Nakamura comes for you and introduces you in Japanese, at some length. Ishida, beside the President, adds a sentence of her own. # id: tp-0130
  The President offers his card with both hands. You read it — his name, his title, the crane emblem — and bow a little lower than he does, offering yours Japanese side up. # id: tp-0131
  Mr Price. Thank you for coming. # speaker: hoshino # mood: pleased # id: tp-0132
  { thanksgiving:
    Nakamura tells me you spent Thanksgiving in our conference room. My wife says that is very American. I say it is very Japanese. # speaker: hoshino # id: tp-0133
  }
  You ask about the machinist. He ran the founder's lathe as an apprentice in Nagoya, the President says, and asked to be posted to Torrance when it was shipped here. No one mentions Mexico. # id: tp-0134
// source: 002_4348346f83066296.txt "As for Japanese partners, you should focus on the culture of behavior through formal bows, how to give business cards, etc."
* [Wait for Nakamura's introduction; then a firm handshake, and meet his eye # coach: The introduction was right. But a firm handshake, and his card pocketed unread, tell him you did not look at who he is. # id: tp-0135]
  ~ gain("hoshino", "coordination", 4, 1.1)
  ~ loss("hoshino", "attentiveness", 5, 0.7)
  ~ gain("nakamura", "positivity", 3, 1.0)
  After the dessert, Nakamura comes for you and introduces you in Japanese. # id: tp-0136
  The President offers his card with both hands. You take it in one, shake his hand firmly, look him in the eye, and slip the card into your jacket. He glances at the pocket, once. # id: tp-0137
  Mr Price. Thank you for coming. # speaker: hoshino # mood: uneasy # id: tp-0138
- { unrepaired:
  // Not a choice: the consequence that returns. The President's office remembers who went around
  // Nakamura a year ago; nobody has told it otherwise.
  // source: 001_1e469cd77422f2db.txt "Power distance, the distance a boss and an employee are separated by culture, is tremendously important in Japan."
  ~ loss("hoshino", "coordination", 5, 0.8)
  ~ loss("nakamura", "positivity", 4, 0.9)
  You are the lawyer whose request came to my office last year. About Monterrey. # speaker: hoshino # mood: closed # id: tp-0139
  Nakamura looks at his plate. Nobody explains, because nobody was ever asked to. # id: tp-0140
}
{ trust("nakamura") >= NAKAMURA_OPENS && not unrepaired: -> garden }
-> the_visit

// Not a choice: the consequence of how you have treated him so far. Once he trusts you — and if
// you never went around him without making it right — the contact becomes personal, and
// consistent contact keeps the relationship from cooling.
// source: 000_ac8871b0fd25056d.txt "In most of the world, relationships are between individuals, not companies."
= garden
~ meeting("nakamura", 426)
~ gain("nakamura", "benevolence", 6, 1.3)
~ gain("nakamura", "positivity", 6, 1.3)
~ gain("nakamura", "attentiveness", 8, 1.3)
For the first time in three years, Nakamura invites you into his private life: a Sunday morning at the Japanese garden at the Huntington, with his wife. # place: sightseeing # location: San Marino, California # date: Sunday 14 March # id: tp-0141
He names every pine. His wife tells you he talks to his tomatoes. # id: tp-0142
On the moon bridge he stops. # id: tp-0143
The President comes to Los Angeles next month. He would like to visit your office. I suggested it. # speaker: nakamura # mood: pleased # id: tp-0144
-> the_visit

// ─── Meeting 6 — day 456: the President in Los Angeles ───────────────────────────────────────
=== the_visit ===
~ meeting("hoshino", 456)
~ meeting("nakamura", 456)
~ meeting("ishida", 456)
The President is in Los Angeles for three days with Ishida and Nakamura. # place: meeting-room # location: Los Angeles # date: Tuesday 13 April # id: tp-0145
{ trust("nakamura") >= NAKAMURA_OPENS:
  He has asked to spend a morning at your office. # id: tp-0146
- else:
  Nakamura has found twenty minutes in his schedule for a courtesy call at your office. # id: tp-0147
}
Your conference room on the thirty-fourth floor. He takes the seat facing the window, Ishida at his right, Nakamura at his left. # present: hoshino, ishida, nakamura # id: tp-0148
{ trust("ishida") >= ISHIDA_VOUCHES:
  Ishida-san tells me you have views on Monterrey. I would like to hear them. # speaker: hoshino # id: tp-0149
- else:
  Thank you for your work in Torrance. Do you have any thoughts on Monterrey? # speaker: hoshino # id: tp-0150
}
// source: 001_1e469cd77422f2db.txt "This is completely foreign to many Westerners, where having a good product and a good price is good enough."
* [Present your proposal for your firm to lead Monterrey, with a capped fee # coach: Answering his question with a pitch turns the meeting into a sales call — the approach that kept you a vendor for two years. # id: tp-0151]
  ~ gain("hoshino", "ability", 3, 1.0)
  ~ loss("hoshino", "coordination", 5, 0.8)
  { business_ask("hoshino", 0.8):
    He turns the pages slowly. # id: tp-0152
    Send this to Ishida-san, please. # speaker: hoshino # id: tp-0153
  - else:
    He listens to eleven slides with great courtesy. # mood: closed # id: tp-0154
    Thank you. We will study it. # speaker: hoshino # id: tp-0155
  }
// source: 003_2998f7574354a4b6.txt "When we don’t know a culture, we adopt the shorthand of stereotypes"
* [Defer: Ishida-san knows the plan far better, and you would not presume # coach: Deference to the President is right; declining the question he asked is not — and it leaves Ishida, beside him, with an adviser who will not advise. # id: tp-0156]
  ~ loss("hoshino", "coordination", 4, 0.9)
  ~ loss("ishida", "coordination", 5, 0.7)
  ~ loss("ishida", "attentiveness", 3, 0.8)
  Ishida-san knows the plan far better than I do. I would not presume. # speaker: you # id: tp-0157
  Ishida looks at the table. The President waits a moment, then asks Nakamura about the Torrance audit. # id: tp-0158
// source: 001_1e469cd77422f2db.txt "He built the right foundation and now is a strategic partner with his client."
* [Give your honest view: the strength, the one risk — then ask his concern # coach: He asked for an adviser's view. Candour, offered with respect and ending in a question, is what separates a strategic partner from a vendor. # id: tp-0159]
  ~ gain("hoshino", "ability", 10, 1.3)
  ~ gain("hoshino", "integrity", 8, 1.3)
  ~ gain("hoshino", "coordination", 10, 1.3)
  ~ gain("ishida", "ability", 4, 1.2)
  ~ gain("ishida", "coordination", 6, 1.3)
  ~ gain("ishida", "benevolence", 6, 1.3)
  ~ gain("nakamura", "coordination", 4, 1.2)
  ~ gain("nakamura", "integrity", 6, 1.3)
  The site is right and the timing is right. What worries me is the joint-venture partner's exit rights — as drafted, they could take the plant with them. What concerns you most? # speaker: you # id: tp-0160
  He looks at Ishida. She nods very slightly. # id: tp-0161
  The same thing. Nobody outside the company has said it. # speaker: hoshino # id: tp-0162
  Ishida-san saw it before me — she reads everything. And it was Nakamura-san's team who sent me the draft. # speaker: you # id: tp-0163
- { trust("nakamura") >= NAKAMURA_OPENS:
  As they stand to leave, Nakamura mentions, quietly, that the President pitched for his university and has never seen the Dodgers play at home. They play the Giants tonight. # id: tp-0164
- else:
  As they stand to leave, the President thanks you for your time. His car is waiting downstairs. # id: tp-0165
}
// source: 001_1e469cd77422f2db.txt "This is completely foreign to many Westerners"
* [Invite them to dinner at a steakhouse to go through your proposal # coach: A dinner built around your proposal keeps the evening — and the relationship — at the level of a sales meeting. # id: tp-0166]
  ~ gain("hoshino", "positivity", 3, 1.0)
  ~ loss("hoshino", "attentiveness", 5, 0.8)
  ~ loss("nakamura", "positivity", 4, 0.9)
  The steaks are excellent. The President asks polite questions about the proposal and leaves before dessert; he has an early flight. # id: tp-0167
  -> verdict
// source: 001_1e469cd77422f2db.txt "And the last time his client’s CEO visited Los Angeles, they even went to a ball game together."
* {trust("nakamura") >= NAKAMURA_OPENS} [Invite all three to the game tonight — your seats, no agenda # coach: A shared experience on your home ground, with nothing to sell, is where the personal relationship forms. The business follows it, not the other way round. # id: tp-0168]
  ~ ballgame = true
  ~ gain("hoshino", "benevolence", 12, 1.5)
  ~ gain("hoshino", "positivity", 10, 1.4)
  ~ gain("nakamura", "positivity", 8, 1.3)
  ~ gain("nakamura", "benevolence", 6, 1.3)
  ~ gain("ishida", "positivity", 6, 1.2)
  ~ gain("ishida", "benevolence", 6, 1.2)
  The President looks at Nakamura. Nakamura looks at the ceiling. # id: tp-0169
  I would like that very much. # speaker: hoshino # mood: pleased # cue: An evening with no agenda # id: tp-0170
  -> ballpark
// source: 002_4348346f83066296.txt "Whether the cooperation achieves the expected results or not, you should still maintain contact and respect with your partner."
* {trust("nakamura") < NAKAMURA_OPENS} [See them to the elevator, and send a handwritten note to their hotel # coach: A gracious goodbye is right. But nobody has told you what would have made the evening — the people who could have did not yet feel they knew you. # id: tp-0171]
  ~ gain("hoshino", "positivity", 4, 1.1)
  ~ gain("nakamura", "positivity", 2, 1.0)
  The note reaches the hotel before they do. Nakamura thanks you for it the following week, by email. # id: tp-0172
  -> verdict

= ballpark
~ meeting("hoshino", 456)
~ meeting("nakamura", 456)
~ meeting("ishida", 456)
Dodger Stadium, bottom of the fifth. The President keeps score in pencil, in a notation you have never seen. # place: ballpark # location: Los Angeles # date: Tuesday 13 April # id: tp-0173
At Nagoya Dome the fans are louder. But this field is very beautiful. # speaker: hoshino # mood: pleased # id: tp-0174
Nakamura, it turns out, was a catcher in high school. He and the President have argued about the 1988 Dragons for decades. # id: tp-0175
// source: 001_1e469cd77422f2db.txt "Real business doesn’t happen unless a strong relationship at a personal level has been built before hand."
* [Ask them both about their own baseball — and leave business for another day # coach: Interest in him as a person, on his terms, is the relationship he was waiting for. The business can then go through the right people, at the right time. # id: tp-0176]
  ~ gain("hoshino", "attentiveness", 10, 1.4)
  ~ gain("hoshino", "coordination", 6, 1.3)
  ~ gain("hoshino", "benevolence", 8, 1.4)
  ~ gain("nakamura", "attentiveness", 8, 1.3)
  ~ gain("nakamura", "coordination", 6, 1.3)
  The President pitched three seasons. He lost to Waseda in 1981 on a wild pitch, and he still remembers the batter's name. By the seventh inning he is teaching you his scoring symbols. # id: tp-0177
// source: 003_2998f7574354a4b6.txt "Negotiating the differences requires an investment of time and a genuine interest in the other person."
* [Walk him through the finer points: the pitch clock, the shift, the infield fly # coach: A good host explains the game; this guest pitched at university for three seasons. Teaching him his own sport tells him you never asked who he is. # id: tp-0178]
  ~ gain("hoshino", "positivity", 2, 1.0)
  ~ loss("hoshino", "attentiveness", 6, 0.8)
  ~ loss("nakamura", "attentiveness", 3, 0.9)
  You explain the pitch clock, the end of the shift and the infield fly rule. The President listens courteously. Nakamura studies the scoreboard. # id: tp-0179
  In the seventh, the President mentions that he pitched three seasons at university. You had not asked. # id: tp-0180
// source: 001_1e469cd77422f2db.txt "Power distance, the distance a boss and an employee are separated by culture, is tremendously important in Japan."
* [Use the seventh-inning stretch to ask him for the Monterrey work # coach: Even at a ball game, a business ask made to the President himself skips the people he would normally ask first — and turns your evening together into a sales call. # id: tp-0181]
  { business_ask("hoshino", 0.6):
    He laughs. # id: tp-0182
    Nakamura said you would ask tonight. Ishida-san said you would not. Talk to her. # speaker: hoshino # id: tp-0183
  - else:
    He smiles, says "Of course, of course," and turns back to the field. # mood: uneasy # id: tp-0184
  }
  ~ loss("hoshino", "coordination", 6, 0.8)
  ~ loss("nakamura", "coordination", 4, 0.8)
- In the eighth, while the President and Nakamura argue over a pitching change, Ishida leans over. # id: tp-0185
If we give your firm Monterrey, who does the work? You, or the associates whose hours I read? # speaker: ishida # id: tp-0186
// source: 003_2998f7574354a4b6.txt "remember that there’s a person beneath the stereotype"
* [Smile, and suggest you leave business for the office, not for the ballpark # coach: With the President, no business tonight was right. She asked a direct question; to her, declining it sounds like a lawyer with no answer. # id: tp-0187]
  ~ loss("ishida", "coordination", 5, 0.7)
  ~ loss("ishida", "attentiveness", 4, 0.8)
  Let's leave business for the office. Tonight is for baseball. # speaker: you # id: tp-0188
  Of course. # speaker: ishida # mood: uneasy # id: tp-0189
// source: 003_2998f7574354a4b6.txt "The Indian’s assumption is that good customer service requires an unqualified yes."
* [Say: of course — whatever team and fee structure Nagoya prefers # coach: An unqualified yes feels like good service. She expected what an American client would expect: a real answer, with the trade-offs. # id: tp-0190]
  ~ loss("ishida", "coordination", 5, 0.7)
  ~ loss("ishida", "ability", 3, 0.8)
  Of course. Whatever team and fee structure works best for Nagoya. # speaker: you # id: tp-0191
  That is not an answer, Mr Price. # speaker: ishida # mood: closed # id: tp-0192
// source: 002_4348346f83066296.txt "With Western partners, when communicating, you need to focus on frankness and clarity"
// (Ishida is not a Western partner; she works, by training and by choice, the way the seed says
// Western partners do — which is the point.)
* [Answer straight: you, one named associate, a fixed fee, a call at her hour # coach: A direct question deserves a direct answer. With her, frankness and clarity — names, a fee, a time that suits Nagoya — are the respect. # id: tp-0193]
  ~ gain("ishida", "coordination", 8, 1.4)
  ~ gain("ishida", "attentiveness", 8, 1.3)
  ~ gain("ishida", "integrity", 6, 1.3)
  ~ gain("ishida", "benevolence", 4, 1.2)
  Me, and Dana Ruiz, who drafted your Nevada agreements. A fixed fee for the joint-venture documents. And a call every Thursday at five in the afternoon here — nine on Friday morning in Nagoya. # speaker: you # id: tp-0194
  Good. I will tell him on the plane. # speaker: ishida # mood: pleased # id: tp-0195
- -> verdict

// ─── The relationship decides ────────────────────────────────────────────────────────────────
=== verdict ===
~ temp standing = trust("nakamura") + rapport("nakamura") + trust("ishida") + rapport("ishida") + trust("hoshino") + rapport("hoshino")
{
  - trust("hoshino") >= PARTNER_TRUST && rapport("hoshino") >= PARTNER_RAPPORT && trust("ishida") >= PARTNER_ISHIDA_TRUST: -> ending_partner
  - standing >= ADVISER_STANDING: -> ending_adviser
  - else: -> ending_vendor
}

=== ending_partner ===
# ending: partner
# ending_title: A strategic partner
Three months later Hoshino asks your firm to lead the Monterrey joint venture. Ishida runs it from Nagoya; Nakamura calls it "our project". # id: tp-0196
{ ballgame:
  On the President's desk in Nagoya there is a Dodgers scorecard, filled in with symbols nobody else can read. # id: tp-0197
}
# learn: 001: Real business does not happen until a personal relationship has been built first; in a relationship-based culture, the time it takes is the work.
# learn: 001: With high power distance, the way to the President runs through the people he trusts — ask them how, and let them introduce you.
# learn: 003: Culture is a starting point, not a script: Ishida wanted a straight answer and trade-offs, the President wanted to be introduced.
# learn: 002: The small forms carry respect — a card received with both hands and read, a bow, a call set at an hour that is civil in Nagoya too.
# learn: 001: Shared time with no agenda — an evening in Nagoya, a ball game in Los Angeles — turns a business contact into a relationship.
-> END

=== ending_adviser ===
# ending: adviser
# ending_title: A good lawyer, still a vendor
{ trust("nakamura") >= NAKAMURA_SENDS:
  The contract work grows, and Nakamura sends every new US matter your way. # id: tp-0198
- else:
  The contract work goes on. Your drafts are clean and Hoshino's people like working with you, but new matters reach you from the plant, not from Nakamura. # id: tp-0199
}
// source: 003_2998f7574354a4b6.txt "Even the most senior people in many companies can’t make a decision without several rounds of consensus building, even among subordinates."
{ trust("hoshino") >= PARTNER_TRUST:
  The President asks Legal to consider your firm for Monterrey. Legal recommends the firm it has worked with for twenty years, and the President does not overrule his own department. # id: tp-0200
- else:
  The Monterrey joint venture goes to a firm the President has known for twenty years. # id: tp-0201
}
// What a mixed performance missed, in the learner's own story.
{ unrepaired:
  In Nagoya you are still the lawyer who went around Nakamura. Nobody ever told the President's office otherwise. # id: tp-0202
}
{ not thanksgiving:
  When the injunction came, you sent good help. You did not come yourself. # id: tp-0203
}
You got some things right. But too often you treated Hoshino the way you would treat an American client — the quick route, the pitch, the efficient answer — and in Nagoya they still see the good lawyer who handles the documents. # id: tp-0204
# learn: 001: Competence earns trust in your work; it does not by itself earn a place at the President's table.
# learn: 001: The way to the President runs through the people he trusts. Going around Nakamura, or walking up to the President with your card, skips the introduction that would have carried you.
# learn: 001: Asking for the business before the relationship can carry it keeps you in the vendor's seat, however good the offer.
# learn: 003: The polite formula is not always the respectful one: a direct counterpart like Ishida hears "we will look into it" or "of course" as no answer at all.
# learn: 000: When the client is in trouble, being there in person shows a commitment that competent help from a distance cannot.
-> END

=== ending_vendor ===
# ending: vendor
# ending_title: Still passing it along
A year later your requests are still being passed along. Nakamura is posted back to Nagoya, and his successor asks for your rate card. # id: tp-0205
# learn: 001: A polite "I will pass it along" is an answer. Pressing harder, or going around it — by memo or through the American CEO — only makes it firmer.
# learn: 001: Going over your contact's head costs him face with his own President and closes the door you wanted opened.
# learn: 001: Treating an Eastern client the way you treat your Western clients — product, price, pitch — keeps you a vendor.
# learn: 000: Relationships are between individuals, not companies; without one, a change of contact means starting again from nothing.
-> END
