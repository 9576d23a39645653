// review/: the review page of `npm run review`: a local server where an editor accepts, fixes or rejects each drafted row beside its sentence and publishes.
/**
 * The review server. Safe by construction: it listens on 127.0.0.1 only; every request must carry
 * the random token the command printed (in the URL the first time, then as a cookie, or as the
 * X-Review-Token header), else 403; a request for any path outside its fixed routes that tries to
 * climb (..) gets 403 too; it reads and writes only the draft folder and the data folder; the page
 * carries a Content-Security-Policy stricter than the site's (no inline script or style at all);
 * writes must be JSON from the page's own origin; and every write is checked by the dataset's zod
 * schemas before anything is saved.
 */
import { spawn } from 'node:child_process';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { displayName, fsReader } from '../data/node-fs.ts';
import { idStart } from '../extract/apply.ts';
import { astroBin, astroNodeFlags, buildEnv, csvBytes } from '../node/astro.ts';
import { startStaticServer } from '../node/static-server.ts';
import { swapIn } from '../node/swap-in.ts';
import { nextRowId, type ReviewDraft, type ReviewRow } from './draft-state.ts';
import { addRow, editForm, editRow, type FormEdit, type Outcome, type RowEdit } from './edits.ts';
import { searchCounties, searchIndicators } from './lookups.ts';
import { reviewPage, rowCard, type PageContext } from './page.ts';
import { hasErrors, planPublish, publishIds } from './publish.ts';
import { rowFromSelection } from './selection.ts';
import type { ReviewSession } from './session.ts';
import { writeDraft } from './store.ts';

const ROOT = join(import.meta.dirname, '../..');

/** As strict as the site's policy (src/integrations/csp.ts) and stricter: no inline style, no inline script, no frames. */
export const REVIEW_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ASSETS = { css: '/assets/review.css', script: '/assets/review-editor.js' };

export interface BuildState {
  state: 'idle' | 'running' | 'done' | 'failed';
  log: string;
  links: { label: string; href: string }[];
}

export interface ReviewServer {
  server: Server;
  url: string;
  origin: string;
  token: string;
  session: ReviewSession;
  /** Resolves when a publish's build (if any) has ended. */
  build: () => BuildState;
  close(): Promise<void>;
}

export interface ReviewServerOptions {
  port?: number;
  /** Fixed token (tests); random otherwise. */
  token?: string;
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': REVIEW_CSP, 'Cross-Origin-Resource-Policy': 'same-origin', ...headers,
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, body: unknown): void => send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
const forbidden = (res: ServerResponse, why: string): void => send(res, 403, 'text/plain; charset=utf-8', `403 forbidden: ${why}\n`);

function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new RangeError('request body over 1 MB');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringRecord = (v: unknown): Record<string, string> | undefined =>
  isRecord(v) && Object.values(v).every((x) => typeof x === 'string') ? (v as Record<string, string>) : undefined;

function statusOf<T>(o: Outcome<T>): number {
  return o.kind === 'saved' ? 200 : o.kind === 'stale' ? 409 : o.kind === 'invalid' ? 422 : 404;
}

