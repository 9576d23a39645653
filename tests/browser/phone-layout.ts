/**
 * What a phone reader meets on a page, measured in the browser: text cells squeezed below 6 em,
 * tables wider than the box that holds them, sideways scroll and the page's height.
 */
import type { Page } from 'playwright-core';

export interface PhoneLayout {
  /** Cells of 4+ characters laid out as table cells narrower than 6 em: `text (width em)`. */
  narrowCells: string[];
  /** Tables wider than their box: `caption (table px > box px)`. */
  wideTables: string[];
  /** How far the page scrolls sideways, px. */
  sideways: number;
  /** The page's height on first load, px. */
  height: number;
  /** Cells measured (stacked or not). */
  cells: number;
}

/** Measures `page` as loaded; every <details> is opened first (after the height is read) so folded and chart-data tables are measured too. */
export async function measurePhoneLayout(page: Page): Promise<PhoneLayout> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const height = root.scrollHeight;
    for (const d of document.querySelectorAll('details')) d.open = true;
    const narrowCells: string[] = [];
    const wideTables: string[] = [];
    let cells = 0;
    for (const table of document.querySelectorAll('table')) {
      if (table.getClientRects().length === 0) continue;
      const box = table.parentElement;
      const boxWidth = box ? box.clientWidth : root.clientWidth;
      const tableWidth = table.getBoundingClientRect().width;
      const caption = (table.caption?.textContent ?? table.id ?? 'table').trim().slice(0, 40);
      if (tableWidth > boxWidth + 1) wideTables.push(`${caption} (${Math.round(tableWidth)} > ${boxWidth})`);
      for (const cell of table.querySelectorAll<HTMLTableCellElement>('th, td')) {
        if (cell.getClientRects().length === 0) continue;
        cells += 1;
        const text = (cell.textContent ?? '').replace(/\s+/g, '');
        if ([...text].length < 4) continue;
        const style = getComputedStyle(cell);
        if (style.display !== 'table-cell') continue;
        const em = cell.getBoundingClientRect().width / parseFloat(style.fontSize);
        if (em < 6) narrowCells.push(`${text.slice(0, 16)} (${em.toFixed(1)} em)`);
      }
    }
    return { narrowCells, wideTables, sideways: root.scrollWidth - root.clientWidth, height, cells };
  });
}
