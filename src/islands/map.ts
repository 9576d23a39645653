/**
 * <map-view>: the map island. Everything it shows is already in the server-rendered SVG; this
 * adds layer toggles, tooltips on hover and keyboard focus, zoom and pan (buttons, wheel, mouse
 * drag; on a touch screen pinch, two-finger pan, double tap, and one-finger pan once zoomed in;
 * no animation, so prefers-reduced-motion needs nothing more) and keeps the view in the URL
 * (only non-defaults, history.replaceState). Zoom is the SVG viewBox, with d3-zoom's gesture rule
 * (src/lib/map-gesture.ts) but not d3-zoom itself: with the d3 modules it pulls in it weighs
 * several times this island (README, "The map").
 *
 * Markup it expects (built by src/map and the Map components):
 *   [data-controls] (hidden until this runs) with input[data-toggle=<layer>] and
 *   button[data-zoom-by=<factor>] / button[data-zoom-reset]; [data-layer=<layer>] groups and
 *   blocks; one svg[data-zoom] whose [data-pin="x y"] groups keep their screen size;
 *   .m-mark elements with a <title> (moved into the tooltip); one .m-tip element.
 */
import { readState, writeState } from '../lib/url-state.ts';
import { clampView, LAYER_KEYS, MAP_STATE, stateOfView, viewBoxOf, viewOfState, zoomAt, type View } from '../lib/map-state.ts';
import { frameOf, gripOf, isDoubleTap, svgAt, viewOfGrip, type Frame, type Grip, type Pt, type Tap } from '../lib/map-gesture.ts';

/** Movement (px) below which a press is still a click (mouse) or a tap (finger, as d3-zoom's tapDistance). */
const DRAG_SLOP = 4;
const TAP_SLOP = 10;

class MapView extends HTMLElement {
  private svg: SVGSVGElement | null = null;
  private width = 0;
  private height = 0;
  private view: View = { k: 1, cx: 0, cy: 0 };
  private hidden_: string[] = [];
  private tip: HTMLElement | null = null;
  private pins: { el: SVGGElement; x: number; y: number }[] = [];
  /** Pointers down on the map and where each landed (client px). */
  private pointers = new Map<number, Pt>();
  private starts = new Map<number, Pt>();
  /** How far the gesture has moved (px; Infinity once a second finger landed): a drag is not a tap or a click. */
  private dragged = 0;
  private grip: Grip | null = null;
  private lastTap: Tap | null = null;
  private secondTap = false;
  /** Whether the current gesture has moved the map (then the URL is written when it ends). */
  private moved = false;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = '';
    this.tip = this.querySelector<HTMLElement>('.m-tip');
    for (const mark of this.querySelectorAll<SVGElement>('.m-mark')) {
      const title = mark.querySelector(':scope > title');
      if (title) {
        mark.dataset.tip = title.textContent ?? '';
        // A mark named by its title keeps that name once the title is gone.
        if (!mark.hasAttribute('aria-label')) mark.setAttribute('aria-label', mark.dataset.tip.replace(/\n/g, ' '));
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

  /** Shows a view; `save` false while a gesture is under way (the URL is written once, at its end: Safari throws when a page writes its history too often). */
  private setView(v: View, save = true): void {
    this.view = clampView(v, this.width, this.height);
    this.hideTip();
    this.applyView();
    if (save) this.save();
  }

  private applyView(): void {
    const svg = this.svg;
    if (!svg) return;
    const { k } = this.view;
    svg.setAttribute('viewBox', viewBoxOf(this.view, this.width, this.height));
    const s = Math.round((1 / k) * 1e4) / 1e4;
    for (const p of this.pins) p.el.setAttribute('transform', `translate(${p.x} ${p.y})${k === 1 ? '' : ` scale(${s})`}`);
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

  /** Where the drawing is on screen now (the page may have scrolled since the last gesture). */
  private frame(): Frame {
    return frameOf(this.svg?.getBoundingClientRect() ?? { left: 0, top: 0, width: 0, height: 0 }, this.width, this.height);
  }

  private regrip(): void {
    this.grip = this.pointers.size > 0 ? gripOf(this.view, this.frame(), [...this.pointers.values()]) : null;
  }

  private bindZoom(svg: SVGSVGElement): void {
    let wheelSave = 0;
    svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      const at = svgAt(this.view, this.frame(), { x: e.clientX, y: e.clientY });
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      this.setView(zoomAt(this.view, Math.exp(-delta * 0.002), at.x, at.y, this.width, this.height), false);
      // a wheel turn is many events: write the URL once it stops
      clearTimeout(wheelSave);
      wheelSave = window.setTimeout(() => this.save(), 200);
    }, { passive: false });
    svg.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      const p = { x: e.clientX, y: e.clientY };
      this.pointers.set(e.pointerId, p);
      this.starts.set(e.pointerId, p);
      if (this.pointers.size === 1) {
        this.dragged = 0;
        this.moved = false;
        this.secondTap = e.pointerType !== 'mouse' && isDoubleTap(this.lastTap, { t: e.timeStamp, ...p });
      } else {
        this.dragged = Infinity;
      }
      this.regrip();
    });
    svg.addEventListener('pointermove', (e) => {
      if (!this.pointers.has(e.pointerId)) return;
      const p = { x: e.clientX, y: e.clientY };
      this.pointers.set(e.pointerId, p);
      const s = this.starts.get(e.pointerId) ?? p;
      this.dragged = Math.max(this.dragged, Math.hypot(p.x - s.x, p.y - s.y));
      if (this.pointers.size === 1) {
        // one finger at the initial zoom belongs to the page (see touch-action in MapFrame.astro)
        if (this.view.k === 1 && e.pointerType !== 'mouse') return;
        if (this.dragged <= (e.pointerType === 'mouse' ? DRAG_SLOP : TAP_SLOP)) return;
        if (!svg.hasPointerCapture(e.pointerId)) svg.setPointerCapture(e.pointerId);
      }
      if (!this.grip) return;
      this.moved = true;
      this.setView(viewOfGrip(this.grip, [...this.pointers.values()], this.frame(), this.width, this.height), false);
    });
    const end = (e: PointerEvent) => {
      if (!this.pointers.delete(e.pointerId)) return;
      this.starts.delete(e.pointerId);
      this.regrip();
      if (this.pointers.size > 0) return;
      const tapped = e.type === 'pointerup' && e.pointerType !== 'mouse' && this.dragged <= TAP_SLOP;
      if (tapped && this.secondTap) {
        // a double tap zooms in where it landed
        const at = svgAt(this.view, this.frame(), { x: e.clientX, y: e.clientY });
        this.lastTap = null;
        this.setView(zoomAt(this.view, 2, at.x, at.y, this.width, this.height));
        return;
      }
      this.lastTap = tapped ? { t: e.timeStamp, x: e.clientX, y: e.clientY } : null;
      if (this.moved) this.save();
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
