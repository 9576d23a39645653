/** Rows for the cross-park comparison, prepared at build time and handed to the island as JSON. */
import type { Dataset, DatasetIndex } from '../data/model.ts';
import { isPlottable } from '../data/model.ts';
import type { ComparisonDatum } from '../lib/comparison-svg.ts';
import { tipText } from '../lib/label-text.ts';
import { figureText, periodText } from './value-text.ts';
import type { Locale } from '../lib/format.ts';
import { isPartialPeriod } from './promises.ts';
import { fromBase, toBase } from '../lib/units.ts';
import { t } from '../i18n/index.ts';
import { cached } from '../lib/memo.ts';
import { localized, routes, withBase } from '../lib/paths.ts';

export function comparisonData(d: Dataset, index: DatasetIndex, locale: Locale, base: string): ComparisonDatum[] {
  return cached(d, `comparison|${locale}|${base}`, () => computeComparison(d, index, locale, (docId, rowId) => withBase(base, localized(locale, routes.quote(docId, rowId)))));
}

/** The comparison rows of one indicator (cached grouping). */
export function comparisonOf(d: Dataset, index: DatasetIndex, locale: Locale, base: string, indicator: string): ComparisonDatum[] {
  return cached(d, `comparisonBy|${locale}|${base}`, () => {
    const m = new Map<string, ComparisonDatum[]>();
    for (const x of comparisonData(d, index, locale, base)) {
      const list = m.get(x.indicator);
      if (list) list.push(x);
      else m.set(x.indicator, [x]);
    }
    return m;
  }).get(indicator) ?? [];
}

function computeComparison(d: Dataset, index: DatasetIndex, locale: Locale, quoteHref: (docId: string, rowId: string) => string): ComparisonDatum[] {
  return d.indicators
    .filter((r) => isPlottable(r))
    .flatMap((r): ComparisonDatum[] => {
      const def = index.indicatorDef(r.indicator);
      // Only rows in the indicator's own dimension can share an axis.
      if (r.unitDef.dimension !== def.unitDef.dimension) return [];
      const park = index.park(r.park_id);
      const parkName = locale === 'en' && park.name_en ? park.name_en : park.name;
      const kind = t(locale, r.kind === 'target' ? 'table.target' : 'table.actual');
      return [{
        id: r.id,
        docId: r.doc_id,
        indicator: r.indicator,
        park: r.park_id,
        parkName,
        year: r.year,
        // '' for a full year, so labels only mention part-year periods.
        period: r.period === '全年' ? '' : periodText(r.period, locale),
        kind: r.kind,
        value: fromBase(toBase(r.value, r.unitDef).value, def.unitDef),
        unit: def.unit,
        text: figureText(r, locale),
        tip: tipText(`${parkName} · ${locale === 'zh-CN' ? def.name : def.name_en}`, figureText(r, locale), `${r.year} ${kind}${r.period !== '全年' ? ` · ${periodText(r.period, locale)}` : ''}`, r.quote),
        href: quoteHref(r.doc_id, r.id),
        partial: isPartialPeriod(r.period),
      }];
    });
}

/** Indicators that at least two parks report: the ones worth comparing. */
export function comparableIndicators(data: readonly ComparisonDatum[]): string[] {
  const parks = new Map<string, Set<string>>();
  for (const d of data) parks.set(d.indicator, (parks.get(d.indicator) ?? new Set()).add(d.park));
  return [...parks.entries()].filter(([, ps]) => ps.size >= 2).map(([id]) => id);
}
