import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import { formatIssue } from '../../../src/data/issues.ts';
import { miniFiles, readerOf } from '../../fixtures/mini-dataset.ts';

function load(patch: (f: Record<string, string>) => void = () => {}) {
  const files = miniFiles();
  patch(files);
  const r = loadDataset(readerOf(files));
  return { ...r, errors: r.issues.filter((i) => i.severity === 'error').map(formatIssue) };
}

describe('loadDataset', () => {
  it('loads a valid folder, joined and typed', () => {
    const r = load();
    expect(r.errors).toEqual([]);
    expect(r.dataset?.indicators.map((i) => [i.id, i.value, i.unit])).toEqual([
      ['jia-2017-i01', 274.14, '亿元'],
      ['jia-2017-i02', 1, '亿元'],
    ]);
    expect(r.dataset?.indicators[0]?.span.start).toBe(r.dataset?.documents[0]?.text.indexOf('完成规模工业总产值274.14亿元'));
    expect(r.files.every((f) => f.rowsRead === f.rowsLoaded)).toBe(true);
  });

  it('names file, line, column, value and expectation', () => {
    const r = load((f) => (f['indicators.csv'] = f['indicators.csv']!.replace(',274.14,', ',27４.14,')));
    expect(r.dataset).toBeNull();
    expect(r.errors).toEqual(['data/indicators.csv:2:8: value "27４.14" in column value is not a number (full-width digit? write 274.14; expected e.g. 274.14)']);
  });

  it('reports every error of a file at once, not only the first', () => {
    const r = load((f) => (f['indicators.csv'] = f['indicators.csv']!.replace(',274.14,', ',x,').replace(',tax_revenue,target,', ',tax_revenue,promise,')));
    expect(r.errors).toHaveLength(2);
    expect(r.errors[1]).toContain('data/indicators.csv:3:7: value "promise" in column kind is not allowed');
  });

  it('rejects a quote that is not verbatim and a value not in its quote', () => {
    const r = load((f) => {
      f['indicators.csv'] = f['indicators.csv']!.replace('完成规模工业总产值274.14亿元', '完成规模工业总产值 274.14亿元').replace('1,,>,亿元', '2,,>,亿元');
    });
    expect(r.errors.join('\n')).toMatch(/indicators\.csv:2:12: .* is not found verbatim in data\/sources\/s\.txt/);
    expect(r.errors.join('\n')).toMatch(/indicators\.csv:3:8: value "2" in column value cannot be read in the quote/);
  });

  it('rejects unknown references, duplicated ids and cross-park zones', () => {
    const r = load((f) => {
      f['indicators.csv'] += 'jia-2017-i01,jia,jia-2018,2017,全年,nope,target,1,,>,亿元,x,ok,\n';
      f['investments.csv'] = f['investments.csv']!.replace('factory,jia-sanwan,4000', 'factory,yi-zone,4000');
    });
    const all = r.errors.join('\n');
    expect(all).toContain('data/indicators.csv:4:1: value "jia-2017-i01" in column id duplicates the id on line 2');
    expect(all).toContain('value "yi-zone" in column zone_id is not a zone in zones.csv');
  });

  it('flags implausible years, negative money and unknown units', () => {
    const r = load((f) => {
      f['indicators.csv'] = f['indicators.csv']!.replace('jia-2017,2017,全年,industrial_output', 'jia-2017,1917,全年,industrial_output').replace(',1,,>,亿元,', ',1,,>,亿,');
      f['investments.csv'] = f['investments.csv']!.replace(',4000,,万元,', ',-4000,,万元,');
    });
    const all = r.errors.join('\n');
    expect(all).toContain('value "1917" in column year is below 1978');
    expect(all).toContain('value "亿" in column unit is not a known unit');
    expect(all).toContain('value "-4000" in column amount is negative');
  });

  it('explains missing, renamed and extra columns', () => {
    const renamed = load((f) => (f['zones.csv'] = f['zones.csv']!.replace('industries', 'industry')));
    expect(renamed.errors[0]).toContain('data/zones.csv:1:4: is missing column industries (was column "industry" renamed? call it industries');
    const extra = load((f) => (f['projects.csv'] = f['projects.csv']!.replace('quote\n', 'quote,extra\n').replace('厂房\n', '厂房,1\n')));
    expect(extra.errors[0]).toContain('value "extra" in column (header) is not a known column');
  });

  it('reports a missing, empty or binary file', () => {
    expect(load((f) => delete (f as Record<string, string | undefined>)['zones.csv']).errors[0]).toBe('data/zones.csv:0:0: is missing (create data/zones.csv with its header row)');
    expect(load((f) => (f['zones.csv'] = '')).errors[0]).toContain('data/zones.csv:0:0: is empty');
    expect(load((f) => (f['zones.csv'] = 'id\u0000')).errors[0]).toContain('is a binary file');
  });

  it('reports a truncated file with the line it ends on', () => {
    const r = load((f) => (f['zones.csv'] = f['zones.csv']!.slice(0, -12)));
    expect(r.errors[0]).toMatch(/data\/zones\.csv:2:\d+: row has 6 field\(s\) but the header has 8/);
  });
});
