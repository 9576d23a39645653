/**
 * Swapping changed files into a folder all or nothing: every new file is written next to its
 * original first, then each original is renamed aside and the new one renamed in; when a rename
 * fails, the originals already replaced are put back and the files that did not exist are removed.
 * Used by `npm run extract -- --apply` and by the review page's publish.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function swapIn(dir: string, changes: ReadonlyMap<string, Uint8Array>): void {
  const files = [...changes.keys()];
  try {
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, `${file}.apply-new`), changes.get(file) ?? new Uint8Array());
    }
  } catch (e) {
    for (const file of files) rmSync(join(dir, `${file}.apply-new`), { force: true });
    throw e;
  }
  const created = new Set(files.filter((f) => !existsSync(join(dir, f))));
  const done: string[] = [];
  try {
    for (const file of files) {
      if (!created.has(file)) renameSync(join(dir, file), join(dir, `${file}.apply-old`));
      renameSync(join(dir, `${file}.apply-new`), join(dir, file));
      done.push(file);
    }
  } catch (e) {
    for (const file of files) {
      if (existsSync(join(dir, `${file}.apply-old`))) renameSync(join(dir, `${file}.apply-old`), join(dir, file));
      else if (created.has(file) && done.includes(file)) rmSync(join(dir, file), { force: true });
      rmSync(join(dir, `${file}.apply-new`), { force: true });
    }
    throw e;
  }
  for (const file of done) rmSync(join(dir, `${file}.apply-old`), { force: true });
}
