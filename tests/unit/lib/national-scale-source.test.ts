/**
 * Spreading a whole table into arguments (`Math.max(...dataset.indicators.map(…))`) works for four
 * parks and overflows the call stack for a national dataset (the 2,543-park build failed on the
 * home page's year span, over 300,000 indicator rows). Guarded in the source, since no test
 * builds a national site: use d3's min/max/extent, which walk the rows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|astro)$/.test(e.name) ? [p] : [];
  });
}

/** `Math.max(…, ...<x>)` or `.push(...<x>)` where the spread expression reads the whole dataset. */
function datasetSpreads(text: string): string[] {
  const out: string[] = [];
  const re = /(?:Math\.(?:max|min)|\.push)\([^)]*?\.\.\.\s*([A-Za-z_$][\w$.]*)/g;
  for (const m of text.matchAll(re)) if (/^(dataset|d|data)\.(parks|documents|indicators|investments|zones|projects)\b/.test(m[1] ?? '')) out.push(m[0]);
  return out;
}

describe('no dataset-sized argument lists', () => {
  it('finds the pattern it guards against', () => {
    expect(datasetSpreads('{Math.max(...dataset.indicators.map((r) => r.year))}')).toHaveLength(1);
    expect(datasetSpreads('out.push(...d.projects)')).toHaveLength(1);
    expect(datasetSpreads('Math.max(0, ...labels.map((l) => l.length))')).toEqual([]);
  });

  it('src/ spreads no table of the dataset into a call', () => {
    const found = sources('src').flatMap((f) => datasetSpreads(readFileSync(f, 'utf8')).map((m) => `${f}: ${m}`));
    expect(found).toEqual([]);
  });
});
