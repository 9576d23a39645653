import { describe, expect, it } from 'vitest';
import { tableHolding, type PageTable } from '../../../src/site/chart-data-table.ts';

const table = (rows: string[][], hrefs?: string[]) => ({ caption: 'c', columns: ['a', 'b'], numeric: [false, false], rows, ...(hrefs ? { hrefs } : {}) });
const tables: PageTable[] = [
  { id: 't-indicators', hrefs: new Set(['/s/a/#q-1', '/s/a/#q-2']) },
  { id: 't-investments', hrefs: new Set(['/s/a/#q-3', '/s/b/#q-4', '/s/a/#q-1']) },
];

describe('tableHolding', () => {
  it('names the first page table that lists every row of the chart', () => {
    expect(tableHolding(table([['x'], ['y']], ['/s/a/#q-1', '/s/a/#q-2']), tables)).toBe('t-indicators');
    expect(tableHolding(table([['x'], ['y']], ['/s/b/#q-4', '/s/a/#q-1']), tables)).toBe('t-investments');
  });
  it('keeps the chart\'s own table when its rows are spread over two tables or missing from all', () => {
    expect(tableHolding(table([['x'], ['y']], ['/s/a/#q-2', '/s/a/#q-3']), tables)).toBeUndefined();
    expect(tableHolding(table([['x']], ['/s/c/#q-9']), tables)).toBeUndefined();
  });
  it('keeps it when a row has no sentence of its own (an aggregate) or the chart has no links', () => {
    expect(tableHolding(table([['x'], ['others']], ['/s/a/#q-1']), tables)).toBeUndefined();
    expect(tableHolding(table([['x'], ['y']], ['/s/a/#q-1', '']), tables)).toBeUndefined();
    expect(tableHolding(table([['x']]), tables)).toBeUndefined();
    expect(tableHolding(table([], []), tables)).toBeUndefined();
  });
});
