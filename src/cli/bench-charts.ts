/**
 * `npm run bench:charts -- [--runs 10] [--parks N]`: renders every chart the site draws
 * (chart-options.ts: each park, both locales, narrow and wide, plus the overview charts) with the
 * linkedom document and with svg-dom.ts, alternating, and prints the median ms per chart of each.
 * The embedded data/ by default; `--parks N` generates the synthetic national dataset of N parks
 * (gen-national.ts). First checks that both DOMs give the same SVG for every chart.
 */
import { resolve } from 'node:path';
import { chartCases } from '../bench/chart-options.ts';
import { median } from '../bench/stats.ts';
import { formatTable, round } from '../bench/table.ts';
import { parseFlags, settle, wholeNumber, type Parsed } from '../node/cli-args.ts';
import { linkedomDocument, renderPlot, svgDocument } from '../charts/render.ts';
import { loadDatasetOrThrow } from '../data/load.ts';
import { indexDataset } from '../data/model.ts';
import { fsReader } from '../data/node-fs.ts';
import { writeNational } from './gen-national.ts';

const USAGE = 'usage: npm run bench:charts -- [--runs 10] [--parks N]';

interface Args {
  runs: number;
  parks: number;
}

function parseChartArgs(argv: readonly string[]): Parsed<Args> {
  return parseFlags(argv, { runs: 'string', parks: 'string' } as const, (v) => {
    const a: Args = { runs: 10, parks: 0 };
    for (const [flag, value] of Object.entries(v)) {
      const n = wholeNumber(String(value), 1);
      if (n === null) return { error: `--${flag} needs a whole number ≥ 1` };
      if (flag === 'runs') a.runs = n;
      else a.parks = n;
    }
    return a;
  });
}

export function main(argv: readonly string[]): number {
  const a = settle(parseChartArgs(argv), USAGE);
  if (typeof a === 'number') return a;
  const dir = a.parks > 0 ? writeNational({ parks: a.parks, years: 10, seed: 1, dataDir: 'data' }).dir : resolve('data');
  const dataset = loadDatasetOrThrow(fsReader(dir));
  const cases = chartCases(dataset, indexDataset(dataset));
  const doms = [['linkedom', linkedomDocument()], ['svg-dom', svgDocument()]] as const;
  for (const c of cases) {
    const [before, after] = doms.map(([, doc]) => renderPlot(c.options(), c.text, doc));
    if (before !== after) {
      console.error(`${c.text.id}: svg-dom and linkedom differ`);
      return 1;
    }
  }
  const ms = new Map<string, number[]>(doms.map(([name]) => [name, []]));
  for (let run = 0; run < a.runs; run++) {
    for (const [name, doc] of run % 2 === 0 ? doms : [...doms].reverse()) {
      const t0 = performance.now();
      for (const c of cases) renderPlot(c.options(), c.text, doc);
      ms.get(name)?.push((performance.now() - t0) / cases.length);
    }
  }
  const [before = NaN, after = NaN] = doms.map(([name]) => median(ms.get(name) ?? []));
  console.log(`${cases.length} charts from ${a.parks > 0 ? `${a.parks} synthetic parks` : 'data/'}, identical SVG from both DOMs; ${a.runs} runs each, alternating`);
  console.log(formatTable(['DOM', 'median ms per chart', 'min', 'max'], doms.map(([name]) => {
    const xs = ms.get(name) ?? [];
    return [name, round(median(xs), 3), round(Math.min(...xs), 3), round(Math.max(...xs), 3)];
  })));
  console.log(`svg-dom renders a chart in ${round((after / before) * 100, 1)}% of linkedom's time (×${round(before / after, 2)} faster)`);
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
