/**
 * The Office double's browser entry (test/support/office-double/browser.ts) bundled into one script, served
 * in place of office.js. Built with webpack's Node API (ts-loader, transpile only: the double is type-checked
 * by its own tests), cached in the temp directory by a hash of the double's sources.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DOUBLE_DIR = path.join(ROOT, 'test', 'support', 'office-double');
export const DOUBLE_ENTRY = path.join(DOUBLE_DIR, 'browser.ts');

function fingerprint(): string {
  const h = createHash('sha256');
  h.update(String((webpack as unknown as { version: string }).version));
  for (const f of fs.readdirSync(DOUBLE_DIR).sort()) {
    h.update(f);
    h.update(fs.readFileSync(path.join(DOUBLE_DIR, f)));
  }
  return h.digest('hex').slice(0, 16);
}

export async function officeDoubleBundle(): Promise<string> {
  const out = path.join(os.tmpdir(), `tonghop-office-double-${fingerprint()}`);
  const file = path.join(out, 'office-double.js');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  const scratch = `${out}.tmp-${process.pid}`;
  const compiler = webpack({
    mode: 'production',
    context: ROOT,
    devtool: false,
    target: 'web',
    entry: DOUBLE_ENTRY,
    output: { path: scratch, filename: 'office-double.js', iife: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(ROOT, 'tsconfig.json'),
              transpileOnly: true,
              compilerOptions: { module: 'es2020', sourceMap: false },
            },
          },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, s) => {
      compiler.close(() => undefined);
      if (err || !s) reject(err ?? new Error('webpack gave no stats'));
      else resolve(s);
    }),
  );
  if (stats.hasErrors()) throw new Error(`bundling the Office double failed:\n${stats.toString('errors-only')}`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.renameSync(scratch, out);
  return fs.readFileSync(file, 'utf8');
}
