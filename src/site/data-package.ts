/**
 * /data/datapackage.json: a Frictionless (v2) tabular data package describing the CSVs the data
 * page offers, with each file's Table Schema generated from the loader's zod schemas.
 */
import type { Dataset } from '../data/model.ts';
import { DATA_TABLES } from '../data/schema/tables.ts';
import { tableSchemaOf, type TableSchema } from '../data/table-schema.ts';
import { absoluteUrl, DATA_PACKAGE_DIR, localized, routes } from '../lib/paths.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/** What a column's values mean, where the name and type do not say it: by column, or by `resource.column`. */
const FIELD_NOTES: Record<string, string> = {
  quote: 'The sentence the row comes from, verbatim from the source file (pinyin annotations such as 產(chǎn) may be dropped); the number in value or amount can be read in it.',
  flag: 'ok; garbled: the source garbled the value (e.g. a template wrote 8-2023个 over 8-10个), kept but never plotted as a fact; suspect: plausible but doubtful; inferred: not stated, inferred; estimated: an actual the source gives as 预计, before the final count. note says why.',
  note: 'Why a value is flagged, or what a reader should know about it.',
  value: 'Exactly as written in the quote, in the quote\'s unit (0.3 with unit 亿元).',
  amount: 'Exactly as written in the quote, in the quote\'s unit (万元 or 亿元 for money; 亩, 平方米 for land and floor space).',
  value_high: 'The upper end of a range such as 3到5亿元.',
  amount_high: 'The upper end of a range.',
  comparator: '= exactly; >= at least; > more than; <= at most; about (约).',
  unit: 'The unit the source used; values are never converted in the file.',
  'indicators.kind': 'target: a promise (from a plan); actual: what was reported.',
  'documents.kind': 'plan, report, or report_and_plan (a report with next year\'s plan).',
  'indicator_defs.unit': 'The unit the indicator is usually reported in; rows may use another unit of the same dimension.',
  period: 'The part of the year the figure covers as the text says it: 全年, 1-11月, 十三五末…',
  year: 'The year the figure or document is about.',
  year_basis: 'stated: the document says so; inferred: quality_note gives the evidence for another year.',
  location_basis: 'What lat/lon are: county_seat (the park is placed at its county seat), approximate, surveyed, or unknown (empty).',
  identity_basis: 'named: the documents name the park; inferred or anonymous: identity_note gives the evidence.',
  basis: 'planned, completed or in_progress, as the text says.',
  schematic_x: 'Position in the park\'s schematic (0–1): a layout, never a coordinate.',
  schematic_y: 'Position in the park\'s schematic (0–1): a layout, never a coordinate.',
  lat: 'WGS84; see location_basis.',
  lon: 'WGS84; see location_basis.',
};

const DESCRIPTION = [
  'What Chinese industrial parks promised in their annual work plans (targets), what they reported (actuals), what they invested where, their zones and enterprise projects.',
  'One fact per row; every figure carries the verbatim quote it comes from, and the build checks that the quote stands in the source file and that the number can be read in it.',
  'Bad source values are kept and flagged, never plotted: flag=garbled (the source garbled it), suspect (doubtful), inferred (not stated), estimated (预计, before the final count); note says why.',
  'Identities and places say what they are: identity_basis with identity_note, location_basis.',
  'The resources are UTF-8 CSV files without a byte-order mark; an empty cell is a missing value. The same tables with a byte-order mark, which Excel needs to show the Chinese, are the files beside this descriptor (parks.csv …).',
].join(' ');

function schemaWithNotes(resource: string, schema: TableSchema) {
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    ...schema,
    fields: schema.fields.map((f) => {
      const note = FIELD_NOTES[`${resource}.${f.name}`] ?? FIELD_NOTES[f.name];
      return note && !f.description ? { ...f, description: note } : f;
    }),
  };
}

export function dataPackage(dataset: Dataset, site: URL | undefined, base: string) {
  const url = (path: string) => absoluteUrl(site, base, path);
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'yuanqu-jindu',
    title: '园区进度 · Park Progress',
    description: DESCRIPTION,
    homepage: url(''),
    licenses: [{ title: 'Open data: reuse freely with attribution', path: url(localized('en', routes.data())) }],
    sources: [{
      title: `The parks' own annual work plans and reports (${dataset.documents.length} documents, listed in documents.csv), each kept byte-for-byte at sources-raw/<source_file> (a saved web page as <source_file>.txt)`,
      path: url(routes.sources()),
    }],
    resources: DATA_TABLES.map((table) => ({
      name: table.name,
      type: 'table',
      path: `${DATA_PACKAGE_DIR}${table.file}`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: table.description,
      schema: schemaWithNotes(table.name, tableSchemaOf(table)),
    })),
  };
}
