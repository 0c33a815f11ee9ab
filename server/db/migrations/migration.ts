/** One schema step. A step once released is never edited; a change is a new step in a new file. */
export interface Migration {
  id: number;
  name: string;
  up: string;
}