export async function startReviewServer(session: ReviewSession, options: ReviewServerOptions = {}): Promise<ReviewServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const script = stripTypeScriptTypes(readFileSync(join(ROOT, 'src/islands/review-editor.ts'), 'utf8'));
  const css = ['src/styles/global.css', 'src/styles/forms.css', 'src/review/review.css'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  const draftShown = displayName(session.folder);
  const dataShown = displayName(session.dataDir);
  let build: BuildState = { state: 'idle', log: '', links: [] };
  let preview: Server | null = null;
  let port = 0;
  let cookieName = 'review-token';

  const context = (): PageContext => ({
    draft: session.draft, text: session.text, units: session.units, indicators: new Map(session.indicators.map((d) => [d.id, d])),
    zones: session.zones, parks: session.parks, draftShown, dataShown,
  });
  const save = (draft: ReviewDraft): void => {
    // On disk before the answer: an acknowledged edit survives a crash.
    writeDraft(session.folder, draft);
    session.draft = draft;
  };
  const rowAnswer = (o: Outcome<ReviewRow>): Record<string, unknown> => {
    if (o.kind === 'missing') return { outcome: o.kind };
    const row = o.kind === 'saved' ? o.value : o.current;
    return { outcome: o.kind, row, html: rowCard(row, context()), errors: o.kind === 'invalid' ? o.errors : [], counts: counts(session.draft) };
  };

  function startBuild(parkId: string, docId: string): void {
    const out = join(session.folder, 'site');
    build = { state: 'running', log: '', links: [] };
    const child = spawn(process.execPath, [...astroNodeFlags(process.env, csvBytes(session.dataDir)), astroBin(ROOT), 'build', '--outDir', out], {
      cwd: ROOT, env: buildEnv(process.env, session.dataDir), stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: string[] = [];
    const keep = (b: Buffer): void => {
      log.push(b.toString('utf8'));
      if (log.length > 400) log.splice(0, log.length - 400);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', async (code) => {
      const tail = log.join('').split('\n').slice(-30).join('\n');
      if (code !== 0) {
        build = { state: 'failed', log: tail, links: [] };
        return;
      }
      try {
        if (preview) await new Promise<void>((ok) => preview?.close(() => ok()));
        preview = await startStaticServer(out, '/', 0);
        const origin = `http://127.0.0.1:${(preview.address() as AddressInfo).port}`;
        build = { state: 'done', log: tail, links: [
          { label: 'park page', href: `${origin}/parks/${parkId}/` },
          { label: 'source page', href: `${origin}/sources/${docId}/` },
          { label: 'whole site', href: `${origin}/` },
        ] };
      } catch (e) {
        build = { state: 'failed', log: `${tail}\npreview server: ${String(e)}`, links: [] };
      }
    });
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/api/indicators') return sendJson(res, 200, searchIndicators(session.indicators, url.searchParams.get('q') ?? ''));
    if (method === 'GET' && path === '/api/counties') return sendJson(res, 200, searchCounties(session.seats, url.searchParams.get('q') ?? ''));
    if (method === 'GET' && path === '/api/draft') return sendJson(res, 200, session.draft);
    if (method === 'GET' && path === '/api/build') return sendJson(res, 200, build);
    const rowPath = /^\/api\/rows\/([a-z0-9-]{1,80})$/u.exec(path);
    if (method === 'GET' && rowPath) {
      const row = session.draft.rows.find((r) => r.id === rowPath[1]);
      return row ? sendJson(res, 200, rowAnswer({ kind: 'saved', value: row })) : sendJson(res, 404, { outcome: 'missing' });
    }
    if (method !== 'PUT' && method !== 'POST') return sendJson(res, 405, { error: `${method} ${path} is not a route` });
    // Writes: JSON from this page only (a form on another site can send neither this type nor this origin).
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, { error: 'send application/json' });
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}`) return forbidden(res, 'a write from another origin');
    const body = await readJson(req);
    if (!isRecord(body)) return sendJson(res, 400, { error: 'the body is not a JSON object' });
    if (session.draft.published && path !== '/api/publish') return sendJson(res, 409, { error: `published ${session.draft.published.at}: the draft is closed` });
    if (method === 'PUT' && rowPath) {
      const edit: RowEdit = { id: rowPath[1] ?? '', version: Number(body.version), fields: stringRecord(body.fields), status: typeof body.status === 'string' ? (body.status as RowEdit['status']) : undefined };
      const { draft, outcome } = editRow(session.draft, edit, session.lookup);
      if (draft !== session.draft) save(draft);
      return sendJson(res, statusOf(outcome), rowAnswer(outcome));
    }
    if (method === 'POST' && path === '/api/rows') {
      const d = session.draft;
      const docId = d.document.fields.id || d.rows[0]?.fields.doc_id || 'new-doc';
      const kind = d.rows.some((r) => r.fields.kind === 'actual') ? 'actual' : 'target';
      const row = rowFromSelection({
        text: session.text, units: session.units, id: nextRowId(d, 'indicators', d.rows[0]?.fields.doc_id ?? docId, idStart(fsReader(session.dataDir), 'indicators.csv', d.rows[0]?.fields.doc_id ?? docId).n),
        parkId: d.rows[0]?.fields.park_id ?? 'new-park', docId: d.rows[0]?.fields.doc_id ?? docId, year: d.document.fields.year || d.rows[0]?.fields.year || '', kind,
      }, Number(body.start), Number(body.end));
      if ('error' in row) return sendJson(res, 422, { outcome: 'invalid', errors: [{ field: 'selection', message: row.error }] });
      save(addRow(d, row));
      return sendJson(res, 201, rowAnswer({ kind: 'saved', value: row }));
    }
    const formPath = /^\/api\/forms\/(document|park)$/u.exec(path);
    if (method === 'PUT' && formPath) {
      const which = formPath[1] as 'document' | 'park';
      const fields = stringRecord(body.fields);
      if (!fields) return sendJson(res, 400, { error: 'fields must be an object of strings' });
      const edit: FormEdit = { version: Number(body.version), fields };
      const { draft, outcome } = editForm(session.draft, which, edit);
      if (draft !== session.draft) save(draft);
      const form = outcome.kind === 'saved' ? outcome.value : outcome.kind === 'missing' ? null : outcome.current;
      return sendJson(res, statusOf(outcome), { outcome: outcome.kind, form, errors: outcome.kind === 'invalid' ? outcome.errors : [] });
    }
    if (method === 'POST' && path === '/api/publish') {
      if (session.draft.published) return sendJson(res, 409, { error: `already published ${session.draft.published.at}; a new report gets a new review` });
      const plan = await planPublish({ read: fsReader(session.dataDir), shown: dataShown, draftShown, draft: session.draft, reportBytes: session.reportBytes });
      if (hasErrors(plan)) return sendJson(res, 422, { ok: false, rowErrors: plan.rowErrors, formErrors: plan.formErrors, otherErrors: plan.otherErrors });
      swapIn(session.dataDir, plan.changes);
      const { parkId, docId } = publishIds(session.draft);
      save({ ...session.draft, version: session.draft.version + 1, published: { at: new Date().toISOString(), ids: plan.ids } });
      startBuild(parkId, docId);
      return sendJson(res, 200, { ok: true, ids: plan.ids, files: [...plan.changes.keys()].map((f) => `${dataShown}/${f}`), parkId, docId });
    }
    return sendJson(res, 404, { error: `${method} ${path} is not a route` });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    const host = req.headers.host ?? '';
    // DNS rebinding: a page of another site resolved to 127.0.0.1 still sends its own Host.
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return forbidden(res, `host ${host} is not this server`);
    if (/\.\.|%2e|\\|%5c|\0/iu.test(raw.split('?')[0] ?? '')) return forbidden(res, 'the path climbs out of the review (..)');
    const url = new URL(raw, `http://127.0.0.1:${port}`);
    const fromQuery = url.searchParams.get('token');
    if (sameToken(fromQuery, token)) {
      url.searchParams.delete('token');
      // The token moves into a cookie this server alone reads, and out of the address bar and history.
      return send(res, 303, 'text/plain; charset=utf-8', '', {
        Location: `${url.pathname}${url.search}`, 'Set-Cookie': `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`,
      });
    }
    if (!sameToken(cookie(req, cookieName), token) && !sameToken(req.headers['x-review-token'] as string | undefined, token)) {
      return forbidden(res, 'no token: open the address npm run review printed');
    }
    if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', reviewPage(context(), ASSETS));
    if (req.method === 'GET' && url.pathname === ASSETS.css) return send(res, 200, 'text/css; charset=utf-8', css);
    if (req.method === 'GET' && url.pathname === ASSETS.script) return send(res, 200, 'text/javascript; charset=utf-8', script);
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    return send(res, 404, 'text/plain; charset=utf-8', `404: ${url.pathname} is not part of the review\n`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, e instanceof SyntaxError || e instanceof RangeError ? 400 : 500, { error: e instanceof Error ? e.message : String(e) });
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  cookieName = `review-token-${port}`;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server, origin, token, session, url: `${origin}/?token=${token}`, build: () => build,
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()));
      if (preview) await new Promise<void>((ok) => preview?.close(() => ok()));
    },
  };
}

function counts(draft: ReviewDraft): Record<string, number> {
  const n = (f: (s: string) => boolean) => draft.rows.filter((r) => f(r.status)).length;
  return { pending: n((s) => s === 'pending'), kept: n((s) => s === 'accepted' || s === 'fixed'), rejected: n((s) => s === 'rejected') };
}
