/**
 * The pane's next-level actions in headless Chromium with the Office double (issue 10): a TongHop summary among
 * the inputs, expanded; a comparison summary; the list of expected units, remembered in the workbook; the list
 * sent back to a unit, copied; and Ghép các kỳ. Each action once, on summaries TongHop wrote from the example
 * units. Figures by hand (test/fixtures/summaries/v0.1/README.md): part B + units 01–03 = the province, 53
 * received; compared with part A (48): tăng 10,4%; the year 2020 from two half-years: 7 + 2 × 46 = 99 received.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { consolidate } from '../../src/core/consolidate';
import { summaryJson } from '../../src/core/report';
import { parseVnDate } from '../../src/core/text';
import { readUnitFile } from '../../src/io/read-unit-file';
import { buildOnce, ROOT, type BuildResult } from '../build/build-once';
import { officeDoubleBundle } from './support/office-double-bundle';
import {
  CHROMIUM,
  expectCleanPane,
  haveChromium,
  launchChromium,
  openReadyPane,
  type OpenPane,
} from './support/pane-page';
import { serveDirectory, type StaticServer } from './support/static-server';

jest.setTimeout(5 * 60 * 1000);

const EXAMPLES = path.join(ROOT, 'examples', 'don-vi');
const V01 = path.join(ROOT, 'test', 'fixtures', 'summaries', 'v0.1');
const OUTPUT = path.join(ROOT, 'test', 'output');

const file = (dir: string, name: string) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: fs.readFileSync(path.join(dir, name)),
});

interface Snap {
  sheets: { name: string; cells: Record<string, { value: unknown; formula: string | null }> }[];
}
const snapshot = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __officeDouble: { snapshot(): unknown } }).__officeDouble.snapshot(),
  ) as Promise<Snap>;

function totalRow(s: Snap['sheets'][number]): number {
  const hit = Object.entries(s.cells).find(([a1, c]) => /^A\d+$/.test(a1) && c.value === 'Tổng cộng')!;
  return Number(hit[0].slice(1));
}

async function clickAndWait(page: Page, testid: string): Promise<string> {
  await page.click(`[data-testid=${testid}]`);
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

const have = haveChromium();
if (!have) console.warn(`test/browser/next-level.browser.test.ts: BỎ QUA — không có ${CHROMIUM}.`);
(have ? describe : describe.skip)('the pane at the next level up', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let officeDouble: string;
  const opened: OpenPane[] = [];

  beforeAll(
    async () => {
      build = buildOnce();
      officeDouble = await officeDoubleBundle();
      server = await serveDirectory(build.dir);
      browser = await launchChromium();
      fs.mkdirSync(OUTPUT, { recursive: true });
    },
    12 * 60 * 1000,
  );
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    while (opened.length > 0) await opened.pop()!.close();
  });
  const open = async (): Promise<OpenPane> => {
    const p = await openReadyPane(browser, {
      origin: server.origin,
      officeDouble,
      permissions: ['clipboard-read', 'clipboard-write'],
      viewport: { width: 340, height: 1400 },
    });
    opened.push(p);
    return p;
  };

  it('a summary expanded among units, compared with an earlier one, expected units remembered, a fix list copied', async () => {
    const p = await open();
    const { page } = p;
    await page.setInputFiles('[data-testid=unit-files]', [
      file(V01, 'phan-b.xlsx'),
      ...['01-van-phong.xlsx', '02-chi-cuc-tdc.xlsx', '03-trung-tam-kiem-dinh.xls'].map((n) => file(EXAMPLES, n)),
    ]);
    await page.check('[data-testid=expand-summaries]');
    await page.fill('[data-testid=period-label]', '6 tháng đầu năm 2021');
    await page.fill('[data-testid=period-from]', '15/12/2020');
    await page.fill('[data-testid=period-to]', '14/06/2021');
    await page.setInputFiles('[data-testid=previous-file]', [file(V01, 'phan-a.json')]);
    await expect(page.textContent('#previous-name')).resolves.toBe('phan-a.json');
    await page.fill(
      '[data-testid=expected-units]',
      'Văn phòng Sở\nTHANH TRA SỞ\nQuản lý khoa học\nPhòng Hợp tác quốc tế',
    );
    await clickAndWait(page, 'consolidate');

    const wb = await snapshot(page);
    const th = wb.sheets.find((s) => s.name === 'TH_TTHC')!;
    const t = totalRow(th);
    expect(th.cells[`C${t}`].value).toBe(53);
    // Expanded: part B's units are rows of their own (Trung tâm ứng dụng 5 received).
    expect(Object.values(th.cells).some((c) => c.value === 'Trung tâm ứng dụng tiến bộ khoa học và công nghệ')).toBe(
      true,
    );
    expect(th.cells.P5.value).toBe('So với cùng kỳ năm 2020');
    expect(th.cells[`P${t}`].value).toBe(48);
    expect(wb.sheets.map((s) => s.name)).toContain('GuiLai');
    await expect(page.textContent('[data-testid=report-text]')).resolves.toContain(
      'đã tiếp nhận 53 hồ sơ (tăng 10,4% so với cùng kỳ năm 2020)',
    );
    await expect(page.textContent('[data-testid=missing-units]')).resolves.toContain('Phòng Hợp tác quốc tế');
    const saved = await page.evaluate(() =>
      (
        window as unknown as { Office: { context: { document: { settings: { get(k: string): unknown } } } } }
      ).Office.context.document.settings.get('TongHop.expectedUnits'),
    );
    expect(saved).toBe('Văn phòng Sở\nTHANH TRA SỞ\nQuản lý khoa học\nPhòng Hợp tác quốc tế');

    await page.click('[data-testid=copy-fixes] >> nth=0');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toMatch(/^Kính gửi: /);
    expect(clip).toMatch(/\n1\. \[(Lỗi|Cảnh báo)\] /);
    await page.screenshot({ path: path.join(OUTPUT, 'next-level-pane.png'), fullPage: true });
    await expectCleanPane(p, server.origin);
  });

  it('Ghép các kỳ joins two half-years into the year', async () => {
    const serial = (s: string) => (parseVnDate(s) as { serial: number }).serial;
    const units = fs
      .readdirSync(EXAMPLES)
      .sort()
      .map((n) => readUnitFile(new Uint8Array(fs.readFileSync(path.join(EXAMPLES, n))), n));
    const h2 = summaryJson(
      consolidate(units, {
        periodLabel: '6 tháng cuối năm 2020',
        from: serial('15/06/2020'),
        to: serial('14/12/2020'),
      }),
    );
    const p = await open();
    const { page } = p;
    await page.setInputFiles('[data-testid=unit-files]', [
      file(V01, 'tong-hop.xlsx'),
      { name: 'nua-cuoi-2020.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(h2)) },
    ]);
    await page.fill('[data-testid=period-label]', 'Năm 2020');
    // Two summaries joined, counted as summaries (not as the six units they hold).
    expect(await clickAndWait(page, 'rollup')).toMatch(/^Đã ghép 2\/2 bảng tổng hợp và ghi \d+ trang vào sổ tính/);
    const th = (await snapshot(page)).sheets.find((s) => s.name === 'TH_TTHC')!;
    const t = totalRow(th);
    expect([
      th.cells[`C${t}`].value,
      th.cells[`F${t}`].value,
      th.cells[`G${t}`].value,
      th.cells[`K${t}`].value,
    ]).toEqual([99, 7, 98, 4]);
    await expectCleanPane(p, server.origin);
  });
});
