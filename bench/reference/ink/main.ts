/**
 * Benchmark reference: the least a page can do to play an ink story — lines as <p>, choices as
 * buttons (and number keys, as in the game, so both are played the same way), "The end" at the end.
 */
import { Story } from 'inkjs';
import story from '../../../stories/lost-face.ink';

const ink = new Story(story.json as Record<string, unknown>);
// The story's relationship vocabulary runs on its ink fallbacks here (no model).
ink.allowExternalFunctionFallbacks = true;
const out = document.getElementById('story')!;
const choices = document.querySelector('.choices')!;

function step(): void {
  while (ink.canContinue) {
    const p = document.createElement('p');
    p.className = 'line';
    p.textContent = ink.Continue() ?? '';
    out.append(p);
  }
  choices.replaceChildren(
    ...ink.currentChoices.map((c, i) => {
      const b = document.createElement('button');
      b.textContent = `${i + 1}. ${c.text}`;
      b.onclick = () => choose(i);
      return b;
    }),
  );
  if (!ink.currentChoices.length) {
    const end = document.createElement('h2');
    end.id = 'ending-title';
    end.textContent = 'The end';
    out.append(end);
  }
}

function choose(i: number): void {
  ink.ChooseChoiceIndex(i);
  step();
}

addEventListener('keydown', (e) => {
  const n = Number(e.key);
  if (Number.isInteger(n) && n >= 1 && n <= ink.currentChoices.length) choose(n - 1);
});
step();
