import type { Executor } from '../../db/database.ts';
import type { Sql } from '../../db/sql.ts';
import type { RowCheck } from '../checks/row-check.ts';
import type { CsvEncoding } from '../csv/read-csv-head.ts';

/** How a source format's file is split, and the plan for a file once its header is known. */
export interface FormatReader {
  delimiter: string;
  encoding: CsvEncoding;
  /** Profile name, recorded on the batch. */
  profile: string | null;
  /** Throws a FileProblem when the header cannot be this format's. */
  plan(file: string, names: readonly string[], known: Known): FormatPlan;
}

/** What the database holds that a plan's checks compare values with. */
export interface Known {
  /** The agency table's codes. */
  agencies: readonly string[];
}

/** Where a batch's contacts go: contact id = firstId - 1 + k for record k. */
export interface LoadIds {
  batchId: number;
  firstId: number;
}

/** How one file's records are checked. Every relation has the record number k. */
interface PlanBase {
  /** The relation the checks run over, built on CSV rows (k, c0..cN). */
  relation(rows: Sql): Sql;
  checks: readonly RowCheck[];
  /** Reasons that mean "a source value the profile does not map", for the report's unmapped list. */
  unmappedReasons?: readonly string[];
}

/**
 * A format whose records all become contacts: typed before the load's transaction begins, and inserted
 * into contact once, finished (load-typed.ts).
 */
export interface TypedPlan extends PlanBase {
  /**
   * Typed rows of the relation (contact's columns, the personal fields name, phone, address and
   * description, and `failed`, the checks), in the relation's order: projections only, no join.
   */
  typed(relation: Sql, failed: Sql): Sql;
  /** Fills in the committed table of typed rows what a projection cannot (coordinates of postcodes). */
  complete(ex: Executor, table: string): Promise<void>;
  /** Whether the file carries personal fields. */
  personal: boolean;
}

/** A format that stores its records itself (police-uk: other crime types go to their own table). */
export interface StoringPlan extends PlanBase {
  /**
   * Stores the rows of the relation for which `failed` (the checks) is false; returns how many became
   * contacts, went elsewhere (other), or failed. With countsRows the load is the file's first pass and
   * counts the failed rows itself; without, the records are counted first and `failed` is left null.
   */
  load(tx: Executor, relation: Sql, failed: Sql, ids: LoadIds): Promise<Stored>;
  countsRows: boolean;
  /** Work once the batch's contacts are final, from CSV rows; `kept` is true for a record that is one. */
  afterLoad?(tx: Executor, rows: Sql, ids: LoadIds, kept: Sql): Promise<void>;
}

export type FormatPlan = TypedPlan | StoringPlan;

export const isTyped = (plan: FormatPlan): plan is TypedPlan => 'typed' in plan;

export interface Stored {
  contacts: number;
  other: number;
  failed: number | null;
}

/** Names that appear more than once in a header. */
export const headerDuplicates = (names: readonly string[]): string[] =>
  names.filter((n, i) => names.indexOf(n) !== i);

/** "a", "b" for messages. */
export const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');
