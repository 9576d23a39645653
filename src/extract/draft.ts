// extract/: the extraction assistant: a new report's text → draft rows to review, the review page, and applying reviewed rows to data/.
/**
 * Report text → draft rows for indicators.csv and investments.csv, each with its verbatim quote,
 * a flag, a confidence and a review note explaining the guess. Pure: the CLI reads and writes.
 */
import { isReadableInQuote } from '../lib/provenance.ts';
import { dimensionOf } from '../lib/units.ts';
import { quoteSpan, sentenceAround, type Span } from './clauses.ts';
import { basisOf, categoryOf, clauseAsName, FIRM_WORD, guessIndicator, progressNote, route, wantsSubject, type IndicatorDef, type Target } from './classify.ts';
import { decidePeriodYear, findSections, ESTIMATED_NOTE, governedKind, guessDocKind, modeAtFigure, statedYear, templateShift, type DocKind, type Kind } from './context.ts';
import { findFigures, skippedNumbers, type Figure, type SkippedNumber } from './numbers.ts';
import { findGarbledSpans, yearOverwrite, yearsInText, type GarbledSpan, type ValueFlag } from './garble.ts';
import { findHeadings, itemOf, type ItemName } from './items.ts';
import { normalizeReport } from './normalize.ts';
import { VOCABULARY, type Vocabulary } from './vocabulary.ts';

export type { IndicatorDef } from './classify.ts';

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

