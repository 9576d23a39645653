import { z } from 'zod';
import { cellType, list, oneOf, optionalDecimal, optionalText, requiredText, slug } from './fields.ts';

export const LOCATION_BASES = ['county_seat', 'approximate', 'surveyed', 'unknown'] as const;
export const IDENTITY_BASES = ['named', 'inferred', 'anonymous'] as const;

/** parks.csv — one row per park. */
export const parkRow = z.object({
  /** URL slug, e.g. linxiang. */
  id: slug(),
  /** Name as the documents write it; an inferred name says so, e.g. 君山产业开发区（推断）. */
  name: requiredText('the park name'),
  name_en: optionalText(),
  province: requiredText('a province such as 湖南省'),
  prefecture: optionalText(),
  county: optionalText(),
  /** 6-digit administrative code of the county (or of the prefecture when the county is unknown). */
  adcode: cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      if (/^\d{6}$/.test(t)) return t;
      ctx.addIssue({ code: 'custom', message: 'is not a 6-digit administrative code', params: { expected: 'e.g. 430682' } });
      return z.NEVER;
    }),
    { type: 'string', constraints: { required: true, pattern: '[0-9]{6}' } },
  ),
  /** Kind of zone as named: 高新区, 工业集中区, 产业开发区… */
  level: optionalText(),
  /** WGS84; empty when location_basis is unknown. */
  lat: optionalDecimal({ min: 3, max: 54, what: 'a latitude in China (3–54)' }),
  lon: optionalDecimal({ min: 73, max: 136, what: 'a longitude in China (73–136)' }),
  /** What the coordinates are: the county seat, an approximation, a survey, or unknown. */
  location_basis: oneOf(LOCATION_BASES),
  /** Whether the documents name the park, or its identity is inferred or hidden. */
  identity_basis: oneOf(IDENTITY_BASES),
  /** The evidence for an inferred or anonymous identity. */
  identity_note: optionalText(),
  industries: list(),
});

export type ParkRow = z.output<typeof parkRow>;
export const PARK_COLUMNS = Object.keys(parkRow.shape);
