import {
  CANONICAL_COLUMNS,
  REQUIRED_COLUMNS,
  type CanonicalColumn,
} from '../../contract/canonical-contact.ts';
import { cleaned, code, type CanonicalSource } from '../canonical/canonical-source.ts';
import { fileProblem } from '../ingest-errors.ts';
import { canonicalPlan } from './canonical-plan.ts';
import { headerDuplicates, quoted, type FormatPlan, type FormatReader, type Known } from './format-plan.ts';

const known = (n: string): n is CanonicalColumn => (CANONICAL_COLUMNS as readonly string[]).includes(n);

function checkHeader(file: string, names: readonly string[]): void {
  const unknown = names.filter((n) => !known(n));
  if (unknown.length > 0)
    throw fileProblem(
      file,
      `line 1: unknown column(s) ${quoted(unknown)} (docs/canonical-contact-csv.md lists the columns)`,
      1,
      unknown[0],
    );
  const repeated = headerDuplicates(names);
  if (repeated.length > 0)
    throw fileProblem(file, `line 1: column ${quoted(repeated)} appears twice`, 1, repeated[0]);
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0)
    throw fileProblem(file, `line 1: missing required column(s) ${quoted(missing)}`, 1, missing[0]);
}

function plan(file: string, names: readonly string[], stored: Known): FormatPlan {
  checkHeader(file, names);
  const source: CanonicalSource = {};
  names.forEach((n, k) => {
    if (!known(n)) return;
    const column = cleaned(code(`c${k}`));
    source[n] = { expr: column, raw: column, label: n };
  });
  return canonicalPlan(source, stored);
}

/** The canonical contact CSV (docs/canonical-contact-csv.md): names as in the contract, order free. */
export const contactsFormat: FormatReader = { delimiter: ',', encoding: 'utf-8', profile: null, plan };
