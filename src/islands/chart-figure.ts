// islands/: the only code shipped to the browser; imports only lib/.
/**
 * <chart-figure>: tooltips and legend toggles for a chart rendered at build time.
 * Marks are focusable <g class="mark" data-href> with a <title>: hovering or focusing one shows
 * its tooltip — value, period and the quote — and Enter or a click opens the sentence. Legend
 * entries become toggle buttons that hide the marks of their colour. No dependencies.
 */
const SVG_COLOR_ATTRS = ['fill', 'stroke'] as const;

export class ChartFigure extends HTMLElement {
  private tip: HTMLDivElement | null = null;

  connectedCallback(): void {
    this.tip = document.createElement('div');
    this.tip.className = 'chart-tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.id = `${this.id || 'chart'}-tip`;
    this.tip.hidden = true;
    this.append(this.tip);
    this.addEventListener('pointerover', (e) => this.show(e.target));
    this.addEventListener('focusin', (e) => this.show(e.target));
    this.addEventListener('pointerout', (e) => { if (!this.contains(e.relatedTarget as Node | null)) this.hide(); });
    this.addEventListener('focusout', () => this.hide());
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
      if (e.key === 'Enter') this.open(e.target);
    });
    this.addEventListener('click', (e) => this.open(e.target));
    this.upgradeLegend();
    this.enablePng();
  }

  /**
   * The PNG download: the chart's standalone SVG (same origin, so the canvas stays clean) drawn
   * at 3× on a canvas with the reader's own fonts (about 1,400 px wide, sharp enough to share),
   * then saved. Hidden without JavaScript.
   */
  private enablePng(): void {
    const link = this.querySelector<HTMLAnchorElement>('a[data-png]');
    if (!link) return;
    link.hidden = false;
    link.addEventListener('click', async (e) => {
      e.preventDefault();
      const svg = await (await fetch(link.href)).text();
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth * 3;
      canvas.height = img.naturalHeight * 3;
      canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (!blob) return;
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = link.getAttribute('download') ?? 'chart.png';
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      }, 'image/png');
    });
  }

  private markOf(target: EventTarget | null): SVGGElement | null {
    return target instanceof Element ? (target.closest('svg .mark') as SVGGElement | null) : null;
  }

  private open(target: EventTarget | null): void {
    const href = this.markOf(target)?.getAttribute('data-href');
    if (href) location.assign(href);
  }

  /** The <title> text moves to data-tip on first use so the browser's own tooltip does not double it. */
  private tipText(a: SVGGElement): string {
    const stored = a.getAttribute('data-tip');
    if (stored !== null) return stored;
    const title = a.querySelector('title');
    const text = title?.textContent ?? a.getAttribute('aria-label') ?? '';
    title?.remove();
    a.setAttribute('data-tip', text);
    return text;
  }

  private show(target: EventTarget | null): void {
    const a = this.markOf(target);
    const tip = this.tip;
    if (!a || !tip) return;
    const [head, ...rest] = this.tipText(a).split('\n');
    tip.replaceChildren();
    const strong = document.createElement('strong');
    strong.textContent = head ?? '';
    tip.append(strong);
    for (const line of rest) {
      const p = document.createElement('span');
      p.textContent = line;
      if (line.startsWith('“')) p.className = 'chart-tip-quote';
      tip.append(p);
    }
    // A block that stands for several rows (a park's projects at one stage) has no one sentence.
    if (a.getAttribute('data-href')) {
      const hint = document.createElement('span');
      hint.className = 'chart-tip-hint';
      hint.textContent = document.documentElement.lang === 'en' ? 'Click to see the sentence →' : '点击查看原句 →';
      tip.append(hint);
    }
    tip.hidden = false;
    a.setAttribute('aria-describedby', tip.id);
    const box = this.getBoundingClientRect();
    const mark = a.getBoundingClientRect();
    const left = Math.min(Math.max(0, mark.left - box.left + mark.width / 2 - tip.offsetWidth / 2), box.width - tip.offsetWidth);
    const above = mark.top - box.top - tip.offsetHeight - 8;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(above >= 0 ? above : mark.bottom - box.top + 8)}px`;
  }

  private hide(): void {
    if (this.tip) this.tip.hidden = true;
  }

  private upgradeLegend(): void {
    for (const li of this.querySelectorAll<HTMLElement>('.legend li[data-color]')) {
      const color = li.dataset.color ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('aria-pressed', 'true');
      button.append(...li.childNodes);
      button.addEventListener('click', () => {
        const on = button.getAttribute('aria-pressed') !== 'true';
        button.setAttribute('aria-pressed', String(on));
        for (const attr of SVG_COLOR_ATTRS) {
          for (const el of this.querySelectorAll<SVGElement>(`svg [${attr}="${CSS.escape(color)}"]`)) {
            el.classList.toggle('series-off', !on);
          }
        }
      });
      li.replaceChildren(button);
    }
  }
}

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);
