/**
 * `node src/cli/index-text.ts DIR`: indexes again, as plain text records, the text the search index
 * of the built site in DIR holds (src/bench/text-index.ts) — the index's own floor, for bench:build.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexText, textIndexLine } from '../bench/text-index.ts';

const bundle = join(resolve(process.argv[2] ?? 'dist'), 'pagefind');
if (!existsSync(bundle)) {
  console.error(`no search index in ${bundle}: run \`npm run index-site\` first`);
  process.exitCode = 1;
} else {
  try {
    console.log(textIndexLine(await indexText(bundle)));
  } catch (e) {
    console.error(`text index (Pagefind) failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
