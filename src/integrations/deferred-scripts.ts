/**
 * Island scripts load after the first paint.
 *
 * Astro emits each island as `<script type="module" src>` in <head>. The browser fetches those
 * while the page is still being painted, and Lighthouse's simulated mobile load counts every
 * request started before the first paint: five small modules put FCP/LCP at 1.1–1.2 s on pages
 * whose HTML alone paints well under 1 s. The pages are complete without JavaScript (charts are
 * SVG from the build; islands only add tooltips, filters, URL state), so the modules can wait for
 * the first frame. This module moves them into one inline loader at the end of <body>, which the
 * Content-Security-Policy allows by its hash (src/integrations/csp.ts).
 */
import { createHash } from 'node:crypto';

/**
 * Inserts the listed modules once the page has painted content: after the first-contentful-paint
 * entry (a frame can pass without painting content on a long page), else after a frame where
 * paint timing is missing. Neither fires in hidden or throttled (off-screen iframe) documents, so
 * a timer loads them anyway. When every module has run (or failed), <html data-islands="ready">
 * says so, for tests and tools.
 */
export const ISLAND_LOADER =
  "(function(s){var done=0,go=function(){if(done++)return;var l=s.getAttribute('data-modules').split(' '),n=l.length;l.forEach(function(u){var e=document.createElement('script');e.type='module';e.src=u;e.onload=e.onerror=function(){if(!--n)document.documentElement.setAttribute('data-islands','ready')};document.head.appendChild(e)})};try{new PerformanceObserver(function(p){if(p.getEntriesByName('first-contentful-paint').length)setTimeout(go,0)}).observe({type:'paint',buffered:true})}catch(x){requestAnimationFrame(function(){setTimeout(go,0)})}setTimeout(go,500)})(document.currentScript)";

/** The CSP source that allows exactly the loader, e.g. `'sha256-…'`. */
export const ISLAND_LOADER_HASH = `'sha256-${createHash('sha256').update(ISLAND_LOADER).digest('base64')}'`;

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const LOADER_TAG = /<script data-modules="([^"]*)">/;

/** Moves every external module script of a page into the loader before </body>; pages without any are returned as they are. */
export function deferModuleScripts(html: string): string {
  const srcs: string[] = [];
  const without = html.replace(MODULE_SCRIPT, (_, src: string) => {
    if (!srcs.includes(src)) srcs.push(src);
    return '';
  });
  if (srcs.length === 0) return html;
  const end = without.lastIndexOf('</body>');
  if (end < 0) return html;
  return `${without.slice(0, end)}<script data-modules="${srcs.join(' ')}">${ISLAND_LOADER}</script>${without.slice(end)}`;
}

/** The module scripts a built page loads, whether still in <head> or behind the loader. */
export function moduleScriptsOf(html: string): string[] {
  const direct = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1] ?? '');
  const deferred = LOADER_TAG.exec(html)?.[1]?.split(' ').filter(Boolean) ?? [];
  return [...direct, ...deferred];
}
