/**
 * `npm run bench:extract -- [--pages 30] [--runs 5]`: how long a long PDF takes to extract. Writes
 * a report of `--pages` A4 pages (src/bench/report-files.ts: wrapped Chinese paragraphs, a page
 * number at each foot, figures on every page) to the temp folder, then times, `--runs` times each:
 * deriving its text (pdfjs), drafting its rows (draftReport), and the whole `npm run extract`
 * command in a fresh Node process (start-up and module loading included), and prints the medians.
 * Indicators are guessed against the data folder's indicator_defs.csv ($PARKS_DATA_DIR or data/),
 * which is only read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { reportPdf, type ReportContent } from '../bench/report-files.ts';
import { median } from '../bench/stats.ts';
import { formatTable, round } from '../bench/table.ts';
import { draftReport } from '../extract/draft.ts';
import { parseLexicon } from '../extract/review.ts';
import { cleanPagedText } from '../lib/provenance.ts';
import { parseFlags, settle, wholeNumber, type Parsed } from '../node/cli-args.ts';
import { deriveText } from '../sources/derive.ts';

const USAGE = 'usage: npm run bench:extract -- [--pages 30] [--runs 5]';

interface Args {
  pages: number;
  runs: number;
}

function parseBenchArgs(argv: readonly string[]): Parsed<Args> {
  return parseFlags(argv, { pages: 'string', runs: 'string' } as const, (v) => {
    const a: Args = { pages: 30, runs: 5 };
    for (const [flag, value] of Object.entries(v)) {
      const n = wholeNumber(String(value), 1);
      if (n === null) return { error: `--${flag} needs a whole number ≥ 1` };
      if (flag === 'pages') a.pages = n;
      else a.runs = n;
    }
    return a;
  });
}

/** `pages` pages of a park's year in review, each with its own figures (invented, for timing only). */
export function longReport(pages: number): ReportContent {
  const page = (p: number): string[] => [
    `${p}、第${p}项重点工作推进情况`,
    `全年完成规模工业总产值${80 + p}.${p % 10}亿元，同比增长${(5 + (p % 7)).toFixed(1)}%；完成固定资产投资${20 + p}.${(p * 3) % 10}亿元，其中工业投资${10 + p}.${(p * 7) % 10}亿元，占比达到${50 + (p % 30)}%。`,
    `招商引资方面，新引进项目${5 + (p % 9)}个，合同引资${30 + p}.${p % 10}亿元；新增规模以上工业企业${2 + (p % 5)}家，园区企业总数达到${100 + p}家。`,
    `第${p}号标准厂房项目总投资${1 + (p % 4)}.${p % 10}亿元，新建厂房${2 + (p % 6)}.${p % 10}万平方米，已完成主体工程，计划明年投产。`,
    `园区道路${p}号线全长${1 + (p % 3)}.${p % 10}公里，总投资${0.5 + (p % 5) / 10}亿元，已建成通车，配套建设污水管网${3 + (p % 4)}公里。`,
    `力争明年规模工业总产值增长${8 + (p % 4)}%以上，固定资产投资达到${25 + p}亿元，引进亿元以上项目${3 + (p % 5)}个。`,
    `安全生产、环境保护和营商环境持续改善，企业服务专员制度覆盖全部${100 + p}家企业，办结企业诉求${40 + p}件，群众满意率达到${90 + (p % 10)}%。`,
  ];
  return { title: `青禾测试园区年度工作总结（基准测试用，共${pages}页，非真实报告）`, pages: Array.from({ length: pages }, (_, i) => page(i + 1)) };
}

export async function main(argv: readonly string[]): Promise<number> {
  const a = settle(parseBenchArgs(argv), USAGE);
  if (typeof a === 'number') return a;
  const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  const dataDir = resolve(process.env.PARKS_DATA_DIR ?? 'data');
  const readIf = (file: string): string => (existsSync(join(dataDir, file)) ? readFileSync(join(dataDir, file), 'utf8') : '');
  const lexicon = parseLexicon(readIf('indicator_defs.csv'), readIf('units.csv'));
  try {
    const file = join(dir, `report-${a.pages}-pages.pdf`);
    const bytes = await reportPdf(longReport(a.pages));
    writeFileSync(file, bytes);
    const derive: number[] = [];
    const draft: number[] = [];
    const command: number[] = [];
    let figures = 0;
    let pages = 0;
    for (let run = 0; run < a.runs; run++) {
      const t0 = performance.now();
      const derived = await deriveText(bytes, file);
      const t1 = performance.now();
      const rows = draftReport(cleanPagedText(derived.text, derived.pageStarts).text, { id: 'bench', parkId: 'bench' }, lexicon);
      const t2 = performance.now();
      derive.push(t1 - t0);
      draft.push(t2 - t1);
      figures = rows.indicators.length + rows.investments.length;
      pages = derived.pageStarts.length;
      const c0 = performance.now();
      const cli = spawnSync(process.execPath, [join(import.meta.dirname, 'extract.ts'), file, '--out', join(dir, 'review', 'bench'), '--data-dir', dataDir], { encoding: 'utf8' });
      command.push(performance.now() - c0);
      if (cli.status !== 0) {
        console.error(`npm run extract failed on ${file}:\n${cli.stderr}`);
        return 1;
      }
    }
    console.log(`${a.pages}-page PDF (${Math.round(bytes.length / 1024)} KB, ${pages} pages read, ${figures} rows drafted), ${a.runs} runs, median ms:`);
    const row = (step: string, ms: readonly number[]) => [step, round(median(ms)), round(Math.min(...ms)), round(Math.max(...ms))];
    console.log(formatTable(['step', 'median ms', 'min ms', 'max ms'], [
      row('derive text (pdfjs)', derive), row('draft rows', draft), row('npm run extract (fresh process)', command),
    ]));
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
