# title: The President
# summary: Two years of contract work for a Japanese manufacturer, and every request to meet its President is politely "passed along". Change how you approach the relationship — through the right people, over time — before you ask for the business.
# role: You are Allen Price, a partner at Price Whitcomb LLP in Los Angeles. For two years you have drafted Hoshino Precision America's US contracts; you believe you could advise on its plans for a plant in Mexico.
# minutes: 20
# seeds: 001_1e469cd77422f2db, 003_2998f7574354a4b6
# order: 2
INCLUDE lib/rapport.ink

// Source for every lesson here:
// 001_1e469cd77422f2db.txt — "Every time Allen tried to approach the President of the company, his
// efforts led nowhere. Everyone he spoke to was always very polite, telling him they would pass along
// his request. But after two years, his work with his client was stagnating."

// Ending thresholds, in one place (calibrated with `npm run stories`).
// The President's trust and rapport decide a partnership; Nakamura's trust alone can keep you a
// well-regarded vendor.
CONST PARTNER_TRUST = 48
CONST PARTNER_RAPPORT = 35
CONST ADVISER_TRUST = 32
// The President asks for your views only if Ishida vouches for you, and Nakamura opens the door
// to an evening together only if he trusts you himself.
CONST ISHIDA_VOUCHES = 30
// Nakamura invites you into his private life only once he trusts you (after the anniversary).
CONST GARDEN_TRUST = 34
CONST NAKAMURA_OPENS = 31

VAR thanksgiving = false
VAR ballgame = false

~ cast()
-> torrance

// The cast. Individuals first, culture second.
// Ryo Nakamura, 54, general manager for administration and legal at Hoshino Precision America in
// Torrance. Posted from Nagoya six years ago; before that, three years as the President's secretary.
// Writes everything in a black notebook with a fountain pen, grows tomatoes behind his house in
// Torrance, and never says no — he says "I will pass it along".
// Emi Ishida, 41, manager of the Legal Department at headquarters in Nagoya. LLM from Georgetown,
// reads every contract the outside firms send, and is blunter in private than most of her American
// counterparts. She decides which firms Legal recommends upstairs.
// Takeshi Hoshino, 66, President of Hoshino Precision, grandson of the founder. Pitched for his
// university in Tokyo's Big Six league, spent a trainee year in Ohio in 1982, and judges outsiders by
// how they treat his people. He meets advisers introduced by people he trusts — nobody else.
=== function cast() ===
~ counterpart("nakamura", "Ryo Nakamura", 0.65, 0.75, 0.7, 0.3, 0.5)
~ counterpart("ishida", "Emi Ishida", 0.55, 0.6, 0.6, 0.55, 0.45)
~ counterpart("hoshino", "Takeshi Hoshino", 0.85, 0.9, 0.7, 0.25, 0.55)

