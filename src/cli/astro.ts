/**
 * `npm run build`, `npm run dev`, `npm start`, `npm run typecheck`: Astro's CLI with the given
 * arguments, run by src/node/astro.ts's rules (the project's Node, telemetry off, its heap limit;
 * `build --force` or FULL_BUILD=1 a full build, see fullBuildCommand).
 * A build checks its origin first (src/node/site-origin.ts): `npm run build -- --production`
 * refuses to run without SITE_ORIGIN, and a build without it says at its end where its absolute
 * URLs point.
 */
import { spawnSync } from 'node:child_process';
import { dataDir } from '../data/node-fs.ts';
import { PREVIEW_ORIGIN } from '../lib/paths.ts';
import { astroBin, astroEnv, astroNodeFlags, csvBytes, fullBuildCommand } from '../node/astro.ts';
import { checkBuildOrigin, takeProductionFlag } from '../node/site-origin.ts';

const { production, args: given } = takeProductionFlag(process.argv.slice(2));
const building = given[0] === 'build';
const origin = building ? checkBuildOrigin(process.env, production, PREVIEW_ORIGIN) : undefined;
if (origin && !origin.ok) {
  console.error(`✗ ${origin.error}`);
  process.exit(2);
}
if (production && !building) {
  console.error('✗ --production is a flag of the build: npm run build -- --production');
  process.exit(2);
}
const { args, env } = fullBuildCommand(given, astroEnv(process.env));
const r = spawnSync(process.execPath, [...astroNodeFlags(process.env, csvBytes(dataDir())), astroBin(), ...args], { stdio: 'inherit', env });
if (r.status === 0 && origin?.ok && origin.notice) console.log(`\n${origin.notice}`);
process.exit(r.status ?? 1);
