declare module 'subset-font' {
  /** Subsets a font (TTF/OTF/WOFF/WOFF2) to the characters of `text` with harfbuzz's hb-subset (wasm). */
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'truetype' | 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[] }): Promise<Uint8Array>;
}
