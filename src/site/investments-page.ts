/** The investments page: the overview chart and the explorer table with its filters. */
import type { SiteData } from '../data/site-data.ts';
import { BASES, CATEGORIES } from '../data/schema/investments.ts';
import { explorerRows } from '../derived/investment-rows.ts';
import { parkName } from '../derived/names.ts';
import { investmentFigure } from '../derived/value-text.ts';
import { formatMoney, type Locale } from '../lib/format.ts';
import { LIMITS } from '../lib/limits.ts';
import { moneyTotal } from '../lib/money-total.ts';
import { routes, withBase } from '../lib/paths.ts';
import { overviewCharts } from './page-charts.ts';
import { pageContext } from './page-context.ts';

export function investmentsPage({ dataset, index }: SiteData, locale: Locale, base: string) {
  const allRows = explorerRows(dataset, index);
  // A national list is too long for one page: the largest amounts first, the rest in the CSV.
  const rows = (allRows.length > LIMITS.tableRows ? [...allRows].sort((a, b) => (b.money ?? -1) - (a.money ?? -1)).slice(0, LIMITS.tableRows) : allRows).map((r) => ({ ...r, parkName: parkName(index.park(r.row.park_id), locale) }));
  return {
    ...pageContext(locale, base),
    dataset,
    chart: overviewCharts({ dataset, index, locale, base }).investmentsByPark,
    allRows,
    rows,
    csvLink: withBase(base, routes.dataFile('investments.csv')),
    parks: dataset.parks.map((p) => ({ id: p.id, name: parkName(p, locale) })),
    categories: CATEGORIES.filter((c) => rows.some((r) => r.row.category === c)),
    zones: [...new Map(rows.filter((r) => r.zoneId).map((r) => [r.zoneId, r.zoneName])).entries()],
    bases: BASES,
    figure: (r: (typeof rows)[number]) => investmentFigure(r.row, locale),
    total: formatMoney(moneyTotal(rows.map((r) => r.money)), locale),
  };
}
