import type { Priority } from '../../../../../server/contract/tasking.ts';
import { formatCount } from '../../../lib/format.ts';

const z1 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** Wheeler's z: |z| >= 3 is a real change; smaller moves are shown but not called rising or falling. */
function trend(z: number): { arrow: string; word: string } {
  if (z >= 3) return { arrow: '▲', word: 'rising' };
  if (z <= -3) return { arrow: '▼', word: 'falling' };
  return { arrow: '▬', word: 'no real change' };
}

const count = (n: number | null) => (n === null ? 'suppressed' : formatCount(n));

/** Volume now against the months before, with the trend arrow and its z. */
export function TrendCell({ priority: p }: { priority: Priority }) {
  const t = trend(p.trendZ);
  return (
    <span className="trend-cell" title={`Wheeler's z = ${z1.format(p.trendZ)}: ${t.word}`}>
      <span className="trend-cell__volume">{count(p.volume)}</span>{' '}
      <span className="muted">(before {count(p.previousVolume)})</span>{' '}
      <span
        className={`trend-cell__arrow trend-cell__arrow--${t.word.replaceAll(' ', '-')}`}
        aria-hidden="true"
      >
        {t.arrow}
      </span>
      <span className="visually-hidden">{t.word}</span> <span className="muted">z {z1.format(p.trendZ)}</span>
    </span>
  );
}
