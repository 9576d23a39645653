/**
 * `npm run build`, `npm run dev`, `npm start`, `npm run typecheck`: Astro's CLI with the given
 * arguments, run by src/node/astro.ts's rules (the project's Node, telemetry off, its heap limit).
 */
import { spawnSync } from 'node:child_process';
import { dataDir } from '../data/node-fs.ts';
import { astroBin, astroEnv, astroNodeFlags, csvBytes } from '../node/astro.ts';

const r = spawnSync(process.execPath, [...astroNodeFlags(process.env, csvBytes(dataDir())), astroBin(), ...process.argv.slice(2)], { stdio: 'inherit', env: astroEnv(process.env) });
process.exit(r.status ?? 1);
