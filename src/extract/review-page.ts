/**
 * The review page: one self-contained HTML file that shows the report text with every drafted
 * figure highlighted (coloured by confidence, its row ids beside it) and every other number
 * marked with the reason it was skipped, then the draft rows and the skipped numbers as tables,
 * linked both ways by anchors. It needs no script, loads nothing (styles are inline, a Content
 * Security Policy forbids any request) and opens from disk. Pure: the CLI passes the site's
 * stylesheet in and writes the file.
 */
import type { Confidence, Draft, DraftIndicator, DraftInvestment } from './draft.ts';
import type { SkipReason, SkippedNumber } from './numbers.ts';
import { escapeXml } from '../lib/xml.ts';

export interface ReviewPageInput {
  draft: Draft;
  /** What the page is about: the report's file name and the document id. */
  report: string;
  docId: string;
  /** The CSV files the rows were written to, named on the page. */
  files: { indicators: string; investments: string };
  /** The site's stylesheet (src/styles/global.css), inlined so the page looks like the source pages. */
  siteCss: string;
}


/** The reasons in the words of the page. */
export const SKIP_LABELS: Record<SkipReason, string> = {
  date: 'date or time',
  'list-number': 'list number',
  ordinal: 'ordinal (第…)',
  'size-class': 'size class (…以上项目)',
  'completion-ratio': 'share of a target reached (完成全年任务的…%)',
  'phone-or-document-number': 'phone or document number',
  'name-or-code': 'part of a name or code',
  'unit-not-listed': 'not a unit of units.csv',
  'no-unit': 'no unit',
};

const REVIEW_CSS = `
.review-legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; list-style: none; padding: 0; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
mark.high { background: color-mix(in srgb, var(--c-met) 22%, transparent); }
mark.medium { background: var(--mark); }
mark.low { background: color-mix(in srgb, var(--c-behind) 22%, transparent); }
.source-text mark:target { outline: 2px solid var(--c-warn); }
.missed { text-decoration: underline dotted var(--c-warn) 2px; text-underline-offset: 0.2em; scroll-margin-top: 5rem; }
.source-text .missed:target { background: var(--mark-target); }
sup.why { color: var(--c-warn); }
.conf { font-weight: 700; }
.conf.high { color: var(--c-met); }
.conf.medium { color: var(--c-warn); }
.conf.low { color: var(--c-behind); }
code { overflow-wrap: anywhere; }
td.review-note { font-size: 0.85rem; color: var(--ink-2); min-width: 14rem; }
td.review-quote { min-width: 10em; font-family: var(--font-serif); }
sup.why { font-size: 0.62rem; }
`;

type Row = DraftIndicator | DraftInvestment;

interface Mark {
  start: number;
  end: number;
  html: (inner: string) => string;
}

const figureAnchor = (k: number): string => `f-${k}`;
const skippedAnchor = (k: number): string => `n-${k}`;
const rowAnchor = (id: string): string => `r-${id}`;
const shortId = (id: string, docId: string): string => (id.startsWith(`${docId}-`) ? id.slice(docId.length + 1) : id);

function lowest(rows: readonly Row[]): Confidence {
  return rows.some((r) => r.confidence === 'low') ? 'low' : rows.some((r) => r.confidence === 'medium') ? 'medium' : 'high';
}

