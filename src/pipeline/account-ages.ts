import { isoDay } from '../core/growth/index.js';

/**
 * The day follower account ages were counted to, for a run that counted one from a creation date: said once, on
 * stderr and in the notes, and as `asOf` in the JSON document. A run that counted none says nothing of it.
 */
export function agesCounted(asOfDay: number, given: boolean | undefined): { note: string; asOf: string } {
  const asOf = isoDay(asOfDay);
  return { asOf, note: `account ages counted to ${asOf} (${given === true ? '--as-of' : 'today; set --as-of to the day the sample was collected'})` };
}
