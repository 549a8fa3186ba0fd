/** The whole exit-code policy (the output contract): 0 ran and the gate passed, 1 the gate failed, 2 could not run. */
export const ExitCode = { Ok: 0, GateFailed: 1, Error: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function exitCodeFor(gateFailed: boolean): ExitCode {
  return gateFailed ? ExitCode.GateFailed : ExitCode.Ok;
}
