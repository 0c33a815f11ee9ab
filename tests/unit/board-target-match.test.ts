import { describe, expect, it } from 'vitest';
import type { TargetDbRow } from '../../server/queries/board-targets.ts';
import { matchTarget, ragOf } from '../../server/services/board/target-match.ts';

let nextId = 1;
const target = (t: Partial<TargetDbRow>): TargetDbRow => ({
  id: nextId++,
  measure: 'rate_per_1000',
  layer_id: 'ward',
  area_code: null,
  area_name: null,
  agency_code: null,
  agency_name: null,
  category: null,
  target: 10,
  better: 'lower',
  set_by: 'admin',
  set_at: '2026-11-22T00:00:00Z',
  ...t,
});
const noFilters = { category: [], agency: [] };

describe('which target a board row is judged by', () => {
  const everyWard = target({});
  const oneWard = target({ area_code: 'DW01', target: 6 });
  const noiseEveryWard = target({ category: 'noise', target: 2 });
  const otherLayer = target({ layer_id: 'district' });
  const sla = target({ measure: 'sla_share', layer_id: null, target: 0.7, better: 'higher' });
  const slaPolice = target({
    measure: 'sla_share',
    layer_id: null,
    agency_code: 'police',
    target: 0.8,
    better: 'higher',
  });
  const all = [everyWard, oneWard, noiseEveryWard, otherLayer, sla, slaPolice];

  it('prefers the area’s own target to the layer-wide one', () => {
    expect(matchTarget(all, { measure: 'rate_per_1000', layer: 'ward', area: 'DW01' }, noFilters)).toBe(
      oneWard,
    );
    expect(matchTarget(all, { measure: 'rate_per_1000', layer: 'ward', area: 'DW02' }, noFilters)).toBe(
      everyWard,
    );
    expect(
      matchTarget(all, { measure: 'rate_per_1000', layer: 'small_area', area: 'X' }, noFilters),
    ).toBeNull();
  });

  it('applies a category target only when the filters select just that category', () => {
    const noise = { category: ['noise'], agency: [] };
    expect(matchTarget(all, { measure: 'rate_per_1000', layer: 'ward', area: 'DW02' }, noise)).toBe(
      noiseEveryWard,
    );
    const two = { category: ['noise', 'drugs'], agency: [] };
    expect(matchTarget(all, { measure: 'rate_per_1000', layer: 'ward', area: 'DW02' }, two)).toBeNull();
  });

  it('sets no rate target against one agency’s contacts', () => {
    const police = { category: [], agency: ['police'] };
    expect(matchTarget(all, { measure: 'rate_per_1000', layer: 'ward', area: 'DW01' }, police)).toBeNull();
  });

  it('judges an agency by its own SLA target, else the all-agency one', () => {
    expect(matchTarget(all, { measure: 'sla_share', agency: 'police' }, noFilters)).toBe(slaPolice);
    expect(matchTarget(all, { measure: 'sla_share', agency: 'housing' }, noFilters)).toBe(sla);
    expect(matchTarget(all, { measure: 'sla_share', category: 'noise' }, noFilters)).toBe(sla);
  });

  it('turns the interval against the target into RAG by the rule', () => {
    expect(ragOf(oneWard, { value: 4, low: 3, high: 5.9 })?.status).toBe('green');
    expect(ragOf(oneWard, { value: 7, low: 6, high: 8 })?.status).toBe('amber');
    expect(ragOf(oneWard, { value: 8, low: 6.1, high: 9 })?.status).toBe('red');
    expect(ragOf(sla, { value: 0.36, low: 0.2, high: 0.55 })?.status).toBe('red');
    expect(ragOf(null, { value: 1, low: 0, high: 2 })).toBeNull();
    expect(ragOf(sla, null)).toBeNull();
  });
});
