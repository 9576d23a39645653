import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../../src/sources/folder.ts';
import { draftReport } from '../../../src/extract/draft.ts';
import { newReviewDraft, type ReviewDraft } from '../../../src/review/draft-state.ts';
import { hasErrors, planPublish } from '../../../src/review/publish.ts';
import { parseLexicon } from '../../../src/extract/review.ts';
import { MINI_UNITS, miniFiles, readerOf } from '../../fixtures/mini-dataset.ts';

const REPORT = '乙园区2018年工作总结\n完成规模工业总产值300亿元。\n';
const bytes = new TextEncoder().encode(REPORT);
const LEXICON = parseLexicon('id,name,unit\nindustrial_output,规模工业总产值,亿元\n', MINI_UNITS);

function files(): Record<string, string | Uint8Array> {
  const f: Record<string, string | Uint8Array> = miniFiles();
  f['sources.sha256'] = `${createHash('sha256').update(f['sources/s.txt'] as string).digest('hex')}  s.txt\n`;
  return f;
}

function draft(park: Record<string, string>): ReviewDraft {
  const made = draftReport(REPORT, { id: 'yi-2018', parkId: 'new-park' }, LEXICON);
  const d = newReviewDraft({
    draft: made, report: 'yi-2018.txt', reportSha256: 'x', docKnown: false,
    document: { id: 'yi-2018', park_id: '', title: '乙园区2018年工作总结', kind: 'report', year: '2018', year_basis: 'stated', source_file: 'yi-2018.txt' }, park,
  });
  return { ...d, rows: d.rows.map((r) => ({ ...r, status: 'accepted' as const })) };
}

const PARK = { id: 'yi', name: '乙园区', province: '湖南省', county: '临湘市', adcode: '430682', lat: '29.4741', lon: '113.4448', location_basis: 'county_seat', identity_basis: 'named' };

describe('planPublish', () => {
  it('stages the park, the document, the report and its checksum with the rows, and the folder then loads', async () => {
    const read = readerOf(files());
    const plan = await planPublish({ read, shown: 'data', draftShown: 'r.review', draft: draft(PARK), reportBytes: bytes });
    expect(hasErrors(plan)).toBe(false);
    expect([...plan.changes.keys()].sort()).toEqual(['documents.csv', 'indicators.csv', 'parks.csv', 'sources.sha256', 'sources/yi-2018.txt']);
    expect(plan.ids).toEqual({ 'yi-2018-i01': 'yi-2018-i01' });
    const overlay = (rel: string) => plan.changes.get(rel) ?? read(rel);
    const loaded = await loadDataFolder(overlay);
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(loaded.dataset?.parks.map((p) => p.id)).toContain('yi');
  });

  it('gives an empty required park cell back at its field, and stages nothing', async () => {
    const plan = await planPublish({ read: readerOf(files()), shown: 'data', draftShown: 'r.review', draft: draft({ ...PARK, name: '' }), reportBytes: bytes });
    expect(plan.formErrors.park).toEqual([{ field: 'name', message: 'value "" in column name is empty (expected the park name)' }]);
    expect(plan.changes.size).toBe(0);
  });

  it('gives a row check-data refuses back on that row', async () => {
    const d = draft(PARK);
    const bad = { ...d, rows: d.rows.map((r) => ({ ...r, fields: { ...r.fields, quote: '这句话不在报告里300亿元' } })) };
    const plan = await planPublish({ read: readerOf(files()), shown: 'data', draftShown: 'r.review', draft: bad, reportBytes: bytes });
    expect(Object.keys(plan.rowErrors)).toEqual(['yi-2018-i01']);
    expect(plan.rowErrors['yi-2018-i01']?.[0]).toContain('is not found verbatim in data/sources/yi-2018.txt');
  });

  it('publishes nothing when no row is kept', async () => {
    const d = draft(PARK);
    const plan = await planPublish({ read: readerOf(files()), shown: 'data', draftShown: 'r.review', draft: { ...d, rows: d.rows.map((r) => ({ ...r, status: 'pending' as const })) }, reportBytes: bytes });
    expect(plan.otherErrors).toEqual(['no row is accepted yet: accept or fix the rows to publish']);
  });
});

describe('planPublish: errors of the new rows', () => {
  it('gives an error on the appended parks.csv line back at the park form’s field', async () => {
    // Coordinates given with location_basis unknown: a cross-field rule of the loader, not of the cell schema.
    const plan = await planPublish({ read: readerOf(files()), shown: 'data', draftShown: 'r.review', draft: draft({ ...PARK, location_basis: 'unknown' }), reportBytes: bytes });
    expect(plan.formErrors.park.map((e) => e.field)).toEqual(['location_basis']);
    expect(plan.formErrors.park[0]?.message).toContain('says the location is unknown but lat/lon are given');
  });
});

describe('planPublish: a document id changed in the form', () => {
  it('gives the rows ids under the new document id', async () => {
    const d = draft(PARK);
    const renamed = { ...d, document: { ...d.document, fields: { ...d.document.fields, id: 'yi-park-2018' } } };
    const plan = await planPublish({ read: readerOf(files()), shown: 'data', draftShown: 'r.review', draft: renamed, reportBytes: bytes });
    expect(hasErrors(plan)).toBe(false);
    expect(plan.ids).toEqual({ 'yi-2018-i01': 'yi-park-2018-i01' });
  });
});
