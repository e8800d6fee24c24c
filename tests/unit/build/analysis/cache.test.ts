/**
 * The analysis cache (build/analysis/cache.ts): the build asks for analyses with the story graph
 * (for the learner's map); a plain request — `npm run stories`, the content tests — is then served
 * from that entry, without the graph, instead of exploring every path again.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStoryCached, isAnalysisCached } from '../../../../build/analysis/cache.ts';
import { analyzeStory } from '../../../../build/analysis/analyzer.ts';
import { compileInkFile } from '../../../../build/ink/compile.ts';

const fixture = resolve(__dirname, 'fixtures/story-map.ink');

describe('the analysis cache', () => {
  it('serves a plain analysis from the one made with the graph', () => {
    const root = mkdtempSync(join(tmpdir(), 'rapport-cache-'));
    const json = compileInkFile(fixture).json!;
    const cached = () => readdirSync(join(root, 'node_modules/.cache/rapport'));
    expect(isAnalysisCached(fixture, json, { root })).toBe(false);

    const withGraph = analyzeStoryCached(fixture, json, { root, graph: true });
    expect(withGraph.graph?.nodes.length).toBeGreaterThan(0);
    expect(cached()).toHaveLength(1);
    expect(isAnalysisCached(fixture, json, { root, graph: true })).toBe(true);
    expect(isAnalysisCached(fixture, json, { root })).toBe(true);

    const plain = analyzeStoryCached(fixture, json, { root });
    expect(plain).not.toHaveProperty('graph');
    expect(cached()).toHaveLength(1); // read, not explored again and written apart
    const { ms: _a, ...fromCache } = plain;
    const { ms: _b, ...explored } = analyzeStory(fixture);
    expect(fromCache).toEqual(explored);

    // The other way round there is no graph to give: it is explored, and kept apart.
    const other = mkdtempSync(join(tmpdir(), 'rapport-cache-'));
    analyzeStoryCached(fixture, json, { root: other });
    expect(isAnalysisCached(fixture, json, { root: other, graph: true })).toBe(false);
  }, 30_000);
});
