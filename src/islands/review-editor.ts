/**
 * <review-editor>: the review page's behaviour (npm run review). Every change of a field is sent
 * to the server at once with the version of the row it was made on; the server answers with the
 * row's card as it now is (saved), as another tab saved it (stale: shown with a message), or with
 * the check-data message of each refused field (nothing saved). Served to the browser with its
 * types stripped (no bundler), so it imports nothing.
 */

type Json = Record<string, unknown>;

interface FieldError {
  field: string;
  message: string;
}

const EDITABLE = 'input, select, textarea';

async function call(method: string, url: string, body?: Json): Promise<{ status: number; data: Json }> {
  const res = await fetch(url, {
    method, credentials: 'same-origin',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as Json;
  return { status: res.status, data };
}

function showErrors(scope: HTMLElement, errors: readonly FieldError[]): void {
  for (const p of scope.querySelectorAll<HTMLElement>('[data-error-for]')) {
    p.hidden = true;
    p.textContent = '';
  }
  for (const el of scope.querySelectorAll<HTMLElement>('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const e of errors) {
    const p = scope.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(e.field)}"]`);
    if (p) {
      p.textContent = e.message;
      p.hidden = false;
      const control = p.closest('.field')?.querySelector<HTMLElement>('input, select');
      control?.setAttribute('aria-invalid', 'true');
    }
  }
}

export class ReviewEditor extends HTMLElement {
  private queues = new Map<string, Promise<void>>();
  private current: HTMLElement | null = null;
  private searchTimer = 0;

  connectedCallback(): void {
    this.addEventListener('change', (e) => this.onChange(e));
    this.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('input', (e) => this.onInput(e));
    this.addEventListener('focusin', (e) => {
      const card = (e.target as HTMLElement).closest<HTMLElement>('.row-card');
      if (card) this.setCurrent(card);
    });
    document.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('selectionchange', () => this.onSelection());
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (target?.classList.contains('row-card')) this.setCurrent(target, true);
  }

  private cards(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('.row-card')];
  }

  private setCurrent(card: HTMLElement, focus = false): void {
    this.current?.classList.remove('current');
    document.querySelector('mark.current')?.classList.remove('current');
    this.current = card;
    card.classList.add('current');
    document.getElementById(`fig-${card.dataset.start ?? ''}`)?.classList.add('current');
    if (focus) {
      card.focus();
      card.scrollIntoView({ block: 'nearest' });
      document.getElementById(`fig-${card.dataset.start ?? ''}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Saves run one after another per row, each with the version the previous one left. */
  private saveRow(card: HTMLElement, change: Json): Promise<void> {
    const id = card.dataset.id ?? '';
    const run = async (): Promise<void> => {
      const live = document.getElementById(`row-${id}`) ?? card;
      const { status, data } = await call('PUT', `/api/rows/${encodeURIComponent(id)}`, { version: Number(live.dataset.version), ...change });
      this.answer(live, status, data);
    };
    const next = (this.queues.get(id) ?? Promise.resolve()).then(run, run);
    this.queues.set(id, next);
    return next;
  }

  private answer(card: HTMLElement, status: number, data: Json): void {
    const errors = (data.errors as FieldError[] | undefined) ?? [];
    if (status === 422) {
      showErrors(card, errors);
      this.message(card, 'Not saved: fix the field marked in red.');
      return;
    }
    if (typeof data.html !== 'string') {
      this.message(card, `Not saved: ${String(data.error ?? status)}`);
      return;
    }
    const focused = document.activeElement?.id;
    const fresh = this.replaceCard(card, data.html);
    if (focused) document.getElementById(focused)?.focus();
    const row = data.row as { status?: string; version?: number } | undefined;
    if (status === 409) {
      this.message(fresh, `Another tab saved this row first (version ${row?.version ?? '?'}): it now shows what is saved. Your change was not saved; make it again if it still applies.`);
    } else this.message(fresh, 'Saved.');
    this.updateMark(fresh, row?.status ?? 'pending');
    this.updateCounts(data.counts as Record<string, number> | undefined);
  }

  private replaceCard(card: HTMLElement, html: string): HTMLElement {
    const template = document.createElement('template');
    template.innerHTML = html.trim();
    const fresh = template.content.firstElementChild as HTMLElement;
    // A row's fields stay open while the editor works in them.
    const open = card.querySelector('details.row-edit')?.hasAttribute('open');
    if (open) fresh.querySelector('details.row-edit')?.setAttribute('open', '');
    card.replaceWith(fresh);
    if (this.current === card) this.setCurrent(fresh);
    return fresh;
  }

  private updateMark(card: HTMLElement, status: string): void {
    const mark = document.getElementById(`fig-${card.dataset.start ?? ''}`);
    if (!mark) return;
    mark.classList.remove('pending', 'kept', 'rejected');
    mark.classList.add(status === 'accepted' || status === 'fixed' ? 'kept' : status);
  }

  private updateCounts(counts: Record<string, number> | undefined): void {
    if (!counts) return;
    for (const [k, n] of Object.entries(counts)) {
      const el = this.querySelector(`[data-count="${k}"]`);
      if (el) el.textContent = String(n);
    }
  }

  private message(scope: HTMLElement, text: string): void {
    const p = scope.querySelector<HTMLElement>('[data-message]');
    if (p) p.textContent = text;
  }

  private onChange(e: Event): void {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    if (!el.name || el.matches('[data-indicator-search], [data-county-search]')) return;
    const card = el.closest<HTMLElement>('.row-card');
    if (card) {
      void this.saveRow(card, { fields: { [el.name]: el.value } });
      return;
    }
    const form = el.closest<HTMLFormElement>('form[data-form]');
    if (form) {
      if (form.dataset.form === 'document' && el.name === 'park_id') {
        const park = this.querySelector<HTMLElement>('form[data-form="park"]');
        if (park) park.hidden = el.value !== '';
      }
      void this.saveForm(form, { [el.name]: el.value });
    }
  }

  private async saveForm(form: HTMLFormElement, fields: Record<string, string>): Promise<void> {
    const which = form.dataset.form ?? '';
    const { status, data } = await call('PUT', `/api/forms/${which}`, { version: Number(form.dataset.version), fields });
    const saved = data.form as { version: number; fields: Record<string, string> } | null;
    showErrors(form, (data.errors as FieldError[] | undefined) ?? []);
    if (status === 200 && saved) {
      form.dataset.version = String(saved.version);
      this.message(form, 'Saved.');
    } else if (status === 409 && saved) {
      form.dataset.version = String(saved.version);
      for (const [name, value] of Object.entries(saved.fields)) {
        const control = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`);
        if (control) control.value = value;
      }
      this.message(form, 'Another tab saved this form first: it now shows what is saved. Make your change again if it still applies.');
    } else this.message(form, status === 422 ? 'Not saved: fix the field marked in red.' : `Not saved: ${String(data.error ?? status)}`);
  }

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    const kind = el.matches('[data-indicator-search]') ? 'indicators' : el.matches('[data-county-search]') ? 'counties' : null;
    if (!kind) return;
    window.clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => void this.search(el, kind), 120);
  }

  private async search(el: HTMLInputElement, kind: 'indicators' | 'counties'): Promise<void> {
    const list = el.parentElement?.querySelector<HTMLElement>('[data-choices]');
    if (!list) return;
    const { data } = await call('GET', `/api/${kind}?q=${encodeURIComponent(el.value)}`);
    const items = Array.isArray(data) ? (data as Json[]) : [];
    list.replaceChildren(...items.map((item) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      if (kind === 'indicators') {
        b.dataset.chooseIndicator = String(item.id);
        const aliases = (item.aliases as string[] | undefined) ?? [];
        b.textContent = `${String(item.name)} · ${String(item.unit)} (${String(item.id)})${aliases.length ? ` — ${aliases.join('、')}` : ''}`;
      } else {
        b.dataset.chooseCounty = JSON.stringify(item);
        b.textContent = `${String(item.name)} · ${String(item.prefecture) || ''} ${String(item.province)} (${String(item.adcode)})`.replace(/\s+/gu, ' ');
      }
      li.append(b);
      return li;
    }));
  }

  private onClick(e: Event): void {
    const el = (e.target as HTMLElement).closest<HTMLElement>('button');
    if (!el) return;
    const card = el.closest<HTMLElement>('.row-card');
    if (card && el.dataset.action) void this.saveRow(card, { status: el.dataset.action === 'accept' ? 'accepted' : 'rejected' });
    else if (card && el.dataset.chooseIndicator) void this.saveRow(card, { fields: { indicator: el.dataset.chooseIndicator } });
    else if (el.dataset.chooseCounty) void this.chooseCounty(JSON.parse(el.dataset.chooseCounty) as Record<string, string>);
    else if (el.dataset.draftStart) void this.draftFrom(Number(el.dataset.draftStart), Number(el.dataset.draftEnd), el);
    else if (el.matches('[data-draft-selection]')) {
      const span = this.selectionSpan();
      if (span) void this.draftFrom(span.start, span.end, el);
    } else if (el.matches('[data-publish]')) void this.publish(el as HTMLButtonElement);
  }

  private async chooseCounty(seat: Record<string, string>): Promise<void> {
    const form = this.querySelector<HTMLFormElement>('form[data-form="park"]');
    if (!form) return;
    const fields: Record<string, string> = {
      province: seat.province ?? '', county: seat.name ?? '', adcode: seat.adcode ?? '',
      lat: seat.lat ?? '', lon: seat.lon ?? '', location_basis: 'county_seat',
    };
    // The county list may not name prefectures: a prefecture typed in stays.
    if (seat.prefecture) fields.prefecture = seat.prefecture;
    for (const [name, value] of Object.entries(fields)) {
      const control = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
      if (control) control.value = value;
    }
    form.querySelector('[data-choices]')?.replaceChildren();
    await this.saveForm(form, fields);
  }

  /** The selection's offsets in the report text, read from the segments' data-at. */
  private selectionSpan(): { start: number; end: number; text: string } | null {
    const sel = document.getSelection();
    const text = this.querySelector('[data-text]');
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !text) return null;
    const range = sel.getRangeAt(0);
    const at = (node: Node, offset: number): number | null => {
      const holder = node.nodeType === Node.TEXT_NODE ? node.parentElement : null;
      if (!holder?.dataset.at || !text.contains(holder)) return null;
      return Number(holder.dataset.at) + offset;
    };
    const start = at(range.startContainer, range.startOffset);
    const end = at(range.endContainer, range.endOffset);
    return start === null || end === null || end <= start ? null : { start, end, text: sel.toString() };
  }

  private onSelection(): void {
    const bar = this.querySelector<HTMLElement>('[data-selection]');
    if (!bar) return;
    const span = this.selectionSpan();
    bar.hidden = span === null;
    const shown = bar.querySelector('[data-selection-text]');
    if (span && shown) shown.textContent = `Selected “${span.text.slice(0, 40)}”`;
  }

  private async draftFrom(start: number, end: number, button: HTMLElement): Promise<void> {
    const { status, data } = await call('POST', '/api/rows', { start, end });
    const row = data.row as { id?: string } | undefined;
    if (status === 201 && row?.id) {
      location.hash = `row-${row.id}`;
      location.reload();
      return;
    }
    const errors = (data.errors as FieldError[] | undefined) ?? [];
    button.insertAdjacentText('afterend', ` ${errors.map((x) => x.message).join('; ') || String(data.error ?? status)}`);
  }

  private async publish(button: HTMLButtonElement): Promise<void> {
    const out = this.querySelector<HTMLElement>('[data-publish-result]');
    if (!out) return;
    button.disabled = true;
    out.textContent = 'Checking the rows and the data folder…';
    const { status, data } = await call('POST', '/api/publish', {});
    for (const card of this.cards()) this.message(card, '');
    if (status !== 200) {
      button.disabled = false;
      const rowErrors = (data.rowErrors as Record<string, string[]> | undefined) ?? {};
      for (const [id, messages] of Object.entries(rowErrors)) {
        const card = document.getElementById(`row-${id}`);
        if (card) this.message(card, `Publish refused this row: ${messages.join('; ')}`);
      }
      const forms = (data.formErrors as Record<string, FieldError[]> | undefined) ?? {};
      for (const [which, errors] of Object.entries(forms)) {
        const form = this.querySelector<HTMLElement>(`form[data-form="${which}"]`);
        if (form) showErrors(form, errors);
      }
      const other = [...((data.otherErrors as string[] | undefined) ?? []), ...(data.error ? [String(data.error)] : [])];
      // Every problem listed here too, each linking to where it is shown.
      const item = (href: string | null, where: string, text: string): HTMLLIElement => {
        const li = document.createElement('li');
        if (href) li.append(Object.assign(document.createElement('a'), { href, textContent: where }), `: ${text}`);
        else li.textContent = text;
        return li;
      };
      const items = [
        ...Object.entries(rowErrors).map(([id, messages]) => item(`#row-${id}`, `row ${id}`, messages.join('; '))),
        ...Object.entries(forms).flatMap(([which, errors]) => errors.map((x) => item(`#${which}-${x.field}`, `${which === 'park' ? 'parks.csv' : 'documents.csv'} ${x.field}`, x.message))),
        ...other.map((m) => item(null, '', m)),
      ];
      out.replaceChildren(Object.assign(document.createElement('p'), { textContent: `Nothing was published: ${items.length} problem(s), each shown where it is.` }));
      const ul = document.createElement('ul');
      ul.className = 'publish-errors';
      ul.append(...items);
      out.append(ul);
      const first = this.querySelector('[aria-invalid="true"]') ?? Object.keys(rowErrors).map((id) => document.getElementById(`row-${id}`)).find(Boolean);
      (first as HTMLElement | null | undefined)?.scrollIntoView({ block: 'center' });
      return;
    }
    const files = (data.files as string[] | undefined) ?? [];
    out.replaceChildren(Object.assign(document.createElement('p'), { textContent: `Published: ${Object.keys((data.ids as Json | undefined) ?? {}).length} rows into ${files.join(', ')}. Building the site…` }));
    for (;;) {
      await new Promise((ok) => setTimeout(ok, 1500));
      const build = (await call('GET', '/api/build')).data as { state?: string; log?: string; links?: { label: string; href: string }[] };
      if (build.state === 'running') continue;
      if (build.state === 'done') {
        const ul = document.createElement('ul');
        ul.append(...(build.links ?? []).map((l) => {
          const li = document.createElement('li');
          li.append(Object.assign(document.createElement('a'), { href: l.href, textContent: `${l.label}: ${l.href}` }));
          return li;
        }));
        out.append(Object.assign(document.createElement('p'), { textContent: 'Built. Check every new number on these pages:' }), ul);
      } else out.append(Object.assign(document.createElement('pre'), { textContent: `The build failed:\n${build.log ?? ''}` }));
      return;
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    if (target.matches(EDITABLE)) {
      const card = target.closest<HTMLElement>('.row-card');
      if (e.key === 'Escape' && card) {
        e.preventDefault();
        this.setCurrent(card, true);
      } else if ((e.key === 'ArrowDown' || e.key === 'Enter') && target.matches('[data-indicator-search], [data-county-search]')) {
        // ↓ goes to the results; Enter takes the first one.
        const first = target.parentElement?.querySelector<HTMLElement>('[data-choices] button');
        if (first) {
          e.preventDefault();
          if (e.key === 'Enter') first.click();
          else first.focus();
        }
      }
      return;
    }
    const choice = target.closest('[data-choices] li');
    if (choice && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      const sibling = e.key === 'ArrowDown' ? choice.nextElementSibling : choice.previousElementSibling;
      const next = sibling?.querySelector<HTMLElement>('button') ?? (e.key === 'ArrowUp' ? choice.closest('.field')?.querySelector<HTMLElement>('input') : null);
      if (next) {
        e.preventDefault();
        next.focus();
      }
      return;
    }
    const cards = this.cards();
    const at = this.current ? cards.indexOf(this.current) : -1;
    const onCard = target.classList.contains('row-card');
    const move = (d: number): void => {
      const next = cards[Math.min(cards.length - 1, Math.max(0, at + d))];
      if (next) this.setCurrent(next, true);
    };
    if (e.key === 'j' || (e.key === 'ArrowDown' && onCard)) move(1);
    else if (e.key === 'k' || (e.key === 'ArrowUp' && onCard)) move(-1);
    else if ((e.key === 'a' || e.key === 'r') && this.current) void this.saveRow(this.current, { status: e.key === 'a' ? 'accepted' : 'rejected' });
    else if (e.key === 'e' && this.current) {
      this.current.querySelector('details.row-edit')?.setAttribute('open', '');
      this.current.querySelector<HTMLElement>('.row-fields input, .row-fields select')?.focus();
    }
    else return;
    e.preventDefault();
  }
}

if (!customElements.get('review-editor')) customElements.define('review-editor', ReviewEditor);
