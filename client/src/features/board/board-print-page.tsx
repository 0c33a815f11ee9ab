import BoardPage from './board-page.tsx';

/** The board pack laid out for paper: one click on the Board page opens it, and it opens the print dialog. */
export default function BoardPrintPage() {
  return <BoardPage print />;
}
