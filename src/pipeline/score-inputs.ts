import { noSuchColumn, overridesPresent, type ColumnOverrides } from '../io/columns.js';
import { influencerBesideAccount, recognise, type Recognised } from '../io/recognise.js';
import { UserError } from '../shared/user-error.js';
import { FileNamedAccounts, isSingleAccount } from './file-accounts.js';
import { openInputs, type OpenedInput } from './open-inputs.js';
import type { ScorePlan } from './score-plan.js';

/**
 * `score`'s inputs, opened and recognised before anything is written, each with the `--map` headers it has (a
 * roster's "Audience totale" beside a history that has its own followers column), and what the run should say about
 * them: a `--map` or `--handle` a file does not use, an influencer column beside a roster's accounts. Single-account
 * files that fall back to their file name for the account claim it here (one name, one file).
 */
export async function openScoreInputs(plan: ScorePlan, note: (message: string) => void): Promise<{ inputs: OpenedInput<Recognised>[]; fileNamed: FileNamedAccounts }> {
  const mapped = new Set<string>();
  const inputs = await openInputs(plan.sources, (head) => {
    const overrides = overridesPresent(head.header, plan.overrides, head.source);
    const dropped = Object.entries(plan.overrides).find(([field]) => !(field in overrides));
    let recognised: Recognised;
    try {
      recognised = recognise(head.header, overrides, head.source);
    } catch (e) {
      // Unrecognised with a --map header it lacks: alone, the misspelt header is the likelier news; beside other files
      // (one of which may have it), the file's own error, with the --map it does not take.
      if (e instanceof UserError && dropped) {
        throw new UserError(plan.sources.length === 1 ? noSuchColumn(head.header, dropped[0], dropped[1], head.source) : `${e.message} (--map ${dropped[0]}="${dropped[1]}" names no column of this file)`);
      }
      throw e;
    }
    for (const field of Object.keys(overrides)) mapped.add(field);
    return recognised;
  }, note);
  const fileNamed = new FileNamedAccounts();
  try {
    checkMapped(plan.overrides, mapped, inputs);
    for (const { source: { name }, csv: { head: { header } }, recognised: r } of inputs) {
      const present = overridesPresent(header, plan.overrides, name);
      for (const [field, wanted] of Object.entries(present)) {
        if ('columns' in r && (r.columns as Record<string, number | undefined>)[field] === undefined) note(`${name}: --map ${field}="${wanted}" is not used: the file is read as ${KIND_WORDS[r.kind]}, which has no ${field} field`);
      }
      const influencer = r.kind === 'roster' ? influencerBesideAccount(header, present, name) : undefined;
      if (influencer !== undefined) {
        note(`${name}: read as a roster (one account per row) though it has an influencer column, "${influencer}": if its rows are that influencer's followers, read it as a follower sample with --map of="${influencer}"`);
      }
      const single = isSingleAccount(r);
      const named = plan.fileHandles?.[name] !== undefined;
      if (named && !single) note(`${name}: the file names its accounts in a column: --handle for it is not used`);
      // A posts export may name its account in its permalinks: it claims the file name only if it falls back to it.
      const permalinks = r.kind === 'posts' && r.columns.permalink !== undefined;
      if (single && !named && plan.handle === undefined && !permalinks) fileNamed.claim(name);
    }
    // A --handle for every single-account file, when no file is one, would otherwise go unused without a word.
    if (plan.handle !== undefined && !inputs.some((i) => isSingleAccount(i.recognised))) note('--handle is not used: every file names its accounts in a column');
  } catch (e) {
    for (const i of inputs) i.csv.close();
    throw e;
  }
  return { inputs, fileNamed };
}

const KIND_WORDS: Readonly<Record<Recognised['kind'], string>> = {
  roster: 'a roster', posts: 'a posts export', history: 'a follower history', 'history-wide': 'a follower history', followers: 'a follower sample',
};

/**
 * Every `--map` header must be a column of some input: one that none has is a typo, and the field would be read
 * from another column without a word. With one input the message lists its columns.
 */
function checkMapped(overrides: ColumnOverrides, mapped: ReadonlySet<string>, inputs: readonly OpenedInput<Recognised>[]): void {
  const missing = Object.entries(overrides).find(([field]) => !mapped.has(field));
  if (missing === undefined) return;
  const [field, wanted] = missing;
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (only) throw new UserError(noSuchColumn(only.csv.head.header, field, wanted, only.source.name));
  throw new UserError(`--map ${field}="${wanted}": no input has such a column (${inputs.map((i) => i.source.name).join(', ')})`);
}
