import { foldHeader, matchColumns, type ColumnMap, type ColumnOverrides, type FieldSpec } from './columns.js';
import { UserError } from './errors.js';
import { ROSTER_FIELDS, type RosterField } from './kinds/roster.js';

/** The kinds of export influaudit reads (domain.md). */
export type FileKind = 'roster';

export type Recognised = { kind: 'roster'; columns: ColumnMap<RosterField> };

interface KindRule {
  kind: FileKind;
  specs: readonly FieldSpec[];
  /** Alternatives: the kind is recognised when every field of one group is present. */
  required: readonly (readonly string[])[];
}

const KINDS: readonly KindRule[] = [
  { kind: 'roster', specs: ROSTER_FIELDS, required: [['handle', 'followers']] },
];

/**
 * Decides what a file is from its header alone and maps its columns. The kind with the most recognised fields
 * among those whose required fields are all present wins; none → a UserError listing what was seen and needed.
 */
export function recognise(header: readonly string[], overrides: ColumnOverrides, fileName: string): Recognised {
  let best: { rule: KindRule; columns: ColumnMap<string>; found: number } | undefined;
  for (const rule of KINDS) {
    const columns = matchColumns(header, rule.specs, pick(overrides, rule.specs), fileName);
    const complete = rule.required.some((group) => group.every((f) => columns[f] !== undefined));
    const found = Object.keys(columns).length;
    if (complete && (!best || found > best.found)) best = { rule, columns, found };
  }
  if (best) return { kind: best.rule.kind, columns: best.columns } as Recognised;
  const seen = header.map((h) => JSON.stringify(h)).join(', ');
  const needs = KINDS.map((k) => `${k.kind}: ${k.required.map((g) => g.map((f) => describe(k, f)).join(' + ')).join(' or ')}`).join('; ');
  const hint = header.length === 1 && /[,;\t]/.test(header[0] ?? '') ? ' (one column only: is the separator unusual? try saving as CSV with , or ;)' : '';
  throw new UserError(`${fileName}: columns not recognised${hint}. Saw ${seen}. Needs ${needs}. Name a column with --map field="Header"`);
}

function describe(rule: KindRule, field: string): string {
  return rule.specs.find((s) => s.field === field)?.describe ?? field;
}

function pick(overrides: ColumnOverrides, specs: readonly FieldSpec[]): ColumnOverrides {
  const fields = new Set(specs.map((s) => s.field));
  return Object.fromEntries(Object.entries(overrides).filter(([k]) => fields.has(k)));
}

/** Every field name `--map` accepts, for its error message. */
export function mappableFields(): string[] {
  return [...new Set(KINDS.flatMap((k) => k.specs.map((s) => s.field)))];
}

export { foldHeader };
