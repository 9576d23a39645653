import { describe, expect, it } from 'vitest';
import { segmentSource, splitQuoteTargetCss } from '../../../src/lib/source-segments.ts';

describe('segmentSource', () => {
  it('keeps the whole text and marks overlapping quotes once', () => {
    const text = 'abcdefghij';
    const segs = segmentSource(text, [
      { id: 'a', start: 2, end: 6 },
      { id: 'b', start: 4, end: 8 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.rows])).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', ['a', 'b']],
      ['gh', ['b']],
      ['ij', []],
    ]);
    expect(segs.find((s) => s.starts.includes('b'))?.text).toBe('ef');
    expect(segs.find((s) => s.ends.includes('a'))?.text).toBe('ef');
  });
  it('handles identical spans for two rows', () => {
    const segs = segmentSource('xyz', [{ id: 'a', start: 0, end: 3 }, { id: 'b', start: 0, end: 3 }]);
    expect(segs).toEqual([{ text: 'xyz', rows: ['a', 'b'], starts: ['a', 'b'], ends: ['a', 'b'] }]);
  });

  it('opens a run at every page of a text of two pages or more, and only there', () => {
    const segs = segmentSource('一页。二页含引文。', [{ id: 'a', start: 3, end: 6 }], [0, 3]);
    expect(segs.map((s) => [s.text, s.page, s.rows])).toEqual([['一页。', 1, []], ['二页含', 2, ['a']], ['引文。', undefined, []]]);
    expect(segmentSource('一页。', [], [0]).some((s) => 'page' in s)).toBe(false);
  });
});

describe('splitQuoteTargetCss', () => {
  it('lights every run of a quote cut by an overlap, and nothing when no quote is cut', () => {
    const cut = segmentSource('abcdefghij', [{ id: 'a', start: 2, end: 6 }, { id: 'b', start: 4, end: 8 }]);
    expect(splitQuoteTargetCss(cut)).toBe('.source-text:has(#q-a:target) mark[data-rows~="a"],.source-text:has(#q-b:target) mark[data-rows~="b"]{background:var(--mark-target);outline:2px solid var(--c-warn)}');
    expect(splitQuoteTargetCss(segmentSource('abcdef', [{ id: 'a', start: 0, end: 2 }, { id: 'b', start: 3, end: 5 }]))).toBe('');
  });
});
