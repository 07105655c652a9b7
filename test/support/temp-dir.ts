/** A test file's own folder under the system temp folder. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Makes a fresh folder (`PREFIX` + random) before the file's tests and removes it after them; call at the top
 * level of a test file. Returns its path (valid once the tests run).
 */
export function tempDirForTests(prefix: string): () => string {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error('the temp folder is made in beforeAll: ask for it inside a hook or a test');
    return dir;
  };
}
