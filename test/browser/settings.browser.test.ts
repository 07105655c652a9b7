/**
 * «Danh mục» in the task pane, in headless Chromium against the Office double: the button writes the starting
 * DanhMuc sheet into the open workbook; an extra day off typed into it changes a dossier's deadline in the next
 * consolidation (the report text and TH_TTHC say so) and a field synonym typed into it merges two field rows.
 * A screenshot of the pane at 340 px is kept in test/output for a person to look at.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { applySettings, readSettingsJson } from '../../src/core/settings';
import { consolidate } from '../../src/core/consolidate';
import { reportParagraphs } from '../../src/core/report';
import { readUnitFile } from '../../src/io/read-unit-file';
import { registerUnitBytes } from '../support/register-unit';
import { haveChromium, openReadyPane, type OpenPane } from './support/pane-page';
import { OUTPUT, startPaneEnv, stopPaneEnv, type PaneEnv } from './support/pane-env';

jest.setTimeout(5 * 60 * 1000);
const describeBrowser = haveChromium() ? describe : describe.skip;

interface SheetSnap {
  name: string;
  cells: Record<string, { value: unknown }>;
}

async function sheets(page: Page): Promise<SheetSnap[]> {
  return page.evaluate(() => (window as any).__officeDouble.snapshot().sheets) as Promise<SheetSnap[]>;
}

/** Types into the DanhMuc sheet through the double, and raises Excel's change event as a user's edit would. */
async function typeInSettings(page: Page, address: string, values: unknown[][]): Promise<void> {
  await page.evaluate(
    async ({ address, values }) => {
      await (window as any).Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('DanhMuc').getRange(address).values = values;
        await ctx.sync();
      });
      await (window as any).__officeDouble.raiseWorksheetChanged('DanhMuc', address);
    },
    { address, values },
  );
}

/** Clicks Tổng hợp (agreeing to replace the period's sheets when asked) and waits for the run to end. */
async function consolidateAndWait(page: Page, replace = false): Promise<string> {
  await page.click('[data-testid=consolidate]');
  if (replace) await page.click('[data-testid=confirm-ok]', { timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const b = document.querySelector<HTMLButtonElement>('[data-testid=consolidate]');
      const p = document.querySelector<HTMLElement>('[data-testid=progress]');
      return b !== null && !b.disabled && p?.dataset.state !== 'running';
    },
    undefined,
    { timeout: 120_000 },
  );
  return (await page.textContent('#message-text')) ?? '';
}

describeBrowser('«Danh mục» in the task pane', () => {
  let env: PaneEnv | undefined;
  let pane: OpenPane | null = null;

  beforeAll(
    async () => {
      env = await startPaneEnv();
    },
    12 * 60 * 1000,
  );

  afterAll(async () => {
    await pane?.close();
    await stopPaneEnv(env);
  });

  it('writes the DanhMuc sheet; its extra day off changes a deadline and its synonym merges two fields in the next consolidation', async () => {
    const bytes = await registerUnitBytes();
    const office = applySettings(
      readSettingsJson(
        JSON.stringify({
          days: [{ date: '13/10/2026', kind: 'Nghỉ' }],
          fields: [{ name: 'Tiêu chuẩn đo lường chất lượng', synonyms: ['Đo lường điện'] }],
        }),
        'x',
      ).input,
    );
    // What the report text must say, computed in Node without the pane: late 1 before, on time 1 after.
    const before = consolidate([readUnitFile(bytes, 'chi-cuc.xlsx')]);
    const after = consolidate([readUnitFile(bytes, 'chi-cuc.xlsx', { settings: office })]);
    expect(before.total.tthc).toMatchObject({ onTime: 0, late: 1 });
    expect(after.total.tthc).toMatchObject({ onTime: 1, late: 0 });

    const { browser, server, officeDouble } = env!;
    pane = await openReadyPane(browser, {
      origin: server.origin,
      officeDouble,
      doubleConfig: { sheets: ['Sheet1'] },
      viewport: { width: 340, height: 900 },
    });
    const { page } = pane;
    await page.click('[data-testid=settings-sheet]');
    await page.waitForFunction(() => document.getElementById('message-bar')?.dataset.kind === 'success');
    expect(await page.textContent('#message-text')).toContain('Đã thêm trang DanhMuc');
    expect((await sheets(page)).map((s) => s.name)).toContain('DanhMuc');
    await page.screenshot({ path: path.join(OUTPUT, 'pane-danh-muc.png'), fullPage: true });

    const unit = [{ name: 'chi-cuc.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) }];
    await page.setInputFiles('[data-testid=unit-files]', unit);
    await consolidateAndWait(page);
    expect(await page.textContent('[data-testid=report-text]')).toContain(reportParagraphs(before).tthc!);

    // The office's entries: the first empty row of the days table (A7), and a synonym on the field's row.
    await typeInSettings(page, 'A7:B7', [['13/10/2026', 'Nghỉ']]);
    const danhMuc = (await sheets(page)).find((s) => s.name === 'DanhMuc')!;
    const fieldRow = Object.entries(danhMuc.cells)
      .find(([a, c]) => a.startsWith('A') && c.value === 'Tiêu chuẩn đo lường chất lượng')![0]
      .slice(1);
    const synonyms = String(danhMuc.cells[`B${fieldRow}`].value);
    await typeInSettings(page, `B${fieldRow}`, [[`${synonyms}; Đo lường điện`]]);

    await page.setInputFiles('[data-testid=unit-files]', unit);
    const message = await consolidateAndWait(page, true);
    expect(message).toContain('Dùng trang DanhMuc (2 mục thay đổi so với mặc định).');
    const text = await page.textContent('[data-testid=report-text]');
    expect(text).toContain(reportParagraphs(after).tthc!);
    expect(text).not.toContain(reportParagraphs(before).tthc!);
    const th = (await sheets(page)).find((s) => s.name === 'TH_LinhVuc')!;
    const fieldNames = Object.values(th.cells)
      .map((c) => c.value)
      .filter((v) => typeof v === 'string' && /đo lường/i.test(v as string));
    expect(fieldNames).toEqual(['Tiêu chuẩn đo lường chất lượng']);
    expect(pane.record.pageErrors).toEqual([]);
    expect(pane.record.outside).toEqual([]);
  });
});
