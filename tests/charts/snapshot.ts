/** Plot-style SVG snapshots: compared to a committed file; on mismatch a -changed.svg is written beside it. */
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export async function expectSvgSnapshot(svg: string, name: string): Promise<void> {
  const path = new URL(`./__snapshots__/${name}.svg`, import.meta.url).pathname;
  try {
    await expect(svg).toMatchFileSnapshot(path);
  } catch (e) {
    writeFileSync(path.replace(/\.svg$/, '-changed.svg'), svg);
    throw e;
  }
}
