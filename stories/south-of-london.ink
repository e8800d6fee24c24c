# title: The acquisition south of London
# summary: Carver Robotics is buying a family engineering firm in Surrey. Its founder decides whether his machinists stay; his operations manager decides whether your systems work. Learn the rules before you break them, and learn which person each rule fits.
# role: You are Casey Blake, integration lead for Carver Robotics (Dayton, Ohio), spending the spring with the firm you are acquiring.
# minutes: 15
# seeds: 000_ac8871b0fd25056d, 004_321f206b4ac9ecaf, 002_4348346f83066296
# pass_mark: 55
# order: 7
INCLUDE lib/rapport.ink

// Sources:
// 000_ac8871b0fd25056d.txt — "I spoke with an American CEO who was baffled by the English. He had
// been spending time south of London with a company they were acquiring and stumbling through
// simple cultural differences. For example, don’t ask an Englishman about his life outside of
// business. It’s considered none of your business." Also from 000: consistent contacts (visits
// face to face, the same people on the account), goodwill that clears small conflicts, shared
// experiences outside work.
// 004_321f206b4ac9ecaf.txt — direct versus roundabout communication, honesty, flexibility, kept
// promises, and the advice to ask about clients' personal lives that Graham's privacy overrules.
// 002_4348346f83066296.txt — frankness with Western partners, keeping contact after the deal,
// time zones.
//
// Beyond the seeds (named where used): English understatement, reserve, humour and pub manners
// come from Kate Fox, Watching the English (2004), and Erin Meyer, The Culture Map (2014).
//
// Calendar: the weekdays are those of 2026. Day 0 of the model is Monday 2 March. Dayton (Ohio)
// is on Eastern time: five hours behind Surrey until America moves its clocks on Sunday 8 March,
// four hours behind from then until Britain moves on Sunday 29 March, five hours again after.
//   Monday 2 March = day 0, Friday 6 March = day 4, Monday 23 March = day 21,
//   Tuesday 28 April = day 57, Tuesday 2 June = day 92 (92 = 13 weeks + 1 day: a Tuesday).

// Ending thresholds, in one place (calibrated with `npm run stories`).
CONST STAY_GRAHAM = 60
CONST STAY_KERRY = 55
CONST POLITE_GRAHAM = 30

VAR announced = false      // Graham learned his new reporting line at Rick's all-hands
VAR ordering_as_is = false // the Dayton ordering system went live unchanged on 20 April
VAR account = 0            // after completion: 1 you keep visiting, 2 you run it by video, 3 Tom Reyes takes over

~ cast()
-> first_visit

// Graham Ashworth, 61, managing director. He started Ashworth Precision in his father's garage in
// Woking with one lathe; it is now forty machinists in a brick building outside Guildford, half of
// them with him for twenty years. He is selling because his son is a GP in Leeds and nobody else
// can take it on, not because he needs the money. Private, dry, loyal to his machinists; he says
// less than he means, and he trusts an outsider by what the outsider delivers, not by warmth.
// Profile, and why: trust earned by kept promises more than by closeness (relationship
// orientation 0.35, the task side of Meyer's trusting scale, ch. 6); first names on the shop
// floor, but it is his firm (power distance 0.35, Hofstede's score for Britain); a private
// individualist who guards his life outside work (collectivism 0.3); understatement, so his
// meaning sits under his words (directness 0.3); a rule is a rule, for Dayton as for him
// (flexibility 0.3). With him, privacy, dry humour and plain facts about his people work.
//
// Kerry Marsh, 34, operations manager. Came up through Ashworth's apprenticeship, then spent six
// years planning production for an automotive supplier in the Midlands, where a late part stopped
// a car plant and nobody had time for "a bit of a challenge". Graham hired her back to run the
// shop floor; the machinists listen to her. She says "it will stop my line" and means exactly
// that. She is where the "polite, understated English" generalisation fails: with her the blunt
// answer wins and the soothing one loses.
// Profile, and why: trusts you when your fix works (relationship orientation 0.2); argues with
// Graham in front of anyone (power distance 0.15); fierce about her crew, not about the firm's
// hierarchy (collectivism 0.4); very direct (0.9); bends a process to keep a line running
// (flexibility 0.5).
// beyond the seeds: Erin Meyer, The Culture Map (2014): a country's place on each scale is its
// norm, and individuals within it vary widely; Kerry's years in automotive supply, not her
// passport, set how she talks.
=== function cast() ===
~ counterpart("graham", "Graham Ashworth", 0.35, 0.35, 0.3, 0.3, 0.3)
~ counterpart("kerry", "Kerry Marsh", 0.2, 0.15, 0.4, 0.9, 0.5)

