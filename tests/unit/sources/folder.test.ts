/** A data folder whose reports are a PDF or a .docx loads like one with text: the same text, the same checks. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import { reportDocx, reportPdf, scannedPdf } from '../../../src/bench/report-files.ts';
import { deriveSourceTexts, loadDataFolder } from '../../../src/sources/folder.ts';
import { MINI_SOURCE, miniFiles, readerOf } from '../../fixtures/mini-dataset.ts';

const [title = '', ...paragraphs] = MINI_SOURCE.trim().split('\n');

/** The mini folder with its report as `file` holding `bytes`. */
function folderWith(file: string, bytes: Uint8Array) {
  const files: Record<string, string | Uint8Array> = { ...miniFiles(), [`sources/${file}`]: bytes };
  delete files['sources/s.txt'];
  files['documents.csv'] = (files['documents.csv'] as string).replace(',s.txt,', `,${file},`);
  return readerOf(files);
}

describe('loadDataFolder', () => {
  it('loads a .docx report: the text is the derived one, every quote found in it', async () => {
    const r = await loadDataFolder(folderWith('s.docx', await reportDocx({ title, pages: [paragraphs] })));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.dataset?.documents[0]?.text).toBe(MINI_SOURCE);
    expect(r.dataset?.documents[0]).not.toHaveProperty('pageStarts');
    expect(r.dataset?.indicators.map((i) => MINI_SOURCE.slice(i.span.start, i.span.end))).toEqual(['完成规模工业总产值274.14亿元', '实现国、地两税突破1亿元']);
  });

  it('loads a PDF report with the offset of each page', async () => {
    const r = await loadDataFolder(folderWith('s.pdf', await reportPdf({ title, pages: [paragraphs.slice(0, 1), paragraphs.slice(1)] })));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const doc = r.dataset?.documents[0];
    expect(doc?.text).toBe(MINI_SOURCE);
    expect(doc?.pageStarts).toEqual([0, MINI_SOURCE.indexOf('在三湾园区')]);
  });

  it('rejects a PDF without a text layer at its documents.csv row, and loads nothing from it', async () => {
    const r = await loadDataFolder(folderWith('scan.pdf', await scannedPdf(1)));
    expect(r.dataset).toBeNull();
    expect(r.issues).toContainEqual(expect.objectContaining({
      severity: 'error', file: 'data/documents.csv', line: 2, field: 'source_file', value: 'scan.pdf',
      message: 'is a PDF of 1 page(s) without a text layer (a scan?) in data/sources/',
    }));
  });

  it('derives only the files that need it; the loader alone says a derived text is missing', async () => {
    const read = folderWith('s.pdf', await reportPdf({ title, pages: [paragraphs] }));
    expect([...(await deriveSourceTexts(readerOf(miniFiles()))).keys()]).toEqual([]);
    expect([...(await deriveSourceTexts(read)).keys()]).toEqual(['s.pdf']);
    expect(loadDataset(read).issues).toContainEqual(expect.objectContaining({ field: 'source_file', message: 'is a PDF with a text layer (.pdf) whose text was not derived' }));
  });
});