// ─── Meeting 1 — the old approach ────────────────────────────────────────────────────────────
=== torrance ===
~ meeting("nakamura", 0)
Hoshino Precision America, Torrance. A low office behind the plant, and one framed photograph: the founder, 1951, beside his first lathe. # place: office # location: Torrance, California # date: January, year one
Ryo Nakamura has come for the signed distributor agreements — the fourteenth set since you took on the account two years ago.
Thank you, Mr Price. Very clean work, as always. Our plant manager says you are faster than our last firm. # speaker: nakamura
Four times you have asked to brief the President on Hoshino's plans for a plant in Monterrey, Mexico. Four times the answer has been the same.
About your request. I have passed it along to Nagoya. The President has a very full spring. # speaker: nakamura
# discuss: Allen has asked four times and heard "I will pass it along" four times. What is Nakamura actually telling him — and what would you do with a fifth request?
// source: 001_1e469cd77422f2db.txt "Everyone he spoke to was always very polite, telling him they would pass along his request."
* [Press for a date: "Could we fix thirty minutes in March?" # coach: "I will pass it along" was the answer. Pressing the gatekeeper for access to the top, in a company where that is not his decision to make, only puts him in an impossible position.]
  ~ face_threat("nakamura", 0.7, 0.2, false, 0)
  ~ loss("nakamura", "coordination", 4, 1.2)
  I understand. But it has been two years, Ryo. Could we fix thirty minutes in March — even by video? # speaker: you
  He writes "March" in his notebook, underlines it once, and closes the notebook.
  I will ask again. # speaker: nakamura # mood: uneasy
// source: 001_1e469cd77422f2db.txt "He was right, but he had no idea how to move forward."
* [Ask his advice: how does the President usually come to know an adviser? # coach: Admitting you may be doing it wrong, and asking the person who knows the President, turns the gatekeeper into a guide.]
  ~ gain("nakamura", "benevolence", 8, 1.3)
  ~ gain("nakamura", "attentiveness", 8, 1.3)
  ~ gain("nakamura", "integrity", 4, 1.2)
  Ryo, I think I have been going about this the wrong way. How does Mr Hoshino usually come to know an outside adviser? # speaker: you
  For a moment he says nothing. Then he uncaps his pen.
  Slowly. Through people he already knows. May I think about it, and take you to lunch next month? # speaker: nakamura # mood: pleased
// source: 001_1e469cd77422f2db.txt "He can’t seem to make the right connections within the company, with the right people, to grow his business."
* [Email your Mexico memo to the President directly, copying Nakamura # coach: Going over your contact's head, with his own President copied, costs him face with the person who matters most to him — and the President still does not know you.]
  ~ business_ask("hoshino", 0.8)
  ~ loss("nakamura", "integrity", 4, 1.2)
  ~ face_threat("nakamura", 0.8, 0.2, true, 0)
  That evening you send Mr Hoshino a two-page memo on Monterrey, copying Nakamura.
  Nine days later a courteous reply arrives from the President's office. It is addressed to Nakamura, and thanks "our US counsel" for the information. # cue: Over his head
  -> emailed
- -> family

= emailed
~ meeting("nakamura", 10)
When Nakamura next comes by, he is exactly as polite as before. He says a little less.
// source: 001_1e469cd77422f2db.txt "Power distance, the distance a boss and an employee are separated by culture, is tremendously important in Japan."
* [Apologise to him, in person, for going over his head # coach: An apology for the position you put him in repairs part of the damage, and shows him you finally see the hierarchy he works in.]
  ~ apology("nakamura")
  Ryo, my email put you in an awkward position with Nagoya. That was my mistake. I am sorry. # speaker: you
  He inclines his head.
  Thank you. It is understood. # speaker: nakamura
// source: 001_1e469cd77422f2db.txt "It turns out he is being treating his Japanese client the same way he treats his Western clients."
* [Explain that you only wanted to save everyone time # coach: Justifying the shortcut tells him you still do not see what it cost him. The damage stays.]
  ~ loss("nakamura", "benevolence", 4, 1.2)
  I only wanted to save everyone some time. # speaker: you
  Of course. # speaker: nakamura # mood: closed
- In March he flies to Nagoya for his father's eighty-eighth birthday. You hear about it from his assistant, afterwards.
-> lunch

= family
As he packs the agreements into his briefcase, Nakamura mentions that he flies to Nagoya in March: his father turns eighty-eight, and the family is gathering.
// source: 001_1e469cd77422f2db.txt "Real business doesn’t happen unless a strong relationship at a personal level has been built before hand."
* [Ask about the celebration, and what eighty-eight means in his family # coach: Interest in the person — his father, his family — is where a personal relationship starts. In his world, business comes after it, not before.]
  ~ gain("nakamura", "attentiveness", 6, 1.3)
  ~ gain("nakamura", "benevolence", 6, 1.3)
  Eighty-eight — is that a special birthday in Japan? # speaker: you
  Beiju. Written down, eighty-eight looks like the character for rice. My sisters have ordered him a gold cushion. He will refuse to sit on it. # speaker: nakamura # mood: pleased
  The next week a card arrives at Nakamura's desk for his father, with a note in your own handwriting.
// source: 001_1e469cd77422f2db.txt "Despite his best efforts Allen was thought of as a vendor, not a strategic partner."
* [Congratulate him, and check the Nevada agreement is in the pile # coach: A quick congratulation before the paperwork is courteous — and keeps you exactly where you have been for two years: the vendor who handles the documents.]
  ~ gain("nakamura", "positivity", 2, 1.0)
  ~ loss("nakamura", "attentiveness", 2, 1.1)
  Please give him my congratulations. Is the Nevada agreement in there? It needs a second signature. # speaker: you
  It is. # speaker: nakamura
- -> lunch

// ─── Meeting 2 — learning how decisions are made ─────────────────────────────────────────────
=== lunch ===
~ meeting("nakamura", 40)
A set-lunch place in Gardena that Nakamura chose. He orders for you both, then apologises for not asking. # place: restaurant # location: Gardena, California # date: February, year one
He asks after your firm, your family, your drive from Pasadena. For twenty minutes, nobody mentions a contract.
When the tea comes, he waits for you.
// source: 001_1e469cd77422f2db.txt "those decisions were made at a high level"
* [Ask him to find you thirty minutes with the President on his next US trip # coach: A business request to someone who does not yet feel he knows you is refused — politely — and the refusal is one more awkward moment for him.]
  { business_ask("nakamura", 0.6):
    I can mention it to his office. Please do not expect very much. # speaker: nakamura
  - else:
    He looks at his tea for a long moment. # mood: uneasy
    I will pass it along. # speaker: nakamura
  }
  -> vendor_route
// source: 001_1e469cd77422f2db.txt "Allen was thought of as a vendor, not a strategic partner"
* [Ask how Hoshino chooses its advisers — and what you are not seeing # coach: An open question, asked to learn rather than to get something, is how you find out how decisions are really made and who makes them.]
  ~ gain("nakamura", "benevolence", 8, 1.3)
  ~ gain("nakamura", "coordination", 8, 1.3)
  ~ gain("nakamura", "integrity", 4, 1.2)
  Ryo, help me understand. How does Hoshino choose the people it takes advice from? What am I not seeing? # speaker: you
  He puts his cup down carefully.
  -> right_people
// source: 001_1e469cd77422f2db.txt "where having a good product and a good price is good enough"
* [Give him your international practice brochure to send up to Nagoya # coach: A good product at a good price is the Western pitch. Here it confirms what they already think — that you are a vendor — and gives your contact nothing he can use.]
  ~ gain("nakamura", "ability", 2, 0.9)
  ~ loss("nakamura", "coordination", 4, 1.3)
  You slide the brochure across the table: Mexico, cross-border joint ventures, supply chains, fixed fees.
  Thank you. I will send it to Nagoya. # speaker: nakamura
  He puts it in his briefcase, beside the agreements.
  -> vendor_route

= right_people
May I be honest? In Nagoya, your firm is "the contract lawyer". A good one. But the contract lawyer does not advise the President. # speaker: nakamura
The President meets people who are introduced by those he trusts. On legal matters, that is Ishida-san, in our Legal Department in Nagoya. # speaker: nakamura
And — a little — me. I was his secretary for three years. # speaker: nakamura
I go to Nagoya in May for the planning week. Ishida-san will be there. # speaker: nakamura
# discuss: Nakamura has just told Allen who the right people are. Why would he say this now, after two years — and not before?
// source: 001_1e469cd77422f2db.txt "His new strategy had to be appropriate within Japanese business culture and it had to focus first on taking the time to build that relationship."
* [Ask whether he would introduce you to Ishida in May — you will come to Nagoya at your own cost, on her schedule, with nothing to sell # coach: Going through the right person, in person, at your own expense and without an agenda, is the investment that signals a partner rather than a vendor.]
  ~ gain("nakamura", "benevolence", 8, 1.3)
  ~ gain("nakamura", "coordination", 6, 1.3)
  ~ gain("ishida", "integrity", 4, 1.2)
  Would you introduce me to Ishida-san in May? I will come to Nagoya — my own cost, her schedule. I have nothing to sell her. I would like to understand what Legal worries about. # speaker: you
  He writes in his notebook for a long time.
  I will ask her. I think she will say yes. # speaker: nakamura # mood: pleased
  -> nagoya
// source: 001_1e469cd77422f2db.txt "Despite his best efforts Allen was thought of as a vendor, not a strategic partner."
* [Ask him to forward your capabilities deck to Ishida and set up a video call # coach: The right person, approached the vendor's way: a deck and a call ask her for her time before you have given her any reason to spend it.]
  ~ gain("nakamura", "coordination", 2, 1.0)
  ~ loss("ishida", "coordination", 4, 1.2)
  Could you send her our deck and suggest a video call? Thirty minutes would do. # speaker: you
  Of course. # speaker: nakamura
  -> vendor_route.invited

= vendor_route
Nakamura talks about his tomatoes, and the drought, and the Dodgers' bullpen. When the bill comes, he has already paid it.
Ishida-san, in our Legal Department, will be in Nagoya in May. I will send her your materials. # speaker: nakamura
- (invited) Three weeks later, Ishida's assistant writes: Ishida-san will be glad to receive you in Nagoya in May, "if you are in Japan". You book the flight.
-> nagoya

// ─── Meeting 3 — Nagoya, the right people ────────────────────────────────────────────────────
=== nagoya ===
~ meeting("nakamura", 120)
~ meeting("ishida", 120)
Hoshino Precision headquarters, Nagoya. A meeting room on the sixth floor with a view of the old castle keep and a table long enough for twenty. # place: meeting-room # location: Nagoya # date: May, year one
Three people sit across from you. Mr Kato, the general manager of Legal, at the centre, says almost nothing. Emi Ishida, beside him, does most of the talking.
Mr Price. I have read every agreement your firm has sent us. Your indemnity clauses are very good. Your invoices are very long. # speaker: ishida
Nakamura, in Nagoya for the planning week, sits at the end of the table and studies his notebook. You are almost sure he is smiling.
You have an hour.
// source: 001_1e469cd77422f2db.txt "Although he knew he could bring a lot more value to his client"
* [Use the hour on a short briefing on what Hoshino's US agreements leave exposed in Mexico — then ask what worries them # coach: Giving real value first, tailored to their business and free of charge, shows what you could bring — and asking about their worries makes it their agenda, not yours.]
  ~ gain("ishida", "ability", 12, 1.3)
  ~ gain("ishida", "benevolence", 6, 1.2)
  ~ gain("nakamura", "positivity", 6, 1.2)
  ~ gain("hoshino", "ability", 6, 1.1)
  You walk them through three clauses in their own US distributor agreements that would not survive the move of production to Monterrey. No slides. No fees.
  Then you ask what keeps them up at night. Ishida talks for twenty minutes. Mr Kato takes notes.
  Her memo on your briefing reaches the President's office a week later. Nakamura makes sure you know.
  -> candour
// source: 001_1e469cd77422f2db.txt "This is completely foreign to many Westerners, where having a good product and a good price is good enough."
* [Present your firm's cross-border practice, with a fixed-fee offer for Monterrey # coach: A pitch on the first visit asks for business the relationship cannot yet carry. It fails, and the failure is an awkward moment in front of her own general manager.]
  ~ gain("ishida", "ability", 4, 1.0)
  { business_ask("ishida", 0.7):
    Ishida thanks you, and says she will study the fee offer with Mr Kato.
  - else:
    Ishida thanks you for the proposal. Mr Kato looks at the clock. # mood: closed
  }
  Fourteen slides later, the hour is over.
  -> evening

= candour
Afterwards, over coffee in a corner of the lobby, Ishida asks it straight out.
Honestly, Mr Price. Why do you want to meet the President? # speaker: ishida
// source: 003_2998f7574354a4b6.txt "remember that there’s a person beneath the stereotype"
* [Tell her the truth: you think you can help with Mexico, and you have been going about it the wrong way # coach: She asked directly; beneath the stereotype of Japanese indirectness is a lawyer who values candour. An honest answer is the strongest thing you can give her.]
  ~ gain("ishida", "integrity", 10, 1.4)
  ~ gain("ishida", "benevolence", 6, 1.2)
  Because I think we could help with Monterrey. And because for two years I have tried to get there the way I would with an American client, and it has not worked. # speaker: you
  Good. Everyone else says they only want to pay their respects. # speaker: ishida # mood: pleased
  The Torrance plant turns twenty-five next February. He will be there. Let Nakamura-san introduce you. And do not bring a deck. # speaker: ishida
// source: 003_2998f7574354a4b6.txt "When we don’t know a culture, we adopt the shorthand of stereotypes"
* [Say you would simply like to pay your respects # coach: You answered the stereotype, not the person: to someone who asked you plainly, the polite formula sounds like what it is — a way of not answering. It costs you her confidence in your word.]
  ~ loss("ishida", "integrity", 4, 1.3)
  I would simply like to pay my respects, when it is convenient for him. # speaker: you
  Of course. # speaker: ishida
  She finishes her coffee and looks at her watch.
- -> evening

= evening
That night Nakamura's old colleagues take you to an izakaya near Sakae station. The President's chief of staff joins for the second hour. # place: restaurant # location: Nagoya # date: May, year one
Your phone buzzes: a client in Los Angeles wants a call at seven tomorrow morning, Nagoya time.
// source: 001_1e469cd77422f2db.txt "it had to focus first on taking the time to build that relationship"
* [Stay to the end: ask about their work and their home towns, keep everyone's glass filled, and move the client call # coach: Time spent together with no agenda is the investment. In a relationship-based culture it is the work, not a break from it.]
  ~ gain("nakamura", "positivity", 8, 1.3)
  ~ gain("nakamura", "benevolence", 6, 1.3)
  ~ gain("ishida", "positivity", 6, 1.2)
  ~ gain("hoshino", "benevolence", 4, 1.1)
  You stay until the last train. The chief of staff tells a long story about the President's first visit to Ohio. Nakamura laughs harder than you have ever seen him laugh.
// source: 001_1e469cd77422f2db.txt "It turns out he is being treating his Japanese client the same way he treats his Western clients."
* [Leave after the first hour to prepare for the client call # coach: Leaving the shared evening for another client tells the people who arranged it where they rank.]
  ~ loss("nakamura", "positivity", 6, 1.3)
  ~ loss("ishida", "positivity", 3, 1.1)
  You thank everyone and leave before the chief of staff arrives.
- -> the_motion

// ─── Meeting 4 — the crisis ──────────────────────────────────────────────────────────────────
=== the_motion ===
~ meeting("nakamura", 318)
~ meeting("ishida", 318)
The Wednesday before Thanksgiving. Six in the evening, and Nakamura is on the phone. # place: office # location: Los Angeles # date: November, year one
A distributor Hoshino terminated last month has asked the Superior Court to block the appointment of its replacement. The hearing is Monday at 8.30.
If the order is granted, deliveries to Hoshino's largest automotive customer stop.
Your family is driving to Sacramento tomorrow morning.
// source: 001_1e469cd77422f2db.txt "He built the right foundation and now is a strategic partner with his client."
* [Cancel the trip and work the weekend with Nakamura's team in Torrance; argue the hearing yourself # coach: Showing up, in person and at a real cost to yourself, when the client is in trouble proves competence and care at once — and it is remembered high up.]
  ~ thanksgiving = true
  ~ gain("nakamura", "benevolence", 14, 1.4)
  ~ gain("nakamura", "ability", 12, 1.4)
  ~ gain("ishida", "ability", 8, 1.2)
  ~ gain("hoshino", "ability", 12, 1.3)
  You spend Thanksgiving in Hoshino's conference room with Nakamura, two of his staff and a tray of supermarket sushi.
  Ishida joins on video from Nagoya at four in the morning, her time.
  On Monday the judge denies the order.
// source: 001_1e469cd77422f2db.txt "where having a good product and a good price is good enough"
* [Put your best associate on it and review her drafts by email from Sacramento # coach: Competent help at a distance solves the problem. It does not build the relationship: the client sees a well-run vendor.]
  ~ gain("nakamura", "ability", 6, 1.1)
  ~ gain("ishida", "ability", 4, 1.0)
  Your associate is excellent. You review her drafts between courses.
  On Monday the judge denies the order.
- Ishida calls from Nagoya: the President will want to hear about it. # place: video-call
// source: 001_1e469cd77422f2db.txt "Power distance, the distance a boss and an employee are separated by culture, is tremendously important in Japan."
* [Write a one-page summary for Nakamura and Ishida to take up, crediting Nakamura's team for the evidence # coach: Letting your contacts carry good news up the hierarchy gives them face — and makes you someone they want to bring upstairs.]
  ~ gain("nakamura", "benevolence", 8, 1.3)
  ~ gain("nakamura", "integrity", 8, 1.3)
  ~ gain("ishida", "coordination", 6, 1.3)
  ~ gain("ishida", "integrity", 6, 1.2)
  ~ gain("hoshino", "integrity", 8, 1.3)
  One page. The evidence, the ruling, and a paragraph on the Torrance staff who found the distributor's emails. Your firm is mentioned once.
  Ishida presents it at Monday's management meeting in Nagoya. Nakamura's name is in it twice.
// source: 001_1e469cd77422f2db.txt "Every time Allen tried to approach the President of the company, his efforts led nowhere."
* [Write to the President yourself, so he sees what your firm did # coach: Bypassing your contacts to claim credit at the top costs them face, and shows the President an outsider looking after himself.]
  ~ face_threat("nakamura", 0.6, 0.2, true, 0)
  ~ loss("ishida", "coordination", 6, 1.3)
  ~ loss("hoshino", "benevolence", 4, 1.2)
  Your letter is three pages long and mentions your firm eleven times.
  The President's office acknowledges receipt.
- -> anniversary

// ─── Meeting 5 — the first meeting with the President ────────────────────────────────────────
=== anniversary ===
~ meeting("hoshino", 400)
~ meeting("nakamura", 400)
Twenty-five years of Hoshino Precision America. A hotel ballroom in Torrance, two hundred employees and their families, and a long table at the front. # place: banquet # location: Torrance, California # date: February, year two
The invitation came from Nakamura, in a heavy cream envelope, with a handwritten line: "The President will attend."
President Hoshino gives a short speech in English, thanks the plant's longest-serving machinist by name, and sits down to applause.
# discuss: Allen is finally in the same room as the President. What does he have to gain by walking over — and what does he have to lose?
// source: 001_1e469cd77422f2db.txt "He had to completely change the way he was approaching the President."
* [Wait for Nakamura to bring you over; bow slightly, thank the President for the evening, and talk about the plant — no business # coach: Being introduced by someone he trusts, and keeping the first meeting personal, is the approach that fits his position — and gives Nakamura face as your sponsor.]
  ~ gain("hoshino", "attentiveness", 10, 1.4)
  ~ gain("hoshino", "benevolence", 8, 1.3)
  ~ gain("hoshino", "coordination", 6, 1.3)
  ~ gain("nakamura", "positivity", 8, 1.3)
  ~ gain("nakamura", "benevolence", 6, 1.3)
  After the dessert, Nakamura comes for you. He introduces you in Japanese, at some length.
  Mr Price. Thank you for coming. # speaker: hoshino
  { thanksgiving:
    Nakamura tells me you spent Thanksgiving in our conference room. My wife says that is very American. I say it is very Japanese. # speaker: hoshino # mood: pleased
  - else:
    Nakamura says your firm has looked after Torrance well. # speaker: hoshino
  }
  You talk about the machinist, the founder's lathe and the drive from Nagoya to the old plant. Ten minutes. No one mentions Mexico.
// source: 001_1e469cd77422f2db.txt "Every time Allen tried to approach the President of the company, his efforts led nowhere."
* [Walk over with your card while he is between tables, introduce yourself and mention Monterrey # coach: Approaching the President uninvited, in public, with a business request, skips the people who were ready to introduce you — and puts him on the spot in front of his staff.]
  ~ face_threat("hoshino", 0.5, 0, true, 0.2)
  ~ business_ask("hoshino", 0.6)
  ~ loss("nakamura", "coordination", 6, 1.3)
  Mr Hoshino — Allen Price, Price Whitcomb. We have handled your US contracts for two years. I would very much like to talk about Monterrey. # speaker: you
  He takes your card with both hands, reads it and smiles.
  Thank you. Please talk with Nakamura. # speaker: hoshino # mood: closed
  Across the room, Nakamura has stopped eating.
- { trust("nakamura") >= GARDEN_TRUST: -> garden }
-> the_visit

// Not a choice: the consequence of how you have treated him so far. Once he trusts you, the
// contact becomes personal — and consistent contact keeps the relationship from cooling.
= garden
~ meeting("nakamura", 570)
~ gain("nakamura", "benevolence", 8, 1.3)
~ gain("nakamura", "positivity", 6, 1.3)
~ gain("nakamura", "attentiveness", 4, 1.2)
August. For the first time in three and a half years, Nakamura invites you somewhere that is not an office: a Sunday morning at the Japanese garden at the Huntington, with his wife. # place: sightseeing # location: San Marino, California # date: August, year two
He names every pine. His wife tells you he talks to his tomatoes.
On the moon bridge he stops.
The President comes to Los Angeles next month. He would like to visit your office. I suggested it. # speaker: nakamura # mood: pleased
-> the_visit

// ─── Meeting 6 — the President in Los Angeles ────────────────────────────────────────────────
=== the_visit ===
~ meeting("hoshino", 600)
~ meeting("nakamura", 600)
~ meeting("ishida", 600)
September. The President is in Los Angeles for three days with Ishida and Nakamura. # place: meeting-room # location: Los Angeles # date: September, year two
{ trust("nakamura") >= NAKAMURA_OPENS:
  He has asked to spend a morning at your office.
- else:
  Nakamura has found twenty minutes in his schedule for a courtesy call at your office.
}
Your conference room on the thirty-fourth floor. He takes the seat facing the window, Ishida at his right, Nakamura at his left.
{ trust("ishida") >= ISHIDA_VOUCHES:
  Ishida-san tells me you have views on Monterrey. I would like to hear them. # speaker: hoshino
- else:
  Thank you for your work in Torrance. Do you have any thoughts on Monterrey? # speaker: hoshino
}
// source: 001_1e469cd77422f2db.txt "Although he knew he could bring a lot more value to his client, those decisions were made at a high level."
* [Give your honest view: what is strong in the plan, the one risk that worries you, and what he is most concerned about # coach: He asked for an adviser's view. Candour, offered with respect and ending in a question, is what separates a strategic partner from a vendor.]
  ~ gain("hoshino", "ability", 12, 1.3)
  ~ gain("hoshino", "integrity", 8, 1.3)
  ~ gain("hoshino", "benevolence", 8, 1.3)
  ~ gain("hoshino", "coordination", 6, 1.3)
  ~ gain("ishida", "ability", 6, 1.2)
  ~ gain("ishida", "benevolence", 8, 1.3)
  ~ gain("nakamura", "benevolence", 6, 1.3)
  The site is right and the timing is right. What worries me is the joint-venture partner's exit rights — as drafted, they could take the plant with them. What concerns you most? # speaker: you
  He looks at Ishida. She nods very slightly.
  The same thing. Nobody outside the company has said it. # speaker: hoshino
  Ishida-san will have seen it before me — she reads everything. And it was Nakamura-san's team who sent me the draft. # speaker: you
// source: 001_1e469cd77422f2db.txt "Despite his best efforts Allen was thought of as a vendor, not a strategic partner."
* [Present your proposal for your firm to lead the Monterrey work, with a capped fee # coach: Answering his question with a pitch turns the meeting into a sales call — the approach that kept you a vendor for two years. The ask fails until the relationship can carry it.]
  ~ gain("hoshino", "ability", 4, 1.0)
  { business_ask("hoshino", 0.8):
    He turns the pages slowly.
    Send this to Ishida-san, please. # speaker: hoshino
  - else:
    He listens to eleven slides with great courtesy. # mood: closed
    Thank you. We will study it. # speaker: hoshino
  }
- { trust("nakamura") >= NAKAMURA_OPENS:
  As they stand to leave, Nakamura mentions, quietly, that the President pitched for his university and has never seen the Dodgers play at home. They play the Giants tonight.
- else:
  As they stand to leave, the President thanks you for your time. His car is waiting downstairs.
}
// source: 001_1e469cd77422f2db.txt "And the last time his client’s CEO visited Los Angeles, they even went to a ball game together."
* {trust("nakamura") >= NAKAMURA_OPENS} [Invite the President, Ishida and Nakamura to the game tonight — your seats, no agenda # coach: A shared experience on your home ground, with nothing to sell, is where the personal relationship forms. The business follows it, not the other way round.]
  ~ ballgame = true
  ~ gain("hoshino", "benevolence", 16, 1.5)
  ~ gain("hoshino", "positivity", 12, 1.4)
  ~ gain("nakamura", "benevolence", 10, 1.3)
  ~ gain("nakamura", "positivity", 8, 1.3)
  ~ gain("ishida", "benevolence", 6, 1.2)
  ~ gain("ishida", "positivity", 6, 1.2)
  The President looks at Nakamura. Nakamura looks at the ceiling.
  I would like that very much. # speaker: hoshino # mood: pleased # cue: An evening with no agenda
  -> ballpark
// source: 001_1e469cd77422f2db.txt "This is completely foreign to many Westerners"
* [Invite them to dinner at a steakhouse to go through your proposal # coach: A dinner built around your proposal keeps the evening — and the relationship — at the level of a sales meeting.]
  ~ gain("hoshino", "positivity", 3, 1.0)
  ~ loss("hoshino", "coordination", 4, 1.2)
  The steaks are excellent. The President asks polite questions about the proposal and leaves before dessert; he has an early flight.
  -> verdict
// source: 001_1e469cd77422f2db.txt "Building personal relationships is critical."
* {trust("nakamura") < NAKAMURA_OPENS} [See them to the elevator, and send a handwritten note to their hotel # coach: A gracious goodbye is right. But nobody has told you what would have made the evening — the people who could have did not yet feel they knew you.]
  ~ gain("hoshino", "positivity", 4, 1.1)
  ~ gain("nakamura", "positivity", 2, 1.0)
  The note reaches the hotel before they do. Nakamura thanks you for it the following week, by email.
  -> verdict

= ballpark
~ meeting("hoshino", 600)
Dodger Stadium, bottom of the fifth. The President keeps score in pencil, in a notation you have never seen. # place: ballpark # location: Los Angeles # date: September, year two
At Nagoya Dome the fans are louder. But this field is very beautiful. # speaker: hoshino # mood: pleased
Nakamura, it turns out, was a catcher in high school. He and the President have argued about the 1988 Dragons for thirty years.
// source: 001_1e469cd77422f2db.txt "Real business doesn’t happen unless a strong relationship at a personal level has been built before hand."
* [Ask them both about their baseball — and leave business for Monday # coach: Interest in him as a person, on his terms, is the relationship he was waiting for. The business can then go through the right people, at the right time.]
  ~ gain("hoshino", "benevolence", 10, 1.4)
  ~ gain("hoshino", "attentiveness", 10, 1.3)
  ~ gain("nakamura", "benevolence", 8, 1.3)
  ~ gain("nakamura", "attentiveness", 6, 1.3)
  The President pitched three seasons. He lost to Waseda in 1978 on a wild pitch, and he still remembers the batter's name. By the seventh inning he is teaching you his scoring symbols.
  On Monday you call Nakamura: what would be the right next step on Monterrey?
  { business_ask("nakamura", 0.5):
    Ishida-san will call you this week. The President asked her to. # speaker: nakamura # mood: pleased
  - else:
    I will pass it along. # speaker: nakamura
  }
// source: 001_1e469cd77422f2db.txt "Power distance, the distance a boss and an employee are separated by culture, is tremendously important in Japan."
* [Use the seventh-inning stretch to ask him for the Monterrey work # coach: Even at a ball game, a business ask made to the President himself lands only if the relationship can already carry it — and it skips the people he would normally ask first.]
  { business_ask("hoshino", 0.6):
    He laughs.
    Nakamura said you would ask tonight. Ishida-san said you would wait until Monday. Talk to her. # speaker: hoshino
  - else:
    He smiles, says "Of course, of course," and turns back to the field. # mood: uneasy
  }
- -> verdict

// ─── The relationship decides ────────────────────────────────────────────────────────────────
=== verdict ===
{
  - trust("hoshino") >= PARTNER_TRUST && rapport("hoshino") >= PARTNER_RAPPORT: -> ending_partner
  - trust("hoshino") >= ADVISER_TRUST || trust("nakamura") >= ADVISER_TRUST: -> ending_adviser
  - else: -> ending_vendor
}

=== ending_partner ===
# ending: partner
# ending_title: A strategic partner
Three months later Hoshino asks your firm to lead the Monterrey joint venture. Ishida runs it from Nagoya; Nakamura calls it "our project".
{ballgame: On the President's desk in Nagoya there is a Dodgers scorecard, filled in with symbols nobody else can read.}
# learn: 001: Real business does not happen until a personal relationship has been built first; in a relationship-based culture, the time it takes is the work.
# learn: 001: With high power distance, the way to the President runs through the people he trusts — ask them how, and let them introduce you.
# learn: 001: A vendor sells; a strategic partner brings value before anyone pays for it, and gives candid advice when asked.
# learn: 001: Shared time with no agenda — an evening in Nagoya, a ball game in Los Angeles — turns a business contact into a relationship.
-> END

=== ending_adviser ===
# ending: adviser
# ending_title: A good lawyer, still a vendor
The contract work grows, and Nakamura sends every new US matter your way. The Monterrey joint venture goes to a firm the President has known for twenty years.
# learn: 001: Competence earns trust in your work; it does not by itself earn a place at the President's table.
# learn: 001: Asking for the business before the relationship can carry it keeps you in the vendor's seat, however good the offer.
# learn: 001: Let your contacts carry good news up the hierarchy; it gives them face and makes them your sponsors.
-> END

=== ending_vendor ===
# ending: vendor
# ending_title: Still passing it along
A year later your requests are still being passed along. Nakamura is posted back to Nagoya, and his successor asks for your rate card.
# learn: 001: A polite "I will pass it along" is an answer. Pressing harder, or going around it, only makes it firmer.
# learn: 001: Going over your contact's head costs him face with his own President and closes the door you wanted opened.
# learn: 001: Treating an Eastern client the way you treat your Western clients — product, price, pitch — keeps you a vendor.
# learn: 001: Relationships are between people; without one, a change of contact means starting again from nothing.
-> END
