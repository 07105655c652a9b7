/**
 * A failure at any request leaves the workbook exactly as it was (sheet list, contents, names, active sheet),
 * and the user is told why in Vietnamese.
 */
import { writeLayoutToWorkbook, WriteError, type WriteOptions } from '../../src/excel';
import type { OfficeDouble, WorkbookSnapshot } from '../support/office-double';
import { options, sheetNames } from './helpers/harness';
import { summaryLayout } from './helpers/summary-fixture';
import { workbookAfterFirstRun } from './helpers/workbooks';

let double: OfficeDouble | null = null;
afterEach(() => {
  double?.uninstall();
  double = null;
});

const layout = summaryLayout(50, 2).layout;
const second = (over: Partial<WriteOptions> = {}): Promise<unknown> =>
  writeLayoutToWorkbook(layout, options({ runId: 'run-2', ...over }));

async function fresh(): Promise<{ d: OfficeDouble; before: WorkbookSnapshot }> {
  double?.uninstall();
  double = await workbookAfterFirstRun();
  return { d: double, before: double.snapshot() };
}

/** A clean second run on the same starting workbook: its snapshot and how many requests it makes. */
async function cleanRun(
  over: Partial<WriteOptions> = {},
): Promise<{ after: WorkbookSnapshot; syncs: number; blocks: number }> {
  const { d } = await fresh();
  const r = (await second(over)) as { syncs: number; blocks: number };
  return { after: d.snapshot(), syncs: r.syncs, blocks: r.blocks };
}

async function expectRestored(
  fault: { atSync: number; applyFirst?: number; code?: string },
  over: Partial<WriteOptions> = {},
): Promise<WriteError> {
  const { d, before } = await fresh();
  d.failSync(fault);
  const err = await second(over).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WriteError);
  const w = err as WriteError;
  expect([fault, w.kind, w.unchanged]).toEqual([fault, fault.atSync === 1 ? 'read' : 'write', true]);
  expect(w.message).toBe(w.message.normalize('NFC'));
  expect(d.snapshot()).toEqual(before);
  return w;
}

