/**
 * The typed, joined, read-only dataset that pages and charts consume. Built by `loadDataset`;
 * nothing here reads files.
 */
import type { QuoteSpan } from '../lib/provenance.ts';
import type { DocumentRow } from './schema/documents.ts';
import type { IndicatorDefRow } from './schema/indicator-defs.ts';
import type { IndicatorRow } from './schema/indicators.ts';
import type { InvestmentRow } from './schema/investments.ts';
import type { ParkRow } from './schema/parks.ts';
import type { ProjectRow } from './schema/projects.ts';
import type { ZoneRow } from './schema/zones.ts';
import type { Encoding } from './csv.ts';
import type { StoryCounts, StoryKey } from './schema/story.ts';
import type { Locale } from '../lib/format.ts';
import type { UnitDef, UnitTable } from '../lib/units.ts';

export type Park = Readonly<ParkRow>;
/** A row's unit as units.csv defines it (dimension, base, factor), resolved once by the loader. */
interface WithUnit {
  readonly unitDef: UnitDef;
}

export interface IndicatorDef extends Readonly<IndicatorDefRow>, WithUnit {}

export interface SourceDocument extends Readonly<DocumentRow> {
  /** Source text as a reader sees it (pinyin annotations dropped). */
  readonly text: string;
  /** How the source file's bytes were read; the file itself is kept byte-for-byte (a GBK report stays GBK). */
  readonly sourceEncoding?: Encoding;
  /** For a source whose text is derived from a PDF: where each page starts in `text` (page 1 at 0). */
  readonly pageStarts?: readonly number[];
}

/** The text derived from a source file that is not plain text (a PDF, a .docx, a web page), before cleaning. */
export interface SourceText {
  readonly text: string;
  /** Where each page starts in `text`; empty for a file without pages. */
  readonly pageStarts: readonly number[];
}

/** Why a source file's text could not be derived, in the words of a data issue. */
export interface SourceTextFailure {
  readonly error: string;
  readonly hint: string;
}

/** The derived text of every source file that needs one, by file name (src/sources/ derives them). */
export type SourceTexts = ReadonlyMap<string, SourceText | SourceTextFailure>;

/** Where a row's quote stands in its document's cleaned text. */
export interface Located {
  readonly span: QuoteSpan;
  /** 1-based line number of the 'file:line' the row was read from. */
  readonly line: number;
}

export interface Indicator extends Readonly<IndicatorRow>, Located, WithUnit {
  /** The value cell exactly as written (e.g. "274.14"), for display and quote checks. */
  readonly valueText: string;
}
export interface Investment extends Readonly<InvestmentRow>, Located, WithUnit {
  readonly amountText: string;
}
export interface Zone extends Readonly<ZoneRow>, Located {}
export interface Project extends Readonly<ProjectRow>, Located {}

/** Rows read vs rows loaded per file: equal, or the build has failed. */
export interface FileReport {
  readonly file: string;
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly encoding: Encoding | 'missing' | 'binary';
  readonly notices: readonly string[];
}

export interface Dataset {
  /** units.csv: every unit a row may use. */
  readonly units: UnitTable;
  readonly parks: readonly Park[];
  readonly documents: readonly SourceDocument[];
  readonly indicatorDefs: readonly IndicatorDef[];
  readonly indicators: readonly Indicator[];
  readonly investments: readonly Investment[];
  readonly zones: readonly Zone[];
  readonly projects: readonly Project[];
  readonly files: readonly FileReport[];
  /** The dataset's own story copy per edition (story.<locale>.csv), where the folder gives it. */
  readonly story: StoryCopy;
}

/** One piece of a data folder's story copy (story.<locale>.csv). */
export interface StoryEntry {
  readonly text: string;
  /** The documents a curated finding is about; empty for copy that is not a finding. */
  readonly documents: readonly string[];
  /** What the finding counts (schema/story.ts); undefined for copy that is not a finding. */
  readonly counts: StoryCounts | undefined;
}

export type StoryCopy = Readonly<Record<Locale, ReadonlyMap<StoryKey, StoryEntry>>>;

/** A row of any dataset that carries a quote, with the kind of row it is. */
export type QuotedRow =
  | { kind: 'indicator'; row: Indicator }
  | { kind: 'investment'; row: Investment }
  | { kind: 'zone'; row: Zone }
  | { kind: 'project'; row: Project };

/** Lookups built once per dataset. */
export interface DatasetIndex {
  park(id: string): Park;
  document(id: string): SourceDocument;
  indicatorDef(id: string): IndicatorDef;
  zone(id: string): Zone | undefined;
  documentsOf(parkId: string): SourceDocument[];
  indicatorsOf(parkId: string): Indicator[];
  investmentsOf(parkId: string): Investment[];
  zonesOf(parkId: string): Zone[];
  projectsOf(parkId: string): Project[];
  /** Every quoted row of a document, in the order its quote appears in the text. */
  quotedRowsOf(docId: string): QuotedRow[];
}

/** Rows by key, keys in first-seen order, each list in row order. */
export function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function byId<T extends { id: string }>(rows: readonly T[], what: string): (id: string) => T {
  const m = new Map(rows.map((r) => [r.id, r]));
  return (id) => {
    const r = m.get(id);
    if (!r) throw new Error(`unknown ${what} ${id}`);
    return r;
  };
}

export function indexDataset(d: Dataset): DatasetIndex {
  const docsByPark = groupBy(d.documents, (x) => x.park_id);
  const indByPark = groupBy(d.indicators, (x) => x.park_id);
  const invByPark = groupBy(d.investments, (x) => x.park_id);
  const zonesByPark = groupBy(d.zones, (x) => x.park_id);
  const projByPark = groupBy(d.projects, (x) => x.park_id);
  const quoted: QuotedRow[] = [
    ...d.indicators.map((row) => ({ kind: 'indicator' as const, row })),
    ...d.investments.map((row) => ({ kind: 'investment' as const, row })),
    ...d.zones.map((row) => ({ kind: 'zone' as const, row })),
    ...d.projects.map((row) => ({ kind: 'project' as const, row })),
  ];
  const quotedByDoc = groupBy(quoted, (q) => q.row.doc_id);
  for (const list of quotedByDoc.values()) list.sort((a, b) => a.row.span.start - b.row.span.start);
  const zoneMap = new Map(d.zones.map((z) => [z.id, z]));
  return {
    park: byId(d.parks, 'park'),
    document: byId(d.documents, 'document'),
    indicatorDef: byId(d.indicatorDefs, 'indicator'),
    zone: (id) => zoneMap.get(id),
    documentsOf: (id) => docsByPark.get(id) ?? [],
    indicatorsOf: (id) => indByPark.get(id) ?? [],
    investmentsOf: (id) => invByPark.get(id) ?? [],
    zonesOf: (id) => zonesByPark.get(id) ?? [],
    projectsOf: (id) => projByPark.get(id) ?? [],
    quotedRowsOf: (id) => quotedByDoc.get(id) ?? [],
  };
}

/** A garbled figure is never plotted as a fact; a suspect one is plotted with its warning. */
export function isPlottable(row: { flag: string }): boolean {
  return row.flag !== 'garbled';
}
