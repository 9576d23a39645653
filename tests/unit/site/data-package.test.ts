/**
 * /data/datapackage.json is a valid Frictionless v2 data package (checked against the official
 * profiles, vendored in tests/fixtures/frictionless), and every CSV the data page offers satisfies
 * its Table Schema: types, enums, constraints, primary key and foreign keys.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDatasetOrThrow } from '../../../src/data/load.ts';
import { fsReader } from '../../../src/data/node-fs.ts';
import type { TableSchema, TableSchemaField } from '../../../src/data/table-schema.ts';
import { dataPackage } from '../../../src/site/data-package.ts';
import { dataFileDownload, dataFileText } from '../../../src/site/data-download.ts';

const profile = (name: string): object => JSON.parse(readFileSync(`tests/fixtures/frictionless/${name}.json`, 'utf8'));
// The profiles use formats such as "textarea" (an editor hint); formats are not what is checked here.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validPackage = ajv.compile(profile('datapackage'));
const validSchema = ajv.compile(profile('tableschema'));
const descriptor = dataPackage(loadDatasetOrThrow(fsReader('tests/fixtures/datasets/hunan')), new URL('https://example.org'), '/yuanqu/');

/** Table Schema → JSON Schema of one row whose cells were cast by `castRow`. */
function rowSchema(schema: TableSchema): object {
  const property = (f: TableSchemaField) => {
    const c = f.constraints;
    const typed = {
      type: f.type === 'date' ? 'string' : f.type,
      ...(c.enum && { enum: c.enum }),
      ...(c.pattern && { pattern: `^(?:${c.pattern})$` }),
      ...(f.type === 'date' && { pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
      ...(c.maxLength !== undefined && { maxLength: c.maxLength }),
      ...(c.minimum !== undefined && { minimum: c.minimum }),
      ...(c.maximum !== undefined && { maximum: c.maximum }),
    };
    return c.required ? typed : { anyOf: [{ type: 'null' }, typed] };
  };
  return {
    type: 'object',
    properties: Object.fromEntries(schema.fields.map((f) => [f.name, property(f)])),
    required: schema.fields.map((f) => f.name),
    additionalProperties: false,
  };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell as Table Schema reads it; a cell that is not of its type stays a string and fails the type check. */
function cast(f: TableSchemaField, missing: string[], cell: string): unknown {
  if (missing.includes(cell)) return null;
  if (f.type === 'number') return NUMBER.test(cell) ? Number(cell) : cell;
  if (f.type === 'integer') return /^[+-]?\d+$/.test(cell) ? Number(cell) : cell;
  if (f.type === 'boolean') return f.trueValues?.includes(cell) ? true : f.falseValues?.includes(cell) ? false : cell;
  if (f.type === 'date') return !Number.isNaN(Date.parse(`${cell}T00:00:00Z`)) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell) ? cell : `not a date: ${cell}`;
  return cell;
}

type Table = { header: string[]; rows: Record<string, unknown>[] };

/** A resource's CSV read against its schema, as it is (a BOM would be part of the first name): the header, the cast rows and every error. */
function check(csv: string, schema: TableSchema): Table & { errors: string[] } {
  const { data } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const [header = [], ...lines] = data;
  const validate = ajv.compile(rowSchema(schema));
  const errors: string[] = [];
  if (header.join(',') !== schema.fields.map((f) => f.name).join(',')) errors.push(`header ${header.join(',')}`);
  const rows = lines.map((cells, i) => {
    const row = Object.fromEntries(schema.fields.map((f, k) => [f.name, cast(f, schema.missingValues, cells[k] ?? '')]));
    if (!validate(row)) errors.push(...(validate.errors ?? []).map((e) => `line ${i + 2}: ${e.instancePath} ${e.message}`));
    return row;
  });
  return { header, rows, errors };
}

describe('the data package', () => {
  it('validates against the Data Package and Table Schema v2 profiles', () => {
    expect(validPackage(descriptor), JSON.stringify(validPackage.errors)).toBe(true);
    for (const r of descriptor.resources) expect(validSchema(r.schema), `${r.name}: ${JSON.stringify(validSchema.errors)}`).toBe(true);
  });

  it('the profile check can fail: a resource without a path or data is rejected', () => {
    const { path: _, ...noPath } = descriptor.resources[0] as (typeof descriptor.resources)[number];
    expect(validPackage({ ...descriptor, resources: [noPath] })).toBe(false);
  });

  it('describes every file the data page offers, and those only, as BOM-less copies in package/', () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(DATA_FILES.map((f) => `package/${f}`).sort());
    expect(descriptor.sources[0]?.path).toBe('https://example.org/yuanqu/sources/');
    const flag = descriptor.resources.find((r) => r.name === 'indicators')?.schema.fields.find((f) => f.name === 'flag');
    expect(flag?.description).toMatch(/garbled/);
    const kinds = descriptor.resources.flatMap((r) => r.schema.fields.filter((f) => f.name === 'kind').map((f) => `${r.name}: ${f.description}`));
    expect(kinds).toEqual([expect.stringMatching(/^documents: plan/), expect.stringMatching(/^indicators: target/)]);
  });

  /** A resource's file as the site serves it (its name in the data folder is the path's last part). */
  const resourceText = (path: string) => dataFileText('data', path.replace(/^package\//, ''));
  const tables = new Map(descriptor.resources.map((r) => [r.name, check(resourceText(r.path), r.schema)]));

  it('a resource is the Excel download without its BOM', () => {
    for (const r of descriptor.resources) {
      expect(resourceText(r.path).charCodeAt(0), r.path).not.toBe(0xfeff);
      expect(dataFileDownload('data', r.path.replace(/^package\//, '')), r.path).toBe(`\uFEFF${resourceText(r.path)}`);
    }
  });

  it.each(descriptor.resources.map((r) => [r.path, r] as const))('%s as served satisfies its Table Schema', (_, r) => {
    const t = tables.get(r.name);
    expect(t?.errors).toEqual([]);
    expect(t?.rows.length).toBeGreaterThan(0);
    const key = r.schema.primaryKey[0] ?? 'id';
    const ids = t?.rows.map((row) => row[key]) ?? [];
    expect(new Set(ids).size, `primary key ${key} is unique`).toBe(ids.length);
    for (const k of r.schema.foreignKeys ?? []) {
      const target = new Set(tables.get(k.reference.resource)?.rows.map((row) => row[k.reference.fields[0] ?? 'id']));
      const dangling = t?.rows.map((row) => row[k.fields[0] ?? '']).filter((v) => v !== null && !target.has(v));
      expect(dangling, `${k.fields[0]} → ${k.reference.resource}`).toEqual([]);
    }
  });

  it('the CSV check can fail: a value outside an enum, a text in a number column, an empty required cell', () => {
    const r = descriptor.resources.find((x) => x.name === 'indicators');
    if (!r) throw new Error('no indicators resource');
    const csv = resourceText(r.path).split('\n');
    const cells = (csv[1] ?? '').split(',');
    cells[6] = 'promise';
    cells[7] = '27４';
    cells[1] = '';
    const { errors } = check([csv[0], cells.join(',')].join('\n'), r.schema);
    expect(errors.join('\n')).toMatch(/\/kind must be equal to one of the allowed values/);
    expect(errors.join('\n')).toMatch(/\/value must be number/);
    expect(errors.join('\n')).toMatch(/\/park_id must be string/);
  });
});
