import { z } from 'zod';
import { decimal, FLAGS, indicatorId, oneOf, optionalDecimal, optionalText, requiredText, slug, unit, year, QUOTE_MAX } from './fields.ts';

export const COMPARATORS = ['=', '>=', '>', '<=', 'about'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** indicators.csv — one row per reported number. */
export const indicatorRow = z.object({
  /** Stable id, used as the anchor a quote links back to: <doc_id>-i01. */
  id: slug(),
  park_id: slug(),
  doc_id: slug(),
  /** The year the figure is about (a 2018 plan inside a 2017 report → 2018). */
  year: year(),
  /** 全年, 1-11月, 1-9月, 十三五末… as the text says. */
  period: requiredText('a period such as 全年 or 1-9月'),
  /** An id from indicator_defs.csv. */
  indicator: indicatorId(),
  kind: oneOf(['target', 'actual'] as const),
  /** Written exactly as in the quote, in the quote's unit. */
  value: decimal(),
  /** Upper end of a range such as 3到5亿元. */
  value_high: optionalDecimal(),
  comparator: oneOf(COMPARATORS),
  unit: unit(),
  /** Verbatim from the source (pinyin annotations may be dropped). */
  quote: requiredText('the sentence the number comes from', QUOTE_MAX),
  /** ok, or why the value must not be read as a fact. */
  flag: oneOf(FLAGS),
  note: optionalText(),
});

export type IndicatorRow = z.output<typeof indicatorRow>;
export const INDICATOR_COLUMNS = Object.keys(indicatorRow.shape);
