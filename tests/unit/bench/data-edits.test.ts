/** The editor's edits the incremental benchmark and test apply: each leaves a folder that loads, with exactly the change. */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNational } from '../../../src/cli/gen-national.ts';
import { addReport, missingDocuments, removePark, reviseNote, setStoryRow } from '../../../src/bench/data-edits.ts';
import { loadDatasetOrThrow } from '../../../src/data/load.ts';
import { fsReader } from '../../../src/data/node-fs.ts';

const tmp = mkdtempSync(join(tmpdir(), 'data-edits-'));
const base = writeNational({ parks: 6, years: 1, seed: 2, out: join(tmp, 'base'), dataDir: 'data' }).dir;
const larger = writeNational({ parks: 6, years: 2, seed: 2, out: join(tmp, 'larger'), dataDir: 'data' }).dir;
const copy = (name: string) => {
  const dir = join(tmp, name);
  cpSync(base, dir, { recursive: true });
  return dir;
};

describe('data edits', () => {
  it('adds one report with its text, checksum and rows, and nothing else', () => {
    const dir = copy('added');
    const missing = missingDocuments(dir, larger);
    expect(missing.length).toBe(6);
    const park = addReport(dir, larger, missing[0] ?? '');
    const [x, y] = [loadDatasetOrThrow(fsReader(base)), loadDatasetOrThrow(fsReader(dir))];
    expect(y.documents.length).toBe(x.documents.length + 1);
    expect(y.documents.at(-1)?.park_id).toBe(park);
    expect(y.indicators.length).toBeGreaterThan(x.indicators.length);
    expect(y.indicators.filter((r) => r.doc_id !== missing[0])).toEqual(x.indicators);
    expect(missingDocuments(dir, larger)).toEqual(missing.slice(1));
  });

  it('removes a park with its reports and rows', () => {
    const dir = copy('removed');
    const x = loadDatasetOrThrow(fsReader(base));
    const park = x.parks[2]?.id ?? '';
    const files = x.documents.filter((d) => d.park_id === park).map((d) => d.source_file);
    removePark(dir, park);
    const y = loadDatasetOrThrow(fsReader(dir));
    expect(y.parks.map((p) => p.id)).toEqual(x.parks.map((p) => p.id).filter((id) => id !== park));
    expect([...y.documents, ...y.indicators, ...y.investments, ...y.projects, ...y.zones].filter((r) => r.park_id === park)).toEqual([]);
    for (const f of files) expect(existsSync(join(dir, 'sources', f))).toBe(false);
    expect(readFileSync(join(dir, 'sources.sha256'), 'utf8')).not.toMatch(new RegExp(files.join('|')));
  });

  it("revises one row's note and nothing else", () => {
    const dir = copy('revised');
    const x = loadDatasetOrThrow(fsReader(base));
    const park = x.parks[1]?.id ?? '';
    const id = reviseNote(dir, park, '已核对');
    const y = loadDatasetOrThrow(fsReader(dir));
    expect(y.indicators.find((r) => r.id === id)?.note).toBe('已核对');
    expect(y.indicators.filter((r) => r.id !== id)).toEqual(x.indicators.filter((r) => r.id !== id));
  });

  it('sets a story row, adding the file when there is none', () => {
    const dir = copy('story');
    setStoryRow(dir, 'en', 'footer.sources', 'From {docs} reports.');
    setStoryRow(dir, 'en', 'footer.sources', 'From {docs} reports, checked.');
    expect(loadDatasetOrThrow(fsReader(dir)).story.en.get('footer.sources')?.text).toBe('From {docs} reports, checked.');
  });
});
