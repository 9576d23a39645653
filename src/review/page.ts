/**
 * The review page, rendered on the server: the report text with every drafted figure and every
 * number not drafted marked, the rows beside it (low confidence first), each row's fields as the
 * controls of what they may hold, the document and park forms of a report not yet in the dataset,
 * and publish. Every text from the report or the data is escaped. The <review-editor> element
 * (src/islands/review-editor.ts) saves each change and asks for a row's card again after a change
 * made elsewhere; the same functions render both.
 */
import { escapeXml } from '../lib/xml.ts';
import { SKIP_LABELS } from '../extract/review-page.ts';
import { COMPARATORS } from '../data/schema/indicators.ts';
import { BASES, CATEGORIES } from '../data/schema/investments.ts';
import { FLAGS } from '../data/schema/fields.ts';
import { DOCUMENT_KINDS } from '../data/schema/documents.ts';
import { IDENTITY_BASES, LOCATION_BASES } from '../data/schema/parks.ts';
import { missedNumbers, reviewOrder, type ReviewDraft, type ReviewRow } from './draft-state.ts';
import type { IndicatorChoice } from './lookups.ts';

export interface PageContext {
  draft: ReviewDraft;
  /** The report text the rows quote. */
  text: string;
  units: readonly string[];
  indicators: ReadonlyMap<string, IndicatorChoice>;
  /** Zones of the dataset: id → name and park. */
  zones: readonly { id: string; name: string; parkId: string }[];
  /** Parks of the dataset, for the document's park. */
  parks: readonly { id: string; name: string }[];
  /** Where the draft files are, as the editor knows the folder. */
  draftShown: string;
  dataShown: string;
}

const esc = escapeXml;
const attr = (v: string): string => `"${esc(v)}"`;
const PERIODS = ['全年', '上半年', '1-3月', '1-6月', '1-9月', '1-10月', '1-11月', '十三五末', '十四五末'];

const short = (id: string, docId: string): string => (id.startsWith(`${docId}-`) ? id.slice(docId.length + 1) : id);
const rowDom = (id: string): string => `row-${id}`;
const figDom = (start: number): string => `fig-${start}`;

function options(values: readonly string[], selected: string, labels: Record<string, string> = {}, empty?: string): string {
  const list = empty !== undefined ? ['', ...values] : values;
  const known = list.includes(selected) ? list : [...list, selected];
  return known.map((v) => `<option value=${attr(v)}${v === selected ? ' selected' : ''}>${esc(v === '' ? (empty ?? '') : (labels[v] ?? v))}</option>`).join('');
}

interface FieldSpec {
  name: string;
  label: string;
  control: 'text' | 'number' | 'select' | 'indicator';
  values?: readonly string[];
  labels?: Record<string, string>;
  empty?: string;
  list?: string;
}

function rowFields(row: ReviewRow, ctx: PageContext): FieldSpec[] {
  const unit: FieldSpec = { name: 'unit', label: 'Unit', control: 'select', values: ctx.units };
  const flag: FieldSpec = { name: 'flag', label: 'Flag', control: 'select', values: FLAGS };
  const note: FieldSpec = { name: 'note', label: 'Note (shown on the site)', control: 'text' };
  const quote: FieldSpec = { name: 'quote', label: 'Quote (verbatim from the report)', control: 'text' };
  if (row.file === 'indicators') {
    return [
      { name: 'indicator', label: 'Indicator', control: 'indicator' },
      { name: 'kind', label: 'Kind', control: 'select', values: ['target', 'actual'] },
      { name: 'year', label: 'Year', control: 'number' },
      { name: 'period', label: 'Period', control: 'text', list: 'periods' },
      { name: 'comparator', label: 'Comparator', control: 'select', values: COMPARATORS, labels: { '=': '= exactly', '>=': '≥ at least (以上)', '>': '> over (突破)', '<=': '≤ at most', about: '≈ about (约)' } },
      { name: 'value', label: 'Value', control: 'number' },
      { name: 'value_high', label: 'Upper end (range)', control: 'number' },
      unit, flag, note, quote,
    ];
  }
  const zones = ctx.zones.filter((z) => z.parkId === row.fields.park_id);
  return [
    { name: 'project', label: 'Item / project', control: 'text' },
    { name: 'category', label: 'Category', control: 'select', values: CATEGORIES },
    { name: 'basis', label: 'Basis', control: 'select', values: BASES },
    { name: 'year', label: 'Year', control: 'number' },
    { name: 'zone_id', label: 'Zone', control: 'select', values: zones.map((z) => z.id), labels: Object.fromEntries(zones.map((z) => [z.id, z.name])), empty: '(none)' },
    { name: 'amount', label: 'Amount', control: 'number' },
    { name: 'amount_high', label: 'Upper end (range)', control: 'number' },
    unit, flag, note, quote,
  ];
}

