/**
 * <compare-view>: pick an indicator and parks; the chart re-renders in the browser with the same
 * d3 builder the build used, and the choice is kept in the URL (only what differs from the
 * defaults) so a copied link reopens the same view.
 */
import { comparisonOrder, comparisonSvg, periodsDiffer, type ComparisonDatum } from '../charts/comparison.ts';
import { enumParam, readState, setParam, writeState, type Spec } from '../lib/url-state.ts';

interface Config {
  data: ComparisonDatum[];
  indicators: { id: string; name: string }[];
  parks: { id: string; name: string }[];
  defaultIndicator: string;
  locale: 'zh-CN' | 'en';
  targetLabel: string;
  caveat: string;
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

    const render = (view: View) => {
      const name = config.indicators.find((i) => i.id === view.indicator)?.name ?? view.indicator;
      const rows = config.data.filter((d) => d.indicator === view.indicator && view.parks.includes(d.park));
      const title = name;
      chart.innerHTML = rows.length === 0
        ? ''
        : [360, 720].map((w) => `<div class="chart-svg ${w < 500 ? 'chart-narrow' : 'chart-wide'}">${comparisonSvg(rows, { id: `compare-${w}`, title, desc: `${title}: ${rows.map((r) => `${r.parkName} ${r.year} ${r.text}`).join('; ')}`, width: w, locale: config.locale, targetLabel: config.targetLabel })}</div>`).join('');
      this.fillTable(rows, title);
      caveat.hidden = !periodsDiffer(rows);
      caveat.textContent = config.caveat;
      status.textContent = rows.length === 0
        ? (config.locale === 'zh-CN' ? '所选园区没有这个指标的数字。' : 'The selected parks report no figure for this indicator.')
        : `${name}: ${rows.length}`;
    };

    const read = (): View => readState(spec, location.search);
    const apply = (view: View) => {
      if (select) select.value = view.indicator;
      for (const b of boxes) b.checked = view.parks.includes(b.value);
      render(view);
    };
    const fromForm = (): View => ({ indicator: select?.value ?? config.defaultIndicator, parks: boxes.filter((b) => b.checked).map((b) => b.value) });

    form.addEventListener('change', () => {
      const view = fromForm();
      history.replaceState(null, '', `${location.pathname}${writeState(spec, view)}${location.hash}`);
      render(view);
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
