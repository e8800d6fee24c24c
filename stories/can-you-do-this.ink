# title: "Can you do this?"
# summary: One managed service, one rule book, two customers: a retailer in Minneapolis who wants the same rules for everyone and a real talk about trade-offs, and a cosmetics house in Seoul that expects the service to bend for it. Both want the same October release, in opposite ways, from a team that has never told a customer no.
# role: You are Arjun Menon, delivery lead at Nilgiri Tech Services in Bengaluru. Your pod of fourteen engineers runs OrderDesk, Nilgiri's order platform, as a managed service: one platform, one monthly release, one service level for every customer. Two of those customers are yours: Larkspur Outdoor in Minneapolis and Haneul Cosmetics in Seoul.
# minutes: 25
# seeds: 003_2998f7574354a4b6, 004_321f206b4ac9ecaf, 002_4348346f83066296
# pass_mark: 53
# order: 10
INCLUDE lib/rapport.ink

// Issue #18: "Consistency against flexibility with a Korean or Indian customer" and "the learner
// on the other side". The article behind "Of course" is told from the American side; here the
// learner is the Indian supplier, and the unqualified yes is the learner's own habit.
//
// Sources:
// 003_2998f7574354a4b6.txt — the core. "“Can you do this?” asks the U.S. customer. “Of course,”
// answers the Indian systems integrator. The American expects pushback or at least a discussion of
// tradeoffs. The Indian’s assumption is that good customer service requires an unqualified yes.
// Unless both parties approach the interaction with greater awareness—and a willingness to surface
// their underlying assumptions—the relationship is bound to suffer." Then: Westerners "value
// consistency—one rule for all—over flexibility"; "the United States and Korea representing the two
// extremes of total consistency and total flexibility"; "Err on the side of flexibility"; "Remember
// the group"; "Make them see you" (the webcam, and "that extra sentence—the personal one—in their
// emails"); and "remember that there’s a person beneath the stereotype".
// 004_321f206b4ac9ecaf.txt — time zones, direct vs indirect communication, staying flexible, trust
// through honesty and transparency ("it's better to address it head-on"), consistency of promises.
// 002_4348346f83066296.txt — choosing "a reasonable time to exchange" across time zones, the backup
// channel when the online meeting fails, arriving 10–15 minutes early, a dinner to express goodwill.
//
// Beyond the seeds (named where used): Erin Meyer, The Culture Map (2014) — the US at the
// low-context, task-based, universalist end; Korea hierarchical, relationship-based and consensual
// under a strong top (ch. 4–6). Fons Trompenaars and Charles Hampden-Turner, Riding the Waves of
// Culture (2nd ed., 1997), ch. 4: universalism (one rule for all) against particularism (the rule
// bends for the relationship); the US and Korea near opposite ends. Hoesik, the Korean team dinner,
// and Chuseok, the harvest holiday when people travel to their parents' home towns.
//
// Calendar: 2026. Day 0 is Tuesday 1 September; day 2 Thursday 3 September (the Seoul call); day 7
// Tuesday 8 September; days 14–15 Tuesday 15 and Wednesday 16 September (the visit to Seoul); day
// 17 Friday 18 September (the email before Chuseok, which falls on 24–26 September); day 39
// Saturday 10 October (the October release, the second Saturday); day 40 Sunday 11 October;
// day 72 Thursday 12 November (the council). Haneul Week, the anniversary sale: 8–18 October.
// Larkspur's holiday code freeze: from 1 November; Black Friday: 27 November.
// Time zones (beyond the seeds: IANA tz database): Bengaluru UTC+5:30 all year; Seoul UTC+9 all
// year, so 3 h 30 ahead of Bengaluru; Minneapolis UTC−5 (CDT) until Sunday 1 November, then UTC−6.
// So in September 8 a.m. in Minneapolis is 6.30 p.m. in Bengaluru and 10 p.m. in Seoul; 10 a.m. in
// Seoul is 6.30 a.m. in Bengaluru; 9.10 p.m. on a Sunday in Seoul is 5.40 p.m. in Bengaluru and
// 7.10 a.m. in Minneapolis. On 12 November, 9 a.m. Thursday in Seoul is 5.30 a.m. in Bengaluru and
// 6 p.m. on Wednesday in Minneapolis.

// Ending thresholds, in one place (calibrated with `npm run stories -- --figures`).
// Larkspur stays if Greg trusts you; Haneul stays if Park does and Han will stand behind it.
CONST KEEP_GREG = 55
CONST KEEP_PARK = 55
CONST KEEP_HAN = 45

~ cast()
-> greg_review

// The cast. Individuals first, culture second.
//
// Greg Halvorsen, 49, director of e-commerce technology at Larkspur Outdoor, 86 stores across the
// Midwest. Came up through store systems; camera always on, coffee in a Twins mug, agendas one line
// long. In 2023 Larkspur's previous platform vendor made a change for a much bigger client, and
// Larkspur's checkout failed on Cyber Monday: that is why he chose a standard service, and why he
// hears any flexibility as favouritism. A yes without a cost makes him nervous; a no with reasons
// makes him comfortable. He is the American of the article.
// Profile: trust from competence shown (relationship orientation 0.25); flat, first names from the
// first call (power distance 0.25); decides alone (collectivism 0.2); says what he means (directness
// 0.85); one rule for all (flexibility 0.15).
//
// Park Jae-won, 54, sangmu (executive director) for digital commerce at Haneul Cosmetics, Seoul, a
// skincare house that sells mostly online. Twenty years at Haneul. In Haneul Week 2024 a release by
// another vendor broke the payment page for four hours, and the CEO, Yoon Mi-kyung, asked him about
// it in front of the whole management meeting. He expects a partner to adjust for a loyal customer;
// "that is our standard" sounds to him like "you are one of many". He never decides in the meeting:
// his team and his CEO agree first.
// Profile: relationship-based (0.8); hierarchical, Director Park to everyone (power distance 0.8);
// the team decides, he carries it up (collectivism 0.75); indirect in front of others (directness
// 0.3); the service should bend for the relationship (flexibility 0.9).
//
// Han Seo-yeon, 33, IT team manager at Haneul, reporting to Park. KAIST, then five years as a
// site-reliability engineer at a payments company in Seattle; came home in 2024 and spent her first
// year keeping alive a platform another vendor had customised for Haneul until nobody could upgrade
// it. She is the person the textbook gets wrong: a Korean customer who wants the standard, the
// release train on time and the security fixes in, and who says so plainly — in private. In front
// of Director Park she does not contradict him; she expects you to know the difference.
// Profile: trusts work she can check (relationship orientation 0.35); respects the hierarchy in the
// room, not outside it (power distance 0.55); a team player with her own judgement (collectivism
// 0.5); direct one to one (directness 0.75); prefers one clear rule (flexibility 0.25).
=== function cast() ===
~ counterpart("greg", "Greg Halvorsen", 0.25, 0.25, 0.2, 0.85, 0.15)
~ counterpart("park", "Park Jae-won", 0.8, 0.8, 0.75, 0.3, 0.9)
~ counterpart("han", "Han Seo-yeon", 0.35, 0.55, 0.5, 0.75, 0.25)

