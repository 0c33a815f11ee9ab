interface Props {
  drawing: boolean;
  /** The drawing tool is loading (the first time only). */
  loading: boolean;
  /** False until the map is on the page (or when it has no boundaries to draw over). */
  mapReady: boolean;
  atLimit: boolean;
  onStart: () => void;
  onCancel: () => void;
}

/** Starts drawing, and while drawing says how to finish. */
export function DrawStart({ drawing, loading, mapReady, atLimit, onStart, onCancel }: Props) {
  if (drawing)
    return (
      <div className="drawn-areas__drawing" role="status">
        <p>Click on the map to place each corner. Click the first corner again to close the outline.</p>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel drawing
        </button>
      </div>
    );
  return (
    <>
      <p className="muted drawn-areas__intro">
        Draw an outline (a patrol beat, an estate, a park) to filter every page to the contacts inside it.
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={onStart}
        disabled={!mapReady || atLimit || loading}
      >
        {loading ? 'Loading the drawing tool…' : 'Draw an area'}
      </button>
      {atLimit && (
        <p className="muted">You have as many drawn areas as one user may keep: delete one first.</p>
      )}
    </>
  );
}
