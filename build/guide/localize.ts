/**
 * A scenario's guide data (scenario-data.ts, gathered in English) in another language: every word
 * of the story through its translations (story-words.ts) — title, summary, role, names, the
 * authors' notes, the lines before each decision, the options and their coach notes, discussion
 * prompts, ending titles, learning points — and the endings' conditions worded again in the
 * language (conditions.ts). The figures, ids and places are the same in every language. Module
 * objectives, article titles and quotes stay English (marked so).
 */
import { conditionWords, type ConditionWords } from './conditions.ts';
import type { ScenarioGuide } from './scenario-data.ts';
import type { StoryWords } from './story-words.ts';
import type { GuideWords } from './words.ts';

export function conditionWordsOf(w: GuideWords): ConditionWords {
  return {
    meter: (name, meter) => w.t('guide.condition.meter', { name, meter }),
    and: w.t('guide.condition.and'),
    or: w.t('guide.condition.or'),
    not: w.t('guide.condition.not'),
  };
}

/**
 * `modules`: a module's title or objective in the page's language by its English words (from
 * translations/<lang>/modules.po), or null where there is none: then it stays English, marked so.
 */
export function localizeGuide(
  g: ScenarioGuide,
  s: StoryWords,
  w: GuideWords,
  modules: (english: string) => string | null = () => null,
): ScenarioGuide {
  if (s.lang === 'en') return g;
  const moduleWords = (english: string) => modules(english) ?? s.keepEnglish(english);
  const names = new Map(g.people.map((p) => [p.id, s.name(p.id, p.name)]));
  const byEnglishName = new Map(g.people.map((p) => [p.name, names.get(p.id)!]));
  const ending = (title: string) => s.prose('ending_title', title);
  const words = conditionWordsOf(w);
  return {
    ...g,
    info: {
      ...g.info,
      title: s.global('title', g.info.title),
      summary: g.info.summary && s.global('summary', g.info.summary),
      role: g.info.role && s.global('role', g.info.role),
    },
    objectives: g.objectives.map((o) => ({
      text: moduleWords(o.text),
      modules: o.modules.map((m) => ({ ...m, title: moduleWords(m.title) })),
    })),
    learning: g.learning.map((l) => ({
      ...l,
      text: s.prose('learn', l.text),
      source: l.source && s.keepEnglish(l.source),
    })),
    people: g.people.map((p) => ({
      ...p,
      name: names.get(p.id)!,
      notes: p.notes.map((n) => s.note(p.id, n)),
    })),
    decisions: g.decisions.map((d) => ({
      ...d,
      lines: d.lines.map((l) => ({
        ...l,
        who:
          l.who === null || l.speaker === null
            ? l.who
            : (names.get(l.speaker) ?? s.name(l.speaker, l.who, true)),
        text: s.line(null, l.text),
      })),
      options: d.options.map((o) => ({
        ...o,
        text: s.line(o.lineId, o.text),
        coach: o.coach && s.coach(o.lineId, o.coach),
        leads: o.leads.map((l) => (l.ending === undefined ? l : { ...l, ending: ending(l.ending) })),
      })),
    })),
    prompts: g.prompts.map((p) => ({
      ...p,
      text: s.prose('discuss', p.text),
      ending: p.ending && ending(p.ending),
    })),
    endings: g.endings.map((e) => ({
      ...e,
      title: ending(e.title),
      routes: e.routes.map((r) => {
        if (r.condition === null) return r;
        const notes: string[] = [];
        const ctx = { constants: g.constants, names, temps: r.temps, words };
        return { ...r, words: conditionWords(r.condition, ctx, notes), notes };
      }),
      people: e.people.map((p) => ({ ...p, name: names.get(p.id) ?? byEnglishName.get(p.name) ?? p.name })),
    })),
    handout: g.handout.map((h) => ({
      ...h,
      title: s.keepEnglish(h.title),
      quotes: h.quotes.map((q) => ({ ...q, quote: s.keepEnglish(q.quote) })),
    })),
  };
}
