/**
 * A signal is one check on one account. Findings are data: the renderer writes the prose around them,
 * but `message` already says the numbers so that every format can show the reason with its evidence.
 */
export type EvidenceValue = string | number | boolean | null | EvidenceValue[] | { [key: string]: EvidenceValue };
/** What a signal saw, in JSON's types; the fields that decide a verdict (`VerdictFacts`) have their types fixed. */
export type Evidence = { [key: string]: EvidenceValue } & Partial<VerdictFacts>;

/**
 * Every signal's id, in output order. A union rather than strings, so that a misspelt id in a cap table, an evidence
 * group, the corroboration list or the primary signals does not compile (it used to make a signal informational or
 * uncorroborated, silently).
 */
export const SIGNAL_IDS = [
  'engagement-rate', 'follow-ratio', 'growth-spike-drop', 'growth-spike', 'following-jump', 'growth-engagement-mismatch',
  'impossible-metrics', 'like-burst', 'like-uniformity', 'comment-like-ratio', 'audience-quality', 'verified',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];
/** The signals the verdict counts, each with a `maxLogOdds` cap: all but `verified`, whose bonus is in points. */
export type CountedSignalId = Exclude<SignalId, 'verified'>;

/**
 * The evidence fields that decide a verdict rather than only show it: named and typed once, here, so that the signal
 * writing one and the verdict reading it cannot disagree on its name or type (plain properties of `Evidence`).
 */
export interface VerdictFacts {
  /** engagement-rate: the log-odds its rarity gives, counted (up to the cap) instead of maxLogOdds × severity. */
  logOdds: number;
  /** engagement-rate: the tail its rate lies in; null when ordinary. */
  direction: 'low' | 'high' | null;
  /** engagement-rate: written (false) when its rate, on views or impressions, cannot see bought followers. */
  followersAssessed: boolean;
  /** verified: the badge. */
  verified: boolean;
}

/** How a signal was computed, for `--explain`: enough to redo it by hand from the CSV. */
export interface Explanation {
  /** The formula in words and symbols, e.g. "ER = (avg likes + avg comments) / followers × 100". */
  formula: string;
  /** Each input with its value, in the order the formula uses them. */
  inputs: { [name: string]: EvidenceValue };
  /** The norm or threshold compared against, with its source; absent when none applies. */
  norm?: string;
  /** The outcome in one line. */
  result: string;
}

/**
 * Read-only: a signal is never changed once built, and the constant ones (a skip every roster account gets) are
 * one frozen object shared by all.
 */
interface SignalBase {
  /** Stable id (the output contract): scripts key on it. */
  readonly id: SignalId;
  readonly message: string;
  readonly evidence: Evidence;
  /** Builds the explanation when `--explain` shows it: a function, as a run without `--explain` never reads it. */
  readonly explain?: (() => Explanation) | undefined;
}

/** pass: computed and fine. flag: computed and suspect, severity in (0, 1]. skip: could not be computed; weighs nothing. */
export type Signal =
  | (SignalBase & { readonly status: 'pass'; readonly severity: 0 })
  | (SignalBase & { readonly status: 'flag'; readonly severity: number })
  | (SignalBase & { readonly status: 'skip'; readonly severity: 0 });

export type SignalStatus = Signal['status'];

/** A message, or what builds it when it is first read: a roster's CSV shows only flags' messages. */
export type MessageText = string | (() => string);

/**
 * Every signal is one class, with the same fields in the same order (`explain` possibly undefined): one object
 * shape for all of them keeps property reads monomorphic in the renderers and the verdict. `message` is read
 * like a field; JSON.stringify gives it like one too.
 */
class SignalRecord {
  #message: MessageText;

  constructor(
    readonly id: SignalId,
    readonly status: SignalStatus,
    readonly severity: number,
    message: MessageText,
    readonly evidence: Evidence,
    readonly explain: (() => Explanation) | undefined,
  ) {
    this.#message = message;
  }

  get message(): string {
    const m = this.#message;
    if (typeof m === 'string') return m;
    // Kept once built: a signal never changes, and its message is read again by every format that shows it.
    const built = m();
    this.#message = built;
    return built;
  }

  toJSON(): { id: SignalId; status: SignalStatus; severity: number; message: string; evidence: Evidence } {
    return { id: this.id, status: this.status, severity: this.severity, message: this.message, evidence: this.evidence };
  }
}

/** A message given as a function is built when it is first read, and only then. */
export function pass(id: SignalId, message: MessageText, evidence: Evidence, explain?: () => Explanation): Signal {
  return new SignalRecord(id, 'pass', 0, message, evidence, explain) as Signal;
}

/** A flag's severity is clamped to (0, 1]; a computed severity of 0 or less is a pass, not a flag. */
export function flag(id: SignalId, severity: number, message: MessageText, evidence: Evidence, explain?: () => Explanation): Signal {
  if (!(severity > 0)) return pass(id, message, evidence, explain);
  // Rounded after the test, so a tiny positive severity stays a flag with the smallest visible severity.
  return new SignalRecord(id, 'flag', Math.max(0.001, roundTo(Math.min(1, severity), 3)), message, evidence, explain) as Signal;
}

/** Missing data is not evidence: a skip says what was missing and weighs nothing. */
export function skip(id: SignalId, message: MessageText, evidence: Evidence = {}, explain?: () => Explanation): Signal {
  return new SignalRecord(id, 'skip', 0, message, evidence, explain) as Signal;
}

/**
 * A skip caused by impossible data (a following count above the platform's cap): it weighs nothing, but a report's
 * short form shows it beside the flags, so that a clean score is not read as clean data.
 */
export function isImpossibleData(s: Signal): boolean {
  // `impossible` is true on such a skip; the posts check's flag counts its impossible posts under the same key.
  return s.status === 'skip' && s.evidence['impossible'] === true;
}

/** Powers of ten for roundTo: `10 ** digits` computed for every call was a hot spot (several calls an account). */
const POWERS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

/** A signal shared by many accounts (a constant skip), frozen with its evidence so that sharing it is safe. */
export function frozenSignal(s: Signal): Signal {
  Object.freeze(s.evidence);
  return Object.freeze(s);
}

/**
 * To `decimals` decimals, or to 4 significant digits when smaller than 0.1: a rate of 0.0021 % or a share of
 * 0.0005 % rounded to 4 decimals would lose its order or become 0.
 */
export function roundSmall(value: number, decimals = 4): number {
  return value > 0 && value < 0.1 ? roundTo(value, Math.min(15, 3 - Math.floor(Math.log10(value)))) : roundTo(value, decimals);
}

export function roundTo(value: number, digits: number): number {
  const f = POWERS[digits] ?? 10 ** digits;
  return Math.round(value * f) / f;
}