/** The report text with every figure and every skipped number wrapped, in text order. */
function markedText(draft: Draft, byId: ReadonlyMap<string, Row>, docId: string): string {
  const marks: Mark[] = [
    ...draft.drafted.map((f, k): Mark => {
      const rows = f.rows.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
      const ids = f.rows.map((id) => `<a href="#${rowAnchor(id)}">${escapeXml(shortId(id, docId))}</a>`).join(' ');
      const title = rows.map((r) => `${r.id}: ${r.confidence}`).join('; ');
      return { start: f.start, end: f.end, html: (inner) => `<mark id="${figureAnchor(k)}" class="${lowest(rows)}" title="${escapeXml(title)}">${inner}<sup>${ids}</sup></mark>` };
    }),
    ...draft.skipped.map((s, k): Mark => ({
      start: s.start, end: s.end,
      html: (inner) => `<span id="${skippedAnchor(k)}" class="missed" title="${escapeXml(`not drafted: ${SKIP_LABELS[s.reason]} — ${s.detail}`)}">${inner}<sup class="why"><a href="#${skippedAnchor(k)}-row">${escapeXml(SKIP_LABELS[s.reason])}</a></sup></span>`,
    })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    out += escapeXml(draft.text.slice(at, mark.start)) + mark.html(escapeXml(draft.text.slice(mark.start, mark.end)));
    at = mark.end;
  }
  return out + escapeXml(draft.text.slice(at));
}

function rowsTable(draft: Draft, docId: string): string {
  const figureOf = new Map<string, number>();
  draft.drafted.forEach((f, k) => f.rows.forEach((id) => figureOf.set(id, k)));
  const row = (r: Row): string => {
    const what = 'indicator' in r ? (r.indicator ? escapeXml(r.indicator) : '<span class="meta">(none)</span>') : escapeXml(r.project);
    const value = 'value' in r ? `${r.comparator === '=' ? '' : `${r.comparator} `}${r.value}${r.value_high ? `–${r.value_high}` : ''}` : `${r.amount}${r.amount_high ? `–${r.amount_high}` : ''}`;
    const kind = 'kind' in r ? `${r.kind} · ${r.period}` : `${r.basis} · ${r.category}`;
    const flag = r.flag === 'ok' ? '' : ` <span class="badge ${escapeXml(r.flag)}">${escapeXml(r.flag)}</span>`;
    return `<tr id="${rowAnchor(r.id)}"><td><a href="#${figureAnchor(figureOf.get(r.id) ?? 0)}">${escapeXml(shortId(r.id, docId))}</a></td>`
      + `<td>${'indicator' in r ? 'indicators' : 'investments'}</td><th scope="row">${what}</th><td class="n">${escapeXml(`${value} ${r.unit}`)}</td>`
      + `<td>${escapeXml(`${kind} · ${r.year}`)}</td><td><span class="conf ${r.confidence}">${escapeXml(r.confidence)}</span>${flag}</td>`
      + `<td class="review-quote" lang="zh-CN">${escapeXml(r.quote)}</td><td class="review-note">${escapeXml(r.review_note)}</td></tr>`;
  };
  const rows = [...draft.indicators, ...draft.investments];
  const body = rows.map(row).join('\n');
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="draft rows"><table>
<caption>${rows.length} draft rows (indicators ${draft.indicators.length}, investments ${draft.investments.length}); the id links to the figure in the text</caption>
<thead><tr><th scope="col">id</th><th scope="col">file</th><th scope="col">indicator / project</th><th scope="col" class="n">value</th><th scope="col">kind · year</th><th scope="col">confidence</th><th scope="col">quote</th><th scope="col">why (review_note)</th></tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}

function skippedTable(draft: Draft): string {
  const context = (s: SkippedNumber): string => escapeXml(draft.text.slice(Math.max(0, s.start - 12), s.end + 8).replace(/\s+/gu, ' '));
  const body = draft.skipped.map((s, k) =>
    `<tr id="${skippedAnchor(k)}-row"><td><a href="#${skippedAnchor(k)}">${escapeXml(draft.text.slice(s.start, s.end))}</a></td><td>${escapeXml(SKIP_LABELS[s.reason])}</td><td>${escapeXml(s.detail)}</td><td lang="zh-CN">${context(s)}</td></tr>`,
  ).join('\n');
  const counts = Object.entries(SKIP_LABELS)
    .map(([reason, label]) => [label, draft.skipped.filter((s) => s.reason === reason).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${escapeXml(label)} ${n}`)
    .join(', ');
  return `<p class="meta">${counts || 'none'}</p><div class="table-wrap" tabindex="0" role="region" aria-label="numbers not drafted"><table>
<caption>${draft.skipped.length} numbers not drafted; the number links to its place in the text</caption>
<thead><tr><th scope="col">number</th><th scope="col">reason</th><th scope="col">what was seen</th><th scope="col">context</th></tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}

/** The whole page as one string. */
export function reviewPage({ draft, report, docId, files, siteCss }: ReviewPageInput): string {
  const byId = new Map<string, Row>([...draft.indicators, ...draft.investments].map((r) => [r.id, r]));
  const count = (c: Confidence): number => [...byId.values()].filter((r) => r.confidence === c).length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Review: ${escapeXml(docId)} · 园区进度</title>
<style>${siteCss}
${REVIEW_CSS}</style>
</head>
<body>
<main class="wrap">
<p class="kicker">园区进度 · extraction review</p>
<h1>${escapeXml(docId)} <span class="h1-sub">${escapeXml(report)}</span></h1>
<p class="lede">${draft.drafted.length} figures drafted into ${byId.size} rows (high ${count('high')}, medium ${count('medium')}, low ${count('low')}); ${draft.skipped.length} other numbers not drafted, each marked with the reason. Edit the rows in <code>${escapeXml(files.indicators)}</code> and <code>${escapeXml(files.investments)}</code>, then apply them with <code>npm run extract -- --apply</code>.</p>
<nav aria-label="on this page"><ul class="tag-list"><li><a href="#text">report text</a></li><li><a href="#rows">draft rows</a></li><li><a href="#skipped">numbers not drafted</a></li></ul></nav>
<h2 id="text">Report text</h2>
<ul class="review-legend" aria-label="legend">
<li><mark class="high">drafted, high confidence</mark></li>
<li><mark class="medium">medium</mark></li>
<li><mark class="low">low: check first</mark></li>
<li><span class="missed">not drafted</span><sup class="why">reason</sup></li>
</ul>
<div class="source-text" lang="zh-CN">${markedText(draft, byId, docId)}</div>
<h2 id="rows">Draft rows</h2>
${rowsTable(draft, docId)}
<h2 id="skipped">Numbers not drafted</h2>
${skippedTable(draft)}
</main>
</body>
</html>
`;
}
