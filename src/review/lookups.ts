/**
 * What the review page lets a field hold, each behind one function so that the tables behind them
 * can change without the page changing: the units a row may use, the indicator definitions searched
 * by name, alias and unit, the county seats searched by name, and a report file read as text.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parseUnits } from '../extract/review.ts';
import { cleanPagedText } from '../lib/provenance.ts';
import { deriveText } from '../sources/derive.ts';

/** The units a row may use: those of the data folder's units.csv, in its order. */
export function listUnits(unitsCsv: string): string[] {
  return [...parseUnits(unitsCsv).keys()];
}

export interface IndicatorChoice {
  id: string;
  name: string;
  unit: string;
  /** Other names the reports use for it (the aliases column of indicator_defs.csv, when it has one). */
  aliases: string[];
  description: string;
}

function records(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;
}

const split = (cell: string | undefined): string[] => (cell ?? '').split(/[;；|]/u).map((s) => s.trim()).filter(Boolean);

/** indicator_defs.csv → what the indicator search shows and matches. */
export function indicatorChoices(defsCsv: string): IndicatorChoice[] {
  return records(defsCsv)
    .map((r) => ({ id: (r.id ?? '').trim(), name: (r.name ?? '').trim(), unit: (r.unit ?? '').trim(), aliases: split(r.aliases), description: (r.description ?? '').trim() }))
    .filter((d) => d.id !== '');
}

/**
 * The definitions matching every word of `query` in their id, name, aliases or unit, best first:
 * a name or alias that is the query, then one that starts with it, then one that contains it.
 */
export function searchIndicators(defs: readonly IndicatorChoice[], query: string, limit = 8): IndicatorChoice[] {
  const words = query.trim().toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return defs.slice(0, limit);
  const scored: { def: IndicatorChoice; score: number }[] = [];
  for (const def of defs) {
    const names = [def.name, ...def.aliases].map((n) => n.toLowerCase());
    const hay = [def.id.toLowerCase(), ...names, def.unit.toLowerCase()];
    if (!words.every((w) => hay.some((h) => h.includes(w)))) continue;
    const q = words.join('');
    const score = names.includes(q) || def.id === q ? 0 : names.some((n) => n.startsWith(q)) ? 1 : names.some((n) => n.includes(q)) ? 2 : 3;
    scored.push({ def, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.def.name.length - b.def.name.length).slice(0, limit).map((s) => s.def);
}

export interface CountySeat {
  adcode: string;
  /** The county's name: 临湘市, 芙蓉区. */
  name: string;
  prefecture: string;
  province: string;
  lat: string;
  lon: string;
}

/** Province names by the first two digits of an administrative code (GB/T 2260). */
const PROVINCES: Record<string, string> = {
  11: '北京市', 12: '天津市', 13: '河北省', 14: '山西省', 15: '内蒙古自治区', 21: '辽宁省', 22: '吉林省', 23: '黑龙江省',
  31: '上海市', 32: '江苏省', 33: '浙江省', 34: '安徽省', 35: '福建省', 36: '江西省', 37: '山东省', 41: '河南省', 42: '湖北省',
  43: '湖南省', 44: '广东省', 45: '广西壮族自治区', 46: '海南省', 50: '重庆市', 51: '四川省', 52: '贵州省', 53: '云南省',
  54: '西藏自治区', 61: '陕西省', 62: '甘肃省', 63: '青海省', 64: '宁夏回族自治区', 65: '新疆维吾尔自治区', 71: '台湾省',
  81: '香港特别行政区', 82: '澳门特别行政区',
};

/** county-seats.csv → the seats; province and prefecture from their columns when the file has them, the province else from the code. */
export function countySeats(csv: string): CountySeat[] {
  return records(csv)
    .map((r) => {
      const adcode = (r.adcode ?? '').trim();
      return {
        adcode, name: (r.name ?? r.county ?? '').trim(), prefecture: (r.prefecture ?? '').trim(),
        province: (r.province ?? '').trim() || (PROVINCES[adcode.slice(0, 2)] ?? ''), lat: (r.lat ?? '').trim(), lon: (r.lon ?? '').trim(),
      };
    })
    .filter((s) => /^\d{6}$/u.test(s.adcode) && s.name !== '');
}

/** The seats whose name, prefecture, province or code contain every word of `query`; exact names first. */
export function searchCounties(seats: readonly CountySeat[], query: string, limit = 10): CountySeat[] {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  const hits = seats.filter((s) => words.every((w) => s.name.includes(w) || s.prefecture.includes(w) || s.province.includes(w) || s.adcode.startsWith(w)));
  const q = words.join('');
  const rank = (s: CountySeat): number => (s.name === q ? 0 : s.name.startsWith(q) ? 1 : 2);
  return hits.sort((a, b) => rank(a) - rank(b) || a.adcode.localeCompare(b.adcode)).slice(0, limit);
}

/**
 * A report file as the text its quotes come from, derived as the build derives it (a PDF's text
 * layer, a .docx, a saved web page's article, or text as it is); throws SourceFormatError when no
 * text can be derived (a scanned PDF).
 */
export async function reportText(path: string): Promise<{ text: string; how: string }> {
  const derived = await deriveText(new Uint8Array(readFileSync(path)), path);
  return { text: cleanPagedText(derived.text, derived.pageStarts).text, how: derived.format === 'text' ? (derived.encoding ?? 'utf-8') : derived.format };
}
