/** Zone schematic layout and label placement: inside their boxes, clear of each other. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inside, overlaps, placeLabels, textWidth, type Box } from '../../src/map/labels.ts';
import { layoutSchematic, wrap, type SchematicZone } from '../../src/map/schematic.ts';
import { data } from './fixtures.ts';

const within = (b: Box, f: Box) => b.x0 >= f.x0 - 1e-9 && b.y0 >= f.y0 - 1e-9 && b.x1 <= f.x1 + 1e-9 && b.y1 <= f.y1 + 1e-9;

describe('zone schematic layout', () => {
  it('keeps every zone of every park inside the inset frame, with no two blocks overlapping', () => {
    const { dataset, index } = data();
    for (const park of dataset.parks) {
      const zones = index.zonesOf(park.id);
      const l = layoutSchematic(zones);
      expect(l.blocks).toHaveLength(zones.length);
      for (const b of l.blocks) {
        expect([park.id, b.zone.id, within(b.box, l.frame)]).toEqual([park.id, b.zone.id, true]);
        const [ix, iy] = b.ideal;
        expect(ix).toBeGreaterThanOrEqual(l.frame.x0);
        expect(ix).toBeLessThanOrEqual(l.frame.x1);
        expect(iy).toBeGreaterThanOrEqual(l.frame.y0);
        expect(iy).toBeLessThanOrEqual(l.frame.y1);
      }
      for (const [i, a] of l.blocks.entries()) {
        for (const b of l.blocks.slice(i + 1)) expect([park.id, a.zone.id, b.zone.id, overlaps(a.box, b.box)]).toEqual([park.id, a.zone.id, b.zone.id, false]);
      }
      expect(l.height).toBeGreaterThanOrEqual(l.frame.y1);
    }
  });

  it('keeps the schematic order: a zone further right in zones.csv is not drawn further left (三湾 vs 滨江)', () => {
    const { index } = data();
    const l = layoutSchematic(index.zonesOf('linxiang'));
    const box = (id: string) => l.blocks.find((b) => b.zone.id === id)?.box;
    expect((box('linxiang-sanwan')?.x0 ?? 0)).toBeGreaterThan(box('linxiang-binjiang')?.x1 ?? Infinity);
    expect((box('linxiang-yalan')?.y1 ?? Infinity)).toBeLessThan(box('linxiang-rujita')?.y0 ?? 0);
  });

  it('any zones at any schematic positions stay inside the frame (property)', () => {
    const zoneArb = fc.record({
      name: fc.string({ unit: fc.constantFrom('园', '区', '工', '业', 'A', '（', '）'), minLength: 1, maxLength: 30 }),
      industries: fc.array(fc.constantFrom('食品', '生物医药', '电子信息'), { maxLength: 3 }),
      schematic_x: fc.double({ min: 0, max: 1, noNaN: true }),
      schematic_y: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(zoneArb, { maxLength: 10 }), (raw) => {
        const zones: SchematicZone[] = raw.map((z, i) => ({ ...z, id: `z${i}` }));
        const l = layoutSchematic(zones);
        return l.blocks.every((b) => within(b.box, l.frame)) && l.height >= l.frame.y1;
      }),
      { numRuns: 200 },
    );
  });

  it('wraps long names before a full-width bracket, else by width', () => {
    expect(wrap('儒溪新集镇（高新技术返乡创业园）', 13, 150)).toEqual(['儒溪新集镇', '（高新技术返乡创业园）']);
    expect(wrap('三湾', 13, 150)).toEqual(['三湾']);
    const lines = wrap('一二三四五六七八九十一二三四五六七八九十', 10, 60);
    expect(lines.every((l) => textWidth(l, 10) <= 60)).toBe(true);
    expect(lines.join('')).toBe('一二三四五六七八九十一二三四五六七八九十');
  });
});

describe('label placement', () => {
  const bounds: Box = { x0: 0, y0: 0, x1: 200, y1: 100 };
  it('tries right first, then other sides, never overlapping a placed label or leaving the bounds', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 50, y: 50, w: 40, h: 10, gap: 5 },
        { id: 'b', x: 100, y: 50, w: 40, h: 10, gap: 5 },
        { id: 'c', x: 195, y: 50, w: 40, h: 10, gap: 5 },
      ],
      [],
      bounds,
    );
    expect(placed.map((p) => p.side)).toEqual(['right', 'right', 'left']);
    const boxes = placed.flatMap((p) => (p.box ? [p.box] : []));
    for (const b of boxes) expect(inside(b, bounds)).toBe(true);
    expect(overlaps(boxes[0] as Box, boxes[1] as Box)).toBe(false);
  });

  it('drops an optional label with no room, but places a required one at the least-overlapping side', () => {
    const wall: Box = { x0: 0, y0: 0, x1: 200, y1: 100 };
    expect(placeLabels([{ id: 'x', x: 50, y: 50, w: 20, h: 10, gap: 2 }], [wall], bounds)[0]?.side).toBeNull();
    expect(placeLabels([{ id: 'x', x: 50, y: 50, w: 20, h: 10, gap: 2, required: true }], [wall], bounds)[0]?.side).not.toBeNull();
    // an obstacle owned by the label's own mark does not block it
    expect(placeLabels([{ id: 'x', x: 50, y: 50, w: 20, h: 10, gap: 2 }], [{ ...wall, owner: 'x' }], bounds)[0]?.side).toBe('right');
  });

  it('measures CJK as 1 em and Latin narrower', () => {
    expect(textWidth('临湘', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeLessThan(12);
  });
});
