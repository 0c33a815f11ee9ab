import { useHotPlaces } from './api/hot-places.ts';

/**
 * Whether the signed-in role may see places and open a cell's or area's profile, as the server says
 * (the board may not); false until it has said, so nothing is asked for that would be refused.
 */
export function usePlaceDetail(filters: Record<string, string>, cell: string | null, ready: boolean) {
  return useHotPlaces(filters, cell, ready).data?.placeDetail === true;
}
