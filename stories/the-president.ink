# title: The President
# summary: Two years of contract work for a Japanese client, and every request to meet the President is "passed along". Change how you approach the relationship before you ask for the business.
# role: You are Allen Price, a "no nonsense" partner at Whitcomb & Price, Los Angeles, doing US contract work for Sato Industrial.
# minutes: 14
# seeds: 001_1e469cd77422f2db
# order: 2
INCLUDE lib/rapport.ink

// Source for every lesson here:
// 001_1e469cd77422f2db.txt — "Every time Allen tried to approach the President of the company, his
// efforts led nowhere. Everyone he spoke to was always very polite, telling him they would pass along
// his request."

CONST PARTNER_TRUST = 34
CONST VENDOR_TRUST = 26

VAR ballgame = false

~ cast()
-> los_angeles

// Kenji Mori runs legal affairs at Sato's US subsidiary: careful, loyal, with a son about to start
// at UC Irvine. He is the door to the President — and he decides what passes through it.
// Hiroshi Takeda, the President, built the US business himself and trusts people, not pitches.
=== function cast() ===
~ counterpart("mori", "Kenji Mori", 0.75, 0.8, 0.75, 0.25, 0.5)
~ counterpart("takeda", "Hiroshi Takeda", 0.85, 0.9, 0.8, 0.2, 0.5)

