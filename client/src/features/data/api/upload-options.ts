import { queryOptions, useQuery } from '@tanstack/react-query';
import { UploadOptions } from '../../../../../server/contract/data.ts';
import { api } from '../../../lib/api-client.ts';

export const uploadOptionsQuery = () =>
  queryOptions({
    queryKey: ['uploadOptions'],
    queryFn: ({ signal }) => api.get('/api/data/upload-options', UploadOptions, undefined, signal),
    staleTime: 10 * 60_000,
  });

/** The shipped mapping profiles and the upload size limit (administrators only). */
export const useUploadOptions = () => useQuery(uploadOptionsQuery());