describe('one block (50 units), replacing the first run', () => {
  let clean: { after: WorkbookSnapshot; syncs: number; blocks: number };
  beforeAll(async () => {
    clean = await cleanRun();
  });

  test('the clean run: read, one block, final delete — and references to the replaced sheet become #REF!, as in Excel', () => {
    expect(clean.blocks).toBe(1);
    expect(clean.syncs).toBe(3);
    const notes = clean.after.sheets.find((s) => s.name === 'Ghi chú')!;
    expect(notes.cells.B1.formula).toBe('=#REF!C58*2');
    // The new sheets take the place of the old ones, in layout order (TH_TiepDan, deleted by the user, is back in its slot).
    expect(clean.after.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'TH_TTHC',
      'TH_LinhVuc',
      'TH_NhanSu',
      'TH_DaoTao',
      'TH_TiepDan',
      'KiemTra',
      'BaoCao',
      'Ghi chú',
    ]);
  });

  test.each([1, 2, 3])('a failure at request %i, nothing of it applied, restores the workbook exactly', async (n) => {
    const err = await expectRestored({ atSync: n });
    expect(err.message).toMatch(
      n === 1 ? /^Không đọc được danh sách trang tính/ : /Sổ tính đã được khôi phục nguyên trạng/,
    );
  });

  test.each([1, 2, 5, 40, 200, 1000, 100000])(
    'a failure at the write request after %i of its commands restores the workbook exactly',
    async (k) => {
      await expectRestored({ atSync: 2, applyFirst: k });
    },
  );

  // The final request: screen updating suspended, 6 old sheets renamed away (the user deleted TH_TiepDan),
  // 7 new sheets moved, 7 renamed, the first selected — 22 commands that can be undone — then the deletions.
  const REVERSIBLE = 1 + 6 + 7 + 7 + 1;

  test.each([1, 6, 13, 20, REVERSIBLE])(
    'a failure at the final request after %i of its commands (no deletion yet) restores the workbook',
    async (k) => {
      await expectRestored({ atSync: 3, applyFirst: k });
    },
  );

  test.each([REVERSIBLE + 1, REVERSIBLE + 5, 100000])(
    'a failure after the final request had deleted old sheets (%i commands) finishes the job: the new report stays, with a warning',
    async (k) => {
      const { d } = await fresh();
      d.failSync({ atSync: 3, applyFirst: k });
      const r = (await second()) as { status: string; warnings: string[] };
      expect(r.status).toBe('written');
      expect(r.warnings).toEqual([expect.stringMatching(/^Báo cáo mới đã được ghi/)]);
      expect(d.snapshot()).toEqual(clean.after);
    },
  );

  test('a run for another period that fails after removing a stale marker puts the marker back', async () => {
    const { d, before } = await fresh();
    // Final request of a 2024-H2 run: nothing replaced; screen, 7 renames, select, then the stale marker of
    // the TH_TiepDan the user deleted is removed (command 10) — and the request fails right after it.
    d.failSync({ atSync: 3, applyFirst: 10 });
    const err = (await second({ periodKey: '2024-H2' }).catch((e: unknown) => e)) as WriteError;
    expect(err.kind).toBe('write');
    expect(err.unchanged).toBe(true);
    expect(d.snapshot()).toEqual(before);
    expect(before.names.some((n) => n.formula.startsWith('=#REF!'))).toBe(true);
  });

  test('the payload limit: the message names the 5 MB limit and the workbook is restored', async () => {
    const { d, before } = await fresh();
    d.payloadLimitBytes = 100_000; // smaller than the write request
    const err = (await second().catch((e: unknown) => e)) as WriteError;
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(err.message).toContain('giới hạn 5 MB');
    d.payloadLimitBytes = 5_000_000;
    expect(d.snapshot()).toEqual(before);
  });

  test('a name taken while the user was being asked: the failure is reported, nothing is lost, the old sheet keeps a free name', async () => {
    const { d, before } = await fresh();
    const kiemTra = before.sheets.find((s) => s.name === 'KiemTra')!;
    const err = (await second({
      confirmReplace: async () => {
        // Meanwhile the user renames the add-in's KiemTra and makes a sheet of their own called KiemTra.
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem('KiemTra').name = 'KiemTra cũ';
          context.workbook.worksheets.add('KiemTra').getRange('A1').values = [['của tôi']];
          await context.sync();
        });
        return true;
      },
    }).catch((e: unknown) => e)) as WriteError;
    expect(err).toBeInstanceOf(WriteError);
    expect(err.code).toBe('ItemAlreadyExists');
    expect(err.unchanged).toBe(false);
    expect(err.message).toContain('tên trang tính bị trùng');
    expect(err.message).toContain('"KiemTra" nay mang tên "KiemTra (2)"');
    const after = d.snapshot();
    // Every sheet that was there is still there with its contents; only the add-in's old KiemTra has a new name.
    const restored = after.sheets.find((s) => s.id === kiemTra.id)!;
    expect(restored.name).toBe('KiemTra (2)');
    expect(restored.cells).toEqual(kiemTra.cells);
    expect(restored.merges).toEqual(kiemTra.merges);
    expect(restored.columnWidths).toEqual(kiemTra.columnWidths);
    expect(JSON.stringify(restored.validations)).toBe(
      JSON.stringify(kiemTra.validations).replace('=KiemTra!', "='KiemTra (2)'!"),
    );
    for (const s of before.sheets.filter((x) => x.id !== kiemTra.id))
      expect(after.sheets.find((x) => x.id === s.id)).toEqual({ ...s, position: expect.any(Number) });
    expect(after.sheets.find((s) => s.name === 'KiemTra')!.cells.A1.value).toBe('của tôi');
    expect(after.sheets).toHaveLength(before.sheets.length + 1);
    // The add-in's marker still points at its old KiemTra (it follows the sheet), so the next run finds it.
    expect(after.names).toEqual(
      before.names.map((n) => (n.formula === '=KiemTra!$A$1' ? { ...n, formula: "='KiemTra (2)'!$A$1" } : n)),
    );
  });

  test('when the rollback itself fails, the message lists what may be left over', async () => {
    const { d } = await fresh();
    d.failSync({ atSync: 2, applyFirst: 30 }); // the write request fails midway
    d.failSync({ atSync: 4 }); // and so does the rollback (3 = re-read, 4 = undo)
    const err = (await second().catch((e: unknown) => e)) as WriteError;
    expect(err.kind).toBe('rollback');
    expect(err.unchanged).toBe(false);
    expect(err.leftovers.length).toBeGreaterThan(0);
    for (const name of err.leftovers) expect(sheetNames(d)).toContain(name);
    expect(err.message).toContain(err.leftovers[0]);
    expect(err.message).toMatch(/cần xóa bằng tay/);
  });
});

describe('several blocks', () => {
  const small = { maxRequestBytes: 120_000 };
  let clean: { syncs: number; blocks: number };
  beforeAll(async () => {
    clean = await cleanRun(small);
  });

  test('the plan has several blocks, each under the smaller budget', () => {
    expect(clean.blocks).toBeGreaterThanOrEqual(4);
    expect(clean.syncs).toBe(clean.blocks + 2);
  });

  test('a failure injected at each request in turn, before or after applying it, restores the workbook exactly', async () => {
    for (let n = 1; n <= clean.syncs; n++) {
      await expectRestored({ atSync: n }, small);
      // Applied in full but reported as failed (a lost response): still undone — except the final one, which rolls forward.
      if (n > 1 && n < clean.syncs) await expectRestored({ atSync: n, applyFirst: Number.MAX_SAFE_INTEGER }, small);
    }
  }, 60000);
});
