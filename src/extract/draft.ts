// extract/: the extraction assistant: a new report's text → draft rows to review, the review page, and applying reviewed rows to data/.
/**
 * Report text → draft rows for indicators.csv and investments.csv, each with its verbatim quote,
 * a flag, a confidence and a review note explaining the guess. Pure: the CLI reads and writes.
 */
import { isReadableInQuote } from '../lib/provenance.ts';
import { quoteSpan, sentenceAround, type Span } from './clauses.ts';
import { basisOf, categoryOf, clauseAsName, FIRM_WORD, guessIndicator, indicatorEntries, progressNote, route, wantsSubject, type IndicatorDef, type Lexicon, type Target } from './classify.ts';
import { decidePeriodYear, findSections, ESTIMATED_NOTE, governedKind, guessDocKind, modeAtFigure, statedYear, templateShift, type DocKind, type Kind } from './context.ts';
import { findFigures, skippedNumbers, type Figure, type SkippedNumber } from './numbers.ts';
import { findGarbledSpans, yearOverwrite, yearsInText, type GarbledSpan, type ValueFlag } from './garble.ts';
import { findHeadings, itemOf, type ItemName } from './items.ts';
import { normalizeReport } from './normalize.ts';
import { VOCABULARY, type Entry, type Vocabulary } from './vocabulary.ts';

export type { IndicatorDef, Lexicon } from './classify.ts';

export interface DocInfo {
  id: string;
  parkId: string;
  /** From documents.csv; guessed from the title words when absent. */
  kind?: DocKind;
  /** From documents.csv; the first year the text names when absent. */
  year?: number;
}

export type Confidence = 'high' | 'medium' | 'low';

interface ReviewColumns {
  confidence: Confidence;
  review_note: string;
}

/** A draft indicators.csv row: the columns of the data file, then the review columns. */
export interface DraftIndicator extends ReviewColumns {
  id: string; park_id: string; doc_id: string; year: string; period: string; indicator: string; kind: Kind;
  value: string; value_high: string; comparator: string; unit: string; quote: string; flag: string; note: string;
}

/** A draft investments.csv row. */
export interface DraftInvestment extends ReviewColumns {
  id: string; park_id: string; doc_id: string; year: string; project: string; category: string; zone_id: string;
  amount: string; amount_high: string; unit: string; basis: string; quote: string; flag: string; note: string;
}

export interface Draft {
  indicators: DraftIndicator[];
  investments: DraftInvestment[];
  garbled: (GarbledSpan & { excerpt: string })[];
  docKind: DocKind;
  /** Added to years written in the text to give documents.csv years (re-dated templates). */
  yearShift: number;
  /** The cleaned text the quotes come from (cleanSourceText of the input). */
  text: string;
  /** Where each drafted figure stands in `text`, with the ids of the rows drafted from it. */
  drafted: DraftedFigure[];
  /** Every other number of `text`, with the reason it was not drafted. */
  skipped: SkippedNumber[];
  /** Units the text writes that units.csv does not hold, with the rows drafted in them (to add before --apply). */
  unlistedUnits: { unit: string; rows: string[] }[];
}

export interface DraftedFigure {
  start: number;
  end: number;
  rows: string[];
}

