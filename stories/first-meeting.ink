# title: The first meeting in Osaka
# summary: A packaging-machine maker in Osaka is testing your servo drive. Three people will decide together: a section chief who speaks for the group, his general manager who says little, and a young engineer who knows your product better than you do. A first visit, a "we will consider it", and a decision that is made before anyone announces it.
# role: You are Daan Visser, product manager at Brabant Motion in Eindhoven (the Netherlands), a maker of servo drives. Tanabe Seiki in Higashi-Osaka, which builds packaging machines, has been testing your new drive for its next line of form-fill-seal machines.
# minutes: 20
# seeds: 002_4348346f83066296, 003_2998f7574354a4b6
# pass_mark: 57
# order: 9
INCLUDE lib/rapport.ink

// Sources:
// 002_4348346f83066296.txt — "As for Japanese partners, you should focus on the culture of behavior
// through formal bows, how to give business cards, etc." Also from 002: researching the partner
// ("take the time to research their company, company culture"), professionalism and punctuality,
// choosing "a reasonable time to exchange" across time zones, and keeping the relationship
// ("Consider it a dinner or meeting to exchange, express goodwill").
// 003_2998f7574354a4b6.txt — "Remember the group. Even the most senior people in many companies can't
// make a decision without several rounds of consensus building, even among subordinates. This
// doesn't just depend on national cultural characteristics—say, Japanese group awareness versus
// Australian cowboy culture—but also on corporate norms." Also from 003: Westerners "try to unearth
// disagreements quickly in order to resolve them and move on"; the unqualified yes that hides a
// problem; "remember that there's a person beneath the stereotype".
//
// Beyond the seeds (named where used): Erin Meyer, The Culture Map (2014) — Japan at the
// high-context end of communicating (ch. 1, "reading the air", kuuki wo yomu), and at the
// consensual end of deciding: nemawashi (consulting everyone informally before the meeting) and the
// ringi circular (ch. 5, "Big D or Little d"); the Netherlands at the direct, egalitarian end of
// both. Terri Morrison and Wayne A. Conaway, Kiss, Bow, or Shake Hands (2nd ed., 2006), on the
// meishi: offered and received with both hands, read, and kept on the table during the meeting.
//
// Calendar: 2026. Day 0 is Tuesday 13 October (the first visit); day 21 Tuesday 3 November (the
// video call); day 22 Wednesday 4 November (Sakamoto's email); day 30 Thursday 12 November (Morita's
// call); day 44 Thursday 26 November (the second visit); day 63 Tuesday 15 December (the decision).
// The Netherlands leaves summer time on 25 October, so from November Osaka is eight hours ahead:
// 16:30 in Osaka is 8:30 in Eindhoven.

// Ending thresholds, in one place (calibrated with `npm run stories -- --figures`).
// Adoption needs all three: the general manager signs, the section chief carries it, the engineer
// vouches for it.
CONST ADOPT_OKADA = 55
CONST ADOPT_MORITA = 55
CONST ADOPT_SAKAMOTO = 55
// Below adoption, a trial on one machine if the three relationships together still stand: their
// Trust and Rapport, six meters, at least this much.
CONST TRIAL_STANDING = 240

~ cast()
-> night_before

// The cast. Individuals first, culture second.
//
// Kenji Okada, 61, buchō (general manager) of Tanabe Seiki's machine division. Forty years at
// Tanabe, joined from a technical high school in Higashi-Osaka; signs the ringi circular last, after
// everyone below him has stamped it. Speaks English slowly and rarely in meetings; listens with his
// eyes half closed, which is attention, not sleep. Judges an outsider by how he treats Tanabe's
// people, not by his slides.
// Profile: deeply relationship-based (0.85); a general manager in a hierarchical firm (power
// distance 0.9); the division is his family (collectivism 0.75); very indirect (0.2); loyal to those
// he knows (flexibility 0.5).
//
// Hiroshi Morita, 47, kachō (section chief) of drive and control purchasing. Four years at Tanabe's
// sales office in Singapore; good English; the one who speaks for the group and writes the ringi.
// Never says no — he says "it is a little difficult" or "we will consider it".
// Profile: relationship-based (0.75); feels the hierarchy above and below him (power distance 0.8);
// speaks for a group, never for himself (collectivism 0.8); indirect (0.25); will bend for people he
// trusts (flexibility 0.5).
//
// Yui Sakamoto, 29, control engineer. Ran the three-month test of your drive and wrote its report.
// A master's degree at TU Delft, two years in the Netherlands; she is where "never put a junior on
// the spot, always go through her section chief" fails: she wants a straight question and a straight
// answer, and is tired of being talked past.
// Profile: trusts work first (relationship orientation 0.4); respects her seniors but is not silenced
// by them (power distance 0.45); a team player with her own judgement (collectivism 0.5); direct
// (0.75); prefers one clear rule (flexibility 0.35).
=== function cast() ===
~ counterpart("okada", "Kenji Okada", 0.85, 0.9, 0.75, 0.2, 0.5)
~ counterpart("morita", "Hiroshi Morita", 0.75, 0.8, 0.8, 0.25, 0.5)
~ counterpart("sakamoto", "Yui Sakamoto", 0.4, 0.45, 0.5, 0.75, 0.35)

