// Rapport's relationship vocabulary — INCLUDE this from every scenario.
//
// Each word is an ink EXTERNAL function. In the game the relationship model (src/core/model) binds
// them and decides what each event does to Rapport and Trust. The ink fallbacks below let the
// story run unchanged in Inky: they only keep the story moving (business_ask succeeds, the
// meters read 50).
//
// Authors describe WHAT THE LEARNER DID; the model decides what it does to the relationship.
// See docs/authoring.md for every word with an example.
//
// Arguments (validated by the model; a bad one is an author error naming file and line):
//   who        counterpart id declared with counterpart(...) first, e.g. "liwei"
//   dimension  "ability" | "integrity" | "benevolence" | "attentiveness" | "positivity" | "coordination"
//   size       1..20   how big the act is (4 = a thoughtful gesture, 12 = a major act)
//   fit        0.5..1.5 how well the behaviour fits this counterpart's culture (1 = neutral)
//   0..1 scales: imposition, power gap, redress, culture dimensions

// Declare a counterpart and their culture profile (each 0..1):
//   ro = relationship orientation (0 task-based trust, 1 relationship-based)
//   pd = power distance, co = collectivism, di = directness (0 high-context, 1 low-context),
//   fl = flexibility (0 universalist rules, 1 particularist relationships)
EXTERNAL counterpart(who, name, ro, pd, co, di, fl)
=== function counterpart(who, name, ro, pd, co, di, fl)
~ return

// A meeting (any contact) with `who` on in-story day `day` (0 = the scenario's first day).
// Time between contacts lets the relationship cool (decay); every meeting counts.
EXTERNAL meeting(who, day)
=== function meeting(who, day)
~ return

// Something the learner did that builds the relationship along `dimension`.
EXTERNAL gain(who, dimension, size, fit)
=== function gain(who, dimension, size, fit)
~ return

// Something the learner did that damages the relationship along `dimension`.
EXTERNAL loss(who, dimension, size, fit)
=== function loss(who, dimension, size, fit)
~ return

// A request or act that threatens the counterpart's face.
//   imposition 0..1 how hard it is to grant; power_gap 0..1 how far above them the asker stands
//   in_public  true when others (their team, their boss) are present
//   redress    0..1 how much it is softened: hedged, raised in private, agreed in advance
EXTERNAL face_threat(who, imposition, power_gap, in_public, redress)
=== function face_threat(who, imposition, power_gap, in_public, redress)
~ return

// A business request. Returns true when the relationship can carry it (enough affective trust
// for this counterpart); otherwise it fails and itself becomes a face threat.
EXTERNAL business_ask(who, imposition)
=== function business_ask(who, imposition)
~ return true

// The learner's side hands the account to someone new: the relationship starts over.
EXTERNAL handover(who)
=== function handover(who)
~ return

// After a violation: the learner apologises, or denies (when innocent).
EXTERNAL apology(who)
=== function apology(who)
~ return

EXTERNAL denial(who)
=== function denial(who)
~ return

// Read the meters (0..100, rounded) to branch on the relationship's state.
EXTERNAL rapport(who)
=== function rapport(who)
~ return 50

EXTERNAL trust(who)
=== function trust(who)
~ return 50
