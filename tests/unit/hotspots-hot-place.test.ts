import { describe, expect, it } from 'vitest';
import { hotPlace } from '../../server/services/hotspots/hot-place.ts';

const row = (ref: string) => ({
  ref,
  contacts: 4,
  months: 3,
  top_category: 'rowdy',
  lat: 52.6229981234,
  lon: -1.2189834321,
});

describe('hotPlace', () => {
  it('labels a data.police.uk map point by its street, keeping the full ref', () => {
    const p = hotPlace(row('52.622998,-1.218983 On or near Boyers Walk'));
    expect(p.label).toBe('On or near Boyers Walk');
    expect(p.ref).toBe('52.622998,-1.218983 On or near Boyers Walk');
    expect(p.topCategory).toEqual({ category: 'rowdy', label: 'Drunk or rowdy people in public places' });
    expect([p.lat, p.lon]).toEqual([52.622998, -1.218983]);
  });

  it('keeps other references as they are', () => {
    expect(hotPlace(row('LOC-hotspot-1-17')).label).toBe('LOC-hotspot-1-17');
    expect(hotPlace(row('12 High Street, Hinckley')).label).toBe('12 High Street, Hinckley');
  });
});
