/** `npm start` (after the build) / `npm run preview`: serves dist/ locally and prints the URL. */
import { startStaticServer } from '../node/static-server.ts';
import { resolve } from 'node:path';

const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
await startStaticServer(resolve('dist'), base, port, host);
const b = base.endsWith('/') ? base : `${base}/`;
console.log(`园区进度 is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${b}  (Ctrl+C to stop)`);
