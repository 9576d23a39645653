// i18n/: every interface string, one table per locale (and the map's phrase tables).
import { en } from './en.ts';
import { zh, type StringKey } from './zh-CN.ts';
import type { Locale } from '../lib/format.ts';

export type { StringKey };
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const tables: Record<Locale, Record<StringKey, string>> = { 'zh-CN': zh, en };

/** The string for `key` in `locale`, with {name} placeholders filled. */
export function t(locale: Locale, key: StringKey, vars: Record<string, string | number> = {}): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Returns a translator bound to one locale, for components. */
export const translator = (locale: Locale) => (key: StringKey, vars?: Record<string, string | number>) => t(locale, key, vars);
