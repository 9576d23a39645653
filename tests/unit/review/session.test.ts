import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSession } from '../../../src/review/session.ts';
import { SourceFormatError } from '../../../src/sources/derive.ts';
import { cellError } from '../../../src/review/edits.ts';

const root = mkdtempSync(join(tmpdir(), 'review-session-'));
const dataDir = join(root, 'data');
for (const f of ['indicator_defs.csv', 'units.csv', 'documents.csv', 'parks.csv', 'zones.csv']) cpSync(resolve('tests/fixtures/datasets/hunan', f), join(dataDir, f));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('openSession', () => {
  it('reads a PDF report as the build derives it: every drafted quote stands in that text, the document row names the PDF', async () => {
    const report = join(root, 'qinghe-2025.pdf');
    cpSync(resolve('tests/fixtures/reports/qinghe-2025.pdf'), report);
    const session = await openSession(report, dataDir);
    expect(session.draft.rows.length).toBeGreaterThan(5);
    expect(session.draft.rows.filter((r) => !session.text.includes(r.fields.quote ?? '∅'))).toEqual([]);
    expect(session.text).toContain('规模工业总产值86.4亿元');
    expect(session.draft.document.fields.source_file).toBe('qinghe-2025.pdf');
    expect(cellError('document', 'source_file', 'qinghe-2025.pdf')).toBeNull();
    // Opened again, the review reads its draft back instead of drafting anew.
    const again = await openSession(report, dataDir);
    expect(again.draft).toEqual(session.draft);
  });

  it('refuses a file whose text cannot be derived, and writes no draft', async () => {
    const report = join(root, 'broken.pdf');
    writeFileSync(report, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01]));
    await expect(openSession(report, dataDir)).rejects.toBeInstanceOf(SourceFormatError);
    expect(existsSync(`${report}.review`)).toBe(false);
  });
});
