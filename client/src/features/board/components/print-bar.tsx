import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { Loading } from '../../../components/states.tsx';

/**
 * The print view's own bar (never printed): print again, or go back. Opens the print dialog once the
 * pack has loaded; automated browsers are left alone, as they have no dialog to close.
 */
export function PrintBar({ loaded }: { loaded: boolean }) {
  const { search } = useLocation();
  const printed = useRef(false);
  useEffect(() => {
    if (loaded && !printed.current && !navigator.webdriver) {
      printed.current = true;
      window.print();
    }
  }, [loaded]);
  return (
    <div className="board-print-bar no-print">
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        Print
      </button>
      <Link className="button button--secondary" to={{ pathname: '/board', search }}>
        Back to the Board page
      </Link>
      {!loaded && <Loading label="Preparing the pack" />}
    </div>
  );
}