function analyse(m: string, text: string, figures: readonly Figure[], doc: Required<DocInfo>, shift: number, defs: readonly IndicatorDef[], garbled: readonly GarbledSpan[], vocabulary: Vocabulary): Analysed[] {
  const sections = findSections(m);
  const years = yearsInText(m);
  const items = { m, text, figures, headings: findHeadings(m, vocabulary), vocabulary };
  const out: Analysed[] = [];
  for (const figure of figures) {
    const sentence = sentenceAround(m, figure.numStart);
    const quote = quoteSpan(m, figure, { wantsSubject: wantsSubject(m, figure, vocabulary.indicatorWords) });
    const guess = guessIndicator(m, figure, sentence, quote, defs, vocabulary.indicatorWords);
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
  return `indicator: no word of vocabulary.ts or name in indicator_defs.csv fits a figure in ${figure.unit} here; choose one (or add a definition)`;
}

function itemNote(item: ItemName | null): string {
  if (item === null) return 'project: no item named, drafted from the clause: edit';
  const how = { heading: 'the heading before the colon', phrase: 'the phrase naming it', reference: 'the item the clause refers back to', phase: 'a phase of the item named before' }[item.how];
  return `project “${item.name}” from ${how}`;
}

function valueFlag(figure: Figure, years: ReadonlySet<number>): ValueFlag | null {
  return yearOverwrite(figure.value, figure.unit, years) ?? (figure.high !== undefined ? yearOverwrite(figure.high, figure.unit, years) : null);
}

function garbledQuote(text: string, quote: Span, garbled: readonly GarbledSpan[]): ValueFlag | null {
  const hit = garbled.find((g) => g.kind !== 'year-as-list-number' && overlaps(g, quote));
  return hit ? { flag: 'garbled', note: `引文含乱码“${text.slice(hit.start, hit.end)}”，请对照原文核对。` } : null;
}

/** low: flagged, unreadable or no indicator; medium: a guess to check; high: words and unit agree. */
function confidenceOf(a: Analysed, readable: boolean, target: Target): Confidence {
  if (a.flag !== null || !readable || (target === 'indicators' && a.indicatorHow === 'none')) return 'low';
  if (a.targets.length > 1 || a.figure.unitNote !== undefined || (target === 'indicators' && a.indicatorHow === 'weak')) return 'medium';
  return 'high';
}

const pad = (n: number): string => String(n).padStart(2, '0');

export interface DraftOptions {
  /** The word lists to read with (default: all of them; the generalisation test holds some out). */
  vocabulary?: Vocabulary;
}

/** Drafts rows from the decoded text of a report. */
export function draftReport(rawText: string, docInfo: DocInfo, defs: readonly IndicatorDef[], options: DraftOptions = {}): Draft {
  const vocabulary = options.vocabulary ?? VOCABULARY;
  const { text, match: m } = normalizeReport(rawText);
  const stated = statedYear(m);
  const doc: Required<DocInfo> = { ...docInfo, kind: docInfo.kind ?? guessDocKind(m), year: docInfo.year ?? stated ?? new Date().getFullYear() };
  const shift = templateShift(m, docInfo.year);
  const garbled = findGarbledSpans(m);
  const figures = findFigures(m);
  const analysed = analyse(m, text, figures, doc, shift, defs, garbled, vocabulary);
  const indicators: DraftIndicator[] = [];
  const investments: DraftInvestment[] = [];
  const seen = new Map<string, string>();
  const drafted: DraftedFigure[] = [];
  for (const a of analysed) {
    const mark: DraftedFigure = { start: a.figure.start, end: a.figure.end, rows: [] };
    drafted.push(mark);
    const quote = text.slice(a.quote.start, a.quote.end);
    const readable = isReadableInQuote(a.figure.value, quote);
    const common = [
      a.routeWhy,
      a.targets.length > 1 ? 'drafted in both files: keep the right one' : '',
      readable ? '' : 'value not readable in the quote (full-width digits?): fix before copying',
    ];
    const notes = [a.flag?.note ?? '', a.figure.unitNote ?? '', a.estimated ? ESTIMATED_NOTE : ''];
    for (const target of a.targets) {
      if (target === 'indicators') {
        const id = `${doc.id}-i${pad(indicators.length + 1)}`;
        mark.rows.push(id);
        // The same number said twice (a summary line, then the details) is one row of the dataset.
        const key = `i|${a.indicator}|${a.figure.value}|${a.figure.unit}|${a.kind}|${a.year}|${a.period}`;
        const dup = a.indicator === '' ? undefined : seen.get(key);
        if (dup === undefined) seen.set(key, id);
        indicators.push({
          id, park_id: doc.parkId, doc_id: doc.id, year: String(a.year), period: a.period, indicator: a.indicator, kind: a.kind,
          value: a.figure.value, value_high: a.figure.high ?? '', comparator: a.figure.comparator, unit: a.figure.unit, quote,
          flag: a.flag?.flag ?? 'ok', note: [...notes, progressNote(a.indicator, a.item)].filter(Boolean).join(''), confidence: confidenceOf(a, readable, target),
          review_note: [a.indicatorWhy, a.kindWhy, ...a.periodWhy, dup ? `same figure as ${dup}: keep one` : '', ...common].filter(Boolean).join('; '),
        });
      } else {
        const id = `${doc.id}-v${pad(investments.length + 1)}`;
        mark.rows.push(id);
        const key = `v|${a.figure.value}|${a.figure.unit}|${quote}`;
        const dup = seen.get(key);
        if (dup === undefined) seen.set(key, id);
        const project = a.item?.name ?? clauseAsName(m, text, a.figure, vocabulary);
        const words = `${a.item?.key ?? normalizeReport(project).match} ${m.slice(a.quote.start, a.quote.end)}`;
        const wording = a.figure.comparator !== '=' ? `原文为“${text.slice(a.figure.start, a.figure.end)}”。` : '';
        investments.push({
          id, park_id: doc.parkId, doc_id: doc.id, year: String(a.year), project,
          category: dimensionOf(a.figure.unit) === 'voltage' ? 'power' : categoryOf(words), zone_id: '',
          amount: a.figure.value, amount_high: a.figure.high ?? '', unit: a.figure.unit,
          basis: basisOf(a.kind, m, a.figure, a.quote, a.item?.key ?? ''), quote,
          flag: a.flag?.flag ?? 'ok', note: [...notes, wording].filter(Boolean).join(''), confidence: confidenceOf(a, readable, target),
          review_note: [itemNote(a.item), dup ? `same figure as ${dup}: keep one` : '', ...common].filter(Boolean).join('; '),
        });
      }
    }
  }
  return {
    indicators, investments, docKind: doc.kind, yearShift: shift, text, drafted, skipped: skippedNumbers(m, figures),
    garbled: garbled.map((g) => ({ ...g, excerpt: text.slice(g.start, g.end) })),
  };
}