// ─── Meeting 1 — day 0: Minneapolis asks ─────────────────────────────────────────────────────
=== greg_review ===
~ meeting("greg", 0)
Tuesday, 6.30 in the evening in Bengaluru, 8 in the morning in Minneapolis. The monthly service review with Larkspur Outdoor. # place: video-call # location: Minneapolis, on screen # date: Tuesday 1 September # absent: park, han # id: cydt-0001
In eleven years at Nilgiri no customer has heard you say no. Your appraisals call it being customer-first, and you have always been proud of it. # id: cydt-0002
Greg Halvorsen runs e-commerce technology for Larkspur's eighty-six stores, two years now on OrderDesk. Camera on, coffee in a Twins mug, an agenda of one line. # id: cydt-0003
Here's my one thing. Store pickup is on your roadmap for the November release. Our holiday code freeze starts November 1. Can you do this: pickup in the October release, on the tenth? # speaker: greg # mood: neutral # id: cydt-0004
You know the October release. Its test week, 1 to 8 October, already needs Ravi and Fatima, the two seniors who know the order-routing code. A new feature's first week live needs them on Minneapolis hours, which in Bengaluru are the nights. # id: cydt-0005
# discuss: Arjun has been asked a yes-or-no question by a customer who pays for a standard service. What does Greg expect to hear? What does Arjun's habit tell him to say?
// source: 003_2998f7574354a4b6.txt "“Can you do this?” asks the U.S. customer. “Of course,” answers the Indian systems integrator."
// and 003_2998f7574354a4b6.txt "The Indian’s assumption is that good customer service requires an unqualified yes."
* [Say "Of course, Greg": pickup will be in the October release # coach: Good service, where you learned it, is the yes. Greg expects pushback, or at least the trade-offs: a yes with no price tells him either that nothing gives, which he does not believe, or that you have not looked. # id: cydt-0006]
  ~ loss("greg", "integrity", 4, 0.8)
  ~ loss("greg", "coordination", 4, 0.8)
  Of course, Greg. Pickup will be in October. # speaker: you # id: cydt-0007
  Great. No catch? Nothing slips? # speaker: greg # id: cydt-0008
  Nothing, you tell him. # id: cydt-0009
  The next morning Deepa, your test lead, lays out October with pickup in it: Ravi and Fatima on the test week, then on Minneapolis nights for the go-live, and the November features pushed to December. You write to Greg what "of course" actually costs. # id: cydt-0010
  So it wasn't "of course". Good to know now. # speaker: greg # via: email # mood: uneasy # id: cydt-0011
// source: 003_2998f7574354a4b6.txt "The American expects pushback or at least a discussion of tradeoffs."
* [Say yes, with its price: October carries pickup and nothing else new, his store data by 18 September, two seniors on his hours # coach: Greg asked a yes-or-no question and wanted the trade-offs. A yes that names what it costs, and what you need from him, is the discussion he was waiting for, and a plan he can hold you to. # id: cydt-0012]
  ~ gain("greg", "ability", 10, 1.4)
  ~ gain("greg", "integrity", 8, 1.4)
  ~ gain("greg", "coordination", 8, 1.4)
  ~ gain("greg", "attentiveness", 6, 1.3)
  Yes, if three things hold. October carries pickup and the security fixes, nothing else. We need your store data by 18 September. And Ravi and Fatima work your hours for its first week, so the November features wait a month. # speaker: you # id: cydt-0013
  Greg writes on a pad. He reads it back to you, line by line. # id: cydt-0014
  That's a yes I can plan with. Thank you. # speaker: greg # mood: pleased # id: cydt-0015
// source: 003_2998f7574354a4b6.txt "They like to get a lot done in a short amount of time."
* [Tell him the roadmap says November, and that any change to it goes through a change request: an impact analysis, three weeks and a fee # coach: It is the process, and it protects your pod. To a customer who wants the trade-offs talked through, a form and a fee is a no that will not say why: he hears a price, not a discussion. # id: cydt-0016]
  ~ loss("greg", "integrity", 4, 0.8)
  ~ loss("greg", "coordination", 4, 0.8)
  The roadmap has it in November. A change would go through a change request: an impact analysis, three weeks, and a fee. # speaker: you # id: cydt-0017
  Three weeks to tell me whether you can. Okay. Send the form. # speaker: greg # mood: uneasy # id: cydt-0018
  The form goes out that night. His answers come back the next morning, with a note: "Can we just talk about it next week?" # id: cydt-0019
- -> one_rule

= one_rule
One more thing, and I'll let you go. We picked OrderDesk because it's standard. Same release, same rules, same service level for every customer. I'd like to keep it that way. # speaker: greg # id: cydt-0020
In your inbox since this morning there is an email from Seoul. Haneul Cosmetics asks for a call on Thursday about "the October release: a special request". # id: cydt-0021
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
* [Promise him that: the same service for every customer, always, whatever anyone asks # coach: It is what he wants to hear, and two days before Seoul's call it is a promise you do not know you can keep. A direct customer hears "always" from a supplier and files it, to check later. # id: cydt-0022]
  ~ loss("greg", "attentiveness", 4, 0.8)
  ~ loss("greg", "integrity", 3, 0.8)
  The same for everyone, Greg. Always. # speaker: you # id: cydt-0023
  Everybody says always. # speaker: greg # mood: neutral # id: cydt-0024
  He smiles, and ends the call at 8.29 his time. # id: cydt-0025
// source: 003_2998f7574354a4b6.txt "They value consistency—one rule for all—over flexibility."
* [Offer him Nilgiri's Premium tier: a release calendar of Larkspur's own, for eighteen percent more # coach: It answers a worry with a product, and the Premium tier is real. But he did not ask for a lane of his own; he asked that nobody get one. You have heard his words and missed his point. # id: cydt-0026]
  ~ loss("greg", "attentiveness", 4, 0.8)
  ~ loss("greg", "integrity", 3, 0.8)
  If you ever want your own calendar, our Premium tier gives Larkspur its own release dates. # speaker: you # id: cydt-0027
  I don't want my own dates. I want nobody to have their own dates. # speaker: greg # mood: uneasy # id: cydt-0028
// source: 003_2998f7574354a4b6.txt "The more salespeople ask, the deeper they will get with the customer."
* [Ask him what happened that makes it matter so much # coach: Behind "one rule for all" is an assumption with a history. Asking for it, instead of promising or selling, brings it to the surface, and now you know what he is really protecting. # id: cydt-0029]
  ~ gain("greg", "attentiveness", 10, 1.4)
  ~ gain("greg", "benevolence", 8, 1.4)
  ~ gain("greg", "positivity", 8, 1.3)
  What happened, Greg? It sounds like there's a story. # speaker: you # id: cydt-0030
  He laughs, not very happily. # id: cydt-0031
  Cyber Monday, 2023. Our old vendor changed something for a client ten times our size. Our checkout was down for three hours. Nobody told us, because it "wasn't our change". So: if somebody gets something, I want it to be a rule I can read. # speaker: greg # mood: pleased # id: cydt-0032
  You write down: "a rule I can read". # id: cydt-0033
- -> seoul_call

// ─── Meeting 2 — day 2: Seoul asks ───────────────────────────────────────────────────────────
=== seoul_call ===
Thursday, 6.30 in the morning in Bengaluru, 10 in Seoul. # place: office # location: Bengaluru # date: Thursday 3 September # absent: greg # id: cydt-0034
The invitation came from Director Park's secretary: one hour, Haneul's whole digital team. Your pod keeps its cameras off on early calls. Nobody has ever minded; it has always been so. # id: cydt-0035
// source: 003_2998f7574354a4b6.txt "But unless they can see the face of the other person, it’s hard to make a human connection."
// and 002_4348346f83066296.txt "you need to choose a reasonable time to exchange"
* [Be in the office by 6.15, camera on, with Sneha and Kiran, who run Haneul's tickets # coach: Make them see you: a face, and the faces of the people who answer Haneul's tickets, turn "the vendor in Bengaluru" into people. An executive who brought his whole team sees that you brought yours. # id: cydt-0036]
  ~ gain("park", "attentiveness", 10, 1.4)
  ~ gain("park", "positivity", 9, 1.4)
  ~ gain("han", "coordination", 5, 1.2)
  ~ gain("han", "positivity", 4, 1.2)
  At 6.15 the office is dark except for your corner. Sneha brought filter coffee in a steel flask. # id: cydt-0037
* [Join from home on audio, and say at the start that it is 6.30 in Bengaluru # coach: Honest, and nobody could blame you for the hour. But on a screen of fourteen faces, one grey square with a voice is a supplier, not a partner; he cannot see you, and you have told him the time was hard for you. # id: cydt-0038]
  ~ loss("park", "attentiveness", 4, 0.8)
  ~ loss("park", "positivity", 4, 0.8)
  You dial in from your kitchen. Behind you, your daughter's school bus honks. # id: cydt-0039
* [Ask Director Park's secretary to move the call to 2 p.m. in Seoul, when your whole pod is in the office # coach: Choosing a reasonable time matters, and 10.30 in Bengaluru is reasonable for you. But the executive chose his hour and gathered his team for it; asking him to move tells him your pod's morning weighs more than his day. # id: cydt-0040]
  ~ loss("park", "attentiveness", 4, 0.8)
  ~ loss("park", "positivity", 4, 0.8)
  The secretary writes back within minutes: Director Park has a meeting with the CEO at 2. The call stays at 10. You join on audio from the office, with the lights still off. # id: cydt-0041
- -> the_request

= the_request
~ meeting("park", 2)
~ meeting("han", 2)
Park Jae-won, executive director for digital commerce, sits at the centre of a long table in Seongsu-dong, his team on either side. At the far end, with a laptop, Han Seo-yeon, the IT team manager. # place: video-call # location: Seoul, on screen # enter: park, han # id: cydt-0042
Haneul Week is our tenth anniversary sale, 8 to 18 October. The biggest ten days of our year. Your October release is on the tenth. Please hold it for Haneul. We are a loyal customer. I am sure you can do this. # speaker: park # mood: neutral # id: cydt-0043
Han looks at her laptop. # id: cydt-0044
OrderDesk has one code line. A release held for one customer is a release held for every customer, and Larkspur's pickup is in this one. # id: cydt-0045
# discuss: Park asks the same question Greg asked, in other words, and expects the opposite answer. What is each of them assuming about what a good supplier does? And what is Arjun assuming?
// source: 003_2998f7574354a4b6.txt "One of the biggest differences between Western and Asian cultures is the consistency-flexibility spectrum, with the United States and Korea representing the two extremes of total consistency and total flexibility."
* [Say "Of course, Director Park. We will hold the release for Haneul." # coach: It is the answer he expects and the one your habit gives. But it is not yours to give: one code line means the release cannot be held for one customer, and you will have to take the yes back, which costs more than a no. # id: cydt-0046]
  ~ loss("park", "benevolence", 5, 0.8)
  ~ loss("park", "positivity", 4, 0.8)
  ~ loss("han", "coordination", 4, 0.8)
  Of course, Director Park. We will hold it for you. # speaker: you # id: cydt-0047
  Thank you. # speaker: park # mood: pleased # id: cydt-0048
  Han stops typing. # id: cydt-0049
  At noon your release manager reminds you that one code line has one release. Before the day is out you write to Director Park that the October release cannot be held for Haneul alone. # id: cydt-0050
  I understand. # speaker: park # via: email # mood: closed # id: cydt-0051
// source: 003_2998f7574354a4b6.txt "They value consistency—one rule for all—over flexibility."
* [Explain the standard: one platform, one code line, one release date for every customer # coach: It is true, and to Greg it would be the right answer. To an executive who expects a partner to adjust for a loyal customer, in front of his own team, a rule quoted back means "you are one of many". # id: cydt-0052]
  ~ loss("park", "benevolence", 5, 0.8)
  ~ loss("park", "positivity", 4, 0.8)
  ~ loss("han", "coordination", 4, 0.8)
  OrderDesk is one platform, Director Park. One code line, one release date for every customer. # speaker: you # id: cydt-0053
  I see. It is your standard. # speaker: park # mood: closed # id: cydt-0054
  Nobody on his side of the table speaks. Han writes something down. # id: cydt-0055
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
* [Ask him what the sale needs in order to be safe # coach: His request carries an assumption: that a release mid-sale is a danger, and that a partner's job is to keep it away. Asking what he is protecting brings the real need to the surface, and it is not the same as the request. # id: cydt-0056]
  ~ gain("park", "attentiveness", 10, 1.4)
  ~ gain("park", "benevolence", 8, 1.4)
  ~ gain("han", "coordination", 6, 1.3)
  Before I answer, Director Park: what does Haneul Week need to be safe? What worries you about a release in the middle of it? # speaker: you # id: cydt-0057
  He looks along the table, then back at the camera. # id: cydt-0058
  Two years ago, in Haneul Week, another vendor's release broke our payment page for four hours. Our CEO asked me about it in front of the whole management meeting. Nothing our customers see must change during the sale. And when something breaks at night, someone must answer. # speaker: park # mood: neutral # id: cydt-0059
  "Nothing our customers see must change." That is narrower than "hold the release". # id: cydt-0060
- -> han_message

= han_message
7.30 that evening in Bengaluru, 11 at night in Seoul. A chat message, in English, from Han Seo-yeon. # place: office # location: Bengaluru # absent: park # id: cydt-0061
Frankly: please do not freeze. The October release has the fix for the payment-page finding from our September penetration test. Ten days of our biggest sale is the worst time to leave it open. I could not say this in the meeting. Director Park is not wrong that the sale must be safe. # speaker: han # via: chat # id: cydt-0062
Nilgiri's onboarding deck on Korea says a Korean customer expects the service to bend for it. Han wants the release train on time. # id: cydt-0063
# discuss: Han contradicts her director, in private, in writing, to a supplier. Is she breaking a rule of her culture, or following one? What will she watch for in Arjun's answer?
// source: 003_2998f7574354a4b6.txt "Remember the group."
// and 004_321f206b4ac9ecaf.txt "Be honest and transparent."
* [Forward her message to Director Park: he should hear his own team's view, in her words, before he decides anything # coach: Transparency, by Western rules, and the point does need to reach him. But she wrote to you because she could not say it in front of him: forwarded, it puts her over her director's head, and she will not write to you again. # id: cydt-0064]
  ~ loss("han", "benevolence", 5, 0.8)
  ~ loss("han", "attentiveness", 5, 0.8)
  You forward it with one line: "I think you should see this." At 8 the next morning Seoul time Director Park's reply comes, copied to Han: "We will discuss internally." # id: cydt-0065
  Han does not answer your next two messages. # id: cydt-0066
// source: 003_2998f7574354a4b6.txt "At the same time, remember that there’s a person beneath the stereotype."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 2: people who are indirect in the
// group are often direct one to one; the channel is part of the message.
* [Ask her for the finding's details, and work the options out with her, so that her team can take them to Park # coach: She is the customer the stereotype gets wrong: a Korean who wants the standard, said plainly, in private. Working it through with her takes her seriously, keeps her out of sight of the hierarchy, and lets the options reach Park from his own team. # id: cydt-0067]
  ~ gain("han", "integrity", 10, 1.4)
  ~ gain("han", "attentiveness", 10, 1.4)
  ~ gain("han", "benevolence", 6, 1.3)
  ~ gain("park", "coordination", 4, 1.1)
  Thank you for writing. Can you send me the finding? Then let's work out the options together, and your team can take them to Director Park. # speaker: you # id: cydt-0068
  The finding arrives in ten minutes, with a one-line summary on top. By midnight Seoul time you have three options in a shared document, and her comments on each. # id: cydt-0069
  This is the first time a vendor asked. # speaker: han # via: chat # mood: pleased # id: cydt-0070
// source: 003_2998f7574354a4b6.txt "When we don’t know a culture, we adopt the shorthand of stereotypes"
* [Thank her, and reply that the decision is Director Park's: Nilgiri will follow his instructions # coach: It respects the hierarchy, as Nilgiri's onboarding deck advises. It also tells the one person at Haneul who gave you the security facts that a supplier will not listen to her, and leaves the finding open. # id: cydt-0071]
  ~ loss("han", "benevolence", 5, 0.8)
  ~ loss("han", "attentiveness", 5, 0.8)
  Thank you, Seo-yeon. The decision is Director Park's, and we will follow his instructions. # speaker: you # id: cydt-0072
  Understood. # speaker: han # via: chat # mood: closed # id: cydt-0073
- -> greg_proposal

// ─── Meeting 3 — day 7: a rule for all ───────────────────────────────────────────────────────
=== greg_proposal ===
~ meeting("greg", 7)
Tuesday, 6.30 in the evening in Bengaluru, 8 in the morning in Minneapolis. # place: video-call # location: Minneapolis, on screen # date: Tuesday 8 September # absent: park, han # id: cydt-0074
The October release goes out on the tenth, with Han's security fix in it; that much is settled. What Haneul gets for its sale is not. On OrderDesk a new feature can be switched off per customer, but only Nilgiri's engineers can do it, and no customer has ever been told. # id: cydt-0075
You said you had something on October. # speaker: greg # mood: neutral # id: cydt-0076
// source: 003_2998f7574354a4b6.txt "Err on the side of flexibility."
// and 003_2998f7574354a4b6.txt "They value consistency—one rule for all—over flexibility."
// beyond the seeds: Trompenaars and Hampden-Turner, Riding the Waves of Culture (1997), ch. 4:
// a universalist accepts an exception that is itself a rule, open to all.
* [Propose one rule for every customer: new features off for up to 30 days around a peak, security fixes to all on the date. Ask him to find the holes # coach: Flexibility Seoul needs, in the form Greg trusts: a rule anyone can read and use. Asking him to attack it is the pushback he values, and makes the rule partly his. # id: cydt-0077]
  ~ gain("greg", "integrity", 10, 1.4)
  ~ gain("greg", "coordination", 10, 1.4)
  ~ gain("greg", "ability", 6, 1.3)
  ~ gain("park", "benevolence", 6, 1.2)
  ~ gain("han", "ability", 5, 1.2)
  One new rule, for every customer. Around its own peak, any customer can have new features switched off for up to thirty days. Security fixes go to everyone on the date. Haneul would use it in October. Larkspur could use it at Black Friday. Find the holes. # speaker: you # id: cydt-0078
  Who decides what counts as a feature? # speaker: greg # id: cydt-0079
  You do, in writing, from a list we publish with every release. # speaker: you # id: cydt-0080
  Then it's a rule. Put it in the contract and I'll read it twice. # speaker: greg # mood: pleased # id: cydt-0081
// source: 003_2998f7574354a4b6.txt "A common cross-cultural misunderstanding in these projects occurs when the service provider gives the customer only good news."
* [Tell him the release goes to everyone on the tenth, and keep Haneul's feature switch confidential, as any customer's arrangement is # coach: Confidentiality is a real duty. But Greg told you exactly what he fears: a quiet change for one client. Giving him only the good news, and keeping the exception off the table, is that fear exactly. # id: cydt-0082]
  ~ loss("greg", "integrity", 5, 0.8)
  ~ loss("greg", "coordination", 4, 0.8)
  ~ gain("park", "positivity", 3, 1.1)
  The release goes to every customer on the tenth. # speaker: you # id: cydt-0083
  Everybody gets the same thing? # speaker: greg # id: cydt-0084
  Each customer's configuration is confidential, Greg. # speaker: you # id: cydt-0085
  He looks at you for a long second. # id: cydt-0086
  That's a yes, then. # speaker: greg # mood: closed # id: cydt-0087
// source: 003_2998f7574354a4b6.txt "They value consistency—one rule for all—over flexibility."
// beyond the seeds: Trompenaars and Hampden-Turner (1997), ch. 4: to a universalist, an
// exception granted because of who is asking is the definition of unfair.
* [Ask him, as a favour to you after two good years, to accept a one-off exception for Haneul this October # coach: Between people who trust each other a favour is a fair thing to ask, and in Bengaluru or Seoul it might be the warmest answer. To a universalist it is the rule bending for whoever is asking, which is what he chose a standard service to avoid. # id: cydt-0088]
  ~ loss("greg", "integrity", 5, 0.8)
  ~ loss("greg", "coordination", 4, 0.8)
  ~ gain("park", "positivity", 3, 1.1)
  Greg, I need a favour. Haneul needs its new features switched off during its sale. Just this once. # speaker: you # id: cydt-0089
  That's how it started last time. "Just this once." # speaker: greg # mood: closed # id: cydt-0090
  He agrees, because you asked. He writes it down, too. # id: cydt-0091
- -> seoul_visit

// ─── Meeting 4 — days 14–15: Seoul ───────────────────────────────────────────────────────────
=== seoul_visit ===
~ meeting("park", 14)
~ meeting("han", 14)
Tuesday morning in Seoul. Haneul's offices fill three floors of a converted shoe factory in Seongsu-dong. You are at reception at 9.45 for 10, in a suit that still smells of the overnight flight via Singapore. # place: reception # location: Seoul # date: Tuesday 15 September # absent: greg # id: cydt-0092
// source: 002_4348346f83066296.txt "You should schedule an appointment and arrive about 10-15 minutes early"
Director Park has gathered the people who will run Haneul Week: Han, Choi Ji-hoon from marketing, the head of customer service, two engineers. # place: meeting-room # enter: park, han # id: cydt-0093
You have the plan for October on one page. You fly home tomorrow night. # id: cydt-0094
# discuss: In Minneapolis, Greg decided in one call. Who decides here, when, and who has to agree first?
// source: 003_2998f7574354a4b6.txt "Even the most senior people in many companies can’t make a decision without several rounds of consensus building, even among subordinates."
// beyond the seeds: Erin Meyer, The Culture Map (2014), ch. 5: in Korea the boss decides, but
// after his people have been heard; the meeting is not where he is asked to.
* [Present the plan to the room, and ask Director Park for his decision before you fly home tomorrow # coach: A decision before you leave is efficient, and both customers need a date. But asked in front of his team, before they have talked it through or taken it to the CEO, it puts him on the spot, and the answer you get is "we will consider it". # id: cydt-0095]
  ~ loss("park", "coordination", 5, 0.8)
  ~ loss("han", "coordination", 5, 0.8)
  Director Park, could we have Haneul's decision before I fly tomorrow? # speaker: you # id: cydt-0096
  We will consider it carefully. # speaker: park # mood: closed # id: cydt-0097
  Choi Ji-hoon looks at his notes. Nobody else speaks. # id: cydt-0098
// source: 003_2998f7574354a4b6.txt "Remember the group."
* [Walk them through it, ask each team what Haneul Week needs, and let them decide in their own rounds # coach: Remember the group: the people who will run the sale need to agree before their director can, and their CEO after him. Asking each team, and leaving the decision to their process, gets you a yes that will hold. # id: cydt-0099]
  ~ gain("park", "coordination", 10, 1.4)
  ~ gain("park", "benevolence", 8, 1.4)
  ~ gain("han", "coordination", 9, 1.4)
  ~ gain("han", "attentiveness", 6, 1.3)
  You go round the table. Marketing needs the product pages frozen; customer service needs the KakaoTalk order messages untouched; Han needs the security fix in. The two engineers ask who they call at 2 a.m. # id: cydt-0100
  We will discuss it with the CEO on Thursday. # speaker: park # mood: pleased # id: cydt-0101
  On Thursday the answer comes, from Han, in the team's name: yes, with two changes, both sensible. # id: cydt-0102
// source: 004_321f206b4ac9ecaf.txt "Every country has its own set of rules and traditions that might impact how business is done."
* [See Director Park alone before the meeting, settle it with him, and let him announce it to his own team # coach: Respecting the hierarchy is half of it: he carries the decision. But it skips the group: the team learns the plan from him as done, Han finds the security fix settled without her, and he must carry to his CEO a plan his people were never asked about. # id: cydt-0103]
  ~ loss("park", "coordination", 5, 0.8)
  ~ loss("han", "coordination", 5, 0.8)
  In his office at 9.55 Director Park agrees in five minutes. In the meeting he announces the plan. His team writes it down. Han does not look up. # id: cydt-0104
- -> after_meeting

= after_meeting
Afterwards Director Park takes you to his office for coffee. # place: office # present: park # id: cydt-0105
One more thing. For Haneul Week, two of your best engineers on Seoul hours. Only for us. Can you do this? # speaker: park # mood: neutral # id: cydt-0106
Your two best are Ravi and Fatima. From 10 to 17 October they are on Minneapolis hours for Larkspur's pickup go-live. Seoul's working day starts at 5.30 in the morning in Bengaluru; Minneapolis's ends at 3.30 the next morning. Nobody works both for a week. # id: cydt-0107
// source: 003_2998f7574354a4b6.txt "The Indian’s assumption is that good customer service requires an unqualified yes."
* [Say "Of course, Director Park": Ravi and Fatima on Seoul hours for all ten days of Haneul Week, and you will find Larkspur someone else # coach: The yes again, to the second customer, about the same two people. Larkspur's go-live loses its seniors, and Greg, who wanted the trade-offs, learns of it from a ticket that waited eight hours. # id: cydt-0108]
  ~ gain("park", "positivity", 3, 1.1)
  ~ loss("greg", "ability", 5, 0.8)
  ~ loss("greg", "integrity", 4, 0.8)
  Of course, Director Park. Ravi and Fatima. # speaker: you # id: cydt-0109
  Thank you. I knew we could count on you. # speaker: park # mood: pleased # id: cydt-0110
  In Bengaluru, Deepa moves Larkspur's go-live support to the night shift's juniors. On 12 October a pickup order sits unanswered for eight hours. Greg's email is one line: "Who is on our go-live?" # id: cydt-0111
// source: 004_321f206b4ac9ecaf.txt "Another biggie is staying flexible."
* [Split them: Ravi and Fatima on Seoul's mornings for Haneul, and on Larkspur's go-live in Minneapolis's day, which is their night # coach: Flexible, and on paper both customers get the seniors. In practice two people cannot work Seoul's day and Minneapolis's day for a week: the yes is to both, and the cost falls on your own team, then on Larkspur. # id: cydt-0112]
  ~ gain("park", "positivity", 3, 1.1)
  ~ loss("greg", "ability", 5, 0.8)
  ~ loss("greg", "integrity", 4, 0.8)
  Ravi and Fatima will take Seoul's mornings, Director Park. # speaker: you # id: cydt-0113
  Thank you. # speaker: park # mood: pleased # id: cydt-0114
  On 13 October Fatima goes home at noon with a fever, after four days of eighteen hours. That night a pickup order sits unanswered for eight hours. Greg's email is one line: "Who is on our go-live?" # id: cydt-0115
// source: 003_2998f7574354a4b6.txt "The American expects pushback or at least a discussion of tradeoffs."
// and 002_4348346f83066296.txt "If a problem arises that prevents either party from creating an online meeting, you need to have a proactive backup plan."
* [Tell him what it costs and what you can give: Sneha on Seoul hours, Ravi on call, a phone line if Teams fails # coach: The trade-off, told to a customer who did not ask for one: your best two are promised elsewhere, and here is what you can give. A named engineer he has seen, a backup line, and a rule any customer can use. # id: cydt-0116]
  ~ gain("park", "integrity", 10, 1.4)
  ~ gain("park", "benevolence", 8, 1.4)
  ~ gain("park", "attentiveness", 6, 1.3)
  ~ gain("greg", "integrity", 4, 1.2)
  ~ gain("han", "ability", 4, 1.2)
  Ravi and Fatima are promised to another customer's go-live that week, and I would rather tell you now. What I can give: Sneha, whom you saw on our call, on Seoul hours for all ten days. Ravi on call behind her. A phone number in Bengaluru if Teams goes down. And any customer can have the same desk for its own peak. # speaker: you # id: cydt-0117
  He is quiet for a moment. # id: cydt-0118
  You tell me what you cannot do. Good. Sneha, then. # speaker: park # mood: pleased # id: cydt-0119
- -> hoesik

= hoesik
That evening Director Park takes you and his team to a barbecue place in an alley behind the office: steel tables, pork belly on the grill, green soju bottles. # place: restaurant # enter: park, han # id: cydt-0120
He pours for you with two hands, and tells you about Chuseok: every year, five hours on the road to his mother's house in Andong. Somewhere after the second bottle, he leans across. # id: cydt-0121
Tell me honestly, Arjun. In India, when a customer asks, you always say yes? # speaker: park # mood: pleased # id: cydt-0122
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
// and 002_4348346f83066296.txt "Consider it a dinner or meeting to exchange, express goodwill"
* [Tell him the truth: you thought good service meant never saying no, and you said, or nearly said, "of course" twice about one release. Then ask what a good partner does # coach: Your own assumption, surfaced at the table where it can be talked about, and his invited in return. It is the honesty a relationship-based customer waits for, and it gives him the chance to say his. # id: cydt-0123]
  ~ gain("park", "benevolence", 10, 1.4)
  ~ gain("park", "positivity", 8, 1.4)
  ~ gain("park", "integrity", 6, 1.3)
  ~ gain("han", "positivity", 8, 1.3)
  ~ gain("han", "integrity", 5, 1.2)
  Honestly? I thought good service meant never saying no. This month I said, or nearly said, "of course" to two customers about the same release. I am learning to say what a yes costs. And for you, Director Park, what does a good partner do? # speaker: you # id: cydt-0124
  He laughs, and pours again. # id: cydt-0125
  My CEO thinks a vendor who says no is a bad vendor. I thought so too. Until Haneul Week 2024. A good partner tells me the risk before my CEO hears it. # speaker: park # mood: pleased # id: cydt-0126
  At the end of the table Han raises her glass to you, very slightly. # id: cydt-0127
// source: 003_2998f7574354a4b6.txt "Focus on commonalities."
* [Laugh and raise your glass: in India, as in Korea, the customer is king # coach: Warm, and a real common ground. But he asked you a serious question under the joke; a toast answers the joke, and leaves both your assumptions where they were. # id: cydt-0128]
  ~ gain("park", "positivity", 3, 1.1)
  ~ loss("park", "attentiveness", 3, 0.9)
  ~ loss("han", "integrity", 3, 0.9)
  In India, as in Korea, the customer is king! # speaker: you # id: cydt-0129
  Everyone drinks. Director Park smiles and talks about golf. # id: cydt-0130
// source: 004_321f206b4ac9ecaf.txt "Show that you care. Ask how your clients are doing."
* [Keep it light: steer to the food, cricket and K-dramas; business is for the office # coach: A hoesik is for the relationship, and small talk builds it. But he opened a door on purpose, in the one place he could; stepping around it tells him business stays in the office with you, too. # id: cydt-0131]
  ~ gain("park", "positivity", 3, 1.1)
  ~ loss("park", "attentiveness", 3, 0.9)
  ~ loss("han", "integrity", 3, 0.9)
  You ask about the grill, and the younger engineers take over: cricket, which none of them follows, and a drama about a chaebol heir, which all of them do. # id: cydt-0132
  Director Park lets the question go. # id: cydt-0133
- -> chuseok_email

=== chuseok_email ===
Friday, back in Bengaluru, with Haneul's answer on the October plan in hand. Next week is Chuseok, when half of Seoul travels to its parents' home towns. # place: office # location: Bengaluru # date: Friday 18 September # absent: park, han # id: cydt-0134
You write the confirmation to Director Park and Han. # id: cydt-0135
// source: 003_2998f7574354a4b6.txt "At the very least, salespeople can write that extra sentence—the personal one—in their emails."
// and 003_2998f7574354a4b6.txt "And marketers can incorporate suggestions for those personal touches in their email templates."
* [Keep it to the decision, the owners and the dates: both of them read their email on their phones # coach: Short and clear, and Han likes it. But to Director Park, after an evening at his table, an email of dates alone says the evening did not carry over into the work. # id: cydt-0136]
  ~ loss("park", "attentiveness", 4, 0.8)
  ~ gain("han", "coordination", 3, 1.2)
  Six lines: the plan, the owners, the dates, the on-call numbers. Han confirms within the hour. Director Park does not reply. # id: cydt-0137
* [Add two personal lines: Andong for him, and Han's analysis, by name # coach: The extra sentence, the personal one, is how people who rarely meet stay people to each other: his mother's house in Andong, which he mentioned over the grill, and Han's work named, in her own director's inbox. # id: cydt-0138]
  ~ gain("park", "positivity", 10, 1.4)
  ~ gain("park", "attentiveness", 8, 1.4)
  ~ gain("han", "attentiveness", 8, 1.3)
  ~ gain("han", "positivity", 6, 1.3)
  Under the plan: "Director Park, I hope the drive to your mother's house in Andong is easier than last year's. Seo-yeon, thank you for the security analysis: the October plan is built on it." # id: cydt-0139
  Director Park answers from the road a week later, with a photograph of persimmons on a tree. Han's answer is one line: "Thank you for writing that where he reads it." # id: cydt-0140
* [Use Nilgiri's Chuseok greeting template for both of them, with the decision attached # coach: A greeting at Chuseok is the right instinct, and a template saves time. But a template is the standard service again: the personal sentence is the one nobody else could have written. # id: cydt-0141]
  ~ loss("park", "attentiveness", 4, 0.8)
  ~ gain("han", "coordination", 3, 1.2)
  "Wishing you and your family a joyful Chuseok!" above a picture of a full moon, and the plan as an attachment. It goes to everyone on your Korean list at once. # id: cydt-0142
- -> release_night

// ─── Meeting 5 — days 39–40: the release, and the night after ─────────────────────────────────
=== release_night ===
~ meeting("han", 40)
~ meeting("park", 40)
Sunday evening, 11 October. Haneul Week, day four. The October release went out on Saturday without a fault. # place: car # location: Bengaluru # date: Sunday 11 October # absent: greg, park # id: cydt-0143
You are in a taxi back from your niece's birthday at 5.40 when your phone rings: Han, from Seoul, where it is 9.10 at night. Nilgiri's incident bridge on Teams will not load; there is an outage across Asia. # id: cydt-0144
Our KakaoTalk order messages stopped at 8.40. Forty minutes, no confirmations. Customers are calling. The release changed how the shared message service counts characters; our Korean templates are now too long, and they are rejected. It is yours. # speaker: han # remote: han # id: cydt-0145
You check on your phone: she is right. The fix is one line in the shared message service. Director Park has not been told. # id: cydt-0146
# discuss: Bad news, in the middle of the customer's biggest week, and it is Nilgiri's fault. Who should hear it, from whom, in what order, and how fast?
// source: 004_321f206b4ac9ecaf.txt "Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
// and 002_4348346f83066296.txt "In which, communication via email or long-distance call is important."
* [Ring Director Park yourself, now: what broke, that it is Nilgiri's, what you do not know yet, and the next update at 10 p.m. Seoul # coach: Honest and transparent, head-on, in private and by the backup channel when the bridge is down. He hears it from you before his CEO hears it from customers. # id: cydt-0147]
  ~ gain("park", "integrity", 10, 1.4)
  ~ gain("park", "benevolence", 8, 1.4)
  ~ gain("han", "integrity", 10, 1.4)
  ~ gain("han", "benevolence", 6, 1.3)
  ~ gain("park", "coordination", 6, 1.3)
  You call him from the taxi. It is Nilgiri's change, you say; messages are failing, orders are not; the fix is known; SMS confirmations can go out in twenty minutes; the next call at ten. # id: cydt-0148
  Thank you for calling me yourself. I will tell the CEO now, before she hears it. # speaker: park # remote: park # mood: neutral # id: cydt-0149
// source: 003_2998f7574354a4b6.txt "A common cross-cultural misunderstanding in these projects occurs when the service provider gives the customer only good news."
* [Let the on-call team fix it first, and send Director Park the full incident report in the morning # coach: Bring a solution, not a problem: a good rule in many offices. But his CEO hears about it from customers tonight, and he learns from her what his partner knew at 9.10. # id: cydt-0150]
  ~ loss("park", "integrity", 5, 0.8)
  ~ loss("park", "benevolence", 4, 0.8)
  ~ loss("han", "integrity", 6, 0.8)
  The fix is live at 11.20 Seoul time. The report goes out at 8 the next morning, complete, with root cause and a timeline. # id: cydt-0151
  At 9 Director Park's secretary asks for a call. The CEO read about the missing messages on a customer forum at midnight. # id: cydt-0152
// source: 004_321f206b4ac9ecaf.txt "Be honest and transparent."
* [Tell Director Park the messaging provider is having trouble tonight, that your team is on it, and that you will call him back within the hour # coach: Kakao did change something last month, so it is not quite false, and it buys calm for the night. But Han has the commit in front of her, and a half-truth in the customer's biggest week is the one thing she will not forgive. # id: cydt-0153]
  ~ loss("park", "integrity", 5, 0.8)
  ~ loss("park", "benevolence", 4, 0.8)
  ~ loss("han", "integrity", 6, 0.8)
  Director Park, the messaging provider is having problems tonight; my team is on it. # speaker: you # id: cydt-0154
  Thank you. # speaker: park # remote: park # id: cydt-0155
  At 11 Han sends you the commit, with no message. # id: cydt-0156
- -> hotfix

= hotfix
~ meeting("greg", 40)
The fix lives in the shared message service. Under OrderDesk's rules a change outside the release window goes to every customer, and Larkspur is in the middle of its long-weekend sale. In Minneapolis it is 7.15 on Sunday morning. # absent: han, park # id: cydt-0157
// source: 003_2998f7574354a4b6.txt "They try to unearth disagreements quickly in order to resolve them and move on."
// and 004_321f206b4ac9ecaf.txt "some countries value direct communication, while others prefer a more roundabout approach."
* [Push the fix to every customer now: it is one line, it is tested, and Greg will see it in Monday's report # coach: Quick and, technically, safe. But a change to his platform, mid-sale, that he reads about afterwards is exactly the surprise he chose a standard service to avoid: a rule he cannot read, applied without him. # id: cydt-0158]
  ~ loss("greg", "integrity", 6, 0.8)
  ~ loss("greg", "coordination", 4, 0.8)
  The fix goes to all thirty-one customers at 10.05 Seoul time. Monday's report mentions it under "other changes". Greg's reply: "This was mid-sale. Who decided?" # id: cydt-0159
* [Patch only Haneul's copy tonight, and bring the code lines back together in the November release # coach: Flexible, and Larkspur's weekend is untouched. But it splits the standard platform for a month: the quiet fork Greg fears, found in the release notes, not heard from you. # id: cydt-0160]
  ~ loss("greg", "integrity", 6, 0.8)
  ~ loss("greg", "coordination", 4, 0.8)
  Haneul's messages flow again by 10.20. Larkspur's platform and Haneul's now run different code. In November the merge takes Ravi two days; the release notes say so, and Greg reads release notes. # id: cydt-0161
* [Call Greg's mobile at 7.15 his time: what broke, what the fix touches, and ask whether he wants it now or on Tuesday # coach: Direct and open with a direct customer: the problem, the trade-off, and his choice, before the change. It is the pushback and the discussion he asked for in September, offered before he has to ask. # id: cydt-0162]
  ~ gain("greg", "integrity", 10, 1.4)
  ~ gain("greg", "coordination", 10, 1.4)
  ~ gain("greg", "positivity", 6, 1.3)
  ~ gain("han", "coordination", 6, 1.3)
  Greg answers on the third ring, with a dog barking behind him. # remote: greg # id: cydt-0163
  Sorry for the hour, Greg. Our October release broke Haneul's order messages. The fix is one line in the shared message service; it touches your confirmation emails too. Now, or Tuesday after your sale? # speaker: you # id: cydt-0164
  Is it tested? # speaker: greg # remote: greg # id: cydt-0165
  Yes. Ravi ran your templates through it as well. # speaker: you # id: cydt-0166
  Then now. That's what the rule's for. Thanks for calling instead of telling me Monday. # speaker: greg # remote: greg # mood: pleased # id: cydt-0167
- -> council

// ─── Meeting 6 — day 72: the council ─────────────────────────────────────────────────────────
=== council ===
~ meeting("greg", 72)
~ meeting("park", 72)
~ meeting("han", 72)
Thursday 12 November. OrderDesk's first customer council, on video: four customers from three continents. You chose the time nobody else would have to take: 5.30 in the morning in Bengaluru, 9 in Seoul, 6 on Wednesday evening in Minneapolis. # place: video-call # location: Seoul and Minneapolis, on screen # date: Thursday 12 November # id: cydt-0168
// source: 004_321f206b4ac9ecaf.txt "Scheduling calls and emails that fit everyone's schedule can be a bit tricky, but it's worth it to keep the lines open."
On the agenda: next year's release calendar. Before you reach it, Greg unmutes. # id: cydt-0169
I'll say it straight, because that's how I do it. I keep hearing Seoul gets things the rest of us don't. Is OrderDesk one service, or a service that bends for whoever's biggest? # speaker: greg # mood: neutral # id: cydt-0170
Director Park's face does not move. Han looks down at something off the screen. # id: cydt-0171
# discuss: Greg has said his assumption out loud, in front of the customer it is about. What is Park assuming about this moment? What does each of them need from Arjun in the next minute?
// source: 003_2998f7574354a4b6.txt "Negotiating the differences requires an investment of time and a genuine interest in the other person."
* [Offer to take it up with Greg after the call, to spare Haneul a discussion in front of other customers # coach: It protects Director Park's face, which matters. But Greg asked a direct question in public; "offline" answers it for him, with exactly the quiet deal he suspects, and Park's team hears that the question stands. # id: cydt-0172]
  ~ loss("greg", "integrity", 6, 0.8)
  ~ loss("greg", "attentiveness", 4, 0.8)
  ~ loss("park", "positivity", 3, 0.8)
  Greg, let's take that one offline, just the two of us, after the call. # speaker: you # id: cydt-0173
  Sure. # speaker: greg # mood: closed # id: cydt-0174
  The council moves on to the calendar. Greg's camera stays on; he does not speak again. # id: cydt-0175
// source: 003_2998f7574354a4b6.txt "Unless both parties approach the interaction with greater awareness—and a willingness to surface their underlying assumptions—the relationship is bound to suffer."
* [Answer him in the open: what Haneul asked for, what it got and why; then ask Director Park to tell the council what the sale needed # coach: Greg's assumption, that flexibility means favouritism, answered with facts anyone can check; Park's need told by Park, as the customer who shaped the rule, not the one who was favoured. Both assumptions surface, and both men keep face. # id: cydt-0176]
  ~ gain("greg", "integrity", 8, 1.4)
  ~ gain("greg", "attentiveness", 8, 1.4)
  ~ gain("greg", "positivity", 8, 1.3)
  ~ gain("park", "benevolence", 8, 1.4)
  ~ gain("park", "positivity", 8, 1.4)
  ~ gain("park", "attentiveness", 6, 1.3)
  ~ gain("han", "benevolence", 6, 1.3)
  ~ gain("han", "attentiveness", 8, 1.4)
  ~ gain("han", "positivity", 6, 1.3)
  Haneul asked for two things for its sale: nothing its customers see to change, and someone awake at 2 a.m. Seoul. It got its new features switched off, and engineers on its hours. From January any of you can ask for both for your own peak; Haneul's team, Ms Han above all, designed half of it. Director Park, would you tell the council what the sale needed? # speaker: you # id: cydt-0177
  Director Park speaks for four minutes, slowly, about 2024 and the payment page. He ends by thanking "Mr Halvorsen's question". # id: cydt-0178
  That I can live with. Sign me up for Black Friday. # speaker: greg # mood: pleased # id: cydt-0179
// source: 003_2998f7574354a4b6.txt "They value consistency—one rule for all—over flexibility."
* [Tell him plainly, since he asked plainly, that yes, the biggest customers do get more attention: that is how any business in the world works # coach: Honest, in a way, and it is direct, as Greg asked. It confirms his fear in his own words, and names Haneul as the favoured customer in front of three others: Director Park loses face for a deal he did not ask to be called one. # id: cydt-0180]
  ~ loss("greg", "integrity", 6, 0.8)
  ~ loss("greg", "attentiveness", 4, 0.8)
  ~ loss("park", "positivity", 3, 0.8)
  Honestly, Greg? Bigger customers get more attention. That's how any business works. # speaker: you # id: cydt-0181
  So it's a yes. Thanks for being straight. # speaker: greg # mood: closed # id: cydt-0182
  Director Park says nothing for the rest of the call. # id: cydt-0183
- -> verdict

// ─── The relationships decide ────────────────────────────────────────────────────────────────
=== verdict ===
{
  - trust("greg") >= KEEP_GREG && trust("park") >= KEEP_PARK && trust("han") >= KEEP_HAN: -> ending_both
  - trust("greg") >= KEEP_GREG: -> ending_larkspur
  - trust("park") >= KEEP_PARK && trust("han") >= KEEP_HAN: -> ending_haneul
  - else: -> ending_neither
}

=== ending_both ===
# ending: both
# ending_title: One service, two customers
In December Larkspur renews for three years; Greg's only change to the contract is a line he wrote himself under the peak rule: "Larkspur uses this at Black Friday." Haneul renews too, and asks for the same desk for its spring sale. Han's name is on the request. # id: cydt-0184
In January the peak rule goes into OrderDesk's standard terms for every customer. Your pod calls it the Seoul clause. Greg calls it "the rule I can read". # id: cydt-0185
# learn: 003: "Can you do this?" asks for the trade-offs, not a yes: to a customer like Greg, a yes that names its price is the better service, and your own habit of the unqualified yes is an assumption worth surfacing.
# learn: 003: The US and Korea sit at the two extremes of consistency and flexibility: flexibility written as a rule anyone can read served both.
# learn: 003: Surface the assumptions on both sides by asking: what Greg was protecting with "one rule", what Park was protecting with "hold the release".
# learn: 003: Remember the group, and the person beneath the stereotype: Haneul decided through its team, and the Korean customer who wanted the standard was Han.
# learn: 004: Be honest and transparent when it goes wrong: the call at 9.10 p.m. Seoul and the call at 7.15 a.m. Minneapolis, by the backup channel, before anyone had to ask.
-> END

=== ending_larkspur ===
# ending: larkspur
# ending_title: One rule, one customer fewer
{ trust("han") >= KEEP_HAN:
  Larkspur renews: Greg likes a supplier whose rules hold and who tells him what things cost. Haneul puts OrderDesk out to tender in January. Han writes you a private note: she argued to stay, and lost. # id: cydt-0186
- else:
  Larkspur renews: Greg likes a supplier whose rules hold and who tells him what things cost. Haneul puts OrderDesk out to tender in January. Nobody at Haneul tells you why. # id: cydt-0189
}
# learn: 003: What you missed: a Korean customer is less likely to accept a standard, non-customised service; quoting the rule to Director Park told him he was one of many.
# learn: 003: What you missed: remember the group: Haneul decides through rounds among its own people and its CEO, not in the meeting where you ask.
# learn: 003: What you missed: make them see you: a face on the early call and the personal sentence in an email are how a relationship across two time zones stays human.
# learn: 004: Be honest and transparent: a director who hears bad news from his CEO before he hears it from you has learned what your partnership is worth.
-> END

=== ending_haneul ===
# ending: haneul
# ending_title: Bent for one, broken for the other
Haneul renews, and Director Park sends a case of Andong soju to the pod. Larkspur does not: Greg moves to a platform whose release rules are in the contract, and says why in his exit call, in one sentence: "I never knew what you'd do for someone else." # id: cydt-0187
# learn: 003: What you missed: "Can you do this?" expected pushback and a discussion of trade-offs; the unqualified yes you gave twice made every later answer suspect.
# learn: 003: What you missed: Americans value consistency, one rule for all; flexibility kept quiet, or given as a favour, is exactly what Greg had chosen a standard service to avoid.
# learn: 004: What you missed: be honest and transparent; tell a direct customer about the change before it touches him, not in Monday's report.
-> END

=== ending_neither ===
# ending: neither
# ending_title: Of course, twice
By March both accounts are gone: Larkspur to a vendor with written release rules, Haneul to a Korean integrator who sends two engineers for every sale. Han has moved to a bank. Your appraisal still says "customer-first". # id: cydt-0188
# learn: 003: What you missed: the unqualified yes is an assumption, not a service; "Can you do this?" expected the trade-offs, and two customers were told "of course" about one release and one team.
# learn: 003: What you missed: the US and Korea are the two ends of the consistency–flexibility scale; a rule quoted at Seoul and a favour hidden from Minneapolis lost both.
# learn: 003: What you missed: remember the group, and the person beneath the stereotype: Han, the Korean who wanted the standard, was the ally you did not use.
# learn: 004: What you missed: be honest and transparent when something goes wrong, head-on, by the backup channel if the usual one is down.
-> END
