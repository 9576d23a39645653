/**
 * A park's zones as a schematic inset (示意图, not to scale): one block per zone at its
 * schematic_x/y, showing its number, name and industries; each block links to the sentence
 * naming the zone (routes.quote) and carries the quote as its tooltip. Zone money bubbles are
 * drawn over the blocks' number badges (translucent), sized by the radius function the caller
 * shares with the park map.
 */
import type { Zone } from '../data/model.ts';
import { formatMoney } from '../lib/format.ts';
import { routes, withBase } from '../lib/paths.ts';
import { pin, svgOpen } from './layers.ts';
import type { MoneyTotal } from './money.ts';
import { layoutSchematic, type Block, type SchematicLayout, type SchematicOptions } from './schematic.ts';
import { MAP_TEXT } from './strings.ts';
import { el, leaf, num, text } from './svg.ts';

export interface ZoneSchematicInput {
  readonly parkName: string;
  readonly parkId: string;
  readonly zones: readonly Zone[];
  /** Money per zone (keys are zone ids). */
  readonly money: readonly MoneyTotal[];
  readonly radius: (wan: number) => number;
  readonly base: string;
  readonly id?: string;
  readonly options?: Partial<SchematicOptions>;
}

export interface ZoneSchematic {
  readonly svg: string;
  readonly layout: SchematicLayout;
  readonly bubbles: readonly { readonly zoneId: string; readonly x: number; readonly y: number; readonly r: number; readonly wan: number }[];
}

const BADGE_R = 7.5;

function badgeCenter(b: Block): [number, number] {
  return [b.box.x0 + 6 + BADGE_R, b.box.y0 + 4 + 13 * 0.65];
}

function block(b: Block, z: Zone, base: string, layoutOptions: SchematicOptions): string {
  const [bx, by] = badgeCenter(b);
  const tx = b.box.x0 + 6 + 2 * BADGE_R + 4;
  return el(
    'a',
    {
      class: 'm-mark m-zone',
      href: withBase(base, routes.quote(z.doc_id, z.id)),
      'aria-label': `${b.n}${b.lines.map((l) => l.text).join('')}：${MAP_TEXT.zoneLink}`,
      'data-id': z.id,
    },
    el('title', {}, text(MAP_TEXT.zoneTip(z.name, z.industries, z.quote))),
    leaf('rect', { class: 'm-zb', x: num(b.box.x0), y: num(b.box.y0), width: num(b.box.x1 - b.box.x0), height: num(b.box.y1 - b.box.y0), rx: 4 }),
    leaf('circle', { class: 'm-zn', cx: num(bx), cy: num(by), r: BADGE_R }),
    el('text', { class: 'm-znt', x: num(bx), y: num(by + 3.6), 'font-size': 10, 'text-anchor': 'middle' }, String(b.n)),
    ...b.lines.map((l) => el('text', { class: l.kind === 'name' ? 'm-zname' : 'm-ztag', x: num(tx), y: num(b.box.y0 + l.y), 'font-size': l.kind === 'name' ? layoutOptions.nameSize : layoutOptions.tagSize }, text(l.text))),
  );
}

export function renderZoneSchematic(input: ZoneSchematicInput): ZoneSchematic {
  const id = input.id ?? `zs-${input.parkId}`;
  const layout = layoutSchematic(input.zones, input.options);
  const byId = new Map(input.zones.map((z) => [z.id, z]));
  const bubbles = layout.blocks.flatMap((b) => {
    const m = input.money.find((t) => t.key === b.zone.id);
    if (!m) return [];
    const [x, y] = badgeCenter(b);
    return [{ zoneId: b.zone.id, x, y, r: input.radius(m.wan), wan: m.wan, m, name: b.zone.name }];
  });
  const f = layout.frame;
  const svg =
    svgOpen({ id, width: layout.width, height: layout.height }, MAP_TEXT.schematicTitle(input.parkName), MAP_TEXT.schematicDesc(input.parkName, input.zones.length), { class: 'm-map m-schem' }) +
    el('text', { class: 'm-cap', x: f.x0, y: f.y0 - 8, 'font-size': 11.5 }, text(MAP_TEXT.schematic)) +
    leaf('rect', { class: 'm-frame', x: num(f.x0), y: num(f.y0), width: num(f.x1 - f.x0), height: num(f.y1 - f.y0), rx: 6 }) +
    el('g', { 'data-layer': 'zones' }, ...layout.blocks.map((b) => block(b, byId.get(b.zone.id) as Zone, input.base, layout.options))) +
    el(
      'g',
      { 'data-layer': 'money' },
      ...bubbles
        .sort((a, b) => b.r - a.r)
        .map((b) => {
          const amount = formatMoney(b.wan, '万元');
          const head = MAP_TEXT.zoneMoney(b.name, amount);
          const detail = MAP_TEXT.moneyDetail(b.m.rows.length, b.m.years) + (b.m.doubtful ? `；${MAP_TEXT.doubtful}` : '');
          return pin(
            b.x,
            b.y,
            el(
              'circle',
              { class: `m-mark m-bub${b.m.doubtful ? ' m-doubt' : ''}`, r: num(b.r, 2), tabindex: 0, role: 'img', 'aria-label': `${head}（${detail}）`, 'data-id': `${b.zoneId}-money` },
              el('title', {}, text(`${head}\n${detail}`)),
            ),
          );
        }),
    ) +
    '</svg>';
  return { svg, layout, bubbles: bubbles.map(({ zoneId, x, y, r, wan }) => ({ zoneId, x, y, r, wan })) };
}
