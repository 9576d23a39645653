/**
 * <search-box>: site search in the header. Rendered hidden (search needs JavaScript), revealed
 * here. Pagefind's own script (`<base>pagefind/pagefind.js`, its WebAssembly and the index of
 * the page's <html lang>) is imported only when the box is first focused or typed in, so it adds
 * nothing to a page that does not search. Typing searches after a pause, Enter at once; results
 * are links (Tab or ↓ to reach them) that open the figure's row or the quoted sentence
 * (`bestAnchor`); Escape closes the list and returns to the field. No dependencies.
 */
import { bestAnchor, hitUrl, type SearchAnchor, type SearchHit } from '../lib/search-anchor.ts';

interface Fragment {
  url: string;
  excerpt: string;
  meta: { title?: string };
  anchors: SearchAnchor[];
  weighted_locations: SearchHit[];
}
interface Found { results: { data(): Promise<Fragment> }[] }
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<Found>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<Found | null>;
}

const BASE = import.meta.env.BASE_URL;
const SHOWN = 8;

export class SearchBox extends HTMLElement {
  private pagefind: Promise<Pagefind> | null = null;
  private seq = 0;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const form = this.querySelector('form');
    if (!input || !form) return;
    this.hidden = false;
    input.addEventListener('focus', () => {
      this.load().catch(() => undefined); // a failure is reported by the search that needs it
      this.open(this.list().childElementCount > 0);
    });
    input.addEventListener('input', () => this.run(input.value, true));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run(input.value, false);
    });
    this.addEventListener('focusout', (e) => { if (!this.contains(e.relatedTarget as Node | null)) this.open(false); });
    this.addEventListener('click', (e) => { if ((e.target as Element).closest('a')) this.open(false); });
    this.addEventListener('keydown', (e) => {
      const links = [...this.list().querySelectorAll('a')];
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (e.key === 'Escape') {
        e.preventDefault(); // not the browser's own clearing of a search field: first close, then clear
        if (this.panel().hidden) {
          input.value = '';
          void this.run('', false);
        }
        input.focus();
        this.open(false);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
        if (at < 0 && e.key === 'ArrowUp') return;
        e.preventDefault();
        if (links.length > 0) this.open(true);
        (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
      }
    });
  }

  private list(): HTMLElement { return this.querySelector('ol') as HTMLElement; }
  private panel(): HTMLElement { return this.querySelector('[data-panel]') as HTMLElement; }

  private open(on: boolean): void { this.panel().hidden = !on; }

  private say(key: string, n = 0, q = ''): void {
    const text = (this.dataset[key] ?? '').replace('{n}', String(n)).replace('{q}', q);
    for (const el of this.querySelectorAll('[data-status]')) el.textContent = text;
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= this.start(this.dataset.src ?? '');
    return this.pagefind;
  }

  private async start(src: string): Promise<Pagefind> {
    const dir = src.slice(0, src.lastIndexOf('/') + 1);
    // A large site's index is cut into shards (pagefind/shards.json lists the others per language); Pagefind merges them into one search.
    const lang = document.documentElement.lang.toLowerCase();
    const shards = fetch(`${dir}shards.json`).then(async (r) => (r.ok ? ((await r.json()) as Record<string, string[]>)[lang] ?? [] : []), () => []);
    // The URL comes from the page (data-src): an import() of a string or template literal
    // would make Vite wrap it in its preload helper, which weighs more than this whole island.
    const pf = await (import(/* @vite-ignore */ src) as Promise<Pagefind>);
    await pf.options({ baseUrl: BASE });
    void pf.init();
    await Promise.all((await shards).map((s) => pf.mergeIndex(dir + s, { baseUrl: BASE })));
    return pf;
  }

  private async run(query: string, debounce: boolean): Promise<void> {
    const q = query.trim();
    const seq = ++this.seq;
    const list = this.list();
    list.ariaBusy = String(q !== '');
    if (!q) {
      list.replaceChildren();
      this.open(false);
      return;
    }
    this.open(true);
    this.say('loading');
    try {
      const pf = await this.load();
      const found = debounce ? await pf.debouncedSearch(q) : await pf.search(q);
      if (!found || seq !== this.seq) return;
      const pages = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
      if (seq !== this.seq) return;
      list.replaceChildren(...pages.map((p) => this.item(p)));
      const n = found.results.length;
      this.say(n === 0 ? 'none' : n > SHOWN ? 'more' : 'found', n, q);
    } catch {
      if (seq === this.seq) this.say('error');
    }
    if (seq === this.seq) list.ariaBusy = 'false';
  }

  private item(p: Fragment): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    const id = bestAnchor(p.anchors, p.weighted_locations);
    a.href = hitUrl(p.url, id);
    a.textContent = p.meta.title ?? p.url;
    if (id) {
      const kind = document.createElement('small');
      kind.textContent = this.dataset[id[0] === 'q' ? 'sentence' : id[0] === 'r' ? 'row' : 'section'] ?? '';
      a.append(' ', kind);
    }
    // Pagefind escapes the page text and adds <mark>; parse it inert and keep only text and <mark>.
    const excerpt = document.createElement('p');
    for (const node of new DOMParser().parseFromString(p.excerpt, 'text/html').body.childNodes) {
      const text = node.textContent ?? '';
      if (node.nodeName === 'MARK') excerpt.append(Object.assign(document.createElement('mark'), { textContent: text }));
      else excerpt.append(text);
    }
    li.append(a, excerpt);
    return li;
  }
}

if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
