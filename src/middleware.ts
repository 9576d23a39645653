/** Build-time post-processing of every page: island scripts wait for the first paint (src/integrations/deferred-scripts.ts). */
import { defineMiddleware } from 'astro:middleware';
import { deferModuleScripts } from './integrations/deferred-scripts.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  // The dev server injects its own client scripts; only the built site is rewritten.
  if (!import.meta.env.PROD || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  return new Response(deferModuleScripts(await response.text()), { status: response.status, headers: response.headers });
});
