import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv-export.ts';
import { cardSvg, wrapText } from '../../../src/social-cards/card-svg.ts';
import { cardPath, cardSlug } from '../../../src/site/site-pages.ts';
import { embedSnippet } from '../../../src/lib/embed.ts';
import { jsonForScript } from '../../../src/lib/json-script.ts';

describe('CSV downloads', () => {
  it.each([
    ['=cmd|" /C calc"!A0', `"'=cmd|"" /C calc""!A0"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['274.14亿元', '274.14亿元'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
  ])('neutralises %s', (cell, expected) => {
    expect(toCsv(['c'], [[cell]])).toBe(`\uFEFFc\r\n${expected}\r\n`);
  });
  it('starts with a BOM and ends rows with CRLF', () => {
    expect(toCsv(['a'], [['1']])).toBe('\uFEFFa\r\n1\r\n');
  });
});

describe('social cards', () => {
  it('wraps Chinese text to the width and marks a cut with an ellipsis', () => {
    expect(wrapText('一二三四五六七八九十', 60, 20, 2)).toEqual(['一二三', '四五…']);
    expect(wrapText('短', 60, 20, 2)).toEqual(['短']);
  });
  it('escapes every text it prints', () => {
    const svg = cardSvg({ kicker: '<k>', title: '<script>alert(1)</script>', footer: 'a&b', bars: [{ label: '"><svg onload=x>', value: 1, text: '1', color: '#000' }] });
    expect(svg).not.toMatch(/<script>|<k>|"><svg onload/);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toMatch(/^<svg[^>]*width="1200" height="630"/);
  });
  it('names a card after its page', () => {
    expect(cardSlug('')).toBe('index');
    expect(cardSlug('parks/linxiang/')).toBe('parks__linxiang');
    expect(cardPath('indicators/tax_revenue/')).toBe('og/indicators__tax_revenue.png');
  });
});

describe('embeds and island payloads', () => {
  it('the snippet escapes the title and points at the embed page', () => {
    const s = embedSnippet('https://example.org/yuanqu/embed/chart/x/', '"><script>alert(1)</script>');
    expect(s).toContain('src="https://example.org/yuanqu/embed/chart/x/"');
    expect(s).not.toContain('"><script>alert(1)');
  });
  it('JSON for a script element cannot close the element', () => {
    expect(jsonForScript({ q: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonForScript({ q: '</script>' }))).toEqual({ q: '</script>' });
  });
});
