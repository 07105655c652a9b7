/**
 * One source for the status lists (issue 9): the dossier statuses (trạng thái hồ sơ) come from
 * src/core/tthc/data/status-labels.json, the file statuses (kết quả kiểm tra tệp) from FILE_STATUS_TEXT. Every
 * place that writes either list — the README, the docs, the pane's help, the functions' descriptions, the
 * messages, the tallies — says it in the same words and order; these tests fail when one of them disagrees.
 */
import * as fs from 'fs';
import * as path from 'path';
import statusData from '../../src/core/tthc/data/status-labels.json';
import { OUTCOME_LABELS, STATUS_LABEL_LIST } from '../../src/core/tthc/status-labels';
import { countsFromStatuses } from '../../src/core/tthc/formulas';
import { parseRegister } from '../../src/core/tthc/register';
import { defaultCalendar } from '../../src/core/calendar';
import { canonicalLabels } from '../../src/core/settings';
import { FILE_STATUS_TEXT } from '../../src/core/unit/file-status';
import { FILE_STATUS_ORDER, statusTally } from '../../src/core/consolidate/status';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8').normalize('NFC');
/** The text without markup (backticks, quotes, emphasis, <code>), on one line. */
const plain = (t: string) =>
  t
    .replace(/<\/?code>/g, '')
    .replace(/[`"*]/g, '')
    .replace(/\s+/g, ' ');

/** Each list in `text` that starts with `first`: its items, up to the end of the phrase. */
function listsFrom(text: string, first: string): string[][] {
  const out: string[][] = [];
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    const run = text.slice(i).split(/[.;:()…|]| hoặc | \(/)[0];
    out.push(
      run
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    );
  }
  return out;
}

/** Places that write the dossier statuses for people to read. */
const STATUS_PLACES = [
  'README.md',
  'docs/interfaces.md',
  'src/taskpane/taskpane.html',
  'src/functions/functions-vi.names.json',
  'src/functions/functions.ts',
];

describe('dossier statuses', () => {
  const labels = statusData.categories.map((c) => c.label);

  test('the code takes its labels from the data file, every outcome once, in its order', () => {
    expect(Object.values(OUTCOME_LABELS)).toEqual(labels);
    expect(statusData.categories.map((c) => c.key)).toEqual([
      'early',
      'onTime',
      'late',
      'pendingWithin',
      'pendingOverdue',
    ]);
    expect(STATUS_LABEL_LIST).toBe(labels.join(', '));
    expect(canonicalLabels('status')).toEqual(labels);
  });

  test.each(STATUS_PLACES)("%s lists the statuses in the data file's words and order", (f) => {
    const lists = listsFrom(plain(read(f)), labels[0]);
    expect(lists.length).toBeGreaterThan(0);
    for (const items of lists) expect(items).toEqual(labels.slice(0, items.length));
  });

  test('the messages for a status not understood list the statuses from the data file', () => {
    const fn = countsFromStatuses([['Chờ bổ sung']]);
    expect(fn.ok ? '' : fn.message).toContain(STATUS_LABEL_LIST);
    const reg = parseRegister(
      {
        name: 'SoTheoDoi',
        rows: [
          ['Số hồ sơ', 'Ngày tiếp nhận', 'Trạng thái'],
          ['HS-1', '01/10/2026', 'Chờ bổ sung'],
        ],
      },
      { file: 'a.xlsx' },
      defaultCalendar(),
    );
    expect(reg.findings.find((f) => f.code === 'REGISTER_BAD_STATUS')?.message).toContain(STATUS_LABEL_LIST);
  });
});

describe('file statuses', () => {
  const words = FILE_STATUS_ORDER.map((s) => FILE_STATUS_TEXT[s]);

  test.each(['README.md', 'docs/huong-dan-su-dung.md'])(
    "%s names the four results in FILE_STATUS_TEXT's words and order",
    (f) => {
      const text = read(f);
      const named = [...text.matchAll(/\*([^*\n]+)\*/g)].map((m) => m[1]).filter((w) => words.includes(w));
      const i = named.indexOf(words[0]);
      expect(named.slice(i, i + words.length)).toEqual(words);
    },
  );

  test('the tallies (pane, CLI, KiemTra) spell the statuses from FILE_STATUS_TEXT', () => {
    expect(statusTally([{ status: 'valid' }, { status: 'rejected' }], { zeros: true })).toBe(
      `2 tệp: ${['1', '0', '0', '1'].map((n, i) => `${n} ${words[i].toLowerCase()}`).join(', ')}.`,
    );
  });

  test('no source file but file-status.ts writes a count followed by a status word (a tally of its own)', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(path.join(ROOT, d), { withFileTypes: true })) {
        const p = `${d}/${e.name}`;
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|html)$/.test(e.name)) files.push(p);
      }
    };
    walk('src');
    const alt = words.map((w) => w.toLowerCase()).join('|');
    // `${n} hợp lệ, ` or `; hợp lệ: ${n}`, in code (comments left out).
    const tally = new RegExp(`(\\$\\{[^}]+\\}|\\d) (${alt})[,.\`]|[;,] (${alt}): \\$\\{`, 'u');
    const code = (f: string) =>
      read(f)
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
    expect(files.filter((f) => tally.test(code(f)))).toEqual([]);
  });
});