=== first_visit ===
~ meeting("graham", 0)
Ashworth Precision: a low brick building on an industrial estate outside Guildford. Tea arrives in mugs before anyone mentions the deal. # place: office # location: Guildford, Surrey # date: Monday 2 March # id: sol-0001
Carver signed the heads of terms a fortnight ago; completion is set for the end of April. You flew in on Saturday and have eight weeks to make the two firms one. # id: sol-0002
Good of you to come down. The A3 is usually a national scandal at this hour. # speaker: graham # mood: neutral # id: sol-0003
// source: 000_ac8871b0fd25056d.txt "don’t ask an Englishman about his life outside of business"
// The temptation has a seed of its own: 004_321f206b4ac9ecaf.txt "Ask how your clients are doing.
// Not just in terms of business, but in their personal lives too."
// beyond the seeds: Kate Fox, Watching the English (2004), on English reserve about personal
// matters, and weather-speak (here, the traffic) as the safe opening instead of personal questions.
* [Ask about his weekend and his family, to get to know the man # coach: Personal questions that warm up a first meeting in Ohio can feel intrusive to a private Englishman: his life outside business is his own until he offers it. # id: sol-0004]
  ~ loss("graham", "positivity", 4, 0.8)
  ~ loss("graham", "attentiveness", 4, 0.8)
  So, Graham, any plans for the weekend? Do you have family close by? # speaker: you # id: sol-0005
  A pause, long enough to notice. # id: sol-0006
  Nothing very exciting. Shall we look at the shop? # speaker: graham # mood: uneasy # id: sol-0007
* [Match his dry joke, then ask him how the firm first began # coach: He opened with understatement and a joke; answering lightly and asking about the firm he built shows interest without trespassing on his private life. # id: sol-0008]
  ~ gain("graham", "positivity", 9, 1.4)
  ~ gain("graham", "attentiveness", 8, 1.3)
  Only a scandal? In Dayton we would call that a good morning. How did Ashworth start? # speaker: you # id: sol-0009
  In my father's garage in Woking, with one lathe and a great deal of optimism. # speaker: graham # mood: pleased # id: sol-0010
* [Thank him, and go straight to your integration timeline # coach: Going straight to business respects time in Ohio; here it skips the part where he shows you what he built, and tells him his firm is a line item. # id: sol-0011]
  ~ loss("graham", "positivity", 4, 0.8)
  ~ loss("graham", "attentiveness", 4, 0.8)
  I know your time is valuable, so I brought the timeline. Eight weeks to completion, and then the first ninety days. # speaker: you # id: sol-0012
  Of course. Though you might like to see what you are buying first. # speaker: graham # mood: closed # id: sol-0013
- He walks you through the shop floor. Forty machinists; half of them have been here more than twenty years. A Swiss sliding-head lathe turns out titanium pins for a hip-implant maker in Leeds. # id: sol-0014
We are rather attached to our people. # speaker: graham # id: sol-0015
// source: 000_ac8871b0fd25056d.txt "you’d be surprised how much today’s execs don’t necessarily know about their international counterparts"
// beyond the seeds: English understatement. Kate Fox, Watching the English (2004), the
// understatement rule; Erin Meyer, The Culture Map (2014), ch. 2 "The Many Faces of Polite": the
// British soften with downgraders ("rather", "a bit", "quite") and mean more than they say.
* [Tell him everybody is going to love working for Carver # coach: Upbeat enthusiasm without specifics reads as salesmanship to a reserved man who has just told you, in his way, what matters to him. # id: sol-0016]
  ~ loss("graham", "attentiveness", 4, 0.8)
  ~ loss("graham", "benevolence", 4, 0.8)
  Honestly, Graham, everybody is going to love working for Carver. It is a great culture. # speaker: you # id: sol-0017
  I'm sure. # speaker: graham # mood: closed # id: sol-0018
* [Say that Carver has no plans for redundancies at this time # coach: The careful corporate line is true, but he hears "at this time". An understated condition deserves a concrete answer, not a lawyer's one. # id: sol-0019]
  ~ loss("graham", "attentiveness", 4, 0.8)
  ~ loss("graham", "benevolence", 4, 0.8)
  Carver has no plans for redundancies at this time. # speaker: you # id: sol-0020
  At this time. Yes. # speaker: graham # mood: uneasy # id: sol-0021
* [Hear "rather attached" as a condition, and ask what he needs # coach: English understatement carries weight: "rather attached" may mean "this is my condition for the deal". Asking what he needs takes it as seriously as he meant it. # id: sol-0022]
  ~ gain("graham", "benevolence", 11, 1.4)
  ~ gain("graham", "attentiveness", 6, 1.3)
  "Rather attached" sounds like more than a remark. What would you need to see from us about your people? # speaker: you # id: sol-0023
  A commitment in writing that nobody here loses their job in the first two years. # speaker: graham # id: sol-0024
  Then it goes into the integration plan, and you will see the wording before Dayton does. # speaker: you # id: sol-0025
- At the far end of the shop a woman in safety glasses is arguing with the controller of a five-axis mill, and winning. # id: sol-0026
Kerry Marsh, our operations manager. She will tell you what she thinks. She generally does. # speaker: graham # id: sol-0027
~ meeting("kerry", 0)
You're the Carver person. I've read the manual for your ordering system. It will stop my line inside a month, and I can show you where. # speaker: kerry # mood: neutral # id: sol-0028
// source: 004_321f206b4ac9ecaf.txt "Some cultures prefer a more indirect approach, while others value straight talk."
// beyond the seeds: Erin Meyer, The Culture Map (2014): individuals differ from their culture's
// norm. Ten minutes after Graham's understatement, the same firm gives you its opposite.
* [Say "Show me", and follow her to the stores # coach: Kerry talks straight and trusts people who can take it; asking to see the problem now is the kind of respect she recognises. # id: sol-0029]
  ~ gain("kerry", "attentiveness", 10, 1.4)
  ~ gain("kerry", "coordination", 8, 1.4)
  Show me. # speaker: you # id: sol-0030
  Your system orders in batches of a hundred. We make aerospace brackets in lots of six, and half our jobs are one-offs. Here, and here, and here. # speaker: kerry # mood: pleased # id: sol-0031
  You fill four pages of your notebook. # id: sol-0032
* [Tell her it will all be worked through; it is early days yet # coach: With someone as direct as Kerry, soothing vagueness is the rude answer: she told you plainly, and she expects plain talk back. # id: sol-0033]
  ~ loss("kerry", "attentiveness", 4, 0.8)
  ~ loss("kerry", "coordination", 4, 0.8)
  I'm sure we will work through all of that together. It is early days yet. # speaker: you # id: sol-0034
  Early days. Right. # speaker: kerry # mood: closed # id: sol-0035
* [Ask her to write it up, so that you can take it to Dayton properly # coach: The proper channel sounds thorough, but it turns a problem she can show you in five minutes into a document nobody reads. With her, go and look. # id: sol-0036]
  ~ loss("kerry", "attentiveness", 4, 0.8)
  ~ loss("kerry", "coordination", 4, 0.8)
  Could you put that in writing? I will make sure it reaches the right people in Dayton. # speaker: you # id: sol-0037
  I did. Last month. It reached somebody called "noreply". # speaker: kerry # mood: uneasy # id: sol-0038
- At the door Graham hands you your coat. # id: sol-0039
A few of us go to the Plough on Fridays, after the shift. You would be welcome, if you are still down here. # speaker: graham # id: sol-0040
-> the_pub

=== the_pub ===
~ meeting("graham", 4)
~ meeting("kerry", 4)
The Plough, Shalford. Half past five on a Friday: low beams, a dartboard, a dozen machinists still in their work boots. # place: pub # location: Shalford, Surrey # date: Friday 6 March # id: sol-0041
Your steering call with Dayton was at noon their time, five o'clock here. You kept it to twenty minutes and came straight over. # id: sol-0042
Graham bought the first round without asking what anyone wanted; you bought the second, the same way. Nobody said anything about it, which was the point. # id: sol-0043
// beyond the seeds: Kate Fox, Watching the English (2004), the pub chapter: the round-buying
// ritual, in which everyone buys a round in turn, as equals.
Go on then, Casey. When are we all moving to Dayton? # speaker: kerry # id: sol-0044
Laughter along the bar. # id: sol-0045
// source: 000_ac8871b0fd25056d.txt "Some prefer to build rapport outside of work."
// and 004_321f206b4ac9ecaf.txt "Take the time to understand the customs and traditions of your clients."
// beyond the seeds: Kate Fox, Watching the English (2004): the "Importance of Not Being Earnest"
// rule, and teasing as the way a group tests whether a newcomer can take a joke.
* [Reassure the table, earnestly, that no jobs are moving to Ohio # coach: Teasing in an English pub tests whether you can take a joke; an earnest answer fails the test, and a promise about jobs made over a pint is one nobody forgets. # id: sol-0046]
  ~ loss("kerry", "positivity", 4, 0.8)
  ~ loss("graham", "positivity", 3, 0.7)
  I want to be really clear with everyone: no jobs are moving to Ohio. # speaker: you # id: sol-0047
  The laughter stops. Somebody studies his beer mat. # id: sol-0048
* [Laugh along, then ask Graham how the darts team is doing # coach: Changing the subject is polite and harmless, but ducking a tease tells the table you cannot quite take one. # id: sol-0049]
  ~ loss("kerry", "positivity", 4, 0.8)
  ~ loss("graham", "positivity", 3, 0.7)
  You laugh and ask Graham about the darts team. He tells you, at length. Kerry turns back to the bar. # id: sol-0050
* [Tease yourself back: you had to look Dayton up on a map too # coach: Self-mockery answers a tease in kind and shows that you do not take yourself too seriously, which is most of what the table wanted to know. # id: sol-0051]
  ~ gain("kerry", "positivity", 10, 1.4)
  ~ gain("kerry", "attentiveness", 5, 1.2)
  ~ gain("graham", "positivity", 6, 1.3)
  Moving? I had to look Dayton up on a map before they hired me. You would hate it. It is very flat and the beer is cold. # speaker: you # id: sol-0052
  Cold beer. Barbaric. # speaker: kerry # mood: pleased # id: sol-0053
- Later, with his second pint, Graham says, to nobody in particular, that his father would have hated selling to Americans, and that his own son is a GP in Leeds who "never could tell a lathe from a tractor". # id: sol-0054
// source: 000_ac8871b0fd25056d.txt "It’s considered none of your business."
// beyond the seeds: Kate Fox, Watching the English (2004), on English reserve and privacy:
// personal matters are offered, not asked for, and a confidence is met with a light touch.
* [Ask about his son, and whether it hurts that the firm leaves the family # coach: He opened the door an inch; pushing it open turns a confidence into an interview. What he offers is his to give, not yours to ask for. # id: sol-0055]
  ~ loss("graham", "benevolence", 5, 0.8)
  ~ loss("graham", "attentiveness", 3, 0.7)
  Does your son mind? That the firm won't stay in the family, I mean. # speaker: you # id: sol-0056
  I really couldn't say. Another drink, anyone? # speaker: graham # mood: closed # id: sol-0057
* [Say his father built something worth buying, and let him steer # coach: A short, sincere acknowledgement that asks nothing back lets a private man share as much as he chooses, and no more. # id: sol-0058]
  ~ gain("graham", "benevolence", 11, 1.4)
  ~ gain("graham", "attentiveness", 7, 1.3)
  Your father built something worth buying. That is not nothing. # speaker: you # id: sol-0059
  No. No, it isn't. # speaker: graham # mood: pleased # id: sol-0060
  He tells you about the first lathe. You do not ask about Leeds. # id: sol-0061
* [Tell him about your own father's hardware store back in Ohio # coach: Matching his confidence with your own is generous at home; here it turns his moment into your story, and asks him for more than he meant to give. # id: sol-0062]
  ~ loss("graham", "benevolence", 5, 0.8)
  ~ loss("graham", "attentiveness", 3, 0.7)
  My dad had a hardware store in Xenia. He always said he would only sell it to somebody who... # speaker: you # id: sol-0063
  Graham listens politely to the whole story. # id: sol-0064
  Quite. # speaker: graham # mood: neutral # id: sol-0065
- -> the_plan

=== the_plan ===
~ meeting("graham", 21)
~ meeting("kerry", 21)
Two in the afternoon in Guildford, ten in the morning in Dayton. America moved its clocks on 8 March and Britain waits until the 29th, so for three weeks the gap is four hours, not five. # place: meeting-room # location: Guildford, Surrey # date: Monday 23 March # id: sol-0066
Rick Halvorsen, Carver's CEO, has sent the integration plan and called you about it for ten minutes. # remote: Rick Halvorsen # id: sol-0067
An all-hands next Monday by video from Dayton: Graham will report to Carver's VP of Manufacturing, the Dayton ordering system goes live here on 20 April, and twelve named machinists get a five-thousand-pound retention bonus, read out on the day. # id: sol-0068
Let's rip the band-aid off, Casey. Everybody hears it at once, from me. # speaker: Rick Halvorsen # id: sol-0069
# discuss: Who should hear the new reporting line first, from whom, and where? What does Rick's plan get right?
// source: 000_ac8871b0fd25056d.txt "what I had requested from the group’s leader was actually impossible to get and caused him to lose face"
// and 004_321f206b4ac9ecaf.txt "Be honest and transparent."
* [Let Rick announce it to everyone on Monday, as he planned # coach: Everybody hearing it at once sounds fair; for Graham it means learning his demotion with his apprentices watching, a loss of standing in front of the people he leads. # id: sol-0070]
  ~ face_threat("graham", 1, 0.6, true, 0)
  ~ loss("graham", "benevolence", 9, 0.6)
  ~ loss("kerry", "benevolence", 4, 0.7)
  ~ announced = true
  You tell Rick to go ahead. Next Monday Graham will learn his new title from a screen in the canteen, at the same moment as his apprentices. # id: sol-0071
* [Show Graham the plan today, in private, and tell him plainly # coach: Hearing it first, in private and in plain words, lets him keep his standing with his people and treats him as the leader they still follow. # id: sol-0072]
  ~ face_threat("graham", 0.6, 0.4, false, 0.9)
  ~ gain("graham", "integrity", 10, 1.4)
  ~ gain("graham", "coordination", 7, 1.3)
  Before anybody else sees this: from completion you report to our VP of Manufacturing. I would rather you heard it from me, today. Tell me what is wrong with the plan. # speaker: you # id: sol-0073
  He reads for a long time. # id: sol-0074
  Two things are wrong with it. The bonuses, and your ordering system. Kerry will tell you about the second one at three. # speaker: graham # id: sol-0075
- Rick wants one more answer from you by tonight: the bonuses. # leave: Rick Halvorsen # id: sol-0076
// source: 004_321f206b4ac9ecaf.txt "This can help you avoid unintentional offenses and build stronger relationships."
// beyond the seeds: Kate Fox, Watching the English (2004): the English embarrassment about money
// talk in public; and Graham's loyalty runs to all forty, not to a list of twelve.
* [Let Graham choose who gets a bonus, and tell each one in private # coach: Recognition that respects how this shop works goes through the man they trust and stays private; it keeps the money from becoming a ranking of his people. # id: sol-0077]
  ~ gain("graham", "benevolence", 9, 1.4)
  ~ gain("graham", "coordination", 6, 1.3)
  You tell Rick the bonuses stand, but Graham decides who, and each one hears it from Graham, in his office. # id: sol-0078
* [Keep Rick's plan: read out the twelve names and sums on Monday # coach: Public recognition with a number attached motivates many American teams; here it embarrasses twelve people, tells the other twenty-eight they are worth less, and suggests loyalty is for sale. # id: sol-0079]
  ~ loss("graham", "benevolence", 5, 0.8)
  ~ loss("kerry", "positivity", 4, 0.7)
  You tell Rick the plan stands. Twelve names, twelve sums, on a screen in the canteen. # id: sol-0080
- At three, the weekly production meeting in Graham's office. Kerry has Dayton IT's rollout schedule printed, one page folded back. # id: sol-0081
Page nine. Your ordering system goes live here on 20 April. Who wrote that? It will stop my line. # speaker: kerry # id: sol-0082
Kerry. # speaker: graham # mood: uneasy # id: sol-0083
// source: 004_321f206b4ac9ecaf.txt "Another biggie is staying flexible."
// and 002_4348346f83066296.txt "express their views even when they are not satisfied"
* [Ask Kerry to take it offline with you after the meeting # coach: Parking a hot topic politely suits many meetings, and Graham would be relieved; but Kerry raised it because it matters now, and deferring leaves the date, and her warning, where they were. # id: sol-0084]
  ~ loss("kerry", "coordination", 5, 0.8)
  ~ loss("kerry", "ability", 4, 0.8)
  ~ ordering_as_is = true
  Let's take that offline, Kerry. You and me, after this. # speaker: you # id: sol-0085
  Fine. # speaker: kerry # mood: closed # id: sol-0086
  After this, you are on a call to Dayton. The date stays in the plan. # id: sol-0087
* [Hold the date: one global system for every plant is the point # coach: One system everywhere has real value, and Dayton is right about that in general; rolled out unchanged over the person who runs the line, it tells her that her shop does not count. # id: sol-0088]
  ~ loss("kerry", "coordination", 5, 0.8)
  ~ loss("kerry", "ability", 4, 0.8)
  ~ ordering_as_is = true
  Every Carver plant runs the same system. That is the point of it. The date holds. # speaker: you # id: sol-0089
  Then I'll start printing paper copies now. # speaker: kerry # mood: closed # id: sol-0090
* [Agree that the date is wrong, and ask for her list by Friday # coach: Kerry's bluntness is information. Agreeing plainly and asking for the facts to fight Dayton with is how you earn the trust of someone who trusts what works. # id: sol-0091]
  ~ gain("kerry", "ability", 11, 1.4)
  ~ gain("kerry", "coordination", 8, 1.4)
  ~ gain("graham", "ability", 5, 1.2)
  You're right, the date is wrong. Give me your list by Friday and I will take it to Dayton myself. # speaker: you # id: sol-0092
  You'll have it tonight. # speaker: kerry # mood: pleased # id: sol-0093
- -> completion

=== completion ===
~ meeting("graham", 57)
~ meeting("kerry", 57)
Completion day. The lawyers finished at eleven; at noon the whole firm stands between the machines with tea and a sheet cake from the Guildford Tesco. # place: shop-floor # location: Guildford, Surrey # date: Tuesday 28 April # id: sol-0094
{ordering_as_is:
  The ordering system has been live for eight days. Two wrong deliveries so far; Kerry keeps a paper copy of every order in a ring binder on her desk. # id: sol-0095
- else:
  The ordering system now goes live in June, with Kerry's list attached. She has not said thank you. She has sent you a spreadsheet of the next fourteen problems. # id: sol-0096
}
{announced:
  Graham stands at the back, beside his apprentices, where he has stood since Rick's all-hands. # id: sol-0097
- else:
  Graham makes the speech himself: four sentences, one of them a joke about the A3. # id: sol-0098
}
Well. That's that, then. # speaker: graham # mood: neutral # id: sol-0099
At two o'clock, nine in the morning in Dayton, your VP calls. After today she wants you on the Monterrey acquisition. # remote: Denise Walker # id: sol-0100
Tom Reyes can pick up Ashworth. It's integrated. It's done. # speaker: Denise Walker # id: sol-0101
// source: 000_ac8871b0fd25056d.txt "periodic visits to meet with the contacts face to face AND keeping the same people connected to the relationship"
// and 002_4348346f83066296.txt "Whether the cooperation achieves the expected results or not, you should still maintain contact and respect with your partner."
* [Keep Ashworth, but run it by video from Dayton to save the travel # coach: Video keeps the work moving, but it never builds what a visit builds; and when there is a major problem, you will not be in the room. # id: sol-0102]
  ~ account = 2
  ~ loss("graham", "attentiveness", 4, 0.7)
  ~ loss("kerry", "attentiveness", 3, 0.7)
  A weekly call, Tuesdays at nine in Dayton, two in Guildford. The calls get shorter. Graham's camera is usually off. # id: sol-0103
* [Keep Ashworth yourself, and fly over every month, Monterrey or not # coach: Consistent contact means both: visits face to face and the same person on the account. The deal closing is when that starts to count. # id: sol-0104]
  ~ account = 1
  ~ gain("graham", "benevolence", 9, 1.4)
  ~ gain("kerry", "coordination", 7, 1.3)
  You take Monterrey as well, and keep a Tuesday a month for Guildford. In May Graham shows you the first parts made by his new apprentices; Kerry shows you three problems and one fix. # id: sol-0105
* [Hand Ashworth to Tom after today: he is good, and you are stretched # coach: A new face on the account starts the rapport over. To Graham and Kerry the relationship was with you, not with Carver. # id: sol-0106]
  ~ account = 3
  ~ handover("graham")
  ~ handover("kerry")
  Tom Reyes is good. He sends Graham a friendly email introducing himself, and a forty-slide onboarding deck. # id: sol-0107
- -> the_nuisance

=== the_nuisance ===
~ meeting("graham", 92)
~ meeting("kerry", 92)
Graham's office, the door shut, a plate of biscuits nobody touches. # place: office # location: Guildford, Surrey # date: Tuesday 2 June # id: sol-0108
{account:
  - 1: Your second monthly visit since completion. There is a hand-painted sign on a parking space now: CASEY (OHIO). Nobody admits to painting it. # id: sol-0109
  - 2: Your first visit since completion. The weekly calls have been short and practical, and have said very little. # id: sol-0110
  - 3: Tom asked you to come back for a day. "Something's off at Ashworth, and nobody will tell me what." # id: sol-0111
}
The purchasing sign-off is a bit of a nuisance, if I'm honest. # speaker: graham # id: sol-0112
// source: 000_ac8871b0fd25056d.txt "when there is a major problem, it helps greatly to travel to the source of the issue to help resolve it"
// beyond the seeds: British downgraders again, Erin Meyer, The Culture Map (2014), ch. 2: "a bit
// of a nuisance" from Graham can mean a line has stopped.
* [Ask what "a bit of a nuisance" is costing him, in days and orders # coach: From Graham, "a bit of a nuisance" can mean a stopped line. Asking for the cost in days and orders turns his understatement into facts you can act on. # id: sol-0113]
  ~ gain("graham", "attentiveness", 10, 1.4)
  ~ gain("graham", "coordination", 8, 1.4)
  When you say a bit of a nuisance, what is it costing you? Days, orders? # speaker: you # id: sol-0114
  He takes a folder from his drawer. It is thicker than you hoped. # id: sol-0115
* [Say every new owner's approvals feel slow at first; it will settle # coach: Taking understatement at face value misses the problem, and reassurance tells him his twenty years of running this shop do not count. # id: sol-0116]
  ~ loss("graham", "attentiveness", 4, 0.8)
  ~ loss("graham", "coordination", 4, 0.8)
  New approvals always feel slow at first. It will settle down. # speaker: you # id: sol-0117
  Quite. # speaker: graham # mood: closed # id: sol-0118
* [Ask him to email the details, to raise at the quarterly review # coach: A tidy process for a problem that is not tidy: the quarterly review is in August, and he told you now, in person, because it cannot wait. # id: sol-0119]
  ~ loss("graham", "attentiveness", 4, 0.8)
  ~ loss("graham", "coordination", 4, 0.8)
  Could you email me the details? I will put it on the agenda for the quarterly review. # speaker: you # id: sol-0120
  Of course. # speaker: graham # mood: uneasy # id: sol-0121
- The door opens without a knock. # id: sol-0122
It's not a nuisance. Line three has stood idle eleven days for a fourteen-thousand-pound spindle, because the sign-off limit is five thousand dollars and Dayton doesn't answer before two o'clock our time. # speaker: kerry # id: sol-0123
Kerry. # speaker: graham # mood: uneasy # id: sol-0124
// source: 004_321f206b4ac9ecaf.txt "Even if something goes wrong, it's better to address it head-on than to bury your head in the sand."
* [Ask Kerry, gently, to let Graham finish first # coach: Protecting Graham's meeting is courteous, and he might even thank you; but it tells Kerry that the manners matter more than the problem, and she is right about the problem. # id: sol-0125]
  ~ loss("kerry", "attentiveness", 5, 0.8)
  ~ loss("kerry", "ability", 4, 0.8)
  Kerry, let's let Graham finish. # speaker: you # id: sol-0126
  He has finished. That's the problem. # speaker: kerry # mood: closed # id: sol-0127
* [Promise to push it up the approval chain in Dayton tonight # coach: The proper channel is the one that stopped the line. A universal rule is fair until it costs eleven days, and the person who runs the line can see that. # id: sol-0128]
  ~ loss("kerry", "attentiveness", 5, 0.8)
  ~ loss("kerry", "ability", 4, 0.8)
  I will push it up the approval chain tonight. You will have an answer by Thursday. # speaker: you # id: sol-0129
  Thursday. # speaker: kerry # mood: closed # id: sol-0130
* [Tell her to order the spindle today, on your sign-off # coach: She gave you the facts plainly; acting on them today, and taking the argument with Dayton yourself, is the answer that earns a direct person's trust. # id: sol-0131]
  ~ gain("kerry", "ability", 11, 1.4)
  ~ gain("kerry", "benevolence", 8, 1.3)
  ~ gain("graham", "ability", 7, 1.3)
  Order it today on my sign-off. I will take the limit up with Dayton myself. # speaker: you # id: sol-0132
  Right. # speaker: kerry # mood: pleased # id: sol-0133
  Graham says nothing, which from Graham is a great deal. # id: sol-0134
- -> the_plough

=== the_plough ===
The Plough again, after the shift. Graham is losing at darts; Kerry brings you a pint you did not ask for and sits down. # place: pub # location: Shalford, Surrey # date: Tuesday 2 June # id: sol-0135
Since we're being straight with each other. Bramley Aerospace in Basingstoke offered me a job last week. More money, and no Dayton. # speaker: kerry # id: sol-0136
// source: 004_321f206b4ac9ecaf.txt "Adapt your communication style."
// and 002_4348346f83066296.txt "you need to focus on frankness and clarity"
* [Ask her straight what it would take for her to stay # coach: She told you plainly so that you could act; asking her terms directly treats her news as the business conversation she meant it to be. # id: sol-0137]
  ~ gain("kerry", "benevolence", 10, 1.4)
  ~ gain("kerry", "attentiveness", 7, 1.3)
  What would it take for you to stay? # speaker: you # id: sol-0138
  A purchasing limit I can actually use. And you, not a ticket queue, answering my emails. # speaker: kerry # mood: pleased # id: sol-0139
* [Say you would be sorry to lose her, and leave it at that # coach: The understated reply that works with Graham sounds like a shrug to Kerry: she put a plain question on the table and wanted a plain answer. # id: sol-0140]
  ~ loss("kerry", "benevolence", 4, 0.8)
  ~ loss("kerry", "attentiveness", 4, 0.8)
  We would be very sorry to lose you. # speaker: you # id: sol-0141
  That's it? Right. # speaker: kerry # mood: closed # id: sol-0142
- Graham sits down with his pint when Kerry goes to the bar. # leave: kerry # id: sol-0143
My contract runs to next March. I expect Dayton will want to know what I'm doing. # speaker: graham # id: sol-0144
// source: 000_ac8871b0fd25056d.txt "getting to know your contacts will serve you well during any challenging times"
// beyond the seeds: Kate Fox, Watching the English (2004): the modesty and understatement rules;
// effusive praise embarrasses, and a decision pressed for in the pub is a decision resented.
* [Tell him he is the heart of the firm, and Carver needs him # coach: Lavish praise is a gift in Ohio; to a reserved Englishman it is embarrassing, and it sounds like a line, however much you mean it. # id: sol-0145]
  ~ loss("graham", "benevolence", 4, 0.8)
  ~ loss("graham", "positivity", 4, 0.8)
  Graham, you are the heart of this firm. Carver would be lost without you. # speaker: you # id: sol-0146
  Steady on. # speaker: graham # mood: uneasy # id: sol-0147
* [Say you would rather like him to stay, and that it can wait # coach: Said in his own register, it tells him what you want without pressing him, and leaves the decision where he likes it: with him. # id: sol-0148]
  ~ gain("graham", "benevolence", 11, 1.4)
  ~ gain("graham", "positivity", 8, 1.4)
  I would rather like you to stay. But it can wait. # speaker: you # id: sol-0149
  Can it. Well. # speaker: graham # mood: pleased # id: sol-0150
  He goes back to the darts and hits a double twenty for the first time all evening. # id: sol-0151
* [Ask him straight if you can tell the board on Friday that he is staying # coach: The board does need an answer, and in Dayton asking straight is a courtesy; to Graham, pinned to a date over a pint, it feels like being handled. # id: sol-0152]
  ~ loss("graham", "benevolence", 4, 0.8)
  ~ loss("graham", "positivity", 4, 0.8)
  The board meets on Friday. Can I tell them you're staying? # speaker: you # id: sol-0153
  I expect you can tell them whatever you like. # speaker: graham # mood: closed # id: sol-0154
- {
  - trust("graham") >= STAY_GRAHAM && trust("kerry") >= STAY_KERRY: -> ending_stays
  - trust("graham") >= STAY_GRAHAM: -> ending_half
  - trust("graham") >= POLITE_GRAHAM: -> ending_polite
  - else: -> ending_leaves
}

=== ending_stays ===
# ending: stays
# ending_title: They stay, and so do their people
Graham signs on for two more years and, in his own words, "does not entirely hate" the new reporting line. Kerry turns down Bramley and gets a purchasing limit she can use. Not one machinist has left. # id: sol-0155
# learn: 000: Learn the cultural rules before you visit: an Englishman's life outside business is his own until he offers it.
# learn: 000: Understatement carries weight: "rather attached" and "a bit of a nuisance" can mean a condition and a stopped line.
# learn: 004: Adapt your style to the person: straight talk won Kerry, the quiet word won Graham, in the same firm.
# learn: 000: Keep visiting, and keep the same person on the account after the deal is done.
-> END

=== ending_half ===
# ending: half
# ending_title: He stays; she goes to Basingstoke
Graham signs on for two more years. Kerry takes the job at Bramley; three of her best setters follow her within the year, and line three stops twice more before anyone in Dayton learns why. # id: sol-0156
# learn: 004: Some people prefer a roundabout approach and others value straight talk; the polite answer that suits one can lose the other.
# learn: 000: Learn the cultural rules, and then learn the person: a generalisation about "the English" did not fit Kerry.
# learn: 004: Flexibility keeps a line running: a global system or an approval rule applied unchanged can cost you the person who makes it work.
-> END

=== ending_polite ===
# ending: polite
# ending_title: Polite, and counting the days
{ trust("kerry") >= STAY_KERRY:
  Graham stays for his contracted year, correct and distant. Kerry stays and runs the shop floor, and spends a good part of the year covering for Dayton. Three senior machinists quietly take jobs with a competitor. Nobody at Ashworth ever tells Dayton why. # id: sol-0157
- else:
  Graham stays for his contracted year, correct and distant. Kerry leaves in the autumn. Three senior machinists quietly take jobs with a competitor. Nobody at Ashworth ever tells Dayton why. # id: sol-0159
}
# learn: 000: Small stumbles over the cultural rules add up, and a reserved counterpart rarely says so.
# learn: 000: News that touches a leader's standing should reach him first, in private, so that he does not lose face in front of his people.
# learn: 004: Keep your promises and follow through: with task-minded partners, kept commitments are the currency of trust.
# learn: 000: Consistent contact, face to face and by the same person, is what carries a relationship past the deal.
-> END

=== ending_leaves ===
# ending: leaves
# ending_title: He leaves, and takes the knowledge with him
{ trust("kerry") >= STAY_KERRY:
  Graham resigns at the end of the quarter. Kerry stays, and spends the autumn training his replacement. With him go twenty years of knowing which machine drifts in cold weather and which customer will pay late but always pays. # id: sol-0158
- else:
  Graham resigns at the end of the quarter. Kerry has already gone. With them go twenty years of knowing which machine drifts in cold weather and which customer will pay late but always pays. # id: sol-0160
}
# learn: 000: Asking personal questions to build warmth backfires where privacy is the rule: his life outside business was none of yours.
# learn: 000: A public announcement that diminishes a leader in front of his staff costs trust that no later apology fully restores.
# learn: 004: Reading understatement at face value, and answering bluntness with soothing words, each misses what the person meant.
# learn: 000: A new face on the account, or a video call in place of a visit, starts the relationship over.
-> END