interface Analysed {
  figure: Figure;
  quote: Span;
  targets: Target[];
  routeWhy: string;
  indicator: string;
  indicatorWhy: string;
  /** firm: a word close to the number; weak: a far word or words shared with a definition. */
  indicatorHow: 'firm' | 'weak' | 'none';
  kind: Kind;
  kindWhy: string;
  estimated: boolean;
  period: string;
  year: number;
  periodWhy: string[];
  flag: ValueFlag | null;
  item: ItemName | null;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function analyse(m: string, text: string, figures: readonly Figure[], doc: Required<DocInfo>, shift: number, defs: readonly IndicatorDef[], garbled: readonly GarbledSpan[], vocabulary: Vocabulary, indicatorWords: readonly Entry[]): Analysed[] {
  const sections = findSections(m);
  const years = yearsInText(m);
  const items = { m, text, figures, headings: findHeadings(m, vocabulary), vocabulary };
  const out: Analysed[] = [];
  for (const figure of figures) {
    const sentence = sentenceAround(m, figure.numStart);
    const quote = quoteSpan(m, figure, { wantsSubject: wantsSubject(m, figure, indicatorWords) });
    const guess = guessIndicator(m, figure, sentence, quote, defs, indicatorWords);
    const item = itemOf(items, figure);
    const routing = route(m, figure, quote, sentence, guess, item, vocabulary);
    const at = modeAtFigure(m, sections, figure.start, doc.kind);
    const { kind, why: kindWhy, estimated = false } = governedKind(m, quote, figure.numStart, at.mode);
    const baseYear = at.headingYear !== undefined ? at.headingYear + shift : doc.year + (at.nextYear ? 1 : 0);
    const py = decidePeriodYear(m, quote, figure.numStart, kind, baseYear, shift);
    const flag = valueFlag(figure, years) ?? garbledQuote(text, quote, garbled);
    out.push({
      figure, quote, targets: routing.targets, routeWhy: routing.why,
      indicator: guess.id, indicatorHow: guess.how === 'none' ? 'none' : guess.how === 'word' && guess.score >= FIRM_WORD ? 'firm' : 'weak',
      indicatorWhy: guess.how === 'none' ? noIndicator(figure) : `indicator from ${guess.how === 'word' ? `“${guess.evidence}”` : `shared words with its definition (${guess.evidence})`}`,
      kind, kindWhy, estimated, period: py.period, year: py.year, periodWhy: py.why, flag, item,
    });
  }
  return out;
}

/** Why no indicator was guessed, so that the reviewer knows what to look for. */
function noIndicator(figure: Figure): string {
  if (figure.unitDef === undefined) return `indicator: none chosen, ${figure.unit} is not a unit of units.csv`;
  return `indicator: no name or alias in indicator_defs.csv fits a figure in ${figure.unit} here; choose one, and add the words the text uses to the aliases of its row in data/indicator_defs.csv (or add a row)`;
}

/** A unit the table does not hold: the row keeps it as written and says what to add. */
function unlistedUnit(figure: Figure): string {
  return figure.unitDef === undefined ? `unit ${figure.unit} (as the text writes it) is not in units.csv: add a row for it to data/units.csv (unit, dimension, base, factor, name_en) before --apply` : '';
}

function itemNote(item: ItemName | null): string {
  if (item === null) return 'project: no item named, drafted from the clause: edit';
  const how = { heading: 'the heading before the colon', phrase: 'the phrase naming it', reference: 'the item the clause refers back to', phase: 'a phase of the item named before' }[item.how];
  return `project “${item.name}” from ${how}`;
}

function valueFlag(figure: Figure, years: ReadonlySet<number>): ValueFlag | null {
  const dimension = figure.unitDef?.dimension;
  return yearOverwrite(figure.value, dimension, years) ?? (figure.high !== undefined ? yearOverwrite(figure.high, dimension, years) : null);
}

function garbledQuote(text: string, quote: Span, garbled: readonly GarbledSpan[]): ValueFlag | null {
  const hit = garbled.find((g) => g.kind !== 'year-as-list-number' && overlaps(g, quote));
  return hit ? { flag: 'garbled', note: `引文含乱码“${text.slice(hit.start, hit.end)}”，请对照原文核对。` } : null;
}

/** low: flagged, unreadable, a unit not in units.csv or no indicator; medium: a guess to check; high: the indicator's own name or alias and its unit agree. */
function confidenceOf(a: Analysed, readable: boolean, target: Target): Confidence {
  if (a.flag !== null || !readable || a.figure.unitDef === undefined || (target === 'indicators' && a.indicatorHow === 'none')) return 'low';
  if (a.targets.length > 1 || a.figure.unitNote !== undefined || (target === 'indicators' && a.indicatorHow === 'weak')) return 'medium';
  return 'high';
}


export interface DraftOptions {
  /** The item word lists to read with (default: all of them; the generalisation test holds some out). */
  vocabulary?: Vocabulary;
  /** Indicator names or aliases to read without (the generalisation test). */
  heldOutWords?: ReadonlySet<string>;
  /**
   * The document's ids already in use, per file: drafted ids continue after them (<doc>-i12 after
   * <doc>-i11), so the ids the review page shows are the ids --apply writes.
   */
  idsInUse?: { indicators: IdsInUse; investments: IdsInUse };
}

/** The highest number n of a document's ids <doc>-<letter>n in a data file, and the widest n written. */
export interface IdsInUse {
  n: number;
  width: number;
}

/** Drafts rows from the decoded text of a report. */
export function draftReport(rawText: string, docInfo: DocInfo, lexicon: Lexicon, options: DraftOptions = {}): Draft {
  const { defs, units } = lexicon;
  const vocabulary = options.vocabulary ?? VOCABULARY;
  const indicatorWords = indicatorEntries(defs, options.heldOutWords);
  const { text, match: m } = normalizeReport(rawText);
  const stated = statedYear(m);
  const doc: Required<DocInfo> = { ...docInfo, kind: docInfo.kind ?? guessDocKind(m), year: docInfo.year ?? stated ?? new Date().getFullYear() };
  const shift = templateShift(m, docInfo.year);
  const garbled = findGarbledSpans(m);
  const figures = findFigures(m, units);
  const analysed = analyse(m, text, figures, doc, shift, defs, garbled, vocabulary, indicatorWords);
  const indicators: DraftIndicator[] = [];
  const investments: DraftInvestment[] = [];
  const seen = new Map<string, string>();
  const drafted: DraftedFigure[] = [];
  const inUse = options.idsInUse ?? { indicators: { n: 0, width: 2 }, investments: { n: 0, width: 2 } };
  const idOf = (letter: 'i' | 'v', k: number): string => {
    const used = letter === 'i' ? inUse.indicators : inUse.investments;
    return `${doc.id}-${letter}${String(used.n + k).padStart(used.width, '0')}`;
  };
  for (const a of analysed) {
    const mark: DraftedFigure = { start: a.figure.start, end: a.figure.end, rows: [] };
    drafted.push(mark);
    const quote = text.slice(a.quote.start, a.quote.end);
    const readable = isReadableInQuote(a.figure.value, quote);
    const common = [
      unlistedUnit(a.figure),
      a.routeWhy,
      a.targets.length > 1 ? 'drafted in both files: keep the right one' : '',
      readable ? '' : 'value not readable in the quote (full-width digits?): fix before copying',
    ];
    const notes = [a.flag?.note ?? '', a.figure.unitNote ?? '', a.estimated ? ESTIMATED_NOTE : ''];
    for (const target of a.targets) {
      if (target === 'indicators') {
        const id = idOf('i', indicators.length + 1);
        mark.rows.push(id);
        // The same number said twice (a summary line, then the details) is one row of the dataset.
        const key = `i|${a.indicator}|${a.figure.value}|${a.figure.unit}|${a.kind}|${a.year}|${a.period}`;
        const dup = a.indicator === '' ? undefined : seen.get(key);
        if (dup === undefined) seen.set(key, id);
        indicators.push({
          id, park_id: doc.parkId, doc_id: doc.id, year: String(a.year), period: a.period, indicator: a.indicator, kind: a.kind,
          value: a.figure.value, value_high: a.figure.high ?? '', comparator: a.figure.comparator, unit: a.figure.unit, quote,
          flag: a.flag?.flag ?? (a.estimated && a.kind === 'actual' ? 'estimated' : 'ok'), note: [...notes, progressNote(a.indicator, a.item)].filter(Boolean).join(''), confidence: confidenceOf(a, readable, target),
          review_note: [a.indicatorWhy, a.kindWhy, ...a.periodWhy, dup ? `same figure as ${dup}: keep one` : '', ...common].filter(Boolean).join('; '),
        });
      } else {
        const id = idOf('v', investments.length + 1);
        mark.rows.push(id);
        const key = `v|${a.figure.value}|${a.figure.unit}|${quote}`;
        const dup = seen.get(key);
        if (dup === undefined) seen.set(key, id);
        const project = a.item?.name ?? clauseAsName(m, text, a.figure, vocabulary);
        const words = `${a.item?.key ?? normalizeReport(project).match} ${m.slice(a.quote.start, a.quote.end)}`;
        const wording = a.figure.comparator !== '=' ? `原文为“${text.slice(a.figure.start, a.figure.end)}”。` : '';
        investments.push({
          id, park_id: doc.parkId, doc_id: doc.id, year: String(a.year), project,
          category: a.figure.unitDef?.dimension === 'voltage' ? 'power' : categoryOf(words), zone_id: '',
          amount: a.figure.value, amount_high: a.figure.high ?? '', unit: a.figure.unit,
          basis: basisOf(a.kind, m, a.figure, a.quote, a.item?.key ?? ''), quote,
          flag: a.flag?.flag ?? (a.estimated && a.kind === 'actual' ? 'estimated' : 'ok'), note: [...notes, wording].filter(Boolean).join(''), confidence: confidenceOf(a, readable, target),
          review_note: [itemNote(a.item), dup ? `same figure as ${dup}: keep one` : '', ...common].filter(Boolean).join('; '),
        });
      }
    }
  }
  const unlisted = new Map<string, string[]>();
  analysed.forEach((a, k) => {
    if (a.figure.unitDef === undefined) unlisted.set(a.figure.unit, [...(unlisted.get(a.figure.unit) ?? []), ...(drafted[k]?.rows ?? [])]);
  });
  return {
    unlistedUnits: [...unlisted].map(([unit, rows]) => ({ unit, rows })),
    indicators, investments, docKind: doc.kind, yearShift: shift, text, drafted, skipped: skippedNumbers(m, figures, units),
    garbled: garbled.map((g) => ({ ...g, excerpt: text.slice(g.start, g.end) })),
  };
}
