/** `tonghop` run in-process (src/cli/main) by the tests, with what it printed and, for consolidate, its JSON. */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `tonghop ARGV` in-process, capturing stdout and stderr. */
export async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') }, '0.0.0-test');
  return { code, out, err };
}

/**
 * `tonghop consolidate INPUTS... -o DIR/NAME.xlsx --json DIR/NAME.json --quiet`: the run and the JSON it wrote
 * (null when it wrote none).
 */
export async function consolidateToJson(dir: string, name: string, ...argv: string[]): Promise<Run & { json: any }> {
  const json = path.join(dir, `${name}.json`);
  const r = await run('consolidate', ...argv, '-o', path.join(dir, `${name}.xlsx`), '--json', json, '--quiet');
  return { ...r, json: fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')) : null };
}
