/** Runs the CLI in-process and captures what it prints. */
import { main } from '../../src/cli/main.ts';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: readonly string[], options: { cwd?: string } = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    stdoutIsTty: false,
    stderrIsTty: false,
    env: {},
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  return { code, out, err };
}