function indicatorControl(row: ReviewRow, id: string, ctx: PageContext): string {
  const value = row.fields.indicator ?? '';
  const def = ctx.indicators.get(value);
  const shown = value === '' ? 'none chosen' : def ? `${def.name} · ${def.unit} (${def.id})` : `${value} (not in indicator_defs.csv)`;
  return `<div class="field field-wide indicator-field" data-field="indicator">
<span class="field-label" id="${id}-l">Indicator</span>
<p class="indicator-current" id="${id}-current" data-current>${esc(shown)}</p>
<label class="visually-hidden" for="${id}">Search indicators by name, alias or unit</label>
<input id="${id}" type="search" autocomplete="off" placeholder="search: 出口, 亿美元, export…" data-indicator-search aria-describedby="${id}-current ${id}-err">
<ul class="choices" data-choices aria-label="matching indicators"></ul>
<p class="field-error" id="${id}-err" data-error-for="indicator" hidden></p>
</div>`;
}

function fieldHtml(row: ReviewRow, spec: FieldSpec, ctx: PageContext): string {
  const id = `${rowDom(row.id)}-${spec.name}`;
  if (spec.control === 'indicator') return indicatorControl(row, id, ctx);
  const value = row.fields[spec.name] ?? '';
  const described = `aria-describedby="${id}-err"`;
  const control = spec.control === 'select'
    ? `<select id="${id}" name="${spec.name}" ${described}>${options(spec.values ?? [], value, spec.labels, spec.empty)}</select>`
    : `<input id="${id}" name="${spec.name}" value=${attr(value)} ${spec.control === 'number' ? 'inputmode="decimal" ' : ''}${spec.list ? `list="${spec.list}" ` : ''}${spec.name === 'quote' ? 'lang="zh-CN" ' : ''}autocomplete="off" ${described}>`;
  const wide = ['project', 'note', 'quote'].includes(spec.name) ? ' field-wide' : '';
  return `<div class="field${wide}" data-field="${spec.name}"><label for="${id}">${esc(spec.label)}</label>${control}<p class="field-error" id="${id}-err" data-error-for="${spec.name}" hidden></p></div>`;
}

function valueText(row: ReviewRow): string {
  const f = row.fields;
  const low = row.file === 'indicators' ? f.value : f.amount;
  const high = row.file === 'indicators' ? f.value_high : f.amount_high;
  const cmp = { '=': '', '>=': '≥ ', '>': '> ', '<=': '≤ ', about: '≈ ' }[f.comparator ?? '='] ?? '';
  return `${cmp}${low ?? ''}${high ? `–${high}` : ''} ${f.unit ?? ''}`.trim();
}

const STATUS_TEXT = { pending: 'to review', accepted: 'accepted', fixed: 'fixed', rejected: 'rejected' } as const;

