import { describe, expect, it } from 'vitest';
import { hotCluster } from '../../client/src/features/map/hot-cluster.ts';

// A 250 m grid drawn by hand (col, row): H hot, c cold, . not significant.
//   col:   -1 0 1 2 3 4
//   row 11:  H H H . . .
//   row 10:  . . H . . H   (col 4 touches the cluster only through the not-significant col 3: separate)
//   row  9:  . c . H . .   (col 2 row 9 touches col 1 row 10 diagonally: joined)
const grid: { cell: string; cls: string }[] = [
  { cell: '0_11', cls: 'hot_99' },
  { cell: '1_11', cls: 'hot_90' },
  { cell: '2_11', cls: 'not_significant' },
  { cell: '1_10', cls: 'hot_95' },
  { cell: '4_10', cls: 'hot_99' },
  { cell: '3_10', cls: 'not_significant' },
  { cell: '0_9', cls: 'cold_95' },
  { cell: '2_9', cls: 'hot_90' },
  { cell: '-1_11', cls: 'hot_95' },
];
const cells = { ids: grid.map((g) => `250_${g.cell}`), classes: grid.map((g) => g.cls) };

describe('the hot cluster of a cell', () => {
  it('joins hot cells of any confidence through their eight neighbours, negative columns too', () => {
    expect(hotCluster(cells, 0, 400).sort()).toEqual(
      ['250_-1_11', '250_0_11', '250_1_10', '250_1_11', '250_2_9'].sort(),
    );
  });
  it('keeps a hot cell reached only across a not-significant one apart', () => {
    expect(hotCluster(cells, 4, 400)).toEqual(['250_4_10']);
  });
  it('gives nothing for a cell that is not hot, or without classes', () => {
    expect(hotCluster(cells, 6, 400)).toEqual([]);
    expect(hotCluster({ ids: cells.ids }, 0, 400)).toEqual([]);
  });
  it('stops at the limit', () => {
    expect(hotCluster(cells, 0, 3)).toHaveLength(3);
  });
});