// ─── Meeting 1 — day 0: the first visit ──────────────────────────────────────────────────────
=== night_before ===
Monday evening, a business hotel by Shin-Osaka station. You landed at Kansai at four; the meeting at Tanabe Seiki is tomorrow at ten. # place: lobby-night # location: Osaka # date: Monday 12 October # absent: okada, morita, sakamoto # id: fm-0001
The invitation came from the section chief, Hiroshi Morita. It names three people: Okada, general manager; Morita, section chief; Sakamoto, engineer. # id: fm-0002
Your assistant in Eindhoven had cards printed for the trip: English on one side, Japanese on the other. You have one evening. # id: fm-0003
// source: 002_4348346f83066296.txt "you should also take the time to research their company, company culture and more broadly the culture of that country"
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 4: in a hierarchical culture, knowing
// who stands where is part of the preparation.
* [Rehearse the demo until the timing plot runs cleanly # coach: A flawless demo is good preparation, and the drive matters. But tomorrow begins with people, not plots: you will meet three of them without knowing who they are or where they stand. # id: fm-0004]
  ~ loss("okada", "attentiveness", 3, 0.8)
  ~ loss("morita", "coordination", 4, 0.8)
  The demo runs nine times without a hitch. At midnight you could do it asleep. # id: fm-0005
* [Read up on Tanabe, and learn the three names and their ranks # coach: Researching the partner is respect you can show from the first minute: you will know who the general manager is, greet him first, and ask Tanabe about itself rather than talk about yourself. # id: fm-0006]
  ~ gain("okada", "attentiveness", 9, 1.4)
  ~ gain("morita", "coordination", 10, 1.4)
  Tanabe Seiki: founded 1958 in a Higashi-Osaka backstreet, now 900 people. You learn that a buchō ranks above a kachō, and say "Okada-san, Morita-san, Sakamoto-san" until it sounds natural. # id: fm-0007
* [Write to Morita: could you skip the introductions, to leave the engineers more time? # coach: It is considerate of their engineers' time, at home. Here the introductions are the point of a first visit, and you have asked the section chief to change his general manager's programme. # id: fm-0008]
  ~ loss("okada", "attentiveness", 3, 0.8)
  ~ loss("morita", "coordination", 4, 0.8)
  The answer arrives within the hour: "Thank you for your suggestion. We will be glad to welcome you at 10:00. Morita" # id: fm-0009
- -> first_visit

=== first_visit ===
~ meeting("okada", 0)
~ meeting("morita", 0)
~ meeting("sakamoto", 0)
Tanabe Seiki, Higashi-Osaka: a grey five-storey building between workshops, a company flag, slippers by the door. You are at the front desk at 9:48. # place: reception # location: Higashi-Osaka # date: Tuesday 13 October # id: fm-0010
// source: 002_4348346f83066296.txt "arrive about 10-15 minutes early"
The lift opens, and three people come towards you: an older man in a grey suit, a man in his forties carrying a folder, and a young woman with a laptop under her arm. # enter: okada, morita, sakamoto # id: fm-0011
The man with the folder steps forward half a pace. # id: fm-0012
Visser-san. Welcome to Tanabe. I am Morita. This is our general manager, Okada, and our engineer, Sakamoto. # speaker: morita # id: fm-0013
// source: 002_4348346f83066296.txt "As for Japanese partners, you should focus on the culture of behavior through formal bows, how to give business cards, etc."
// beyond the seeds: Morrison and Conaway, Kiss, Bow, or Shake Hands (2006): the meishi is
// presented with both hands, the print facing the receiver, to the most senior person first; a card
// received is read, and kept on the table during the meeting.
* [Bow, and give Okada your card first with both hands, Japanese side towards him # coach: The card is the person. Offered with both hands to the most senior first, turned so he can read it, then his card read before it goes on the table: that is the whole first impression, and he watches it. # id: fm-0014]
  ~ gain("okada", "positivity", 12, 1.5)
  ~ gain("okada", "attentiveness", 9, 1.4)
  ~ gain("morita", "positivity", 8, 1.4)
  ~ gain("sakamoto", "positivity", 6, 1.3)
  You bow, a little lower than he does, and offer your card with both hands. He takes it the same way, reads it, and reads the Japanese side again. # id: fm-0015
  Brabant... Motion. Eindhoven. Ah, Philips. # speaker: okada # mood: pleased # id: fm-0016
  Upstairs you lay their three cards on the table in the order they sit. # id: fm-0017
* [Shake hands with each of them warmly, then hand round your cards as you sit down # coach: A firm handshake and an easy manner are a good start in Eindhoven. Here the card given in passing, to whoever is nearest, tells the general manager that you do not know who he is. # id: fm-0018]
  ~ loss("okada", "positivity", 4, 0.8)
  ~ loss("okada", "attentiveness", 3, 0.8)
  ~ loss("morita", "positivity", 3, 0.8)
  Three handshakes, a little stiff. In the meeting room you deal your cards across the table. Okada turns his over, looks at it, and puts it in his pocket. # id: fm-0019
* [Bow to Morita first — he invited you — and give him your card # coach: Thanking your host first is courteous anywhere. But the card order is rank order: beginning with the section chief, in front of his own general manager, puts Morita in an awkward place. # id: fm-0020]
  ~ loss("okada", "positivity", 4, 0.8)
  ~ loss("okada", "attentiveness", 3, 0.8)
  ~ loss("morita", "positivity", 3, 0.8)
  Morita takes your card, bows, and passes it at once to Okada, with both hands, before he reads it himself. # id: fm-0021
- -> presentation

= presentation
The meeting room on the fourth floor: a long table, green tea in lidded cups, a projector. # place: meeting-room # present: okada, morita, sakamoto # id: fm-0022
You present the drive. Morita asks the questions, carefully, one by one. Okada listens with his eyes half closed. Sakamoto types, and says nothing. # id: fm-0023
Morita turns a page in his folder. # id: fm-0024
What is your plan for Japan, Visser-san? # speaker: morita # id: fm-0025
// source: 003_2998f7574354a4b6.txt "Even the most senior people in many companies can’t make a decision without several rounds of consensus building, even among subordinates."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 5: in Japan the general manager
// rarely decides in the meeting; the meeting confirms what the group has prepared.
* [Turn to Okada and ask him directly what he thinks of the drive # coach: In Eindhoven you would go to the person who decides. Here Okada does not decide in the meeting, and a direct question in front of his people asks him to speak for a group that has not yet talked. # id: fm-0026]
  ~ face_threat("okada", 0.4, 0.3, true, 0)
  ~ loss("morita", "coordination", 4, 0.8)
  ~ loss("sakamoto", "attentiveness", 3, 0.8)
  Okada-san, what do you think of the drive? # speaker: you # id: fm-0027
  Okada opens his eyes, looks at Morita, and says something short in Japanese. # mood: uneasy # id: fm-0028
  We will study it carefully. # speaker: morita # id: fm-0029
* [Give the roadmap in one minute, then go straight to the price sheet # coach: Efficient and respectful of their time, by Dutch standards. But a first visit is for them to learn who you are; going straight to price tells them you came to sell, not to know Tanabe. # id: fm-0030]
  ~ face_threat("okada", 0.4, 0.3, true, 0)
  ~ loss("morita", "coordination", 4, 0.8)
  ~ loss("sakamoto", "attentiveness", 3, 0.8)
  You show the roadmap, then the price sheet. Morita copies the numbers into his folder. Okada closes his eyes again. # id: fm-0031
* [Answer Morita fully, and ask the room what Tanabe's own next machine needs # coach: The section chief speaks for the group, so you answer him — and then you ask the group about itself. A question to the room lets each of them answer in the order they choose. # id: fm-0032]
  ~ gain("morita", "coordination", 12, 1.4)
  ~ gain("morita", "attentiveness", 9, 1.4)
  ~ gain("okada", "benevolence", 8, 1.4)
  ~ gain("sakamoto", "attentiveness", 8, 1.3)
  ~ gain("okada", "coordination", 8, 1.4)
  Morita looks at Okada, who nods. Morita answers: faster sealing, less energy, a machine that a new operator can set up in an hour. Sakamoto adds one number without being asked: the sealing station runs at 45 degrees. # id: fm-0033
- -> the_silence

= the_silence
At last the delivery terms. Your standard lead time is sixteen weeks. You say so. # id: fm-0034
Nobody speaks. Morita looks at the table. Okada sips his tea. Sakamoto stops typing. Five seconds. Ten. # id: fm-0035
# discuss: In Eindhoven ten seconds of silence after a number means something went wrong. What might it mean in this room — and what do you lose by filling it?
// source: 003_2998f7574354a4b6.txt "They try to unearth disagreements quickly in order to resolve them and move on."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 1: in a high-context culture silence
// is part of the conversation; the listener "reads the air" rather than asks.
* [Fill the gap: offer twelve weeks, air freight on your account # coach: A quick concession keeps the mood warm and may be needed one day. Offered to a silence, it tells them your terms move when nobody speaks, and Morita must now explain a number he never asked for. # id: fm-0036]
  ~ loss("morita", "coordination", 5, 0.8)
  ~ loss("okada", "ability", 4, 0.8)
  We could do twelve weeks, by air, at our cost. # speaker: you # id: fm-0037
  Morita writes it down. Nobody looks pleased. # mood: uneasy # id: fm-0038
* [Ask plainly: "Is sixteen weeks a problem for you?" # coach: Surfacing a disagreement quickly is the Western way of solving it. Asked in front of the general manager, it forces the section chief to say no in public — or to say nothing. # id: fm-0039]
  ~ loss("morita", "coordination", 5, 0.8)
  ~ loss("okada", "ability", 4, 0.8)
  Is sixteen weeks a problem for you? # speaker: you # id: fm-0040
  Morita glances at Okada before he answers. # mood: uneasy # id: fm-0041
* [Wait. Drink your tea, and let the silence run # coach: In a high-context room, silence is people thinking, and consulting each other without words. Letting it run shows you can read the air, and leaves the next word to them. # id: fm-0042]
  ~ gain("morita", "coordination", 12, 1.5)
  ~ gain("okada", "positivity", 9, 1.4)
  ~ gain("sakamoto", "coordination", 6, 1.3)
  You pick up your cup. Fifteen seconds. Then Morita speaks, slowly. # id: fm-0043
- Sixteen weeks... is a little difficult for us. # speaker: morita # id: fm-0044
// source: 003_2998f7574354a4b6.txt "The American expects pushback or at least a discussion of tradeoffs."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 1 and 2: in Japanese business English
// "a little difficult" is usually a polite no.
* [Hear it as a no: thank him, and promise to come back with what Eindhoven can do # coach: "A little difficult" is usually a polite no. Taking it as one, without making him say so, and going away to work on it, keeps his face and shows you heard. # id: fm-0045]
  ~ gain("morita", "attentiveness", 12, 1.5)
  ~ gain("morita", "benevolence", 8, 1.4)
  ~ gain("okada", "attentiveness", 8, 1.4)
  Thank you, Morita-san. I understand. Let me take that back to Eindhoven, and come back to you with what we can do. # speaker: you # id: fm-0046
  Thank you. # speaker: morita # mood: pleased # id: fm-0047
* [Ask what lead time would work, so that you can settle it here and now # coach: Settling the open point while everyone is in the room is efficient. But the number they need is a group decision not yet made; asking for it now asks Morita to decide in front of his general manager. # id: fm-0048]
  ~ face_threat("morita", 0.5, 0.2, true, 0)
  ~ loss("okada", "coordination", 3, 0.8)
  What lead time would work for you? Then we can settle it today. # speaker: you # id: fm-0049
  We will need to consider it internally. # speaker: morita # mood: uneasy # id: fm-0050
* [Point out that sixteen weeks is normal, and the rivals are slower # coach: A fact that is true and helps your case. But it answers a polite no with an argument, and tells the group that their concern is the problem, not your terms. # id: fm-0051]
  ~ face_threat("morita", 0.5, 0.2, true, 0)
  ~ loss("okada", "coordination", 3, 0.8)
  Sixteen weeks is normal for the industry. Most of our competitors quote twenty. # speaker: you # id: fm-0052
  I see. # speaker: morita # mood: uneasy # id: fm-0053
- -> dinner

= dinner
That evening Okada invites you to an izakaya near Fuse station: a counter, paper lanterns, grilled skewers. Morita sits beside you; Sakamoto has a train to catch. # place: restaurant # present: okada, morita # id: fm-0054
Okada fills your glass with beer, and waits. # id: fm-0055
// source: 002_4348346f83066296.txt "Consider it a dinner or meeting to exchange, express goodwill"
// beyond the seeds: Morrison and Conaway, Kiss, Bow, or Shake Hands (2006): at a Japanese table
// you pour for others, never for yourself, and they pour for you.
* [Use the warmer mood to ask Okada frankly what stands in the way of an order # coach: After hours is where people speak more freely, and it is tempting to use it. At the first dinner, asked by the guest, the question turns the general manager's hospitality into a negotiation. # id: fm-0056]
  ~ loss("okada", "benevolence", 5, 0.8)
  ~ loss("okada", "positivity", 4, 0.8)
  ~ loss("morita", "positivity", 3, 0.8)
  Okada laughs softly, says "difficult question", and orders more skewers. Morita changes the subject to football. # id: fm-0057
* [Pour for both of them, and ask Okada about Tanabe's first machine # coach: Pouring for your hosts and asking about their company's story — not your product — is goodwill given back. The dinner is part of the business, and it is not yet the place for it. # id: fm-0058]
  ~ gain("okada", "benevolence", 12, 1.5)
  ~ gain("okada", "positivity", 10, 1.4)
  ~ gain("morita", "positivity", 9, 1.4)
  You fill their glasses; Morita fills yours. Okada tells you about the first machine, 1961, a tea-bag packer, and the founder who slept in the workshop. # id: fm-0059
  Next time, Visser-san, you see the museum. # speaker: okada # mood: pleased # id: fm-0060
* [Thank him, and explain you have an early flight # coach: Being fresh for the flight is sensible, and you have had a long day. But the dinner was the general manager's gift, and leaving at nine tells him the business day ended when the meeting did. # id: fm-0061]
  ~ loss("okada", "benevolence", 5, 0.8)
  ~ loss("okada", "positivity", 4, 0.8)
  ~ loss("morita", "positivity", 3, 0.8)
  Okada says of course, of course, and asks for the bill at a quarter to nine. # id: fm-0062
- -> video_call

// ─── Meeting 2 — day 21: "we will consider it" ──────────────────────────────────────────────
=== video_call ===
~ meeting("morita", 21)
~ meeting("sakamoto", 21)
Three weeks later. 8:30 in Eindhoven, 16:30 in Osaka. On screen, Morita and Sakamoto in the fourth-floor meeting room. # place: video-call # location: Eindhoven # date: Tuesday 3 November # absent: okada # id: fm-0063
// source: 002_4348346f83066296.txt "you need to choose a reasonable time to exchange"
You present the revised offer: twelve weeks, with a buffer stock held in your warehouse in Venlo for Tanabe alone. # id: fm-0064
Morita listens, makes a note, and looks up. # id: fm-0065
Thank you, Visser-san. We will consider it. # speaker: morita # id: fm-0066
// source: 003_2998f7574354a4b6.txt "Even the most senior people in many companies can’t make a decision without several rounds of consensus building, even among subordinates."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 5: nemawashi, "preparing the roots":
// the proposal goes round the people it touches, informally, before any formal decision.
* [Ask for an answer by the end of the month: the Venlo stock has to be reserved # coach: A clear date is fair to both sides in Eindhoven, and the stock is real. But "we will consider it" means the proposal has begun its round of the people who must agree; a deadline asks Morita to cut that round short. # id: fm-0067]
  ~ loss("morita", "coordination", 6, 0.8)
  ~ loss("sakamoto", "coordination", 3, 0.9)
  Could we have an answer by the end of the month? We need to reserve the Venlo stock. # speaker: you # id: fm-0068
  We will do our best. # speaker: morita # mood: uneasy # id: fm-0069
* [Ask what would help the people who must agree: which papers, for whom # coach: "We will consider it" means the proposal now goes round the group. Asking what the people in that round need — and offering it in Japanese — helps Morita do the consensus building he has to do anyway. # id: fm-0070]
  ~ gain("morita", "coordination", 12, 1.5)
  ~ gain("morita", "benevolence", 10, 1.4)
  ~ gain("sakamoto", "coordination", 9, 1.4)
  Morita-san, who else will look at this, and what would help them? I can have anything translated. # speaker: you # id: fm-0071
  He thinks. Then: a one-page summary in Japanese for the production department, and the test data for the quality section. He writes you the names. # id: fm-0072
  This is very helpful. # speaker: morita # mood: pleased # id: fm-0073
* [Send the draft contract today, so it is ready when they agree # coach: Being ready saves weeks, and at home it signals commitment. Here it treats "we will consider it" as a yes, and a contract arriving before the group has talked reads as pressure. # id: fm-0074]
  ~ loss("morita", "coordination", 6, 0.8)
  ~ loss("sakamoto", "coordination", 3, 0.9)
  The contract goes out at eleven. Morita thanks you for it by email, in two lines. # id: fm-0075
- -> the_email

= the_email
The next morning, in your office in Eindhoven, an email in your inbox from Sakamoto — to you alone. # place: office # date: Wednesday 4 November # absent: sakamoto, morita # id: fm-0076
Visser-san, I could not ask this in the meeting. Please tell me directly: at 45 degrees in our sealing station, does your drive lose torque? Our last supplier said "no problem". It was a problem. # speaker: sakamoto # via: email # id: fm-0077
It does. Above 40 degrees the drive derates: at 45, about twelve percent less continuous torque. The next size up, or a fan kit, solves it. # id: fm-0078
# discuss: The textbook says: go through the section chief, and do not put a junior engineer on the spot. Why does it fail here — and what would going through Morita cost?
// source: 003_2998f7574354a4b6.txt "remember that there’s a person beneath the stereotype"
// and 003_2998f7574354a4b6.txt "The Indian's assumption is that good customer service requires an unqualified yes."
* [Reply to Morita, her section chief, with a careful answer for his team # coach: Going through the section chief is what the books say about Japan, and it protects a junior from being exposed. But she wrote to you alone to get a straight answer, and you sent it round her, to her boss. # id: fm-0079]
  ~ loss("sakamoto", "attentiveness", 5, 0.7)
  ~ loss("sakamoto", "coordination", 4, 0.7)
  You write to Morita: a careful paragraph on operating temperatures, the derating curve attached. # id: fm-0080
  Sakamoto does not write again. Morita forwards your email to her with one line in Japanese. # id: fm-0081
* [Reassure her kindly: the drive runs in hot plants # coach: A reassuring answer feels like good service, and the drive does run in hot plants. But she asked whether it derates, it does, and "no problem" is exactly what the last supplier said. # id: fm-0082]
  ~ loss("sakamoto", "integrity", 7, 0.7)
  ~ loss("sakamoto", "ability", 3, 0.8)
  You write that the drive runs in bakeries and bottling plants at those temperatures without trouble. # id: fm-0083
  In her test report the following week, a new line appears: "Supplier did not confirm derating. Measured: −12 % at 45 °C." # mood: closed # id: fm-0084
* [Answer her straight, with the curve and the fix, and copy Morita # coach: She asked a direct question and wants a direct answer: the number, the curve, the fix. Copying Morita keeps her section chief informed without going around either of them. # id: fm-0085]
  ~ gain("sakamoto", "integrity", 12, 1.5)
  ~ gain("sakamoto", "ability", 12, 1.5)
  ~ gain("sakamoto", "attentiveness", 9, 1.4)
  ~ gain("sakamoto", "positivity", 8, 1.4)
  ~ gain("morita", "integrity", 8, 1.3)
  You send her the derating curve, the twelve percent, and the two fixes with their prices. Morita in copy. # id: fm-0086
  Her reply comes at 2 a.m. your time: "Thank you. This is the first straight answer. I will test the fan kit." # speaker: sakamoto # via: email # id: fm-0087
- -> the_phone_call

// ─── Meeting 3 — day 30: the roots ──────────────────────────────────────────────────────────
=== the_phone_call ===
~ meeting("morita", 30)
A week later Morita calls, late in his day, early in yours. # place: office # location: Eindhoven # date: Thursday 12 November # remote: morita # id: fm-0088
Visser-san, thank you for your patience. Okada-san has read your offer. But our production department has some... worries. Mr Fujii, the production chief, has not yet seen your drive. # speaker: morita # id: fm-0089
// source: 003_2998f7574354a4b6.txt "consensus building, even among subordinates"
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 5: in nemawashi the real decision is
// made in informal talks before the meeting; the meeting only confirms it.
* [Offer to fly in and meet Fujii informally on the shop floor # coach: Nemawashi: go to the worried people first, informally, so that the formal meeting can confirm what has been agreed. Offering to come yourself tells the group their consensus is worth the trip. # id: fm-0090]
  ~ gain("morita", "coordination", 12, 1.5)
  ~ gain("morita", "benevolence", 9, 1.4)
  ~ gain("okada", "benevolence", 8, 1.4)
  Could I come to Osaka and see Fujii-san on the shop floor? No slides. Just his questions. # speaker: you # id: fm-0091
  A pause on the line. Then, warmer: I will arrange it. Thursday the 26th. # speaker: morita # mood: pleased # id: fm-0092
* [Suggest one formal meeting with Okada and Fujii together, to settle it in one go # coach: One meeting with everyone who matters saves weeks, and puts every worry on the table at once. But a production chief asked to agree in front of the general manager, before anyone has talked to him, will not — and Morita would have failed to prepare the ground. # id: fm-0093]
  ~ loss("morita", "coordination", 6, 0.8)
  ~ loss("okada", "coordination", 4, 0.8)
  Morita says he will ask. The next day he writes that a joint meeting "may be difficult before the new year". # id: fm-0094
* [Send Fujii a full written Q and A in English, for Morita to pass on # coach: Written answers are thorough and easy to forward. But worries are not only questions; Fujii has not met you, and Morita is left to carry your paper into a room you never entered. # id: fm-0095]
  ~ loss("morita", "coordination", 6, 0.8)
  ~ loss("okada", "coordination", 4, 0.8)
  You send eleven questions and eleven answers. Morita thanks you, and says he will "share it". # id: fm-0096
- -> shop_floor

// ─── Meeting 4 — day 44: the second visit ───────────────────────────────────────────────────
=== shop_floor ===
~ meeting("morita", 44)
~ meeting("sakamoto", 44)
Tanabe's assembly hall: six form-fill-seal machines in a row, the smell of warm film, a radio playing softly. Mr Fujii, the production chief, in a blue work jacket. # place: factory-floor # location: Higashi-Osaka # date: Thursday 26 November # present: morita, sakamoto # absent: okada # id: fm-0097
He speaks through Morita. The operators who set up the machines are mostly older, or new. The setup screens of your drive are in English. # id: fm-0098
Our people must be able to use it on the night shift, alone. # speaker: Mr Fujii # id: fm-0099
// source: 003_2998f7574354a4b6.txt "Prospects from countries like India or China are less likely to accept standard, non-customized services"
// and 002_4348346f83066296.txt "equipping foreign language skills also shows your respect in this partnership"
* [Explain that many Japanese plants already run the screens in English # coach: It may well be true, and it defends your product. But it answers a worry about the night shift with a claim about other plants, and tells Fujii his people must adapt to you. # id: fm-0100]
  ~ loss("morita", "attentiveness", 5, 0.8)
  ~ loss("sakamoto", "coordination", 4, 0.8)
  Fujii listens politely to Morita's translation, and says nothing. # id: fm-0101
* [Commit in writing: Japanese setup screens by March, and training by your Osaka engineer # coach: Adapting the product to the people who will use it — and putting a date on it — answers the real worry. The production chief's consent is part of the group's, and you have just earned it. # id: fm-0102]
  ~ gain("morita", "ability", 12, 1.4)
  ~ gain("sakamoto", "ability", 9, 1.4)
  ~ gain("morita", "attentiveness", 8, 1.4)
  ~ gain("sakamoto", "coordination", 8, 1.4)
  Japanese screens by March, and our engineer in Osaka trains your night shift before the first machine ships. I will put it in writing. # speaker: you # id: fm-0103
  Fujii reads Morita's note of it twice, then shakes your hand: the first handshake at Tanabe. # mood: pleased # id: fm-0104
* [Offer a discount on the first machines to cover Tanabe's own training costs # coach: It puts money where the worry is, and at home that would close it. But the worry is the operator alone on the night shift, and a discount leaves him as alone as before. # id: fm-0105]
  ~ loss("morita", "attentiveness", 5, 0.8)
  ~ loss("sakamoto", "coordination", 4, 0.8)
  Morita translates. Fujii nods, and asks again who will train the night shift. # id: fm-0106
- -> okada_asks

= okada_asks
~ meeting("okada", 44)
Afterwards, the meeting room on the fourth floor. Okada joins you, and this time he speaks first, in slow English. # place: meeting-room # present: okada, morita, sakamoto # id: fm-0107
Visser-san. Many companies sell drives. Why Tanabe? # speaker: okada # id: fm-0108
// source: 002_4348346f83066296.txt "Whether the cooperation achieves the expected results or not, you should still maintain contact and respect with your partner."
// and 003_2998f7574354a4b6.txt "Remember the group."
* [Because Sakamoto's test improved your drive, and you want to build on it # coach: He asked why Tanabe, not why your drive. Naming what his people gave you — Sakamoto's test, by name — and offering a long road together answers as a partner, and credits the group in front of its head. # id: fm-0109]
  ~ gain("okada", "benevolence", 12, 1.5)
  ~ gain("okada", "attentiveness", 10, 1.4)
  ~ gain("okada", "positivity", 8, 1.4)
  ~ gain("sakamoto", "positivity", 12, 1.4)
  ~ gain("morita", "positivity", 8, 1.4)
  Because Sakamoto-san's test found what ours did not, and the fan kit is now in our catalogue. We would like to keep building the drive with Tanabe, for the next machine and the one after. # speaker: you # id: fm-0110
  Okada looks at Sakamoto, who looks at the table, and smiles. # mood: pleased # id: fm-0111
* [Because Tanabe would be your reference customer for Asia # coach: An honest ambition, and an important one for your firm. But it tells him what Tanabe is worth to you, not what you will be to Tanabe. # id: fm-0112]
  ~ loss("okada", "benevolence", 6, 0.8)
  ~ loss("okada", "attentiveness", 3, 0.8)
  ~ loss("sakamoto", "positivity", 3, 0.9)
  Okada nods slowly. "Reference," he repeats, and writes it on your card. # id: fm-0113
* [Because your drive gives Tanabe the best performance for its price, by a clear margin # coach: A good product at a good price is the answer at home, and it is true. But he asked about Tanabe, not about the drive: to a relationship-based general manager the answer sounds like a vendor's. # id: fm-0114]
  ~ loss("okada", "benevolence", 6, 0.8)
  ~ loss("okada", "attentiveness", 3, 0.8)
  ~ loss("sakamoto", "positivity", 3, 0.9)
  Okada nods. Morita turns to the price page in his folder. # id: fm-0115
- -> decision

// ─── Meeting 5 — day 63: the decision ───────────────────────────────────────────────────────
=== decision ===
~ meeting("okada", 63)
~ meeting("morita", 63)
~ meeting("sakamoto", 63)
Three weeks later, your third trip to Osaka. The ringi circular has gone round Tanabe: Fujii's stamp, the quality section's, Morita's, and at the top, Okada's. # place: meeting-room # location: Higashi-Osaka # date: Tuesday 15 December # present: okada, morita, sakamoto # id: fm-0116
// source: 003_2998f7574354a4b6.txt "several rounds of consensus building"
{
  - trust("okada") >= ADOPT_OKADA && trust("morita") >= ADOPT_MORITA:
    Okada reads the decision himself, in Japanese, and Morita puts it into English: Tanabe would like to go forward with Brabant Motion. The details will follow in writing. # id: fm-0117
  - else:
    Morita reads the decision: Tanabe would like to continue the evaluation, with one machine, for now. # id: fm-0118
}
Okada bows. Morita and Sakamoto bow with him. Everyone waits for you. # id: fm-0119
// source: 003_2998f7574354a4b6.txt "Remember the group."
// and 002_4348346f83066296.txt "Consider it a dinner or meeting to exchange, express goodwill because they took the time for this cooperation opportunity."
* [Bow deeply to Okada, thank him for his decision, and suggest signing today # coach: Thanking the man who signed, and moving to the contract, is how a deal is closed at home. But the decision is the group's; thanking only him passes over the people who carried it, and signing today rushes a firm that decides slowly and then moves together. # id: fm-0120]
  ~ loss("morita", "benevolence", 5, 0.8)
  ~ loss("sakamoto", "attentiveness", 5, 0.8)
  ~ loss("okada", "coordination", 3, 0.9)
  Okada says the contract will follow "in the proper way". Morita gathers his papers. # id: fm-0121
* [Thank them all, then ask to move the first delivery forward to January # coach: Thanks to everyone, and urgency that shows you are keen: both good instincts. But the plan was agreed by a whole company, round by round; asking to change it in the meeting that announces it asks them to start the round again. # id: fm-0122]
  ~ loss("morita", "benevolence", 5, 0.8)
  ~ loss("sakamoto", "attentiveness", 5, 0.8)
  ~ loss("okada", "coordination", 3, 0.9)
  Morita says he will "consider it". You hear, this time, what that means. # id: fm-0123
* [Bow to Okada first, then thank Morita and Sakamoto by name # coach: The group decided, so the group is thanked: the general manager first, then the section chief who carried the circular, then the engineer whose test decided it — by name, in front of their chief. # id: fm-0124]
  ~ gain("okada", "coordination", 10, 1.4)
  ~ gain("okada", "attentiveness", 8, 1.4)
  ~ gain("okada", "positivity", 8, 1.4)
  ~ gain("morita", "benevolence", 12, 1.5)
  ~ gain("sakamoto", "attentiveness", 12, 1.4)
  ~ gain("sakamoto", "benevolence", 8, 1.4)
  Okada-san, thank you. Morita-san, you carried this through your whole company. Sakamoto-san, your test made it a better drive. # speaker: you # id: fm-0125
  Sakamoto bows, a little lower than the others. Morita, for the first time, laughs out loud. # mood: pleased # id: fm-0126
- -> verdict

// ─── The relationship decides ───────────────────────────────────────────────────────────────
=== verdict ===
~ temp standing = trust("okada") + rapport("okada") + trust("morita") + rapport("morita") + trust("sakamoto") + rapport("sakamoto")
{
  - trust("okada") >= ADOPT_OKADA && trust("morita") >= ADOPT_MORITA && trust("sakamoto") >= ADOPT_SAKAMOTO: -> ending_adopted
  - standing >= TRIAL_STANDING: -> ending_trial
  - else: -> ending_considered
}

=== ending_adopted ===
# ending: adopted
# ending_title: On every new machine
In April the first form-fill-seal machine with your drive leaves Tanabe for a tea packer in Shizuoka, with Japanese setup screens. Sakamoto spends two weeks in Eindhoven on the next firmware. Okada's New Year card arrives in January, handwritten, addressed to you, not to Brabant Motion. # id: fm-0127
# learn: 002: The forms carry the respect: a bow, the card offered with both hands to the most senior first, read and kept on the table.
# learn: 003: Remember the group: the decision is made in rounds of consensus, down to the production chief and the engineer, before the meeting that announces it.
# learn: 003: "We will consider it" starts the round of consensus; help the section chief carry it rather than ask for a date.
# learn: 003: There is a person beneath the stereotype: the young engineer wanted a straight question and a straight answer.
-> END

=== ending_trial ===
# ending: trial
# ending_title: One machine, for now
{ trust("okada") >= ADOPT_OKADA && trust("morita") >= ADOPT_MORITA:
  The details, when they come in January, are smaller than the decision had sounded: Tanabe builds one machine with your drive and runs it for six months. # id: fm-0128
- else:
  In January the details arrive: Tanabe builds one machine with your drive and runs it for six months. # id: fm-0130
}
{ trust("sakamoto") >= ADOPT_SAKAMOTO:
  Sakamoto's reports are fair, and she writes to you directly when something is wrong. # id: fm-0131
- else:
  Sakamoto's reports are careful, and go to Morita, not to you. # id: fm-0132
}
{ trust("okada") >= ADOPT_OKADA:
  Okada asks to see you on your next visit. The line's other machines keep the Japanese drive they have always used. # id: fm-0133
- else:
  Okada does not come to the meetings; Morita brings his regards. The line's other machines keep the Japanese drive they have always used. # id: fm-0134
}
# learn: 003: Consensus takes time: pressing for a date, or for a decision in the meeting, makes the round slower, not faster.
# learn: 003: Silence and "a little difficult" are answers; filling them with concessions or questions asks people to say no in public.
# learn: 002: The first impression is made at the front desk, in the bow and the business card, before the first slide.
-> END

=== ending_considered ===
# ending: considered
# ending_title: Still being considered
{ trust("okada") >= ADOPT_OKADA && trust("morita") >= ADOPT_MORITA:
  The details promised in writing never come. In February Morita writes that Tanabe has decided to continue with its current supplier "for this generation", and thanks you for your great efforts. Your last two emails to Sakamoto are unanswered. # id: fm-0129
- else:
  In February Morita writes that Tanabe has decided to continue with its current supplier "for this generation", and thanks you for your great efforts. Your last two emails to Sakamoto are unanswered. # id: fm-0135
}
# learn: 002: A card handed round like a flyer, and a general manager greeted last, tell the room you did not research who they are.
# learn: 003: Westerners try to unearth disagreement quickly; in a Japanese meeting the disagreement is settled before the meeting, with the people who have worries.
# learn: 003: "No problem" to an engineer who asked whether there is a problem is the unqualified yes that ends trust.
# learn: 003: The group decides — the production chief and the engineer as much as the general manager; a proposal made only to the top has nobody to carry it.
-> END