/** One row's card: what it says, its quote, why it was guessed, its fields and its actions. */
export function rowCard(row: ReviewRow, ctx: PageContext): string {
  const docId = row.fields.doc_id ?? '';
  const dom = rowDom(row.id);
  const what = row.file === 'indicators'
    ? (ctx.indicators.get(row.fields.indicator ?? '')?.name ?? 'no indicator')
    : (row.fields.project ?? '');
  return `<li class="row-card conf-${row.confidence} status-${row.status}" id="${dom}" data-id=${attr(row.id)} data-version="${row.version}" data-start="${row.start}" tabindex="-1" aria-labelledby="${dom}-h">
<h3 id="${dom}-h"><a href="#${figDom(row.start)}" class="row-id" title="show in the text">${esc(short(row.id, docId))}</a> <span class="row-value">${esc(valueText(row))}</span> <span class="row-what">${esc(what)}</span></h3>
<p class="row-badges"><span class="conf ${row.confidence}">${row.confidence} confidence</span> · <span class="row-file">${row.file}.csv</span> · <span class="row-status" data-status>${STATUS_TEXT[row.status]}</span></p>
<blockquote class="row-quote" lang="zh-CN">${esc(row.fields.quote ?? '')}</blockquote>
<p class="review-note">${esc(row.review_note)}</p>
<div class="row-actions"><button type="button" data-action="accept">Accept <kbd>a</kbd></button> <button type="button" data-action="reject">Reject <kbd>r</kbd></button></div>
<details class="row-edit"${row.confidence === 'low' || row.status === 'fixed' ? ' open' : ''}><summary>Fix the fields <kbd>e</kbd></summary>
<div class="row-fields">${rowFields(row, ctx).map((s) => fieldHtml(row, s, ctx)).join('\n')}</div></details>
<p class="row-message" data-message role="status"></p>
</li>`;
}

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** The report text in segments that carry their offset (data-at), so a selection maps back to the text. */
export function markedText(ctx: PageContext): string {
  const { draft, text } = ctx;
  const byStart = new Map<string, ReviewRow[]>();
  for (const r of draft.rows) {
    const key = `${r.start}:${r.end}`;
    byStart.set(key, [...(byStart.get(key) ?? []), r]);
  }
  const rank = { low: 0, medium: 1, high: 2 } as const;
  const marks: Mark[] = [...byStart.values()].map((rows) => {
    const first = rows[0] as ReviewRow;
    const lowest = rows.reduce((a, r) => (rank[r.confidence] < rank[a.confidence] ? r : a), first).confidence;
    const status = rows.every((r) => r.status === 'rejected') ? 'rejected' : rows.some((r) => r.status === 'pending') ? 'pending' : 'kept';
    const ids = rows.map((r) => `<a href="#${rowDom(r.id)}">${esc(short(r.id, r.fields.doc_id ?? ''))}</a>`).join(' ');
    return { start: first.start, end: first.end, open: `<mark id="${figDom(first.start)}" class="${lowest} ${status}">`, close: `<sup>${ids}</sup></mark>` };
  });
  for (const s of missedNumbers(draft)) {
    marks.push({ start: s.start, end: s.end, open: `<span class="missed" title=${attr(`not drafted: ${SKIP_LABELS[s.reason]} — ${s.detail}`)}>`, close: '</span>' });
  }
  marks.sort((a, b) => a.start - b.start);
  const plain = (from: number, to: number): string => (from < to ? `<span data-at="${from}">${esc(text.slice(from, to))}</span>` : '');
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out += plain(at, m.start) + m.open + plain(m.start, m.end) + m.close;
    at = m.end;
  }
  return out + plain(at, text.length);
}

function missedList(ctx: PageContext): string {
  const missed = missedNumbers(ctx.draft);
  if (missed.length === 0) return '<p class="meta">Every number of the text is drafted or accounted for.</p>';
  const context = (start: number, end: number): string => ctx.text.slice(Math.max(0, start - 10), end + 6).replace(/\s+/gu, ' ');
  return `<ul class="missed-list">${missed.map((s) => `<li><span lang="zh-CN">${esc(context(s.start, s.end))}</span> <span class="meta">${esc(SKIP_LABELS[s.reason])}</span> <button type="button" data-draft-start="${s.start}" data-draft-end="${s.end}">Draft a row from “${esc(ctx.text.slice(s.start, s.end))}”</button></li>`).join('\n')}</ul>`;
}

interface FormField {
  name: string;
  label: string;
  values?: readonly string[];
  hint?: string;
}

