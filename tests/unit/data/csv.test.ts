import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, normaliseLineEnds, parseCsvText, splitLine } from '../../../src/data/csv.ts';
import { showValue } from '../../../src/data/issues.ts';
import { diagnoseNumber, toHalfWidth, unitTypedInCell } from '../../../src/data/schema/fields.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8, UTF-8 with BOM and GBK, saying which', () => {
    expect(decodeBytes(utf8('园区,1'))).toEqual({ text: '园区,1', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('园区')]))).toEqual({ text: '园区', encoding: 'utf-8-bom' });
    expect(decodeBytes(new Uint8Array(iconv.encode('临湘高新区,274.14亿元', 'gbk')))).toEqual({ text: '临湘高新区,274.14亿元', encoding: 'gb18030' });
  });
  it('keeps a damaged UTF-8 file UTF-8, the damage showing as U+FFFD, instead of re-reading it all as GBK', () => {
    const bytes = utf8('临湘高新区,三湾园区,钓具浮标');
    bytes[3] = 0xff;
    const d = decodeBytes(bytes);
    expect(d).toMatchObject({ encoding: 'utf-8' });
    expect('text' in d && d.text.startsWith('临\uFFFD')).toBe(true);
    expect(decodeBytes(utf8('临湘高新区').slice(0, 7))).toEqual({ text: '临湘\uFFFD', encoding: 'utf-8' });
  });
  it('names the binary files people save as .csv', () => {
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toMatchObject({ binary: true, what: expect.stringContaining('workbook') });
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x69, 0]))).toMatchObject({ binary: true, what: expect.stringContaining('UTF-16') });
    expect(decodeBytes(new Uint8Array([0x69, 0, 0x64]))).toMatchObject({ binary: true, what: 'is a binary file, not CSV text' });
  });
});

describe('splitLine and parseCsvText', () => {
  it('splits RFC 4180 lines and reports broken quoting by field', () => {
    expect(splitLine('a,"b,c","d""e",')).toEqual({ cells: ['a', 'b,c', 'd"e', ''] });
    expect(splitLine('a,"b')).toMatchObject({ cells: ['a', 'b'], problem: { column: 2 } });
    expect(splitLine('"a"b,c')).toMatchObject({ problem: { column: 1, message: expect.stringContaining('after the closing') } });
    expect(splitLine('他说"好",x')).toEqual({ cells: ['他说"好"', 'x'] });
  });
  it('normalises line ends and counts every non-empty line after the header as a row read', () => {
    expect(normaliseLineEnds('a\r\nb\rc\n')).toEqual({ text: 'a\nb\nc\n', notice: 'mixes Windows (CRLF), old Mac (CR), Unix (LF) line ends; read as usual' });
    const p = parseCsvText('\n id ,x\r\n1,"2\r\n\r\n,,\r\n3,4\r\n');
    expect(p.header).toEqual(['id', 'x']);
    expect(p.headerLine).toBe(2);
    expect(p.rows.map((r) => [r.line, r.cells, r.problem?.column])).toEqual([[3, ['1', '2'], 2], [6, ['3', '4'], undefined]]);
    expect(p.rowsRead).toBe(2);
    expect(p.notices).toEqual([
      'mixes Windows (CRLF), Unix (LF) line ends; read as usual',
      'column name(s) " id " have spaces or invisible characters around them; read as id',
      'empty lines 1, 4, 5 skipped',
    ]);
  });
});

describe('messages', () => {
  it('show invisible characters and cut long values', () => {
    expect(showValue('274.14\u200b')).toBe('274.14\\u{200b}');
    expect(showValue('a\tb')).toBe('a\\u{9}b');
    expect(showValue('厂'.repeat(70))).toBe(`${'厂'.repeat(60)}…`);
  });
  it('give the corrected number in the hint', () => {
    expect(toHalfWidth('２７４．１４％')).toBe('274.14%');
    expect(diagnoseNumber('274.14')).toBeNull();
    // Which text is a unit is known only from units.csv: the loader names it (unitTypedInCell).
    expect(diagnoseNumber('２７４．１４亿元')?.hint).toBe('full-width digit? write 274.14 here and the unit in column unit');
    expect(unitTypedInCell('２７４．１４亿元', ['亿元', '亿美元'])).toMatchObject({ unit: '亿元', hint: 'write 274.14 here and 亿元 in column unit' });
    expect(unitTypedInCell('190亿美元', ['亿元', '亿美元'])).toMatchObject({ unit: '亿美元' });
    expect(unitTypedInCell('1 亿', ['亿元'])).toBeNull();
    expect(diagnoseNumber('1,038.884')).toMatchObject({ message: 'has a thousands separator', hint: 'write 1038.884' });
    expect(diagnoseNumber('1，038')?.hint).toBe('full-width digit? write 1038');
    expect(diagnoseNumber('45%')?.hint).toBe('write 45 here and % in column unit');
    expect(diagnoseNumber('1.2E+11')?.hint).toMatch(/^write 120000000000 /);
    expect(diagnoseNumber('.5')?.hint).toBe('write 0.5');
    expect(diagnoseNumber('3到5')?.message).toBe('is a range');
    expect(diagnoseNumber('两')).toEqual({ message: 'is not a number', expected: 'e.g. 274.14' });
  });
});
