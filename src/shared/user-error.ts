/**
 * A user error: bad usage or unusable input. It carries its exit code and one line for stderr; the CLI prints
 * `influaudit: <message>` and never a stack. Anything else thrown is a bug and is reported as one.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly exitCode: 2 = 2,
  ) {
    super(message);
  }
}
