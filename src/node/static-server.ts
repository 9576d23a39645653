/**
 * A plain static file server for dist/ (what `npm start` and the browser tests use). It serves
 * the site under its base path exactly as any static host would: files as they are, a
 * directory's index.html, and 404.html for anything else.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Maps a request path to a file under root, or null when outside the base or missing. */
export function resolveRequest(root: string, base: string, urlPath: string): { file: string; status: number } | null {
  const b = base.endsWith('/') ? base : `${base}/`;
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (!path.startsWith(b)) return path === b.slice(0, -1) ? { file: '', status: 301 } : null;
  const rel = normalize(path.slice(b.length));
  if (rel.startsWith('..')) return null;
  const abs = resolve(join(root, rel));
  if (!abs.startsWith(resolve(root))) return null;
  if (existsSync(abs) && statSync(abs).isFile()) return { file: abs, status: 200 };
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    if (!path.endsWith('/')) return { file: '', status: 301 };
    const index = join(abs, 'index.html');
    if (existsSync(index)) return { file: index, status: 200 };
  }
  return null;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/;

export interface ServerOptions {
  /** gzip text responses when the client accepts it, as a typical static host does (benchmarks). */
  gzip?: boolean;
}

export function startStaticServer(root: string, base = '/', port = 4321, host = '127.0.0.1', options: ServerOptions = {}): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const hit = resolveRequest(root, base, url);
    if (hit?.status === 301) {
      const [p, q] = url.split('?');
      res.writeHead(301, { Location: `${p}/${q ? `?${q}` : ''}` });
      res.end();
      return;
    }
    const notFound = join(root, '404.html');
    const file = hit?.file ?? (existsSync(notFound) ? notFound : null);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('404');
      return;
    }
    const type = contentType(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(readFileSync(file), { level: 6 });
      res.writeHead(hit ? 200 : 404, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(hit ? 200 : 404, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}
