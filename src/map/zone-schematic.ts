/**
 * A park's zones as a schematic inset (示意图, not to scale): one block per zone at its
 * schematic_x/y, showing its number, name and industries; each block links to the sentence
 * naming the zone (routes.quote) and carries the quote as its tooltip. Zone money bubbles are
 * drawn over the blocks' number badges (translucent), sized by the radius function the caller
 * shares with the park map.
 */
import type { Zone } from '../data/model.ts';
import { formatMoney, type Locale } from '../lib/format.ts';
import { routes } from '../lib/paths.ts';
import { bubble, svgOpen } from './layers.ts';
import type { MoneyTotal } from './money.ts';
import { layoutSchematic, type Block, type SchematicLayout, type SchematicOptions } from './schematic.ts';
import { dataLang, mapHref } from './locale.ts';
import { mapText, type MapText } from '../i18n/map-text.ts';
import { el, leaf, num, text } from './svg.ts';

export interface ZoneSchematicInput {
  /** The park's name in the edition (parkName(park, locale)). */
  readonly parkName: string;
  readonly parkId: string;
  readonly zones: readonly Zone[];
  /** Money per zone (keys are zone ids). */
  readonly money: readonly MoneyTotal[];
  readonly radius: (wan: number) => number;
  readonly base: string;
  /** Edition: text, number format and links (zone names and quotes stay Chinese). Default zh-CN. */
  readonly locale?: Locale;
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

function block(b: Block, z: Zone, base: string, layoutOptions: SchematicOptions, locale: Locale, T: MapText): string {
  const [bx, by] = badgeCenter(b);
  const tx = b.box.x0 + 6 + 2 * BADGE_R + 4;
  const P = T.punct;
  // wrapped lines of one kind rejoin as they were written; name and industries are separate words
  const visible = (['name', 'tag'] as const)
    .map((kind) => b.lines.filter((l) => l.kind === kind).map((l) => l.text).join(''))
    .filter((s) => s !== '')
    .join(P.words);
  return el(
    'a',
    {
      class: 'm-mark m-zone',
      href: mapHref(base, locale, routes.quote(z.doc_id, z.id)),
      'aria-label': `${b.n}${P.words}${visible}${P.colon}${T.zoneLink}`,
      'data-id': z.id,
    },
    el('title', {}, text(T.zoneTip(z.name, z.industries, z.quote))),
    leaf('rect', { class: 'm-zb', x: num(b.box.x0), y: num(b.box.y0), width: num(b.box.x1 - b.box.x0), height: num(b.box.y1 - b.box.y0), rx: 4 }),
    leaf('circle', { class: 'm-zn', cx: num(bx), cy: num(by), r: BADGE_R }),
    el('text', { class: 'm-znt', x: num(bx), y: num(by + 3.6), 'font-size': 10, 'text-anchor': 'middle' }, String(b.n)),
    // between number, name and industries: not drawn, but keeps the words apart in the DOM text
    P.words,
    ...b.lines.map((l, i) => (i > 0 && l.kind !== b.lines[i - 1]?.kind ? P.words : '') + el('text', { class: l.kind === 'name' ? 'm-zname' : 'm-ztag', x: num(tx), y: num(b.box.y0 + l.y), 'font-size': l.kind === 'name' ? layoutOptions.nameSize : layoutOptions.tagSize, lang: dataLang(locale) }, text(l.text))),
  );
}

export function renderZoneSchematic(input: ZoneSchematicInput): ZoneSchematic {
  const id = input.id ?? `zs-${input.parkId}`;
  const locale = input.locale ?? 'zh-CN';
  const T = mapText(locale);
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
    svgOpen({ id, width: layout.width, height: layout.height }, T.schematicTitle(input.parkName), T.schematicDesc(input.parkName, input.zones.length), { class: 'm-map m-schem' }) +
    el('text', { class: 'm-cap', x: f.x0, y: f.y0 - 8, 'font-size': 11.5 }, text(T.schematic)) +
    leaf('rect', { class: 'm-frame', x: num(f.x0), y: num(f.y0), width: num(f.x1 - f.x0), height: num(f.y1 - f.y0), rx: 6 }) +
    el('g', { 'data-layer': 'zones' }, ...layout.blocks.map((b) => block(b, byId.get(b.zone.id) as Zone, input.base, layout.options, locale, T))) +
    el(
      'g',
      { 'data-layer': 'money' },
      ...bubbles
        .sort((a, b) => b.r - a.r)
        .map((b) => {
          const amount = formatMoney(b.wan, locale);
          const head = T.zoneMoney(b.name, amount);
          const detail = T.moneyDetail(b.m.rows.length, b.m.years) + (b.m.doubtful ? `${T.punct.semi}${T.doubtful}` : '');
          return bubble({ id: `${b.zoneId}-money`, x: b.x, y: b.y, r: b.r, tip: `${head}\n${detail}`, doubtful: b.m.doubtful });
        }),
    ) +
    '</svg>';
  return { svg, layout, bubbles: bubbles.map(({ zoneId, x, y, r, wan }) => ({ zoneId, x, y, r, wan })) };
}
