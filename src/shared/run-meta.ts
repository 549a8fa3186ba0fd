/**
 * `rfc4180`: `,` and `.`, no BOM, as scripts read CSV. `excel`: the same with a UTF-8 BOM, so Excel reads accents right.
 * `excel-fr`: a BOM, `;` between cells and decimal commas, as French (and most continental) Excel opens a CSV.
 */
export const CSV_DIALECTS = ['rfc4180', 'excel', 'excel-fr'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/** What every format of `influaudit score` knows about the run before the first account. */
export interface RunMeta {
  tool: 'influaudit';
  version: string;
  schema: number;
  /** The norm table in force for the default platform (or the one `--norms` named). */
  norms: string;
  /** platform → basis → table name. */
  normsByPlatform: Readonly<Record<string, Readonly<Record<string, string>>>>;
  explain: boolean;
  /** Whether colour may be used (table only). */
  color: boolean;
  /** Terminal width for the table, 80 when unknown. */
  width: number;
  /** `--baseline FILE`: each account is compared with it (the formats add a change column, and list the accounts gone). */
  baseline?: string;
  /** `--csv-dialect`: how the CSV is written (default `rfc4180`). */
  csvDialect?: CsvDialect;
}
