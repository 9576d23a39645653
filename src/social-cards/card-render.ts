/**
 * The build-time edge of images: SVG → PNG with resvg and Noto Sans Hans from an npm package
 * (OFL-1.1; used at build time only — the site itself uses the reader's system fonts).
 * The 8 MB fonts are first cut down to the characters the site can print: resvg shapes text
 * about 15× faster with a 200 KB subset than with the full CJK font.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** Font files from @embedpdf/fonts-sc. */
export function fullFonts(): string[] {
  // The package exports only its JS entry (dist/index.cjs); the fonts sit beside dist/.
  const dir = join(dirname(dirname(require.resolve('@embedpdf/fonts-sc'))), 'fonts');
  return [join(dir, 'NotoSansHans-Regular.otf'), join(dir, 'NotoSansHans-Bold.otf')];
}

/** Characters every card and chart may need beyond the data: ASCII, digits, punctuation. */
export const BASE_CHARSET = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~·—–…“”‘’→←↑↓≥≤±×÷～（）：；，。、！？《》【】「」％０１２３４５６７８９';

const cache = new Map<string, Promise<string[]>>();

/** Subsets of the fonts holding `text`'s characters, written once per character set to the temp dir. */
export function fontsFor(text: string): Promise<string[]> {
  const chars = [...new Set(BASE_CHARSET + text)].sort().join('');
  const key = createHash('sha256').update(chars).digest('hex').slice(0, 16);
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      const dir = join(tmpdir(), 'yuanqu-fonts');
      mkdirSync(dir, { recursive: true });
      return Promise.all(fullFonts().map(async (file, i) => {
        const out = join(dir, `${key}-${i}.otf`);
        if (!existsSync(out)) writeFileSync(out, await subsetFont(readFileSync(file), chars));
        return out;
      }));
    })();
    cache.set(key, p);
  }
  return p;
}

/** resvg's options: only the given fonts (no system fonts: the same pixels on every machine). */
export function resvgOptions(fonts: string[], width?: number): ResvgRenderOptions {
  return {
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Noto Sans Hans' },
    fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
  };
}

export function svgToPng(svg: string, fonts: string[], width?: number): Uint8Array {
  return new Resvg(svg, resvgOptions(fonts, width)).render().asPng();
}
