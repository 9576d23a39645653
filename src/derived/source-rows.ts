/** Labels for the rows a source page lists under its text. */
import type { DatasetIndex, QuotedRow } from '../data/model.ts';
import { figureText, investmentFigure } from './value-text.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';

export interface RowLabel {
  name: string;
  figure?: string;
  flag?: string;
  note?: string;
}

export function quotedRowLabel(q: QuotedRow, index: DatasetIndex, locale: Locale = 'zh-CN'): RowLabel {
  switch (q.kind) {
    case 'indicator': {
      const def = index.indicatorDef(q.row.indicator);
      const kind = t(locale, q.row.kind === 'target' ? 'table.target' : 'table.actual');
      return { name: `${locale === 'zh-CN' ? def.name : def.name_en}（${q.row.year} ${kind}）`, figure: figureText(q.row, locale), flag: q.row.flag, note: q.row.note };
    }
    case 'investment':
      return { name: q.row.project, figure: investmentFigure(q.row, locale), flag: q.row.flag, note: q.row.note };
    case 'zone':
      return { name: `${t(locale, 'table.zone')}：${q.row.name}` };
    case 'project':
      return { name: `${t(locale, 'table.project')}：${q.row.name}（${t(locale, `stage.${q.row.stage}`)}）` };
  }
}

/** Every row id a source page anchors, numbered in reading order (1-based). */
export function rowNumbers(rows: readonly QuotedRow[]): Map<string, number> {
  return new Map(rows.map((q, i) => [q.row.id, i + 1]));
}
