/**
 * <compare-view>: pick an indicator and parks; the chart re-renders in the browser with the same
 * d3 builder the build used, and the choice is kept in the URL (only what differs from the
 * defaults) so a copied link reopens the same view.
 */
import { comparisonOrder, comparisonSelection, comparisonSvg, periodsDiffer, type ComparisonDatum } from '../lib/comparison-svg.ts';
import { CHART_WIDTH } from '../lib/label-text.ts';
import { enumParam, readState, setParam, writeState, type Spec } from '../lib/url-state.ts';

interface Config {
  /** Rows of the default indicator; the others are fetched from `${jsonBase}<id>.json` on demand. */
  data: ComparisonDatum[];
  jsonBase: string;
  limit: number;
  reducedNote: string;
  indicators: { id: string; name: string }[];
  parks: { id: string; name: string }[];
  defaultIndicator: string;
  locale: 'zh-CN' | 'en';
  targetLabel: string;
  caveat: string;
  noRows: string;
}

interface View {
  indicator: string;
  parks: readonly string[];
}

export class CompareView extends HTMLElement {
  connectedCallback(): void {
    const json = this.querySelector('script[type="application/json"]')?.textContent ?? '{}';
    const config = JSON.parse(json) as Config;
    const parkIds = config.parks.map((p) => p.id);
    const spec: Spec<View> = {
      indicator: enumParam('i', config.indicators.map((i) => i.id), config.defaultIndicator),
      parks: setParam('parks', parkIds, parkIds),
    };
    const form = this.querySelector('form');
    const chart = this.querySelector<HTMLElement>('[data-chart]');
    const caveat = this.querySelector<HTMLElement>('[data-caveat]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!form || !chart || !caveat || !status) return;
    form.hidden = false;
    const select = form.querySelector('select');
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

    const reduced = this.querySelector<HTMLElement>('[data-reduced]');
    const byIndicator = new Map<string, Promise<ComparisonDatum[]>>([[config.defaultIndicator, Promise.resolve(config.data)]]);
    const rowsOf = (id: string): Promise<ComparisonDatum[]> => {
      let p = byIndicator.get(id);
      if (!p) {
        p = fetch(`${config.jsonBase}${encodeURIComponent(id)}.json`).then((r) => (r.ok ? (r.json() as Promise<ComparisonDatum[]>) : []));
        byIndicator.set(id, p);
      }
      return p;
    };
    let latest = 0;
    const render = async (view: View) => {
      const ticket = ++latest;
      const name = config.indicators.find((i) => i.id === view.indicator)?.name ?? view.indicator;
      const all = (await rowsOf(view.indicator)).filter((d) => view.parks.includes(d.park));
      // A newer choice was made while this one loaded: let it win.
      if (ticket !== latest) return;
      const drawn = comparisonSelection(all, config.limit);
      const rows = drawn.rows;
      if (reduced) {
        reduced.hidden = !drawn.reduced;
        reduced.textContent = config.reducedNote;
      }
      const title = name;
      chart.innerHTML = rows.length === 0
        ? ''
        : `<div class="chart-svg">${comparisonSvg(rows, { id: 'compare-svg', title, desc: `${title}: ${rows.map((r) => `${r.parkName} ${r.year} ${r.text}`).join('; ')}`, width: CHART_WIDTH, locale: config.locale, targetLabel: config.targetLabel })}</div>`;
      this.fillTable(all, title);
      caveat.hidden = !periodsDiffer(rows);
      caveat.textContent = config.caveat;
      status.textContent = rows.length === 0
        ? config.noRows
        : `${name}: ${rows.length}`;
    };

    const read = (): View => readState(spec, location.search);
    const apply = (view: View) => {
      if (select) select.value = view.indicator;
      for (const b of boxes) b.checked = view.parks.includes(b.value);
      void render(view);
    };
    const fromForm = (): View => ({ indicator: select?.value ?? config.defaultIndicator, parks: boxes.filter((b) => b.checked).map((b) => b.value) });

    form.addEventListener('change', () => {
      const view = fromForm();
      history.replaceState(null, '', `${location.pathname}${writeState(spec, view)}${location.hash}`);
      void render(view);
    });
    form.addEventListener('submit', (e) => e.preventDefault());
    apply(read());
  }

  /** Rewrites the data table under the chart for the current selection (text only, no markup). */
  private fillTable(rows: readonly ComparisonDatum[], caption: string): void {
    const table = this.querySelector('table[data-comparison]');
    const tbody = table?.querySelector('tbody');
    const cap = table?.querySelector('caption');
    if (!tbody || !cap) return;
    cap.textContent = caption;
    const linkText = tbody.dataset.linkText ?? '';
    tbody.replaceChildren(...comparisonOrder(rows).map((d) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = d.parkName;
      const cells = [String(d.year), d.kind === 'target' ? this.dataset.targetLabel ?? '' : this.dataset.actualLabel ?? '', d.period || (this.dataset.fullYear ?? ''), d.text].map((text, i) => {
        const td = document.createElement('td');
        td.textContent = text;
        if (i === 3) td.className = 'n';
        return td;
      });
      const link = document.createElement('td');
      const a = document.createElement('a');
      a.href = d.href;
      a.textContent = linkText;
      link.append(a);
      tr.append(th, ...cells, link);
      return tr;
    }));
  }
}

if (!customElements.get('compare-view')) customElements.define('compare-view', CompareView);
