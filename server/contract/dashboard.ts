import { z } from 'zod';
import { Category } from './taxonomy.ts';

export const Period = z.object({ from: z.string(), to: z.string() });

/** Wheeler's z for two counts with a plain-language verdict; never a bare percentage. */
export const Change = z.object({
  current: z.number().int(),
  previous: z.number().int(),
  percent: z.number().nullable(),
  wheelerZ: z.number(),
  verdict: z.enum(['up', 'down', 'no_real_change']),
});
export type Change = z.infer<typeof Change>;

export const Summary = z.object({
  period: Period,
  comparisonPeriod: Period,
  contacts: z.number().int(),
  changeOnLastYear: Change,
  topCategories: z.array(
    z.object({ category: Category, label: z.string(), contacts: z.number().int(), share: z.number() }),
  ),
  agencies: z.number().int(),
  monthOnlyShare: z.number(),
  dataExtent: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
});
export type Summary = z.infer<typeof Summary>;

export const TimeseriesPoint = z.object({
  month: z.string(),
  contacts: z.number().int(),
  lastYear: z.number().int().nullable(),
});
export const Timeseries = z.object({
  period: Period,
  interval: z.literal('month'),
  points: z.array(TimeseriesPoint),
});
export type Timeseries = z.infer<typeof Timeseries>;

export const Health = z.object({
  status: z.literal('ok'),
  contacts: z.number().int(),
  dataVersion: z.number().int(),
});
export type Health = z.infer<typeof Health>;

export const AgencyDto = z.object({ code: z.string(), name: z.string(), kind: z.string() });
export const LayerDto = z.object({ id: z.string(), name: z.string(), areas: z.number().int() });
export const Options = z.object({
  agencies: z.array(AgencyDto),
  categories: z.array(z.object({ code: Category, label: z.string() })),
  layers: z.array(LayerDto),
  map: z.object({ tileUrl: z.string().nullable(), tileAttribution: z.string().nullable() }),
});
export type Options = z.infer<typeof Options>;