const DOCUMENT_FORM: FormField[] = [
  { name: 'id', label: 'Document id', hint: 'lower-case letters, digits and hyphens, e.g. tianjin-teda-2009' },
  { name: 'title', label: 'Title' },
  { name: 'kind', label: 'Kind', values: DOCUMENT_KINDS },
  { name: 'year', label: 'Year the document is about' },
  { name: 'year_basis', label: 'Year basis', values: ['stated', 'inferred'] },
  { name: 'published', label: 'Published (YYYY-MM-DD, may be empty)' },
  { name: 'source_file', label: `File name in sources/` },
  { name: 'quality_note', label: 'Quality note (what a reader should know)' },
];

const PARK_FORM: FormField[] = [
  { name: 'id', label: 'Park id', hint: 'the URL slug, e.g. tianjin-teda' },
  { name: 'name', label: 'Name as the report writes it' },
  { name: 'name_en', label: 'English name' },
  { name: 'level', label: 'Kind of zone (高新区, 经济技术开发区…)' },
  { name: 'province', label: 'Province' },
  { name: 'prefecture', label: 'Prefecture' },
  { name: 'county', label: 'County' },
  { name: 'adcode', label: 'County code (6 digits)' },
  { name: 'lat', label: 'Latitude' },
  { name: 'lon', label: 'Longitude' },
  { name: 'location_basis', label: 'What the coordinates are', values: LOCATION_BASES },
  { name: 'identity_basis', label: 'Identity', values: IDENTITY_BASES },
  { name: 'identity_note', label: 'Identity note (the evidence)' },
  { name: 'industries', label: 'Industries (separated by ;)' },
];

function formField(which: 'document' | 'park', f: FormField, value: string): string {
  const id = `${which}-${f.name}`;
  const hint = f.hint ? `<span class="meta" id="${id}-hint">${esc(f.hint)}</span>` : '';
  const described = `aria-describedby="${f.hint ? `${id}-hint ` : ''}${id}-err"`;
  const control = f.values
    ? `<select id="${id}" name="${f.name}" ${described}>${options(f.values, value, {}, value === '' ? '(choose)' : undefined)}</select>`
    : `<input id="${id}" name="${f.name}" value=${attr(value)} autocomplete="off" ${described}>`;
  const wide = ['identity_note', 'quality_note', 'title', 'industries'].includes(f.name) ? ' field-wide' : '';
  return `<div class="field${wide}" data-field="${f.name}"><label for="${id}">${esc(f.label)}</label>${control}${hint}<p class="field-error" id="${id}-err" data-error-for="${f.name}" hidden></p></div>`;
}

function forms(ctx: PageContext): string {
  const { draft } = ctx;
  if (draft.docKnown) return '';
  const doc = draft.document;
  const chosen = doc.fields.park_id ?? '';
  const parkChoice = `<div class="field field-wide" data-field="park_id"><label for="document-park_id">Park</label><select id="document-park_id" name="park_id" aria-describedby="document-park_id-err">${options(ctx.parks.map((p) => p.id), chosen, Object.fromEntries(ctx.parks.map((p) => [p.id, `${p.name} (${p.id})`])), 'a new park (the form below)')}</select><p class="field-error" id="document-park_id-err" data-error-for="park_id" hidden></p></div>`;
  const park = draft.park;
  return `<section aria-labelledby="forms-h" class="review-forms">
<h2 id="forms-h">The report in the dataset</h2>
<p class="meta">${esc(ctx.dataShown)}/documents.csv has no row for this report yet: fill in its row${chosen === '' ? ' and the park’s' : ''}. Each field is saved as you leave it and checked as check-data checks it.</p>
<form class="review-form" data-form="document" data-version="${doc.version}" aria-labelledby="document-h">
<h3 id="document-h">documents.csv</h3>
<div class="row-fields">${parkChoice}${DOCUMENT_FORM.map((f) => formField('document', f, doc.fields[f.name] ?? '')).join('\n')}</div>
<p class="row-message" data-message role="status"></p>
</form>
<form class="review-form" data-form="park" data-version="${park.version}" aria-labelledby="park-h"${chosen === '' ? '' : ' hidden'}>
<h3 id="park-h">parks.csv: a new park</h3>
<div class="field field-wide county-field"><label for="county-search">Find the county (name, prefecture, province or code)</label>
<input id="county-search" type="search" autocomplete="off" data-county-search aria-describedby="county-help">
<span class="meta" id="county-help">Choosing a county fills province, prefecture, county, code and the county seat’s coordinates (location basis: county_seat).</span>
<ul class="choices" data-choices aria-label="matching counties"></ul></div>
<div class="row-fields">${PARK_FORM.map((f) => formField('park', f, park.fields[f.name] ?? '')).join('\n')}</div>
<p class="row-message" data-message role="status"></p>
</form>
</section>`;
}

