import type { Verdict } from '../core/verdict.js';

export const VERDICT_LABEL: Record<Verdict, string> = {
  authentic: 'authentic',
  suspicious: 'suspicious',
  'likely-fake': 'likely fake',
  'insufficient-data': 'insufficient data',
};
