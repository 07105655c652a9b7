/** The worker's batch: progress before each file, one report per file, a crashing reader never stops the batch. */
import { parseBatch, type ReadFn } from '../../src/taskpane/parse-files';
import type { ParseReply, ParseRequest } from '../../src/taskpane/parse-protocol';
import { SMALL_UNITS, unitWorkbookBytes } from './support/unit-workbooks';

const buf = (u: Uint8Array): ArrayBuffer => u.slice().buffer;

async function run(req: ParseRequest, read?: ReadFn): Promise<ParseReply[]> {
  const out: ParseReply[] = [];
  await parseBatch(req, (m) => out.push(m), read);
  return out;
}

describe('parseBatch', () => {
  const good = unitWorkbookBytes(SMALL_UNITS[0]);
  const corrupt = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) & 0xff);

  it('reads real workbooks and rejects a corrupt one, with progress in the selection’s numbering', async () => {
    const out = await run({
      type: 'parse',
      batch: 7,
      offset: 2,
      total: 4,
      files: [
        { name: 'van-phong.xlsx', bytes: buf(good) },
        { name: 'hong.xlsx', bytes: buf(corrupt) },
      ],
    });
    expect(out.map((m) => [m.type, 'index' in m ? m.index : null])).toEqual([
      ['progress', 2],
      ['report', 2],
      ['progress', 3],
      ['report', 3],
      ['done', null],
    ]);
    for (const m of out) expect(m.batch).toBe(7);
    const [p0, r0, , r1] = out as [
      Extract<ParseReply, { type: 'progress' }>,
      Extract<ParseReply, { type: 'report' }>,
      unknown,
      Extract<ParseReply, { type: 'report' }>,
    ];
    expect(p0).toEqual({ type: 'progress', batch: 7, file: 'van-phong.xlsx', index: 2, total: 4 });
    expect(r0.report.name).toBe('Văn phòng Sở');
    expect(r0.report.status).toBe('valid');
    expect(r0.report.tthc).toMatchObject({
      received: 16,
      online: 6,
      inPerson: 8,
      carriedOver: 2,
      resolved: 15,
      early: 12,
      onTime: 3,
      late: 0,
      pending: 1,
    });
    expect(r1.report.file).toBe('hong.xlsx');
    expect(r1.report.status).toBe('rejected');
    expect(r1.report.findings[0].severity).toBe('error');
    // Reports cross the worker boundary by structured clone: plain data only.
    expect(structuredClone(r0.report)).toEqual(r0.report);
  });

  it('turns a reader that throws into a rejected report with a Vietnamese finding, and goes on', async () => {
    const calls: string[] = [];
    const read: ReadFn = (bytes, file) => {
      calls.push(file);
      if (file === 'b.xlsx') throw new RangeError('Maximum call stack size exceeded');
      return {
        file,
        name: file.toUpperCase(),
        period: { label: '', from: null, to: null },
        findings: [],
        status: 'valid',
        contentKey: String(bytes.length),
      };
    };
    const out = await run(
      {
        type: 'parse',
        batch: 1,
        offset: 0,
        total: 3,
        files: ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((name) => ({ name, bytes: new ArrayBuffer(3) })),
      },
      read,
    );
    expect(calls).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    const reports = out.flatMap((m) => (m.type === 'report' ? [m.report] : []));
    expect(reports.map((r) => r.status)).toEqual(['valid', 'rejected', 'valid']);
    expect(reports[1].findings).toEqual([
      expect.objectContaining({
        file: 'b.xlsx',
        severity: 'error',
        code: 'FILE_READER_CRASHED',
        message: expect.stringContaining('Không đọc được tệp: bộ đọc gặp lỗi (Maximum call stack size exceeded)'),
      }),
    ]);
    expect(out[out.length - 1]).toEqual({ type: 'done', batch: 1 });
  });

  it('passes the pane’s period to the reader for workbooks that do not state theirs', async () => {
    const seen: unknown[] = [];
    const read: ReadFn = (_b, file, opts) => {
      seen.push(opts.periodFallback);
      return {
        file,
        name: '',
        period: { label: '', from: null, to: null },
        findings: [],
        status: 'valid',
        contentKey: '',
      };
    };
    const periodFallback = { label: 'Quý I năm 2025', from: 45641, to: 45730 };
    await run(
      {
        type: 'parse',
        batch: 1,
        offset: 0,
        total: 1,
        files: [{ name: 'a.xlsx', bytes: new ArrayBuffer(1) }],
        periodFallback,
      },
      read,
    );
    await run(
      { type: 'parse', batch: 2, offset: 0, total: 1, files: [{ name: 'a.xlsx', bytes: new ArrayBuffer(1) }] },
      read,
    );
    expect(seen).toEqual([periodFallback, undefined]);
  });
});
