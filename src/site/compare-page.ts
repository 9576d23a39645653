/**
 * The comparison page: the default indicator drawn at build time and the island's configuration.
 * Only the default indicator's rows are inlined; the island fetches another indicator's rows when picked.
 */
import type { SiteData } from '../data/site-data.ts';
import { comparableIndicators, comparisonData } from '../derived/comparison-rows.ts';
import { parkName } from '../derived/names.ts';
import { comparisonSelection, comparisonSvg, periodsDiffer } from '../lib/comparison-svg.ts';
import { CHART_WIDTH } from '../lib/label-text.ts';
import type { Locale } from '../lib/format.ts';
import { jsonForScript } from '../lib/json-script.ts';
import { LIMITS } from '../lib/limits.ts';
import { pageContext } from './page-context.ts';

export function comparePage({ dataset, index }: SiteData, locale: Locale, base: string) {
  const ctx = pageContext(locale, base);
  const { t } = ctx;
  const data = comparisonData(dataset, index, locale, base);
  const ids = comparableIndicators(data);
  const nameOf = (id: string) => (locale === 'en' ? index.indicatorDef(id).name_en : index.indicatorDef(id).name);
  const indicators = ids.map((id) => ({ id, name: nameOf(id) }));
  const defaultIndicator = ids.includes('industrial_output') ? 'industrial_output' : (ids[0] ?? '');
  const parks = dataset.parks.map((p) => ({ id: p.id, name: parkName(p, locale) }));
  const rows = data.filter((d) => d.indicator === defaultIndicator);
  const caveat = t('compare.caveat');
  const defName = nameOf(defaultIndicator);
  const sep = locale === 'en' ? '; ' : '；';
  const drawn = comparisonSelection(rows, LIMITS.chartBars);
  const svg = comparisonSvg(drawn.rows, { id: 'compare-svg', title: defName, desc: `${defName}: ${rows.map((r) => `${r.parkName} ${r.year} ${r.text}`).join(sep)}`, width: CHART_WIDTH, locale, targetLabel: t('table.target') });
  const config = { data: rows, indicators, parks, defaultIndicator, locale, targetLabel: t('table.target'), caveat, noRows: t('compare.noRows'), jsonBase: ctx.link('compare-data/'), limit: LIMITS.chartBars, reducedNote: `${t('chart.latestPerPark')} ${t('chart.topN', { n: LIMITS.chartBars })}` };
  return {
    ...ctx,
    dataset,
    indicators,
    defaultIndicator,
    parks,
    rows,
    caveat,
    defName,
    drawn,
    svg,
    config,
    configJson: jsonForScript(config),
    periodsDiffer: periodsDiffer(drawn.rows),
  };
}
