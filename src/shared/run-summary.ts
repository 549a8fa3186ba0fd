/** What a run counted: accounts by verdict, rows read, used and rejected, unreadable cells, and the gate. */
export type FailOn = 'suspicious' | 'likely-fake';

export interface Gate {
  failOn: FailOn | null;
  minScore: number | null;
}

export interface RunSummary {
  accounts: number;
  authentic: number;
  suspicious: number;
  likelyFake: number;
  insufficientData: number;
  rows: { read: number; used: number; rejected: number };
  /** Optional cells that could not be read, in rows still used. */
  warnings: number;
  gate: Gate & { failed: boolean };
}