=== los_angeles ===
~ meeting("mori", 0)
Your office in Century City. Kenji Mori has come to collect the signed supply agreements — the fortieth set this year. # place: office # location: Los Angeles # date: year 1, day 1
Thank you, Mr Price. As always, very fast work. # speaker: mori
You have asked, four times in two years, to present your international practice to President Takeda.
I have passed your request to the President. He is very busy this quarter. # speaker: mori
// source: 001_1e469cd77422f2db.txt "Everyone he spoke to was always very polite, telling him they would pass along his request."
* [Press again: ask for a date with the President this month # coach: In a high power-distance company, pressing the gatekeeper for access to the top puts him in an impossible position; "passed along" was the answer.]
  ~ face_threat("mori", 0.7, 0.3, false, 0)
  ~ loss("mori", "ability", 4, 1.2)
  With respect, Kenji, it has been two years. Could we put a date in the diary this month? # speaker: you
  I will ask again. # speaker: mori # mood: uneasy
* [Ask Mori's advice: how does the President like to get to know a new adviser? # coach: Asking the gatekeeper for advice makes him a partner in the relationship instead of an obstacle to it.]
  ~ gain("mori", "benevolence", 8, 1.3)
  ~ gain("mori", "attentiveness", 6, 1.3)
  ~ gain("mori", "ability", 4, 1.2)
  Kenji, I may be going about this the wrong way. How does Mr Takeda like to get to know an adviser? # speaker: you
  He looks surprised, then thoughtful.
  Slowly. Through people he already trusts. Perhaps you could come to Tokyo for the planning week in spring. # speaker: mori
* [Email the President directly, copying Mori # coach: Going over the head of your contact breaks the hierarchy and costs him face with his own boss.]
  ~ face_threat("mori", 0.8, 0.2, true, 0)
  ~ loss("mori", "integrity", 5, 1.2)
  ~ business_ask("takeda", 0.8)
  Your email to the President receives a courteous reply from his assistant, copied to Mori.
- As he leaves, Mori mentions that his son starts at UC Irvine in the autumn.
// source: 001_1e469cd77422f2db.txt "Real business doesn't happen unless a strong relationship at a personal level has been built before hand."
* [Offer to show them the campus and introduce them to a friend on the faculty # coach: Personal help, given freely, is how a relationship — not a vendor contract — begins.]
  ~ gain("mori", "benevolence", 10, 1.4)
  My old roommate teaches engineering there. Would your son like a tour before term starts? # speaker: you
  That is very kind. My wife will be happy. # speaker: mori # mood: pleased
* [Congratulate him and get back to the agreements # coach: A polite word and back to business keeps the relationship exactly where it is: a vendor's.]
  ~ gain("mori", "positivity", 2, 1.0)
  Congratulations. Now — the Nevada agreement needs one more signature. # speaker: you
- -> tokyo

=== tokyo ===
~ meeting("mori", 120)
~ meeting("takeda", 120)
Spring. Sato's headquarters in Tokyo: a quiet lobby, a long table, the planning week. # place: lobby # location: Tokyo # date: year 1, day 121
Mori introduces you to the President's chief of staff. Business cards come out.
// source: 001_1e469cd77422f2db.txt "His new strategy had to be appropriate within Japanese business culture"
* [Receive the card with both hands, read it, and set it on the table in front of you # coach: Treating a business card with care is treating its owner with respect — small rituals carry weight in a hierarchy.]
  ~ gain("takeda", "attentiveness", 6, 1.3)
  ~ gain("mori", "positivity", 4, 1.2)
  You read the card, thank him, and lay it beside your notebook for the rest of the meeting.
* [Glance at it and slip it into your jacket pocket # coach: Pocketing a card unread tells its owner he is one more contact, not a person.]
  ~ loss("takeda", "attentiveness", 4, 1.2)
  The chief of staff notices. So does Mori.
- That evening the Tokyo team takes you to dinner. After dinner, someone suggests a second place: a small bar with a karaoke machine. # place: restaurant # location: Tokyo # date: year 1, day 121
// source: 000_ac8871b0fd25056d.txt "The Japanese like to go out drinking"
* [Go, and sing badly but gamely # coach: Shared evenings outside work are where personal relationships form in many Japanese companies — the business comes later.]
  ~ gain("mori", "positivity", 8, 1.3)
  ~ gain("takeda", "benevolence", 6, 1.2)
  Your rendition of "Hotel California" is remembered, fondly, for years. # place: hotel-bar
* [Thank them and go back to the hotel to prepare for tomorrow # coach: Declining the shared evening to prepare slides chooses the task over the relationship.]
  ~ loss("mori", "positivity", 4, 1.2)
  The team goes on without you.
- Over the last drink, Mori's manager asks what you think of Sato's plans in Mexico.
// source: 001_1e469cd77422f2db.txt "Despite his best efforts Allen was thought of as a vendor, not a strategic partner."
* [Listen, ask questions about their plans, and offer nothing to sell tonight # coach: Curiosity about their strategy, without a pitch, is how a vendor starts to become an adviser.]
  ~ gain("takeda", "benevolence", 6, 1.3)
  ~ gain("takeda", "ability", 4, 1.2)
  You ask about suppliers, about the labour rules, about what worries them. You take notes. You sell nothing.
* [Pitch your firm's Mexico practice and offer a fixed-fee package # coach: A pitch before the relationship exists confirms you are a vendor — and a business ask made too early fails.]
  ~ business_ask("takeda", 0.7)
  The manager nods politely. "We will consider it."
- -> the_recall

=== the_recall ===
~ meeting("mori", 400)
~ meeting("takeda", 400)
Year two. A US retailer threatens a recall over a supplier's faulty part. Sato's name is in the press on a Friday afternoon. # place: meeting-room # location: Los Angeles # date: year 2, day 36
// source: 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it. It shows great commitment"
* [Clear your weekend and work it through with Mori's team in their office # coach: Showing up in a crisis, in person and at a cost to yourself, proves care and competence at once.]
  ~ gain("mori", "benevolence", 10, 1.4)
  ~ gain("mori", "ability", 8, 1.3)
  ~ gain("takeda", "ability", 6, 1.2)
  By Sunday night the retailer has withdrawn its threat. Mori's team goes home at two in the morning.
* [Send your best associate and review her work by email # coach: Competent, but at a distance: it solves the problem without building the relationship.]
  ~ gain("mori", "ability", 6, 1.1)
  The associate is excellent. You follow along by email.
- On Monday you are asked how the President should hear about it.
// source: 001_1e469cd77422f2db.txt "Power distance, the distance a boss and an employee are separated by culture, is tremendously important in Japan."
* [Write the report for Mori to present to the President, with credit to his team # coach: Letting your contact carry good news up the hierarchy gives him face — and makes you someone he wants to bring upstairs.]
  ~ gain("mori", "benevolence", 8, 1.3)
  ~ gain("takeda", "integrity", 6, 1.2)
  Mori presents the report in Tokyo. A week later he calls: the President would like to meet you when he is in Los Angeles.
* [Send the report to the President yourself, so he sees what your firm did # coach: Bypassing your contact to claim credit at the top costs him face and confirms you are looking out for yourself.]
  ~ face_threat("mori", 0.6, 0.2, false, 0)
  ~ loss("takeda", "integrity", 4, 1.2)
  The President's office acknowledges receipt.
- -> the_visit

=== the_visit ===
~ meeting("mori", 700)
~ meeting("takeda", 700)
Two years after that Friday in Century City, President Takeda visits the Los Angeles office. Mori walks him into your conference room. # place: meeting-room # location: Los Angeles # date: year 3, day 336
Mr Price. Mori-san tells me you sing. # speaker: takeda
// source: 001_1e469cd77422f2db.txt "He had to completely change the way he was approaching the President."
* [Bow slightly, let Mori lead the conversation, and wait for the President to open business # coach: Following the hierarchy's rhythm — and letting your contact introduce you — is the approach the President expects.]
  ~ gain("takeda", "attentiveness", 8, 1.4)
  ~ gain("mori", "positivity", 6, 1.3)
  Only in Tokyo, and only once. It is an honour to meet you, Mr Takeda. # speaker: you
  He smiles and asks about the recall weekend. You let Mori tell it.
* [Thank him, then walk him through your proposal for Sato's international work # coach: Launching the pitch in the first minutes treats the meeting as a sales call — the vendor's approach that failed for two years.]
  ~ business_ask("takeda", 0.8)
  ~ loss("mori", "benevolence", 4, 1.2)
  The President listens politely to eleven slides.
  We will study it. # speaker: takeda
- Mori mentions that the President follows the Hanshin Tigers — and has never seen a Major League game.
// source: 001_1e469cd77422f2db.txt "the last time his client's CEO visited Los Angeles, they even went to a ball game together"
* [Invite him, and Mori, to a Dodgers game tonight # coach: A shared experience on your home ground, with no agenda, is where the personal relationship finally forms.]
  ~ ballgame = true
  ~ gain("takeda", "benevolence", 10, 1.4)
  ~ gain("takeda", "positivity", 10, 1.4)
  ~ gain("mori", "benevolence", 6, 1.3)
  -> ballpark
* [Invite him to a business dinner to discuss the proposal # coach: A dinner built around your proposal keeps the relationship at the level of a vendor's pitch.]
  ~ gain("takeda", "positivity", 4, 1.0)
  The dinner is pleasant and short. The President retires early.
  -> verdict

=== ballpark ===
~ meeting("takeda", 700)
Dodger Stadium, seventh inning. The President has a hot dog in one hand and a scorecard in the other. # place: ballpark # location: Los Angeles # date: year 3, day 336
Our Tigers fans are louder. But this is very good. # speaker: takeda # mood: pleased
* [Ask him to teach you how Japanese fans keep score # coach: Interest in him as a person, on his terms, is the relationship he has been waiting two years for you to build.]
  ~ gain("takeda", "benevolence", 6, 1.3)
  He fills the margin of your scorecard with symbols, laughing at your mistakes.
* [Use the stretch to raise next year's international work # coach: Even at a ball game, the business ask lands only if the relationship can carry it.]
  { business_ask("takeda", 0.5):
    He nods. Talk to Mori-san on Monday. He will know what we need. # speaker: takeda
  - else:
    He turns back to the game. # mood: uneasy
  }
- -> verdict

=== verdict ===
{
  - trust("takeda") >= PARTNER_TRUST: -> ending_partner
  - trust("takeda") >= VENDOR_TRUST: -> ending_trusted_vendor
  - else: -> ending_vendor
}

=== ending_partner ===
# ending: partner
# ending_title: A strategic partner
Three months later Sato asks your firm to lead its Mexico expansion. Mori calls it "our project"; so does the President.
# learn: 001: Real business does not happen until a personal relationship has been built first.
# learn: 001: In a high power-distance company, the way to the President runs through the people he trusts.
# learn: 001: Stop treating an Eastern client like a Western one: change the approach, not the pressure.
# learn: 001: Shared experiences — a karaoke night, a ball game — turn a vendor into a partner.
-> END

=== ending_trusted_vendor ===
# ending: trusted_vendor
# ending_title: A trusted vendor
The contract work grows. The strategic work goes to a firm the President has known for twenty years.
# learn: 001: Competence earns trust in your work; it does not by itself earn a place at the President's table.
# learn: 001: Pitching before the relationship exists keeps you in the vendor's seat.
# learn: 001: Let your contact carry good news up the hierarchy; it gives him face and you a sponsor.
-> END

=== ending_vendor ===
# ending: vendor
# ending_title: Still passing it along
A year later your requests are still being passed along. A new legal manager replaces Mori, and the relationship starts over.
# learn: 001: Polite "we will pass it along" is an answer: pressing harder makes it firmer.
# learn: 001: Going over your contact's head costs him face and closes the door you wanted opened.
# learn: 001: Relationships are between people: when your contact leaves, an unbuilt relationship leaves with him.
-> END
