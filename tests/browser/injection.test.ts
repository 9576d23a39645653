/**
 * No text field can inject markup. A copy of data/ gets a markup payload at the start of every
 * text cell of every CSV (names, titles, notes, periods, project names, industries, zone names,
 * quotes …; which columns are text is found from the schemas, so a new column is covered
 * without editing this test). Each changed quote is appended to a copy of its source file, so
 * quotes are still found verbatim and the build succeeds. Then, against that build:
 *  - no built file contains the payload as live markup or a javascript: URL;
 *  - Chromium fires no dialog on any page, also after hover/focus on every element (tooltips);
 *  - the payload is visible as text on a park page, a source page and the data page.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentRow } from '../../src/data/schema/documents.ts';
import { indicatorDefRow } from '../../src/data/schema/indicator-defs.ts';
import { indicatorRow } from '../../src/data/schema/indicators.ts';
import { investmentRow } from '../../src/data/schema/investments.ts';
import { parkRow } from '../../src/data/schema/parks.ts';
import { projectRow } from '../../src/data/schema/projects.ts';
import { zoneRow } from '../../src/data/schema/zones.ts';
import { buildSite, copyData, filesUnder } from '../data/build-site.ts';
import { openSite, watchedPage, type Site } from './harness.ts';

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)//', '"><svg onload=alert(1)>'] as const;

type Schema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;
const SCHEMAS: Record<string, Schema> = {
  'parks.csv': parkRow, 'documents.csv': documentRow, 'indicator_defs.csv': indicatorDefRow, 'indicators.csv': indicatorRow,
  'investments.csv': investmentRow, 'zones.csv': zoneRow, 'projects.csv': projectRow,
};

/** A column is text when the schema accepts a payload in it and keeps it in the value. */
function textColumns(schema: Schema, row: Record<string, string>): string[] {
  return Object.keys(schema.shape).filter((c) => {
    const r = schema.safeParse({ ...row, [c]: `${PAYLOADS[0]}${row[c] ?? ''}` });
    return r.success && JSON.stringify((r.data as Record<string, unknown>)[c]).includes('alert(1)');
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'injection-'));
const data = join(tmp, 'data');
const out = join(tmp, 'dist');
const columnsSeen: Record<string, string[]> = {};
let site: Site;

/** Writes the payload copy of data/ and records which columns got payloads. */
function poison(): void {
  copyData(resolve('tests/fixtures/datasets/hunan'), data);
  const docs = Papa.parse<Record<string, string>>(readFileSync(join(data, 'documents.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const sourceOf = new Map(docs.map((d) => [d.id ?? '', d.source_file ?? '']));
  const appended = new Map<string, string[]>();
  for (const [file, schema] of Object.entries(SCHEMAS)) {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(data, file), 'utf8'), { header: true, skipEmptyLines: true });
    const rows = parsed.data;
    const text = rows[0] ? textColumns(schema, rows[0]) : [];
    columnsSeen[file] = text;
    rows.forEach((row, r) => {
      text.forEach((c, k) => {
        const payload = PAYLOADS[(r + k) % PAYLOADS.length] ?? '';
        row[c] = `${payload}${row[c] ?? ''}`;
        if (c === 'quote') {
          const source = sourceOf.get(row.doc_id ?? '') ?? '';
          appended.set(source, [...(appended.get(source) ?? []), row[c] ?? '']);
        }
      });
    });
    writeFileSync(join(data, file), `${Papa.unparse(rows, { columns: parsed.meta.fields, newline: '\n' })}\n`);
  }
  for (const [source, quotes] of appended) appendFileSync(join(data, 'sources', source), `\n${[...new Set(quotes)].join('\n')}\n`);
}

beforeAll(async () => {
  poison();
  buildSite(out, { PARKS_DATA_DIR: data });
  site = await openSite(out);
}, 180_000);
afterAll(async () => {
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('markup in every text field of every CSV', () => {
  it('reaches every text column the schemas have', () => {
    expect(columnsSeen['parks.csv']).toEqual(expect.arrayContaining(['name', 'name_en', 'identity_note', 'industries']));
    expect(columnsSeen['documents.csv']).toEqual(expect.arrayContaining(['title', 'quality_note']));
    expect(columnsSeen['indicator_defs.csv']).toEqual(expect.arrayContaining(['name', 'name_en', 'description']));
    expect(columnsSeen['indicators.csv']).toEqual(expect.arrayContaining(['period', 'quote', 'note']));
    expect(columnsSeen['investments.csv']).toEqual(expect.arrayContaining(['project', 'quote', 'note']));
    expect(columnsSeen['zones.csv']).toEqual(expect.arrayContaining(['name', 'industries', 'quote']));
    expect(columnsSeen['projects.csv']).toEqual(expect.arrayContaining(['name', 'industry', 'quote']));
  });

  it('is never written into a built page as a live element, attribute or javascript: URL', () => {
    const found: string[] = [];
    for (const f of filesUnder(out).filter((x) => /\.(html|svg|xml)$/.test(x))) {
      // Parsed as a browser would: a payload inside an attribute value or text is harmless, a payload that became markup is not.
      const { document } = parseHTML(readFileSync(join(out, f), 'utf8'));
      for (const el of Array.from(document.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        const attrs = Array.from(el.attributes);
        const live =
          attrs.some((a) => /^on/i.test(a.name)) ||
          attrs.some((a) => /^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)) ||
          (tag === 'img' && el.getAttribute('src') === 'x') ||
          (tag === 'script' && (el.textContent ?? '').includes('alert(1)') && !/json/.test(el.getAttribute('type') ?? ''));
        if (live) found.push(`${f}: ${el.outerHTML.slice(0, 160)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('fires no dialog in Chromium on any page, before or after hovering and focusing every element', async () => {
    const pages = filesUnder(out).filter((f) => f.endsWith('index.html')).map((f) => f.replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThan(10);
    const w = await watchedPage(site);
    const dialogs: string[] = [];
    w.page.on('dialog', (d) => { dialogs.push(`${w.page.url()}: ${d.message()}`); void d.dismiss(); });
    const injected: string[] = [];
    for (const p of pages) {
      const res = await w.page.goto(site.url(p), { waitUntil: 'load' });
      expect([p, res?.status()]).toEqual([p, 200]);
      await w.page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove', 'mousemove']) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
          el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        }
      });
      await w.page.waitForTimeout(20);
      const bad = await w.page.evaluate(() => [
        ...Array.from(document.querySelectorAll('[onerror],[onload],img[src="x"]')).map((e) => e.outerHTML.slice(0, 120)),
        ...Array.from(document.querySelectorAll('a[href^="javascript:" i],[src^="javascript:" i]')).map((e) => e.outerHTML.slice(0, 120)),
        ...Array.from(document.querySelectorAll('script:not([src])')).filter((s) => (s.textContent ?? '').includes('alert(1)') && (s.getAttribute('type') ?? '') === '').map((s) => (s.textContent ?? '').slice(0, 120)),
      ]);
      for (const b of bad) injected.push(`${p}: ${b}`);
    }
    expect(dialogs).toEqual([]);
    expect(injected).toEqual([]);
    await w.context.close();
  }, 300_000);

  for (const path of ['parks/linxiang/', 'sources/linxiang-2017/', 'data/']) {
    it(`shows the payload as text on /${path}`, async () => {
      const w = await watchedPage(site);
      const dialogs: string[] = [];
      w.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await w.page.goto(site.url(path), { waitUntil: 'load' });
      const text = await w.page.locator('main').innerText();
      const shown = PAYLOADS.filter((p) => text.includes(p.replace(/\/\/$/, '')));
      expect(shown).toEqual([...PAYLOADS]);
      expect(dialogs).toEqual([]);
      await w.context.close();
    });
  }
});
