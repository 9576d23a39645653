/**
 * The origin a build writes into every absolute URL (canonical links, social cards, QR codes,
 * feeds, the sitemap, robots.txt, the data package, embed snippets), checked before the build:
 * a build for hosting (`--production`) needs SITE_ORIGIN, a public http(s) origin; a preview build
 * without it uses the local preview origin and says so in one line at its end.
 */

/** The flag of `npm run build -- --production`: a build meant to be uploaded. */
export const PRODUCTION_FLAG = '--production';

export type OriginCheck =
  /** The build may run; `notice` is the line to print at its end, if any. */
  | { ok: true; origin: string; notice?: string }
  | { ok: false; error: string };

const HOW_TO_SET = 'SITE_ORIGIN=https://your.domain npm run build -- --production (README, "Deploying")';

/** Loopback and unspecified hosts: an address that opens the reader's own machine, not the site. */
function isLocalHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '0.0.0.0' || h === '::1' || h === '::';
}

/** Why `value` is not an origin (scheme and host, optionally a port), or null when it is one. */
function originProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_ORIGIN=${value} is not a URL: write the scheme and host, e.g. https://example.org`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_ORIGIN=${value} is not an http(s) origin`;
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') return `SITE_ORIGIN=${value} has a path: give the origin only (https://example.org) and the sub-path as BASE_PATH=/yuanqu/`;
  return null;
}

/**
 * Whether a build with `env` may run, and the origin it will write. `previewOrigin` is the
 * origin used without SITE_ORIGIN (lib/paths.ts PREVIEW_ORIGIN, which astro.config.mjs uses too).
 */
export function checkBuildOrigin(env: NodeJS.ProcessEnv, production: boolean, previewOrigin: string): OriginCheck {
  const value = env.SITE_ORIGIN ?? '';
  if (value === '') {
    if (production) return { ok: false, error: `A production build needs SITE_ORIGIN, the origin the site will be served from: without it canonical links, social cards, QR codes, feeds and the sitemap point at ${previewOrigin}. Run: ${HOW_TO_SET}` };
    return { ok: true, origin: previewOrigin, notice: `Note: SITE_ORIGIN is not set, so canonical links, social cards, QR codes, feeds and the sitemap point at the local preview origin ${previewOrigin}; to host this dist/, build with ${HOW_TO_SET}.` };
  }
  const problem = originProblem(value);
  if (problem) return { ok: false, error: problem };
  const origin = new URL(value).origin;
  if (production && isLocalHost(new URL(value).hostname)) return { ok: false, error: `SITE_ORIGIN=${value} is this machine: a production build must name the origin readers will open (QR codes and shared links would open nothing). Run: ${HOW_TO_SET}` };
  return { ok: true, origin };
}

/** `argv` without the production flag, and whether it was there. */
export function takeProductionFlag(argv: readonly string[]): { production: boolean; args: string[] } {
  return { production: argv.includes(PRODUCTION_FLAG), args: argv.filter((a) => a !== PRODUCTION_FLAG) };
}
