import type { BoardChoices, Quarter } from '../../../../../server/contract/board.ts';

interface Props {
  quarter: Quarter | undefined;
  comparison: Quarter | undefined;
  layerName: string;
  filters: string;
  suppressed: boolean;
  choices: BoardChoices;
}

const stamp = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** The pack's first lines on paper: period, areas, filters, when it was made and the suppression rule. */
export function PackHeader({ quarter, comparison, layerName, filters, suppressed, choices }: Props) {
  return (
    <header className="pack-header" data-testid="pack-header">
      <p className="pack-header__kicker">Community Safety Partnership board pack</p>
      <h1 className="pack-header__title">{quarter?.label ?? 'No quarter'}</h1>
      <dl className="pack-header__facts">
        <dt>Compared with</dt>
        <dd>{comparison?.label ?? '–'}</dd>
        <dt>Areas</dt>
        <dd>{layerName}</dd>
        <dt>Filters</dt>
        <dd>{filters}</dd>
        <dt>Generated</dt>
        <dd>{stamp.format(new Date())} UTC</dd>
        <dt>Small counts</dt>
        <dd>
          {suppressed ? choices.rules.suppression : 'Shown in full: this pack is for partnership staff only.'}
        </dd>
      </dl>
    </header>
  );
}
