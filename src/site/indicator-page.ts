/** An indicator's page: the comparison chart across parks and every target and actual reported. */
import { comparisonFigure } from '../charts/comparison-figure.ts';
import type { SiteData } from '../data/site-data.ts';
import { comparisonOf } from '../derived/comparison-rows.ts';
import { indicatorPromises } from '../derived/indicator-rows.ts';
import { parkName } from '../derived/names.ts';
import type { Locale } from '../lib/format.ts';
import { LIMITS } from '../lib/limits.ts';
import { sourceLine } from './page-charts.ts';
import { pageContext } from './page-context.ts';

export interface IndicatorPageProps { locale: Locale; id: string }

export function indicatorPage({ dataset, index }: SiteData, { locale, id }: IndicatorPageProps, base: string) {
  const def = index.indicatorDef(id);
  const allRows = indicatorPromises(dataset, index, def.id);
  const cmp = comparisonOf(dataset, index, locale, base, def.id);
  const name = locale === 'en' ? def.name_en : def.name;
  const docs = cmp.map((d) => ({ doc_id: d.docId }));
  return {
    ...pageContext(locale, base),
    dataset,
    def,
    name,
    allRows,
    rows: allRows.slice(0, LIMITS.tableRows),
    figure: cmp.length > 0 ? comparisonFigure(`cmp-${def.id}`, `${name} (${def.unit})`, cmp, locale, sourceLine(index, docs)) : null,
    parks: new Set(cmp.map((d) => d.park)).size,
    indicatorDef: index.indicatorDef,
    parkName: (p: string) => parkName(index.park(p), locale),
  };
}
