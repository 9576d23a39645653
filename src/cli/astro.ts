/**
 * `npm run build`, `npm run dev`, `npm start`, `npm run typecheck`: Astro's CLI with the given
 * arguments, run by src/node/astro.ts's rules (the project's Node, telemetry off, its heap limit;
 * `build --force` or FULL_BUILD=1 a full build, see fullBuildCommand).
 */
import { spawnSync } from 'node:child_process';
import { dataDir } from '../data/node-fs.ts';
import { astroBin, astroEnv, astroNodeFlags, csvBytes, fullBuildCommand } from '../node/astro.ts';

const { args, env } = fullBuildCommand(process.argv.slice(2), astroEnv(process.env));
const r = spawnSync(process.execPath, [...astroNodeFlags(process.env, csvBytes(dataDir())), astroBin(), ...args], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
