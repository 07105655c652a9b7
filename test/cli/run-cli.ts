import { main } from '../../src/cli/main';

export interface Run { code: number; out: string; err: string }

/** Runs `tonghop` in-process, capturing stdout and stderr. */
export async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') }, '0.0.0-test');
  return { code, out, err };
}
