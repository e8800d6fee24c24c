/** Benchmark reference: the least a page can do to play an ink story — lines as <p>, choices as buttons. */
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
      b.onclick = () => {
        ink.ChooseChoiceIndex(i);
        step();
      };
      return b;
    }),
  );
}
step();
