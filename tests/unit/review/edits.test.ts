import { describe, expect, it } from 'vitest';
import { newReviewDraft, type ReviewDraft } from '../../../src/review/draft-state.ts';
import { cellError, editForm, editRow, type Lookup } from '../../../src/review/edits.ts';
import { draftReport } from '../../../src/extract/draft.ts';
import { parseLexicon } from '../../../src/extract/review.ts';
import { MINI_UNITS } from '../../fixtures/mini-dataset.ts';

const LEXICON = parseLexicon('id,name,unit\nindustrial_output,规模工业总产值,亿元\n', MINI_UNITS);
const LOOKUP: Lookup = { indicatorIds: new Set(['industrial_output']), units: new Set(['亿元', '万平方米', '%']), text: '甲园区2017年工作规划\n完成规模工业总产值274.14亿元。新建标准厂房2万平方米。\n', zones: new Map([['jia-sanwan', 'jia']]) };

function draft(): ReviewDraft {
  const made = draftReport('甲园区2017年工作规划\n完成规模工业总产值274.14亿元。新建标准厂房2万平方米。\n', { id: 'jia-2017', parkId: 'jia', kind: 'plan', year: 2017 }, LEXICON);
  return newReviewDraft({ draft: made, report: 's.txt', reportSha256: 'x', docKnown: true, document: {}, park: {} });
}

describe('editRow', () => {
  it('saves a valid cell, marks the row fixed and bumps its version and the draft’s', () => {
    const d = draft();
    const row = d.rows[0];
    const { draft: next, outcome } = editRow(d, { id: row?.id ?? '', version: 1, fields: { value: '274.15' } }, LOOKUP);
    expect(outcome.kind).toBe('saved');
    const saved = next.rows[0];
    expect([saved?.fields.value, saved?.status, saved?.version, next.version]).toEqual(['274.15', 'fixed', 2, d.version + 1]);
  });

  it('refuses "8６.5" with the check-data message and changes nothing', () => {
    const d = draft();
    const { draft: next, outcome } = editRow(d, { id: d.rows[0]?.id ?? '', version: 1, fields: { value: '8６.5' } }, LOOKUP);
    expect(next).toBe(d);
    expect(outcome.kind === 'invalid' && outcome.errors).toEqual([{ field: 'value', message: 'value "8６.5" in column value is not a number (full-width digit? write 86.5; expected e.g. 274.14)' }]);
  });

  it('refuses an unknown indicator, a unit not in the list, a zone of another park, and an id edit', () => {
    const d = draft();
    const ind = d.rows.find((r) => r.file === 'indicators');
    const inv = d.rows.find((r) => r.file === 'investments');
    const fields = (id: string, f: Record<string, string>) => {
      const { outcome } = editRow(d, { id, version: 1, fields: f }, { ...LOOKUP, zones: new Map([['yi-zone', 'yi']]) });
      return outcome.kind === 'invalid' ? outcome.errors.map((e) => `${e.field}: ${e.message}`) : outcome.kind;
    };
    expect(fields(ind?.id ?? '', { indicator: 'gdp' })).toEqual([expect.stringMatching(/^indicator: value "gdp" in column indicator is not an indicator in indicator_defs.csv/u)]);
    expect(fields(ind?.id ?? '', { unit: '亿元人民币' })).toEqual([expect.stringMatching(/^unit: value "亿元人民币" in column unit /u)]);
    expect(fields(inv?.id ?? '', { zone_id: 'yi-zone' })).toEqual(['zone_id: value "yi-zone" in column zone_id is a zone of park yi, not jia']);
    expect(fields(ind?.id ?? '', { id: 'other' })).toEqual(['id: column id is not edited here']);
    expect(fields(ind?.id ?? '', { quote: '完成工业总产值274.14亿元' })).toEqual(['quote: value "完成工业总产值274.14亿元" in column quote is not found verbatim in the report (copy the sentence from the text on the left, unchanged)']);
    expect(fields(ind?.id ?? '', { quote: '规模工业总产值274.14亿元' })).toBe('saved');
  });

  it('refuses a write made on an older version and gives back the row as saved', () => {
    const d = draft();
    const id = d.rows[0]?.id ?? '';
    const first = editRow(d, { id, version: 1, fields: { note: 'A' } }, LOOKUP).draft;
    const { draft: next, outcome } = editRow(first, { id, version: 1, fields: { note: 'B' } }, LOOKUP);
    expect(next).toBe(first);
    expect(outcome.kind === 'stale' && [outcome.current.fields.note, outcome.current.version]).toEqual(['A', 2]);
  });

  it('sets a status without touching the fields', () => {
    const d = draft();
    const { outcome } = editRow(d, { id: d.rows[0]?.id ?? '', version: 1, status: 'rejected' }, LOOKUP);
    expect(outcome.kind === 'saved' && outcome.value.status).toBe('rejected');
  });
});

describe('editForm and cellError', () => {
  it('checks a form cell by the parks.csv schema, an empty one allowed while filling in', () => {
    const d = draft();
    expect(editForm(d, 'park', { version: 1, fields: { adcode: '4306' } }).outcome.kind).toBe('invalid');
    expect(editForm(d, 'park', { version: 1, fields: { adcode: '' } }).outcome.kind).toBe('saved');
    expect(editForm(d, 'park', { version: 2, fields: { adcode: '430682' } }).outcome.kind).toBe('stale');
    expect(cellError('park', 'lat', '91')).toMatch(/^value "91" in column lat /u);
    expect(cellError('document', 'kind', 'report')).toBeNull();
  });
});