const KEYS: [string, string][] = [
  ['j or ↓', 'next row'], ['k or ↑', 'previous row'], ['a', 'accept the row'], ['r', 'reject the row'], ['e', 'edit: to the row’s first field'],
  ['Esc', 'back from a field to its row'], ['↓ / ↑ in a search', 'through its results'], ['Enter in a search', 'choose the first result'],
];

/** The whole page. */
export function reviewPage(ctx: PageContext, assets: { css: string; script: string }): string {
  const { draft } = ctx;
  const rows = reviewOrder(draft.rows);
  const count = (s: string) => draft.rows.filter((r) => r.status === s).length;
  const docId = draft.document.fields.id ?? '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ${esc(draft.report)} · 园区进度</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assets.css}">
<script type="module" src="${assets.script}"></script>
</head>
<body>
<a class="skip" href="#rows-h">Skip to the rows</a>
<review-editor>
<main class="wrap review-main">
<p class="kicker">园区进度 · review</p>
<h1>${esc(docId)} <span class="h1-sub">${esc(draft.report)}</span></h1>
<p class="lede" data-summary>${draft.rows.length} rows drafted: <span data-count="pending">${count('pending')}</span> to review, <span data-count="kept">${count('accepted') + count('fixed')}</span> kept, <span data-count="rejected">${count('rejected')}</span> rejected. Every change is saved as you make it, in <code>${esc(ctx.draftShown)}/</code>.</p>
<details class="keys"><summary>Keyboard</summary><dl>${KEYS.map(([k, v]) => `<dt><kbd>${esc(k)}</kbd></dt><dd>${esc(v)}</dd>`).join('')}</dl>
<p class="meta">Select a number in the text (or use the list of numbers not drafted) to draft a row from it.</p></details>
<div class="review-layout">
<section class="review-text" aria-labelledby="text-h">
<h2 id="text-h">Report text</h2>
<ul class="review-legend" aria-label="legend"><li><mark class="high">high</mark></li><li><mark class="medium">medium</mark></li><li><mark class="low">low: check first</mark></li><li><span class="missed">not drafted</span></li></ul>
<div class="source-text" lang="zh-CN" data-text tabindex="0" role="region" aria-label="the report’s text, its figures marked">${markedText(ctx)}</div>
<p class="selection-bar" data-selection hidden><span data-selection-text></span> <button type="button" data-draft-selection>Draft a row from the selection</button></p>
</section>
<section class="review-rows" aria-labelledby="rows-h">
<h2 id="rows-h">Rows, low confidence first</h2>
<ol class="row-list" data-rows>
${rows.map((r) => rowCard(r, ctx)).join('\n')}
</ol>
<h2 id="missed-h">Numbers not drafted</h2>
${missedList(ctx)}
</section>
</div>
${forms(ctx)}
<section aria-labelledby="publish-h" class="review-publish">
<h2 id="publish-h">Publish</h2>
<p>Publish adds the kept rows${draft.docKnown ? '' : ', the document and its report'} to <code>${esc(ctx.dataShown)}/</code>, all or nothing, after the same checks as <code>npm run check-data</code>, then builds the site for you to check.</p>
<p><button type="button" class="primary" data-publish>Publish</button></p>
<div data-publish-result role="status" aria-live="polite">${draft.published ? `<p>Published ${esc(draft.published.at)}.</p>` : ''}</div>
</section>
</main>
<datalist id="periods">${PERIODS.map((p) => `<option value=${attr(p)}></option>`).join('')}</datalist>
</review-editor>
</body>
</html>
`;
}
