/** <share-panel>: copies the link of the current view (with its query string) to the clipboard. */
export class SharePanel extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('[data-share-url]');
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const status = this.querySelector<HTMLElement>('[data-copied]');
    if (!input || !button || !status) return;
    button.hidden = false;
    const zh = document.documentElement.lang !== 'en';
    // The view may have changed since the build (filters in the query string): share what is on screen.
    const refresh = () => {
      const canonical = new URL(input.defaultValue);
      input.value = `${canonical.origin}${location.pathname}${location.search}`;
    };
    this.querySelector('details')?.addEventListener('toggle', refresh);
    button.addEventListener('click', async () => {
      refresh();
      try {
        await navigator.clipboard.writeText(input.value);
        status.textContent = zh ? '已复制' : 'Copied';
      } catch {
        // Clipboard API refused (old WebViews): select the text so a long-press copies it.
        input.focus();
        input.select();
        status.textContent = zh ? '请长按或按 Ctrl+C 复制' : 'Press Ctrl+C to copy';
      }
    });
  }
}

if (!customElements.get('share-panel')) customElements.define('share-panel', SharePanel);
