/**
 * The published Table Schemas match the zod parsers the loader runs. The comparison asks the
 * parsers themselves (what they accept and reject, the enum their error names), not the metadata
 * the generator reads, so a generator or registration that drifts from a parser fails here.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DATA_TABLES, type DataTable } from '../../../src/data/schema/tables.ts';
import { tableSchemaOf, type TableSchema } from '../../../src/data/table-schema.ts';
import { optionalText, oneOf, decimal } from '../../../src/data/schema/fields.ts';
import { DOCUMENT_KINDS } from '../../../src/data/schema/documents.ts';

const accepts = (parser: z.ZodType, cell: string) => parser.safeParse(cell).success;

/** The values a parser names in its "expected one of …" error, or undefined when it names none. */
function enumOf(parser: z.ZodType): string[] | undefined {
  const result = parser.safeParse('\u0001not-a-value');
  const issue = result.success ? undefined : result.error.issues[0];
  const expected = issue?.code === 'custom' ? issue.params?.expected : undefined;
  if (typeof expected !== 'string' || !expected.startsWith('one of ')) return undefined;
  const list = expected.slice('one of '.length);
  return list.includes(' | ') ? list.split(' | ') : list.split(' ');
}

/** Every way a table's Table Schema and its zod row schema disagree, as readable lines. */
function mismatches(file: string, row: z.ZodObject, schema: TableSchema): string[] {
  const out: string[] = [];
  const columns = Object.entries(row.shape);
  const names = schema.fields.map((f) => f.name);
  if (names.join(',') !== columns.map(([n]) => n).join(',')) out.push(`${file}: fields ${names.join(',')} vs zod ${columns.map(([n]) => n).join(',')}`);
  for (const [name, parser] of columns) {
    const field = schema.fields.find((f) => f.name === name);
    if (!field) continue;
    const at = `${file} ${name}`;
    const c = field.constraints;
    if (accepts(parser, '') === c.required) out.push(`${at}: required ${c.required} but zod ${accepts(parser, '') ? 'accepts' : 'rejects'} an empty cell`);
    const zodEnum = enumOf(parser);
    if (JSON.stringify(zodEnum) !== JSON.stringify(c.enum)) out.push(`${at}: enum ${JSON.stringify(c.enum)} vs zod ${JSON.stringify(zodEnum)}`);
    for (const v of c.enum ?? []) if (!accepts(parser, v)) out.push(`${at}: zod rejects enum value ${v}`);
    const numeric = field.type === 'number' || field.type === 'integer';
    const sample = String(c.minimum ?? c.maximum ?? 2000);
    if (accepts(parser, sample) && typeof parser.parse(sample) === 'number' !== numeric) out.push(`${at}: type ${field.type} but zod reads ${sample} as ${typeof parser.parse(sample)}`);
    if (numeric && accepts(parser, `${sample}.5`) !== (field.type === 'number') ) out.push(`${at}: type ${field.type} but zod ${accepts(parser, `${sample}.5`) ? 'accepts' : 'rejects'} ${sample}.5`);
    if (field.type === 'boolean') for (const v of [...(field.trueValues ?? []), ...(field.falseValues ?? [])]) if (!accepts(parser, v)) out.push(`${at}: zod rejects ${v}`);
    if (field.type === 'date' && (!accepts(parser, '2024-02-29') || accepts(parser, '2023-02-29'))) out.push(`${at}: zod does not read dates as dates`);
    if (numeric) {
      const step = field.type === 'integer' ? 1 : 0.5;
      if (c.minimum !== undefined && (!accepts(parser, String(c.minimum)) || accepts(parser, String(c.minimum - step)))) out.push(`${at}: minimum ${c.minimum} differs from zod`);
      if (c.maximum !== undefined && (!accepts(parser, String(c.maximum)) || accepts(parser, String(c.maximum + step)))) out.push(`${at}: maximum ${c.maximum} differs from zod`);
      if (c.minimum === undefined && !accepts(parser, '-99999999')) out.push(`${at}: zod has a lower bound the schema lacks`);
      if (c.maximum === undefined && !accepts(parser, '99999999')) out.push(`${at}: zod has an upper bound the schema lacks`);
    }
    if (c.maxLength !== undefined) {
      if (!accepts(parser, 'a'.repeat(c.maxLength)) || accepts(parser, 'a'.repeat(c.maxLength + 1))) out.push(`${at}: maxLength ${c.maxLength} differs from zod`);
    }
  }
  return out;
}

describe('Table Schemas generated from the zod row schemas', () => {
  it.each(DATA_TABLES.map((t) => [t.file, t] as const))('%s matches its zod schema', (_, table) => {
    expect(mismatches(table.file, table.row, tableSchemaOf(table))).toEqual([]);
  });

  const documents = DATA_TABLES.find((t) => t.name === 'documents') as DataTable;
  const published = tableSchemaOf(documents);

  it('notices a zod schema that changed under an unchanged descriptor (an enum, a requirement, a type)', () => {
    const changed = [
      documents.row.extend({ kind: oneOf([...DOCUMENT_KINDS, 'draft']) }),
      documents.row.extend({ kind: oneOf(DOCUMENT_KINDS.slice(1)) }),
      documents.row.extend({ title: optionalText() }),
      documents.row.extend({ year: decimal() }),
    ];
    const found = changed.map((row) => mismatches('documents.csv', row, published));
    expect(found.map((m) => m.length > 0)).toEqual([true, true, true, true]);
    expect(found[0]?.[0]).toContain('documents.csv kind: enum');
  });

  it('every column has a registered cell type, else the generator stops', () => {
    expect(() => tableSchemaOf({ ...documents, row: documents.row.extend({ kind: z.string().pipe(oneOf(DOCUMENT_KINDS)) }) })).toThrow(/documents.csv: column kind/);
  });

  // A deliberate change to a schema (an enum value, a bound) shows here as a diff to review;
  // update with `npx vitest run --project unit tests/unit/data/table-schema.test.ts -u`.
  it('the schemas as published', async () => {
    await expect(`${JSON.stringify(DATA_TABLES.map((t) => ({ name: t.name, ...tableSchemaOf(t) })), null, 2)}\n`).toMatchFileSnapshot('__snapshots__/table-schemas.json');
  });
});
