/**
 * Internal URLs. Every link goes through `withBase` so the site works under any sub-path
 * (BASE_PATH=/yuanqu/). Paths end with a slash, matching the directory build format.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

export const routes = {
  home: () => '',
  park: (id: string) => `parks/${id}/`,
  parks: () => 'parks/',
  indicator: (id: string) => `indicators/${id}/`,
  indicators: () => 'indicators/',
  investments: () => 'investments/',
  map: () => 'map/',
  source: (docId: string) => `sources/${docId}/`,
  sources: () => 'sources/',
  data: () => 'data/',
  dataFile: (file: string) => `data/${file}`,
  /** The sentence a figure comes from, highlighted on its source page. */
  quote: (docId: string, rowId: string) => `sources/${docId}/#q-${rowId}`,
  /** A figure's row on its park page. */
  parkRow: (parkId: string, rowId: string) => `parks/${parkId}/#r-${rowId}`,
} as const;
