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
}
