/** The reports copied verbatim into the built site (src/integrations/raw-sources.ts). */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRawSources } from '../../../src/integrations/raw-sources.ts';
import { sourceFiles } from '../../../src/sources/folder.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sourceFiles', () => {
  it('lists each source_file once, whatever the column order, BOM or quoting', () => {
    const csv = '\uFEFFdoc_id,title,source_file\nd1,"临湘, 2017",linxiang-2017.txt\nd2,双牌,shuangpai.txt\nd3,again,linxiang-2017.txt\n';
    expect(sourceFiles(utf8(csv))).toEqual(['linxiang-2017.txt', 'shuangpai.txt']);
  });

  it('fails without a source_file column', () => {
    expect(() => sourceFiles(utf8('doc_id,title\nd1,x\n'))).toThrow(/source_file/);
  });
});

describe('copyRawSources', () => {
  it('copies the named reports byte for byte, and only those', () => {
    const data = mkdtempSync(join(tmpdir(), 'raw-data-'));
    const out = mkdtempSync(join(tmpdir(), 'raw-out-'));
    mkdirSync(join(data, 'sources'));
    const gbk = Uint8Array.from([0xc1, 0xd9, 0xcf, 0xe6, 0x0d, 0x0a]); // "临湘\r\n" in GBK: not touched
    writeFileSync(join(data, 'sources', 'a.txt'), gbk);
    writeFileSync(join(data, 'sources', 'b.txt'), '双牌（shuāng pái）\n');
    writeFileSync(join(data, 'sources', 'unlisted.txt'), 'draft');
    writeFileSync(join(data, 'documents.csv'), 'doc_id,source_file\nd1,a.txt\nd2,b.txt\n');
    expect(copyRawSources(data, out)).toBe(2);
    expect(readdirSync(join(out, 'sources-raw')).sort()).toEqual(['a.txt', 'b.txt']);
    expect([...readFileSync(join(out, 'sources-raw', 'a.txt'))]).toEqual([...gbk]);
  });

  it('keeps a PDF as a PDF and publishes a saved web page as text, under its name plus .txt', () => {
    const data = mkdtempSync(join(tmpdir(), 'raw-data-'));
    const out = mkdtempSync(join(tmpdir(), 'raw-out-'));
    mkdirSync(join(data, 'sources'));
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x00, 0xff]);
    writeFileSync(join(data, 'sources', 'r.pdf'), pdf);
    writeFileSync(join(data, 'sources', 'p.html'), '<script>alert(1)</script><p>报告</p>');
    writeFileSync(join(data, 'documents.csv'), 'doc_id,source_file\nd1,r.pdf\nd2,p.html\n');
    expect(copyRawSources(data, out)).toBe(2);
    expect(readdirSync(join(out, 'sources-raw')).sort()).toEqual(['p.html.txt', 'r.pdf']);
    expect([...readFileSync(join(out, 'sources-raw', 'r.pdf'))]).toEqual([...pdf]);
    expect(readFileSync(join(out, 'sources-raw', 'p.html.txt'), 'utf8')).toBe('<script>alert(1)</script><p>报告</p>');
  });

  it('fails when a listed report is missing', () => {
    const data = mkdtempSync(join(tmpdir(), 'raw-data-'));
    mkdirSync(join(data, 'sources'));
    writeFileSync(join(data, 'documents.csv'), 'doc_id,source_file\nd1,gone.txt\n');
    expect(() => copyRawSources(data, mkdtempSync(join(tmpdir(), 'raw-out-')))).toThrow(/gone\.txt/);
  });
});
