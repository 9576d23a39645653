import { z } from 'zod';
import { decimal, FLAGS, oneOf, optionalDecimal, optionalSlug, optionalText, requiredText, slug, unit, year, QUOTE_MAX } from './fields.ts';

export const CATEGORIES = [
  'road', 'water', 'power', 'factory', 'greening', 'smart', 'relocation', 'heat', 'solar', 'public_service', 'other',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const BASES = ['planned', 'completed', 'in_progress'] as const;

/** investments.csv — one row per figure of an infrastructure / construction item. */
export const investmentRow = z.object({
  id: slug(),
  park_id: slug(),
  doc_id: slug(),
  year: year(),
  /** The item as the text names it; rows of one item (money, land, floor space) share it. */
  project: requiredText('the item name'),
  category: oneOf(CATEGORIES),
  zone_id: optionalSlug(),
  /** As written in the quote, in the quote's unit (万元, 亿元, 亩, 平方米…). */
  amount: decimal(),
  amount_high: optionalDecimal(),
  unit: unit(),
  basis: oneOf(BASES),
  quote: requiredText('the sentence the figure comes from', QUOTE_MAX),
  flag: oneOf(FLAGS),
  note: optionalText(),
});

export type InvestmentRow = z.output<typeof investmentRow>;
export const INVESTMENT_COLUMNS = Object.keys(investmentRow.shape);
