/**
 * One review: the report, its draft folder and the data folder it will be published to, read once
 * when the server starts. The first start drafts the rows with the same code as `npm run extract`
 * and writes the draft; every later start reads the draft back, so nothing done so far is lost.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { draftReport } from '../extract/draft.ts';
import { normalizeReport } from '../extract/normalize.ts';
import { idStart } from '../extract/apply.ts';
import { parseDocuments, parseLexicon } from '../extract/review.ts';
import { fsReader } from '../data/node-fs.ts';
import { newReviewDraft, type ReviewDraft } from './draft-state.ts';
import type { Lookup } from './edits.ts';
import { countySeats, indicatorChoices, listUnits, reportText, type CountySeat, type IndicatorChoice } from './lookups.ts';
import { draftFolder, readDraft, writeDraft, writeKeptCsvs } from './store.ts';

export interface ReviewSession {
  reportPath: string;
  reportBytes: Uint8Array;
  dataDir: string;
  folder: string;
  /** The text the quotes come from. */
  text: string;
  draft: ReviewDraft;
  units: string[];
  indicators: IndicatorChoice[];
  seats: CountySeat[];
  zones: { id: string; name: string; parkId: string }[];
  parks: { id: string; name: string }[];
  lookup: Lookup;
}

function readData(dataDir: string, file: string): string {
  try {
    return readFileSync(join(dataDir, file), 'utf8');
  } catch {
    return '';
  }
}

const records = (text: string): Record<string, string>[] => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

/** The first line of the text, as a title to start from. */
const firstLine = (text: string): string => (text.split(/\r?\n/u).find((l) => l.trim() !== '') ?? '').trim().slice(0, 80);

export async function openSession(reportPath: string, dataDir: string): Promise<ReviewSession> {
  const reportBytes = new Uint8Array(readFileSync(reportPath));
  const sha = createHash('sha256').update(reportBytes).digest('hex');
  const folder = draftFolder(reportPath, dataDir);
  const defsCsv = readData(dataDir, 'indicator_defs.csv');
  const parks = records(readData(dataDir, 'parks.csv')).map((r) => ({ id: (r.id ?? '').trim(), name: (r.name ?? '').trim() })).filter((p) => p.id !== '');
  const zones = records(readData(dataDir, 'zones.csv')).map((r) => ({ id: (r.id ?? '').trim(), name: (r.name ?? '').trim(), parkId: (r.park_id ?? '').trim() }));
  const indicators = indicatorChoices(defsCsv);
  const units = listUnits(readData(dataDir, 'units.csv'));
  const raw = (await reportText(reportPath)).text;
  const text = normalizeReport(raw).text;
  let draft = readDraft(folder);
  if (draft && draft.reportSha256 !== sha) {
    throw new Error(`${folder} is the review of another version of ${basename(reportPath)} (its checksum differs): move that folder aside to draft the report again`);
  }
  // The CSV files follow draft.json; a crash may have left them one edit behind.
  if (draft) writeKeptCsvs(folder, draft);
  if (!draft) {
    const name = basename(reportPath);
    const known = parseDocuments(readData(dataDir, 'documents.csv')).find((d) => d.sourceFile === name);
    const guessedId = name.replace(/\.[^.]+$/u, '').toLowerCase();
    const docId = known?.id ?? (SLUG.test(guessedId) ? guessedId : 'new-doc');
    const read = fsReader(dataDir);
    // Drafted ids continue after the document's ids already in data/: the ids shown are the ids published.
    const idsInUse = { indicators: idStart(read, 'indicators.csv', docId), investments: idStart(read, 'investments.csv', docId) };
    const lexicon = parseLexicon(defsCsv, readData(dataDir, 'units.csv'));
    const made = draftReport(raw, { id: docId, parkId: known?.parkId ?? 'new-park', kind: known?.kind, year: known?.year }, lexicon, { idsInUse });
    const year = made.indicators[0]?.year ?? made.investments[0]?.year ?? '';
    draft = newReviewDraft({
      draft: made, report: name, reportSha256: sha, docKnown: known !== undefined,
      document: known
        ? { id: known.id, park_id: known.parkId, source_file: name }
        : { id: docId === 'new-doc' ? '' : docId, park_id: '', title: firstLine(made.text), kind: made.docKind, year, year_basis: 'stated', source_file: name },
      park: { location_basis: 'county_seat', identity_basis: 'named' },
    });
    writeDraft(folder, draft);
  }
  return {
    reportPath, reportBytes, dataDir, folder, text, draft, units, indicators,
    seats: countySeats(readData(dataDir, 'geo/county-seats.csv')), zones, parks,
    lookup: { indicatorIds: new Set(indicators.map((d) => d.id)), units: new Set(units), text, zones: new Map(zones.map((z) => [z.id, z.parkId])) },
  };
}
