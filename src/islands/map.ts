/**
 * <map-view>: the map island. Everything it shows is already in the server-rendered SVG; this
 * adds layer toggles, tooltips on hover and keyboard focus, zoom and pan (buttons, wheel, drag,
 * pinch; no animation, so prefers-reduced-motion needs nothing more) and keeps the view in the
 * URL (only non-defaults, history.replaceState). No d3 here: zoom is the SVG viewBox.
 *
 * Markup it expects (built by src/map and the Map components):
 *   [data-controls] (hidden until this runs) with input[data-toggle=<layer>] and
 *   button[data-zoom-by=<factor>] / button[data-zoom-reset]; [data-layer=<layer>] groups and
 *   blocks; one svg[data-zoom] whose [data-pin="x y"] groups keep their screen size;
 *   .m-mark elements with a <title> (moved into the tooltip); one .m-tip element.
 */
import { readState, writeState } from '../lib/url-state.ts';
import { clampView, LAYER_KEYS, MAP_STATE, stateOfView, viewBoxOf, viewOfState, zoomAt, type View } from '../lib/map-state.ts';

const DRAG_SLOP = 4;

class MapView extends HTMLElement {
  private svg: SVGSVGElement | null = null;
  private width = 0;
  private height = 0;
  private view: View = { k: 1, cx: 0, cy: 0 };
  private hidden_: string[] = [];
  private tip: HTMLElement | null = null;
  private pins: { el: SVGGElement; x: number; y: number }[] = [];
  private pointers = new Map<number, { x: number; y: number }>();
  private dragged = 0;
  private pinch: { d: number; k: number } | null = null;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = '';
    this.tip = this.querySelector<HTMLElement>('.m-tip');
    for (const mark of this.querySelectorAll<SVGElement>('.m-mark')) {
      const title = mark.querySelector(':scope > title');
      if (title) {
        mark.dataset.tip = title.textContent ?? '';
        title.remove();
      }
    }
    this.svg = this.querySelector<SVGSVGElement>('svg[data-zoom]');
    if (this.svg) {
      const vb = this.svg.viewBox.baseVal;
      this.width = vb.width;
      this.height = vb.height;
      this.pins = [...this.svg.querySelectorAll<SVGGElement>('[data-pin]')].map((el) => {
        const [x = 0, y = 0] = (el.dataset.pin ?? '').split(' ').map(Number);
        return { el, x, y };
      });
    }
    const state = readState(MAP_STATE, this.hasAttribute('data-url-state') ? location.search : '');
    this.hidden_ = [...state.hide];
    this.view = viewOfState(state, this.width, this.height);
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-toggle]')) {
      box.checked = !this.hidden_.includes(box.dataset.toggle ?? '');
      box.addEventListener('change', () => this.toggle(box.dataset.toggle ?? '', box.checked));
    }
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-zoom-by]')) {
      b.addEventListener('click', () => this.zoomBy(Number(b.dataset.zoomBy)));
    }
    this.querySelector('button[data-zoom-reset]')?.addEventListener('click', () => this.setView({ k: 1, cx: this.width / 2, cy: this.height / 2 }));
    this.querySelectorAll<HTMLElement>('[data-controls]').forEach((c) => { c.hidden = false; });
    this.applyLayers();
    this.applyView();
    this.addEventListener('pointerover', (e) => this.showTip(e.target, e));
    this.addEventListener('pointerout', (e) => { if (this.markOf(e.target)) this.hideTip(); });
    this.addEventListener('focusin', (e) => this.showTip(e.target));
    this.addEventListener('focusout', () => this.hideTip());
    this.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.hideTip(); });
    if (this.svg) this.bindZoom(this.svg);
  }

  private markOf(t: EventTarget | null): SVGElement | null {
    return t instanceof Element ? t.closest<SVGElement>('.m-mark') : null;
  }

  private showTip(target: EventTarget | null, e?: PointerEvent): void {
    const mark = this.markOf(target);
    const tip = this.tip;
    if (!mark || !tip || !mark.dataset.tip || this.pointers.size > 0) return;
    tip.textContent = mark.dataset.tip;
    tip.hidden = false;
    const host = this.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    const x = e && e.pointerType === 'mouse' ? e.clientX : r.left + r.width / 2;
    const y = e && e.pointerType === 'mouse' ? e.clientY : r.top;
    const tw = tip.offsetWidth;
    const left = Math.min(Math.max(x - host.left - tw / 2, 0), Math.max(0, host.width - tw));
    const top = y - host.top - tip.offsetHeight - 10;
    tip.style.left = `${left}px`;
    tip.style.top = `${top < 0 ? r.bottom - host.top + 10 : top}px`;
  }

  private hideTip(): void {
    if (this.tip) this.tip.hidden = true;
  }

  private toggle(layer: string, on: boolean): void {
    this.hidden_ = on ? this.hidden_.filter((l) => l !== layer) : [...this.hidden_, layer];
    this.hideTip();
    this.applyLayers();
    this.save();
  }

  private applyLayers(): void {
    for (const key of LAYER_KEYS) {
      const off = this.hidden_.includes(key);
      this.querySelectorAll<HTMLElement | SVGElement>(`[data-layer="${key}"]`).forEach((el) => { el.style.display = off ? 'none' : ''; });
    }
  }

  private zoomBy(factor: number): void {
    this.setView(zoomAt(this.view, factor, this.view.cx, this.view.cy, this.width, this.height));
  }

  private setView(v: View): void {
    this.view = clampView(v, this.width, this.height);
    this.hideTip();
    this.applyView();
    this.save();
  }

  private applyView(): void {
    const svg = this.svg;
    if (!svg) return;
    const { k } = this.view;
    svg.setAttribute('viewBox', viewBoxOf(this.view, this.width, this.height));
    const s = Math.round((1 / k) * 1e4) / 1e4;
    for (const p of this.pins) p.el.setAttribute('transform', `translate(${p.x} ${p.y})${k === 1 ? '' : ` scale(${s})`}`);
    svg.style.touchAction = k > 1 ? 'none' : 'pan-x pan-y';
    this.dataset.zoom = String(Math.round(k * 100) / 100);
  }

  private save(): void {
    if (!this.hasAttribute('data-url-state')) return;
    // keep other islands' parameters; replace only ours
    const ours = new Set(Object.values(MAP_STATE).map((p) => p.key));
    const keyOf = (part: string): string => {
      try { return decodeURIComponent(part.split('=')[0] ?? ''); } catch { return part; }
    };
    const others = location.search.replace(/^\?/, '').split('&').filter((part) => part !== '' && !ours.has(keyOf(part)));
    const mine = writeState(MAP_STATE, stateOfView(this.view, this.hidden_)).replace(/^\?/, '');
    const query = [...others, ...(mine ? [mine] : [])].join('&');
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  /** Client point → SVG user units of the current view. */
  private toSvg(svg: SVGSVGElement, clientX: number, clientY: number): [number, number] {
    const r = svg.getBoundingClientRect();
    const w = this.width / this.view.k;
    const h = this.height / this.view.k;
    // preserveAspectRatio meet: the drawing is letterboxed inside the element box
    const scale = Math.min(r.width / w, r.height / h);
    const ox = (r.width - w * scale) / 2;
    const oy = (r.height - h * scale) / 2;
    return [this.view.cx - w / 2 + (clientX - r.left - ox) / scale, this.view.cy - h / 2 + (clientY - r.top - oy) / scale];
  }

  private bindZoom(svg: SVGSVGElement): void {
    svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      const [px, py] = this.toSvg(svg, e.clientX, e.clientY);
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      this.setView(zoomAt(this.view, Math.exp(-delta * 0.002), px, py, this.width, this.height));
    }, { passive: false });
    svg.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      this.dragged = 0;
      if (this.pointers.size === 2) {
        const [a, b] = [...this.pointers.values()];
        if (a && b) this.pinch = { d: Math.hypot(a.x - b.x, a.y - b.y), k: this.view.k };
      }
    });
    svg.addEventListener('pointermove', (e) => {
      const last = this.pointers.get(e.pointerId);
      if (!last) return;
      const dx = e.clientX - last.x;
      const dy = e.clientY - last.y;
      this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (this.pinch && this.pointers.size === 2) {
        const [a, b] = [...this.pointers.values()];
        if (!a || !b) return;
        const [px, py] = this.toSvg(svg, (a.x + b.x) / 2, (a.y + b.y) / 2);
        const k = (this.pinch.k * Math.hypot(a.x - b.x, a.y - b.y)) / Math.max(this.pinch.d, 1);
        this.dragged += DRAG_SLOP + 1;
        this.setView(zoomAt(this.view, k / this.view.k, px, py, this.width, this.height));
        return;
      }
      if (this.view.k === 1 && e.pointerType !== 'mouse') return;
      this.dragged += Math.abs(dx) + Math.abs(dy);
      if (this.dragged <= DRAG_SLOP) return;
      if (!svg.hasPointerCapture(e.pointerId)) svg.setPointerCapture(e.pointerId);
      const r = svg.getBoundingClientRect();
      const upp = Math.max(this.width / this.view.k / r.width, this.height / this.view.k / r.height);
      this.setView({ k: this.view.k, cx: this.view.cx - dx * upp, cy: this.view.cy - dy * upp });
    });
    const end = (e: PointerEvent) => {
      this.pointers.delete(e.pointerId);
      if (this.pointers.size < 2) this.pinch = null;
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    // a drag is not a click on the marker under the pointer
    svg.addEventListener('click', (e) => {
      if (this.dragged > DRAG_SLOP) {
        e.preventDefault();
        e.stopPropagation();
      }
      this.dragged = 0;
    }, true);
  }
}

if (!customElements.get('map-view')) customElements.define('map-view', MapView);
