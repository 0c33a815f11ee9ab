import type {} from '@geoman-io/leaflet-geoman-free';
import type { Map as LeafletMap, PM } from 'leaflet';

type GeomanGlobal = { L?: { PM?: { Map: new (map: LeafletMap) => PM.PMMap } } };

/**
 * Loads geoman (about 77 kB gzipped) on the first drawing rather than with the map page. Geoman
 * equips maps created after it loads; a map already on the page is equipped here.
 */
export async function loadGeoman(map: LeafletMap): Promise<void> {
  await import('./geoman.ts');
  equip(map);
}

/** Gives the map geoman's tools if it was created before geoman loaded. */
export function equip(map: LeafletMap): void {
  if (map.pm) return;
  const PmMap = (globalThis as unknown as GeomanGlobal).L?.PM?.Map;
  if (!PmMap) throw new Error('geoman did not load');
  map.pm = new PmMap(map);
  map.pm.setGlobalOptions({});
}
