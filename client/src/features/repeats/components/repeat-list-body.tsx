import { CsvButton } from './csv-button.tsx';
import { RepeatPager } from './repeat-pager.tsx';
import { RepeatSummary } from './repeat-summary.tsx';
import { RepeatTable, type RepeatTableProps } from './repeat-table.tsx';

interface Props extends RepeatTableProps {
  onPage: (offset: number) => void;
  onDownload: () => Promise<void>;
}

/** One list: its counts, the table page, paging and the whole list as CSV. */
export function RepeatListBody({ data, onPage, onDownload, ...table }: Props) {
  return (
    <>
      <RepeatSummary data={data} />
      <RepeatTable data={data} {...table} />
      <div className="repeat-footer">
        <RepeatPager
          offset={data.page.offset}
          limit={data.page.limit}
          total={data.page.total}
          onPage={onPage}
        />
        <CsvButton
          label={data.kind === 'callers' ? 'the repeat callers' : 'the repeat locations'}
          onDownload={onDownload}
        />
      </div>
    </>
  );
}
