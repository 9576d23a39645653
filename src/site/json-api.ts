/**
 * The static JSON API, one file for both editions: /api/parks.json (the list with counts),
 * /api/parks/<id>.json (everything a park page shows, every figure with its quote, flag and the
 * URL of its highlighted sentence) and /api/indicators/<id>.json. Field names are stable and
 * documented on the data page; a missing value is null, never an absent key. URLs are paths on
 * this site (the Chinese edition; the English one is the same path under en/).
 */
import type { Dataset, DatasetIndex, Indicator, Investment, Project, SourceDocument, Zone } from '../data/model.ts';
import type { SiteData } from '../data/site-data.ts';
import { indicatorPromises } from '../derived/indicator-rows.ts';
import { parkPromises } from '../derived/park-promises.ts';
import { pairRowId, type PromiseRow } from '../derived/promises.ts';
import { LIMITS } from '../lib/limits.ts';
import { routes, withBase } from '../lib/paths.ts';
import { publishedName } from '../lib/source-formats.ts';

/** The top-level fields of each file, in order: what the data page documents. */
export const JSON_FIELDS = {
  park: ['id', 'name', 'name_en', 'province', 'prefecture', 'county', 'adcode', 'level', 'lat', 'lon', 'location_basis', 'identity_basis', 'identity_note', 'industries', 'page_url', 'feed_url', 'documents', 'indicators', 'investments', 'zones', 'projects'],
  figure: ['id', 'doc_id', 'year', 'period', 'kind', 'value', 'value_text', 'value_high', 'comparator', 'unit', 'quote', 'flag', 'note', 'source_url', 'row_url'],
  investment: ['id', 'doc_id', 'year', 'project', 'category', 'zone_id', 'amount', 'amount_text', 'amount_high', 'unit', 'basis', 'quote', 'flag', 'note', 'source_url', 'row_url'],
  parks: ['totals', 'parks'],
  indicator: ['id', 'name', 'name_en', 'group', 'unit', 'higher_is_better', 'description', 'page_url', 'pairs_total', 'pairs', 'csv_url'],
  pair: ['park_id', 'indicator', 'year', 'status', 'progress', 'partial', 'target', 'actual'],
} as const;

type Link = (path: string) => string;

/** Where a quoted row's sentence is highlighted, and its row on the park page (`rowId`: the id that row carries, its own by default). */
function provenance(link: Link, r: { id: string; park_id: string; doc_id: string }, rowId = r.id) {
  return { source_url: link(routes.quote(r.doc_id, r.id)), row_url: link(routes.parkRow(r.park_id, rowId)) };
}

/** A target or actual of a pair; `rowId`: its pair's row on the park page. */
function indicatorFigure(link: Link, r: Indicator, rowId: string) {
  return {
    id: r.id, doc_id: r.doc_id, year: r.year, period: r.period, kind: r.kind,
    value: r.value, value_text: r.valueText, value_high: r.value_high ?? null, comparator: r.comparator, unit: r.unit,
    quote: r.quote, flag: r.flag, note: r.note || null, ...provenance(link, r, rowId),
  };
}

function pair(link: Link, p: PromiseRow) {
  return {
    park_id: p.parkId, indicator: p.indicator, year: p.year, status: p.status, progress: p.progress ?? null, partial: p.partial,
    target: p.target ? indicatorFigure(link, p.target, pairRowId(p)) : null,
    actual: p.actual ? indicatorFigure(link, p.actual, pairRowId(p)) : null,
  };
}

function investment(link: Link, r: Investment) {
  return {
    id: r.id, doc_id: r.doc_id, year: r.year, project: r.project, category: r.category, zone_id: r.zone_id ?? null,
    amount: r.amount, amount_text: r.amountText, amount_high: r.amount_high ?? null, unit: r.unit, basis: r.basis,
    quote: r.quote, flag: r.flag, note: r.note || null, ...provenance(link, r),
  };
}

function zone(link: Link, z: Zone) {
  return { id: z.id, doc_id: z.doc_id, name: z.name, industries: z.industries, schematic_x: z.schematic_x, schematic_y: z.schematic_y, quote: z.quote, ...provenance(link, z) };
}

function project(link: Link, p: Project) {
  return { id: p.id, doc_id: p.doc_id, name: p.name, industry: p.industry || null, stage: p.stage, quote: p.quote, ...provenance(link, p) };
}

function document(link: Link, d: SourceDocument) {
  return {
    id: d.id, title: d.title, kind: d.kind, year: d.year, year_basis: d.year_basis, published: d.published ?? null,
    quality_note: d.quality_note || null, page_url: link(routes.source(d.id)), raw_url: link(routes.rawSource(publishedName(d.source_file))),
  };
}

export function parkJson({ dataset, index }: SiteData, base: string, id: string) {
  const link: Link = (p) => withBase(base, p);
  const park = index.park(id);
  return {
    id: park.id, name: park.name, name_en: park.name_en || null, province: park.province, prefecture: park.prefecture || null,
    county: park.county || null, adcode: park.adcode, level: park.level || null, lat: park.lat ?? null, lon: park.lon ?? null,
    location_basis: park.location_basis, identity_basis: park.identity_basis, identity_note: park.identity_note || null,
    industries: park.industries, page_url: link(routes.park(id)), feed_url: link(routes.parkFeed(id)),
    documents: index.documentsOf(id).map((d) => document(link, d)),
    indicators: parkPromises(dataset, index, id).map((p) => ({ ...pair(link, p), name: index.indicatorDef(p.indicator).name, name_en: index.indicatorDef(p.indicator).name_en })),
    investments: index.investmentsOf(id).map((r) => investment(link, r)),
    zones: index.zonesOf(id).map((z) => zone(link, z)),
    projects: index.projectsOf(id).map((p) => project(link, p)),
  };
}

function counts(index: DatasetIndex, id: string) {
  return {
    documents: index.documentsOf(id).length, indicators: index.indicatorsOf(id).length, investments: index.investmentsOf(id).length,
    zones: index.zonesOf(id).length, projects: index.projectsOf(id).length,
  };
}

export function parksJson({ dataset, index }: SiteData, base: string) {
  const link: Link = (p) => withBase(base, p);
  const d: Dataset = dataset;
  return {
    totals: { parks: d.parks.length, documents: d.documents.length, indicators: d.indicators.length, investments: d.investments.length, zones: d.zones.length, projects: d.projects.length },
    parks: d.parks.map((p) => ({
      id: p.id, name: p.name, name_en: p.name_en || null, province: p.province, prefecture: p.prefecture || null, county: p.county || null,
      identity_basis: p.identity_basis, location_basis: p.location_basis, ...counts(index, p.id),
      json_url: link(routes.parkJson(p.id)), page_url: link(routes.park(p.id)),
    })),
  };
}

/** An indicator's pairs in the order of its page, capped like its table; the rest are in the parks' files and the CSV. */
export function indicatorJson({ dataset, index }: SiteData, base: string, id: string) {
  const link: Link = (p) => withBase(base, p);
  const def = index.indicatorDef(id);
  const pairs = indicatorPromises(dataset, index, id);
  return {
    id: def.id, name: def.name, name_en: def.name_en, group: def.group, unit: def.unit, higher_is_better: def.higher_is_better,
    description: def.description || null, page_url: link(routes.indicator(id)),
    pairs_total: pairs.length, pairs: pairs.slice(0, LIMITS.tableRows).map((p) => pair(link, p)), csv_url: link(routes.dataFile('indicators.csv')),
  };
}

export const jsonResponse = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
