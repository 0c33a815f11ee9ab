import type { ReactNode } from 'react';
import type { Summary } from '../../../../../server/contract/dashboard.ts';
import { formatCount, formatMonth, formatPeriod, formatShare } from '../../../lib/format.ts';
import { ChangeFigure } from './change-figure.tsx';

interface StatProps {
  label: string;
  value: string;
  /** A value in words rather than a single number is set smaller. */
  wordy?: boolean;
  testId?: string;
  children: ReactNode;
}

function Stat({ label, value, wordy, testId, children }: StatProps) {
  return (
    <div className={wordy ? 'stat stat--wordy' : 'stat'}>
      <p className="stat__label">{label}</p>
      <p className="stat__value" data-testid={testId}>
        {value}
      </p>
      <p className="stat__note">{children}</p>
    </div>
  );
}

const extent = (e: Summary['dataExtent']) =>
  e.first && e.last ? `${formatMonth(e.first)} to ${formatMonth(e.last)}` : 'No data loaded';

export function HeadlineFigures({ summary: s }: { summary: Summary }) {
  return (
    <div className="stats">
      <Stat label="Contacts in period" value={formatCount(s.contacts)} testId="headline-contacts">
        <span data-testid="headline-period">{formatPeriod(s.period)}</span>, reported to{' '}
        {formatCount(s.agencies)} {s.agencies === 1 ? 'agency' : 'agencies'}.
      </Stat>
      <ChangeFigure
        change={s.changeOnLastYear}
        comparison={s.comparisonPeriod}
        complete={s.comparisonComplete}
      />
      <Stat label="Month-only records" value={formatShare(s.monthOnlyShare)} testId="headline-month-only">
        of these contacts give the month but no day or time, as published police data does.
      </Stat>
      <Stat label="Data held" value={extent(s.dataExtent)} wordy>
        The earliest and latest months in the database, whatever the filters.
      </Stat>
    </div>
  );
}
