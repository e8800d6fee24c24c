import { describe, expect, it, vi } from 'vitest';
import { findReporter, findScormApi, MAX_SEARCH_DEPTH } from '../../../../src/app/lms/reporter.ts';
import { NoLms } from '../../../../src/app/lms/report.ts';
import { Scorm12Reporter } from '../../../../src/app/lms/scorm12.ts';
import { Scorm2004Reporter } from '../../../../src/app/lms/scorm2004.ts';
import { XapiReporter } from '../../../../src/app/lms/xapi.ts';
import { crossOriginWindow, frameIn, quietScorm12, quietScorm2004 } from './helpers.ts';

const xapi = { activityId: 'https://w3id.org/rapport/xapi/modules/m', moduleName: 'M', storage: null };

describe('finding the LMS', () => {
  it('finds nothing anywhere: local progress only', () => {
    const top = frameIn(null);
    const page = frameIn(frameIn(top));
    expect(findScormApi(page)).toBeNull();
    const r = findReporter(page, '', { xapi });
    expect(r).toBeInstanceOf(NoLms);
    expect(r.kind).toBe('none');
    expect(r.problem).toBeNull();
  });

  it('finds the API in a parent frame', () => {
    const lms = quietScorm12();
    const top = frameIn(null, { API: lms });
    const page = frameIn(frameIn(top));
    expect(findScormApi(page)).toMatchObject({ kind: 'scorm12', depth: 2 });
    expect(findReporter(page, '', { prefer: 'scorm12' })).toBeInstanceOf(Scorm12Reporter);
  });

  it('finds the API through the opener (a launch in a new window), and in the opener’s parents', () => {
    const lms = quietScorm2004();
    const lmsTop = frameIn(null, { API_1484_11: lms });
    const popup = frameIn(null, { opener: frameIn(lmsTop) });
    expect(findScormApi(popup)).toMatchObject({ kind: 'scorm2004' });
    expect(findReporter(popup, '', {})).toBeInstanceOf(Scorm2004Reporter);
  });

  it('steps over windows of another origin (reading them throws) and still looks through the opener', () => {
    const lms = quietScorm12();
    const page = frameIn(crossOriginWindow(), { opener: frameIn(null, { API: lms }) });
    expect(findScormApi(page, 'scorm12')).toMatchObject({ kind: 'scorm12' });
    const lonely = frameIn(crossOriginWindow());
    expect(() => findReporter(lonely, '', {})).not.toThrow();
    expect(findReporter(lonely, '', {}).kind).toBe('none');
    // A window that throws on `opener` too.
    expect(findScormApi(crossOriginWindow())).toBeNull();
  });

  it('looks a bounded number of frames up, and survives a parent loop', () => {
    let w = frameIn(null, { API: quietScorm12() });
    for (let i = 0; i < MAX_SEARCH_DEPTH + 5; i++) w = frameIn(w);
    expect(findScormApi(w)).toBeNull();
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = { parent: a };
    a.parent = b;
    expect(findScormApi(a)).toBeNull();
  });

  it('ignores an object named API that is not one', () => {
    expect(findScormApi(frameIn(null, { API: { LMSInitialize: 1 }, API_1484_11: 'x' }))).toBeNull();
  });

  it('speaks the standard the package was built for when the LMS offers both', () => {
    const page = frameIn(frameIn(null, { API: quietScorm12(), API_1484_11: quietScorm2004() }));
    expect(findReporter(page, '', { prefer: 'scorm12' })).toBeInstanceOf(Scorm12Reporter);
    expect(findReporter(page, '', { prefer: 'scorm2004' })).toBeInstanceOf(Scorm2004Reporter);
  });

  it('uses an xAPI launch when there is no SCORM API (or when the package is an xAPI one)', () => {
    const q = new URLSearchParams({
      endpoint: 'https://lrs.example.com/xapi',
      auth: 'Basic dGVzdDp0ZXN0',
      actor: JSON.stringify({ name: 'Ada', mbox: 'mailto:ada@example.com' }),
      registration: '6f1c0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
    });
    expect(findReporter(frameIn(null), q, { xapi })).toBeInstanceOf(XapiReporter);
    const withScorm = frameIn(frameIn(null, { API: quietScorm12() }));
    expect(findReporter(withScorm, q, { xapi, prefer: 'xapi' })).toBeInstanceOf(XapiReporter);
    expect(findReporter(withScorm, q, { xapi, prefer: 'scorm12' })).toBeInstanceOf(Scorm12Reporter);
  });

  it('says so when a launch names an LRS only in part', () => {
    const r = findReporter(frameIn(null), 'endpoint=https://lrs.example.com/', { xapi });
    expect(r.kind).toBe('none');
    expect(r.problem).toMatch(/endpoint and actor/);
  });

  it('never reads a property of an API it did not choose', () => {
    const spy = vi.fn();
    const api = new Proxy({}, { get: (_t, k) => (spy(k), undefined) });
    expect(findScormApi(frameIn(null, { API: api }))).toBeNull();
    expect(spy).toHaveBeenCalled(); // it looked, found no functions, moved on
  });
});
