/**
 * The Content-Security-Policy every page carries (as a <meta>, so it works on any static host).
 * Scripts only from the site itself — Astro emits every island as an external module and no page
 * has an inline script or event handler; styles may be inline (Astro inlines the stylesheet and
 * Plot writes style attributes). Nothing may load from another origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
