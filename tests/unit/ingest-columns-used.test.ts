import { describe, expect, it } from 'vitest';
import { columnsUsed } from '../../server/ingest/csv/csv-source.ts';
import { contactsFormat } from '../../server/ingest/formats/contacts-format.ts';

describe('columnsUsed', () => {
  it('names only the personal columns for the personal-field pass, wherever they sit in the header', () => {
    const header = [
      'name',
      'agency',
      'source_record_id',
      'received_at',
      'description',
      'category',
      'lat',
      'lon',
      'phone',
    ];
    const plan = contactsFormat.plan('file.csv', header);
    expect(plan.personal).toBeDefined();
    expect(columnsUsed((rows) => plan.personal?.(rows) ?? rows).sort((a, b) => a - b)).toEqual([0, 4, 8]);
  });

  it('names every column the load relation reads', () => {
    const header = ['agency', 'source_record_id', 'received_at', 'category', 'postcode'];
    const plan = contactsFormat.plan('file.csv', header);
    expect(columnsUsed((rows) => plan.relation(rows)).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
  });
});
