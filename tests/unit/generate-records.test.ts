import { describe, expect, it } from 'vitest';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { DEFAULT_PERIOD } from '../../server/generate/generate-options.ts';
import { contactStream } from '../../server/generate/records/contact-stream.ts';
import { STATUS } from '../../server/generate/records/contact-draft.ts';
import { locate, MIN_SLACK_M } from '../../server/generate/site/site.ts';
import { buildWorld } from '../../server/generate/world/world.ts';

const world = buildWorld(demoshireSite(), { records: 20_000, seed: 99, ...DEFAULT_PERIOD });
// Drafts are reused from record to record, so each is copied as it comes.
const records = Array.from(contactStream(world), (d) => ({ ...d }));

describe('the plan', () => {
  const { plan } = world;
  const circles = [...plan.hotspots, plan.emerging, plan.intervention];

  it('keeps the planted circles apart, each centred inside the district', () => {
    for (const a of circles) {
      expect(locate(world.site, a.centre[0], a.centre[1]), a.name).not.toBeNull();
      for (const b of circles.filter((c) => c !== a))
        expect(Math.hypot(a.centre[0] - b.centre[0], a.centre[1] - b.centre[1])).toBeGreaterThan(
          a.outerRadiusM + b.outerRadiusM,
        );
    }
  });

  it('dates the outage, then the intervention, then the emerging hotspot, all inside the period', () => {
    const months = world.calendar.months.length;
    expect(plan.outage.month).toBeGreaterThan(0);
    expect(plan.intervention.startMonth).toBeGreaterThan(plan.outage.month);
    expect(plan.emerging.startMonth).toBeGreaterThan(plan.intervention.startMonth);
    expect(plan.emerging.fullMonth).toBeLessThan(months);
    expect(plan.slowAgency).not.toBe(plan.outage.agency);
  });
});

describe('the place pool', () => {
  it('puts every place inside its area, clear of the edge, with its area found again by locate', () => {
    const { pool } = world;
    for (let p = 0; p < pool.count; p += 7) {
      const found = locate(world.site, pool.easting[p] as number, pool.northing[p] as number);
      expect(found?.area).toBe(pool.area[p]);
      expect(pool.slack[p]).toBeGreaterThanOrEqual(MIN_SLACK_M);
    }
  });
});

describe('the generated records', () => {
  it('number exactly the records asked for, with running numbers unique per agency', () => {
    expect(records).toHaveLength(20_000);
    expect(records.map((r) => r.serial)).toEqual(records.map((_, i) => i));
    expect(new Set(records.map((r) => `${r.agency}/${r.sourceNumber}`)).size).toBe(20_000);
  });

  it('stay inside the period and resolve only after they were received and before the extract', () => {
    const [from, to] = [Date.parse(DEFAULT_PERIOD.from), Date.parse(DEFAULT_PERIOD.to) + 86_400_000];
    const bad = records.filter(
      (r) =>
        r.receivedMs < from ||
        r.receivedMs >= to ||
        r.resolvedMs >= world.referenceMs ||
        r.resolvedMs < Math.floor(r.receivedMs / 86_400_000) * 86_400_000,
    );
    expect(bad.map((r) => r.serial)).toEqual([]);
  });

  it('give vulnerable callers an SLA target of a day at most, and leave recent contacts open', () => {
    expect(records.filter((r) => r.vulnerable && r.slaHours > 24)).toEqual([]);
    const open = records.filter((r) => r.status === STATUS.open || r.status === STATUS.inProgress);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => Number.isNaN(r.resolvedMs))).toBe(true);
  });

  it('name, phone and address only callers', () => {
    const anonymous = records.filter((r) => r.callerHigh < 0);
    expect(anonymous.length).toBeGreaterThan(2_000);
    expect(anonymous.filter((r) => r.firstName >= 0 || r.phone >= 0 || r.houseNumber >= 0)).toEqual([]);
  });
});
