/** The language switch keeps the current view: the twin page gets this page's query string and fragment. */
const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
if (link) {
  const keep = () => {
    const target = new URL(link.href, location.href);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  };
  link.addEventListener('pointerdown', keep);
  link.addEventListener('focus', keep);
  link.addEventListener('click', keep);
}
