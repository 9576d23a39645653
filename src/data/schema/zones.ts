import { z } from 'zod';
import { decimal, list, requiredText, slug, QUOTE_MAX } from './fields.ts';

/** zones.csv — a park's zones / 板块 / 园 / 片区. */
export const zoneRow = z.object({
  id: slug(),
  park_id: slug(),
  name: requiredText('the zone name'),
  industries: list(),
  quote: requiredText('the sentence naming the zone', QUOTE_MAX),
  doc_id: slug(),
  /** Position in the park's schematic (0–1): a layout, never a coordinate. */
  schematic_x: decimal({ min: 0, max: 1, what: 'a number from 0 to 1' }),
  schematic_y: decimal({ min: 0, max: 1, what: 'a number from 0 to 1' }),
});

export type ZoneRow = z.output<typeof zoneRow>;
export const ZONE_COLUMNS = Object.keys(zoneRow.shape);
