import { AppError } from '../errors.ts';
import { contactsFormat } from './formats/contacts-format.ts';
import type { FormatReader } from './formats/format-plan.ts';
import { mappedFormat } from './formats/mapped-format.ts';
import { policeFormat } from './formats/police-format.ts';
import type { IngestOptions } from './ingest-options.ts';

/** The reader for the requested format; the mapped format needs its profile. */
export function formatReader(options: Pick<IngestOptions, 'format' | 'profile'>): FormatReader {
  switch (options.format) {
    case 'police-uk':
      return policeFormat;
    case 'contacts':
      return contactsFormat;
    case 'mapped':
      if (!options.profile)
        throw new AppError(
          'invalid_input',
          400,
          'The mapped format needs a mapping profile (--mapping profile.json).',
        );
      return mappedFormat(options.profile);
  }
}
