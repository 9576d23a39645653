/**
 * The Table Schema of each data file, generated from the zod row schemas the loader runs: field
 * names in column order, the types, enums and constraints each cell parser registered
 * (schema/fields.ts `cellTypes`), the id as primary key and the references the loader checks.
 */
import { cellTypes, type CellType } from './schema/fields.ts';
import { DATA_TABLES, type DataTable } from './schema/tables.ts';

export interface TableSchemaField extends CellType {
  name: string;
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const keyOf = (name: string): string => DATA_TABLES.find((t) => t.name === name)?.key ?? 'id';

export function tableSchemaOf(table: DataTable): TableSchema {
  const fields = Object.entries(table.row.shape).map(([name, parser]) => {
    const type = cellTypes.get(parser);
    if (!type) throw new Error(`${table.file}: column ${name} has a parser without a registered cell type`);
    return withoutUndefined({ name, ...type, constraints: withoutUndefined(type.constraints) });
  });
  return {
    fields,
    // An empty cell is a missing value; only optional columns may have one.
    missingValues: [''],
    primaryKey: [table.key ?? 'id'],
    // The profile wants at least one foreign key when the property is there.
    ...(table.foreignKeys.length > 0 && {
      foreignKeys: table.foreignKeys.map((k) => ({ fields: [k.field], reference: { resource: k.table, fields: [keyOf(k.table)] } })),
    }),
  };
}
