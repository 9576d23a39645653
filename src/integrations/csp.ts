/**
 * The Content-Security-Policy every page carries (as a <meta>, so it works on any static host).
 * Scripts only from the site itself, plus the one inline loader that starts the island modules
 * after the first paint (allowed by its hash, src/integrations/deferred-scripts.ts); no event handlers.
 * Styles may be inline (Astro inlines the stylesheet and Plot writes style attributes). Nothing
 * may load from another origin.
 */
import { ISLAND_LOADER_HASH } from './deferred-scripts.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${ISLAND_LOADER_HASH} 'wasm-unsafe-eval'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
