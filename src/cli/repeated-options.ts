import type { Command } from 'commander';

/**
 * An option that takes one value, given twice with different values, is a usage error: commander keeps the last,
 * so `--fail-on suspicious --fail-on likely-fake` would run a weaker gate than the first flag asked for, and
 * `-f json -f csv` another document than a script expects. Options collecting a list (`--map`, `--handle`) repeat.
 */
export function refuseRepeatedOptions(cmd: Command): Command {
  for (const option of cmd.options) {
    // A value taken once: `<x>` or `[x]`, not variadic, not collected into a list (whose default is one).
    if (!(option.required || option.optional) || option.variadic || Array.isArray(option.defaultValue)) continue;
    let first: string | undefined;
    cmd.on(`option:${option.name()}`, (value: string) => {
      if (first !== undefined && first !== value) {
        cmd.error(`error: ${option.long ?? option.short} given twice ("${first}", then "${value}"): give it once`, { exitCode: 2, code: 'influaudit.repeatedOption' });
      }
      first ??= value;
    });
  }
  return cmd;
}
