/**
 * <investment-explorer>: filters (park, category, zone, basis), sortable columns and a running
 * money total over the table rendered at build time. Filters live in the URL (non-defaults only).
 */
import { formatMoney } from '../lib/format.ts';
import { moneyTotal } from '../lib/money-total.ts';
import { readState, writeState, type Param, type Spec } from '../lib/url-state.ts';

type Filters = { park: string; category: string; zone: string; basis: string };
const anyParam = (key: string): Param<string> => ({ key, default: '', parse: (raw) => raw, format: (v) => v });
const spec: Spec<Filters> = { park: anyParam('park'), category: anyParam('category'), zone: anyParam('zone'), basis: anyParam('basis') };

export class InvestmentExplorer extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const tbody = this.querySelector('tbody');
    const total = this.querySelector<HTMLElement>('[data-total]');
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    if (!form || !tbody || !total || !summary) return;
    form.hidden = false;
    const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];

    const apply = (f: Filters) => {
      let shown = 0;
      const money: (number | undefined)[] = [];
      for (const tr of rows) {
        const d = tr.dataset;
        const ok = (!f.park || d.park === f.park) && (!f.category || d.category === f.category) && (!f.zone || d.zone === f.zone) && (!f.basis || d.basis === f.basis);
        tr.hidden = !ok;
        if (ok) {
          shown++;
          money.push(d.money ? Number(d.money) : undefined);
        }
      }
      total.textContent = formatMoney(moneyTotal(money), this.dataset.locale === 'en' ? 'en' : 'zh-CN');
      summary.textContent = `${shown} / ${rows.length} ${this.dataset.items ?? ''}`;
    };
    const current = (): Filters => {
      const f: Filters = { park: '', category: '', zone: '', basis: '' };
      for (const s of selects) if (s.name in f) f[s.name as keyof Filters] = s.value;
      return f;
    };
    const initial = readState(spec, location.search);
    for (const s of selects) {
      const v = initial[s.name as keyof Filters];
      // A value that no option offers (an old or mistyped link) falls back to "all".
      s.value = [...s.options].some((o) => o.value === v) ? v : '';
    }
    form.addEventListener('change', () => {
      const f = current();
      history.replaceState(null, '', `${location.pathname}${writeState(spec, f)}${location.hash}`);
      apply(f);
    });
    apply(current());
    this.makeSortable(tbody, rows);
  }

  private makeSortable(tbody: HTMLTableSectionElement, rows: HTMLTableRowElement[]): void {
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      const key = th.dataset.sort ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const asc = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of this.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        const value = (tr: HTMLTableRowElement): string | number => {
          const d = tr.dataset;
          if (key === 'amount') return d.money ? Number(d.money) : -1;
          if (key === 'year') return Number(d.year);
          return (key === 'park' ? d.parkName : key === 'category' ? d.categoryName : d.project) ?? '';
        };
        const sorted = [...rows].sort((a, b) => {
          const x = value(a);
          const y = value(b);
          const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
          return asc ? c : -c;
        });
        tbody.append(...sorted);
      });
    }
  }
}

if (!customElements.get('investment-explorer')) customElements.define('investment-explorer', InvestmentExplorer);
