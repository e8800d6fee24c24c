/**
 * Figures per counterpart (build/analysis/counterparts.ts): each one's Rapport and Trust over the
 * paths that end and per ending, never averaged across counterparts, and whether each business_ask
 * can succeed — on tests/fixtures/analysis/memo.ink, whose business ask is granted after a warm
 * opening and refused after a cold one.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../../../build/analysis/analyzer.ts';
import { figuresOf } from '../../../../build/analysis/report.ts';

const report = analyzeStory(resolve(__dirname, '../../../fixtures/analysis/memo.ink'));

describe('figures per counterpart', () => {
  it("gives each counterpart's own Rapport and Trust ranges, overall and per ending", () => {
    expect(report.counterparts.map((c) => c.id)).toEqual(['xu']);
    const xu = report.counterparts[0]!;
    expect(Object.keys(xu.byEnding).sort()).toEqual(['bad', 'good']);
    const { good, bad } = xu.byEnding as Record<'good' | 'bad', { trust: { min: number; max: number } }>;
    // An ending's range sits inside the counterpart's, and the good ending takes the higher trust.
    for (const e of [good, bad]) {
      expect(e.trust.min).toBeGreaterThanOrEqual(xu.trust.min);
      expect(e.trust.max).toBeLessThanOrEqual(xu.trust.max);
    }
    expect(good.trust.max).toBeGreaterThan(bad.trust.max);
    expect(xu.trust.min).toBeLessThan(xu.trust.max);
  });

  it('says whether each business_ask can succeed, where it is', () => {
    expect(report.businessAsks).toEqual([
      { source: expect.stringMatching(/memo\.ink:\d+$/), who: 'xu', granted: true, refused: true },
    ]);
    const lines = figuresOf(report);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Xu: Rapport \d+–\d+ · Trust \d+–\d+$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {4}ending "good": Rapport \d+–\d+ · Trust \d+–\d+$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /business_ask\("xu", …\) at .*memo\.ink:\d+: granted on some paths, refused on others/,
      ),
    );
  });
});
