import { Link, useLocation } from 'react-router';
import type { BoardChoices } from '../../../../../server/contract/board.ts';
import type { BoardView } from '../use-board-view.ts';
import { SelectField } from './select-field.tsx';

interface Props {
  choices: BoardChoices;
  view: BoardView;
  onChoose: (patch: Partial<BoardView>) => void;
}

/** Quarter, layer, the board's-eye preview, and the print view. */
export function BoardControls({ choices, view, onChoose }: Props) {
  const { search } = useLocation();
  return (
    <div className="board-controls no-print" role="group" aria-label="Board pack choices">
      <SelectField
        label="Quarter"
        value={view.quarter}
        options={choices.quarters.map((q) => ({ value: q.id, label: q.label }))}
        onChange={(quarter) => onChoose({ quarter })}
      />
      <SelectField
        label="Areas"
        value={view.layer}
        options={choices.layers.map((l) => ({ value: l.id, label: `${l.name} (${l.areas})` }))}
        onChange={(layer) => onChoose({ layer })}
      />
      {!choices.viewer.alwaysSuppressed && (
        <label className="check board-controls__preview">
          <input
            type="checkbox"
            checked={view.preview}
            onChange={(e) => onChoose({ preview: e.target.checked })}
          />
          Show as the board sees it (counts below {choices.threshold} hidden)
        </label>
      )}
      <Link
        className="button button--primary board-controls__print"
        to={{ pathname: '/board/print', search }}
      >
        Print board pack
      </Link>
    </div>
  );
}
