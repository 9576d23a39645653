/**
 * Project pipeline: enterprise projects by the latest stage the text gives them, signed →
 * in production. One block per project so each opens its sentence.
 */
import * as Plot from '@observablehq/plot';
import type { Project } from '../data/model.ts';
import { STAGES, type Stage } from '../data/schema/projects.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';
import { SERIES } from '../lib/palette.ts';
import { svgId, type ChartFigure } from './figure.ts';
import { CHART_WIDTH, marginFor, tipText } from '../lib/label-text.ts';
import { renderPlot } from './render.ts';

export interface PipelineBlock {
  id: string;
  /** 1 for a project; the project count when projects are drawn one bar per stage. */
  count: number;
  stage: string;
  park: string;
  color: string;
  tip: string;
  href: string;
}

export interface PipelineContext {
  locale: Locale;
  parkName: (id: string) => string;
  quoteHref: (docId: string, rowId: string) => string;
}

export function pipelineBlocks(rows: readonly Project[], ctx: PipelineContext): PipelineBlock[] {
  const parks = [...new Set(rows.map((r) => r.park_id))];
  return [...rows]
    .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || parks.indexOf(a.park_id) - parks.indexOf(b.park_id))
    .map((r) => ({
      id: r.id,
      count: 1,
      stage: t(ctx.locale, `stage.${r.stage}`),
      park: ctx.parkName(r.park_id),
      color: SERIES[parks.indexOf(r.park_id) % SERIES.length] as string,
      tip: tipText(r.name, t(ctx.locale, `stage.${r.stage}`), [ctx.parkName(r.park_id), r.industry].filter(Boolean).join(' · '), r.quote),
      href: ctx.quoteHref(r.doc_id, r.id),
    }));
}

export function pipelinePlot(blocks: readonly PipelineBlock[], width: number, locale: Locale): Plot.PlotOptions {
  const stages = STAGES.map((s: Stage) => t(locale, `stage.${s}`));
  const marginLeft = marginFor(stages, width);
  return {
    width,
    height: 40 + stages.length * 30,
    marginLeft,
    marginRight: 24,
    style: { fontSize: '12px' },
    x: { label: locale === 'zh-CN' ? '项目数 →' : 'Projects →', grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
    y: { domain: stages, label: null },
    marks: [
      Plot.barX(blocks, Plot.stackX({ x: 'count', y: 'stage', fill: 'color', stroke: 'white', strokeWidth: 1.5, title: 'tip', href: 'href', ariaLabel: 'tip', insetTop: 4, insetBottom: 4 })),
      Plot.ruleX([0]),
    ],
    color: { type: 'identity' },
  };
}

/** One bar per stage, for when there are too many projects to draw one block each. */
export function stageTotals(rows: readonly Project[], ctx: PipelineContext): PipelineBlock[] {
  return STAGES.map((s) => {
    const n = rows.filter((r) => r.stage === s).length;
    const stage = t(ctx.locale, `stage.${s}`);
    return { id: `stage-${s}`, count: n, stage, park: '', color: SERIES[0] as string, tip: `${stage}\n${t(ctx.locale, 'stage.projects', { n })}`, href: '' };
  }).filter((b) => b.count > 0);
}

/**
 * One block per park and stage, coloured by park: the overview of several parks, whose
 * one-project blocks are too thin to point at on a phone and carry every quote a second time
 * (each park's own page has them, and the table under the chart links every project).
 */
export function parkStageBlocks(rows: readonly Project[], ctx: PipelineContext): PipelineBlock[] {
  const out: PipelineBlock[] = [];
  for (const b of pipelineBlocks(rows, ctx)) {
    const last = out[out.length - 1];
    if (last && last.stage === b.stage && last.park === b.park) last.count++;
    else out.push({ ...b, id: `${b.stage}|${b.park}`, href: '' });
  }
  for (const b of out) b.tip = `${b.stage} · ${b.park}\n${t(ctx.locale, 'stage.projects', { n: b.count })}`;
  return out;
}

/** By default one block per project; `byPark` draws one per park and stage (parkStageBlocks). */
export function pipelineChart(id: string, title: string, rows: readonly Project[], ctx: PipelineContext, source: string, blockLimit = Infinity, byPark = false): ChartFigure | null {
  if (rows.length === 0) return null;
  const aggregated = rows.length > blockLimit;
  const projectBlocks = pipelineBlocks(rows, ctx);
  const blocks = aggregated ? stageTotals(rows, ctx) : byPark ? parkStageBlocks(rows, ctx) : projectBlocks;
  const count = (s: Stage) => rows.filter((r) => r.stage === s).length;
  const producing = count('in_production') + count('expanding');
  const takeaway = ctx.locale === 'zh-CN'
    ? `${rows.length} 个企业项目中，${producing} 个已投产或扩产，${count('under_construction') + count('equipment')} 个在建或安装设备，${count('negotiating') + count('signed') + count('site_prep')} 个仍在洽谈、签约或前期。`
    : `Of ${rows.length} enterprise projects, ${producing} are producing or expanding, ${count('under_construction') + count('equipment')} are being built, ${count('negotiating') + count('signed') + count('site_prep')} are at an earlier stage.`;
  const parks = [...new Set(projectBlocks.map((b) => b.park))];
  return {
    id, title, takeaway, desc: takeaway, source,
    svg: renderPlot(pipelinePlot(blocks, CHART_WIDTH, ctx.locale), { id: svgId(id), title, desc: takeaway }),
    legend: parks.length > 1 && !aggregated ? parks.map((p) => ({ label: p, color: blocks.find((b) => b.park === p)?.color ?? SERIES[0] })) : undefined,
    note: ctx.locale === 'zh-CN' ? '阶段是原文写到的最新阶段；计划文件中的阶段是计划时的状态。' : 'Stage is the latest the text states; in plans it is the state when the plan was written.',
    table: {
      caption: title,
      columns: [t(ctx.locale, 'table.stage'), t(ctx.locale, 'table.name'), t(ctx.locale, 'nav.parks')],
      rows: projectBlocks.map((b) => [b.stage, b.tip.split('\n')[0] ?? '', b.park]),
      numeric: [false, false, false],
      hrefs: projectBlocks.map((b) => b.href),
    },
  };
}
