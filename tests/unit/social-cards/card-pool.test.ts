/** Social cards drawn on worker threads into a content-addressed cache (src/social-cards/card-pool.ts). */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardKey, drawCards } from '../../../src/social-cards/card-pool.ts';
import { fontsFor, svgToPng } from '../../../src/social-cards/card-render.ts';
import { cardSvg } from '../../../src/social-cards/card-svg.ts';

const svgs = ['临湘高新区', '双牌工业园', 'Linxiang High-tech Zone'].map((title) => cardSvg({ kicker: '湖南省 岳阳市', title, footer: '园区进度' }));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

describe('cardKey', () => {
  it('names a card by its SVG', () => {
    expect(cardKey(svgs[0] ?? '')).toBe(cardKey(svgs[0] ?? ''));
    expect(cardKey(svgs[0] ?? '')).not.toBe(cardKey(svgs[1] ?? ''));
    expect(cardKey(svgs[0] ?? '')).toMatch(/^[0-9a-f]{32}\.png$/);
  });
});

describe('drawCards', () => {
  it('draws each card once, the same pixels as drawing it in place, and keeps it for the next build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const fonts = await fontsFor(svgs.join(''));
    const pool = drawCards([...svgs, svgs[0] ?? ''], fonts, 2, dir);
    const pngs = await Promise.all(svgs.map((s) => pool.png(cardKey(s))));
    for (const [i, png] of pngs.entries()) {
      expect([...png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
      expect(Buffer.from(png).equals(Buffer.from(svgToPng(svgs[i] ?? '', fonts)))).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(svgs.map(cardKey).sort());

    const drawn = statSync(join(dir, cardKey(svgs[0] ?? ''))).mtimeMs;
    const again = drawCards(svgs, fonts, 1, dir);
    expect(Buffer.from(await again.png(cardKey(svgs[0] ?? ''))).equals(Buffer.from(pngs[0] ?? []))).toBe(true);
    expect(statSync(join(dir, cardKey(svgs[0] ?? ''))).mtimeMs).toBe(drawn);
  }, 60_000);

  it('frees the pixels of the cards it drew: memory grows by far less than 40 cards of 1200×630 RGBA (3 MB each)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const many = Array.from({ length: 40 }, (_, i) => cardSvg({ kicker: '湖南省', title: `园区 ${i}`, footer: '园区进度' }));
    const fonts = await fontsFor(many.join(''));
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
    const pool = drawCards(many, fonts, 1, dir);
    for (const s of many) await pool.png(cardKey(s));
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(readdirSync(dir)).toHaveLength(40);
    expect((peak - before) / 2 ** 20).toBeLessThan(60);
  }, 60_000);

  it('fails for a card it was not given and for an SVG resvg cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const fonts = await fontsFor('');
    const pool = drawCards(['<svg'], fonts, 1, dir);
    await expect(pool.png(cardKey(svgs[0] ?? ''))).rejects.toThrow(/never given/);
    await expect(pool.png(cardKey('<svg'))).rejects.toThrow(/social card .*\.png/);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});
