/**
 * The data folder's tables as one list: file, row schema, primary key and the references the
 * loader checks (src/data/load.ts). The published data package is generated from it.
 */
import type { z } from 'zod';
import { documentRow } from './documents.ts';
import { indicatorDefRow } from './indicator-defs.ts';
import { indicatorRow } from './indicators.ts';
import { investmentRow } from './investments.ts';
import { parkRow } from './parks.ts';
import { projectRow } from './projects.ts';
import { unitRow } from './units.ts';
import { zoneRow } from './zones.ts';

export interface ForeignKey {
  field: string;
  table: string;
}

export interface DataTable {
  /** The resource name: the file name without .csv. */
  name: string;
  file: string;
  row: z.ZodObject;
  /** What one row is. */
  description: string;
  foreignKeys: readonly ForeignKey[];
  /** The primary key column, when it is not `id`. */
  key?: string;
}

const PARK: ForeignKey = { field: 'park_id', table: 'parks' };
const DOC: ForeignKey = { field: 'doc_id', table: 'documents' };
const UNIT: ForeignKey = { field: 'unit', table: 'units' };

/** Every table's primary key is its id column, except units.csv's (the unit itself). */
export const DATA_TABLES: readonly DataTable[] = [
  { name: 'units', file: 'units.csv', row: unitRow, description: 'The units rows may use: dimension, base unit and factor, English name.', foreignKeys: [], key: 'unit' },
  { name: 'parks', file: 'parks.csv', row: parkRow, description: 'One row per park.', foreignKeys: [] },
  { name: 'documents', file: 'documents.csv', row: documentRow, description: 'One row per source document (an annual work plan or report).', foreignKeys: [PARK] },
  { name: 'indicator_defs', file: 'indicator_defs.csv', row: indicatorDefRow, description: 'The vocabulary of indicators.', foreignKeys: [UNIT] },
  { name: 'indicators', file: 'indicators.csv', row: indicatorRow, description: 'One row per reported number: a target or an actual.', foreignKeys: [PARK, DOC, { field: 'indicator', table: 'indicator_defs' }, UNIT] },
  { name: 'investments', file: 'investments.csv', row: investmentRow, description: 'One row per figure (money, land or floor space) of an infrastructure or construction item.', foreignKeys: [PARK, DOC, { field: 'zone_id', table: 'zones' }, UNIT] },
  { name: 'zones', file: 'zones.csv', row: zoneRow, description: "The parks' zones (板块, 园, 片区) and their place in a schematic, not a map.", foreignKeys: [PARK, DOC] },
  { name: 'projects', file: 'projects.csv', row: projectRow, description: 'Enterprise projects and the latest stage the text gives them.', foreignKeys: [PARK, DOC] },
];
