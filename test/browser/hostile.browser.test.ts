/**
 * The hostile corpus (scripts/make-hostile-corpus.js: cut, renamed, password-protected, zip bombs, a million
 * rows, formula injection, HTML, legacy encodings…) through the PANE door, in headless Chromium: the production
 * build served from 127.0.0.1, the Office double answering for office.js, the files picked in the file input.
 *
 * What it proves, for every file of the corpus (big ones made on the fly):
 * - alone, the pane lists it with the status expected.json gives (Hợp lệ / Có cảnh báo / Bị loại) and shows the
 *   expected findings with their sheet and cell, in Vietnamese, word for word what the CLI door's reader says;
 * - all together, the cross-file findings (the same unit twice, a period unlike the others) and the rejected set
 *   match expected.json, and every status matches the CLI door's consolidation;
 * - formula-injection text lands in the workbook (KiemTra, TH_*) as text cells: the exact string, no formula,
 *   read back both from the double's model and through Excel.run (values, formulas, numberFormat);
 * - HTML in a unit name, a field name or a file name is shown literally (textContent), never parsed: no element
 *   made from it, no script run (a flag the payload would set stays unset), no dialog;
 * - no run hangs (each ends within a bound; the slowest file is reported), and a file that takes longer than the
 *   pane's per-file time limit is stopped, rejected with "Quá thời gian đọc…", and a fresh worker reads the rest;
 * - no uncaught exception, no console error, no request leaving 127.0.0.1, no CSP violation; and the CSP itself
 *   (no 'unsafe-inline' / 'unsafe-eval', connect-src 'self') blocks injected script, handlers, eval and fetches.
 *
 * Skipped (with a message) only when /usr/bin/chromium is absent; CI installs it (.ci/run).
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { consolidate } from '../../src/core/consolidate';
import type { FileResult } from '../../src/core/consolidate/types';
import type { Finding } from '../../src/core/findings';
import { SUMMARY_SHEETS } from '../../src/core/report';
import type { UnitReport } from '../../src/core/unit/types';
import { readUnitFile } from '../../src/io/read-unit-file';
import { DEFAULT_FILE_TIMEOUT_S } from '../../src/cli/read-pool';
import { DEFAULT_FILE_TIMEOUT_MS } from '../../src/taskpane/parse-client';
import { buildOnce, type BuildResult } from '../build/build-once';
import { corpusScript, makeCorpus, type Corpus, type CorpusFile, type ExpectedFinding } from './support/hostile-corpus';
import { officeDoubleBundle } from './support/office-double-bundle';
import {
  CHROMIUM,
  expectCleanPane,
  haveChromium,
  HANG_ON_TREO,
  launchChromium,
  OFFICE_JS,
  openReadyPane,
  type OpenOptions,
  type OpenPane,
} from './support/pane-page';
import { serveDirectory, type StaticServer } from './support/static-server';
import { tempDirForTests } from '../support/temp-dir';

jest.setTimeout(10 * 60 * 1000);

/** Where the workbook made to hang is copied (removed after the tests). */
const treoDir = tempDirForTests('tonghop-treo-');

const STATUS_TEXT = { valid: 'Hợp lệ', warnings: 'Có cảnh báo', errors: 'Có lỗi', rejected: 'Bị loại' } as const;
const SEVERITY_TEXT = { error: 'Lỗi', warning: 'Cảnh báo' } as const;
/** Letters only Vietnamese uses (with their tone marks): a message without one is not Vietnamese. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
/** A run of the pane over one file must end within this (a hang fails the test; the pane's own limit is 60 s). */
const RUN_BOUND_MS = 45_000;
/** The whole corpus in one run. */
const CORPUS_RUN_BOUND_MS = 180_000;
/** What a formula the summary makes may call (anything else in a formula came from a unit's text). */
const SUMMARY_FUNCTIONS = new Set(['SUM', 'IF', 'IFERROR', 'ROUND']);
/** Pieces of the corpus's payloads: none may ever be part of a formula in the workbook. */
const PAYLOAD_MARKERS = ['cmd|', 'HYPERLINK', 'WEBSERVICE', 'evil.example', 'calc', 'notepad', 'onerror', '1+1'];

const { INJECTION, HTML_NAME } = corpusScript;

/** A file as the pane lists it (data-testid "findings"), with every finding it shows. */
interface ShownFinding {
  code: string;
  severity: string;
  severityText: string;
  place: string;
  message: string;
}
interface ShownFile {
  file: string;
  status: string;
  badge: string;
  unit: string;
  findings: ShownFinding[];
}

interface RunResult {
  /** Click to the end of the run (writing included), ms. */
  ms: number;
  /** Reading time of each file, from the progress label ("Đang đọc tệp i/n: …") to the next one. */
  reading: Array<[string, number]>;
  message: { kind: string; text: string };
  shown: ShownFile[];
}

/** Cell snapshot of the double (test/support/office-double/model.ts), as much as the test reads. */
interface SheetSnap {
  name: string;
  cells: Record<string, { value: unknown; formula: string | null; numberFormat: string }>;
}

const have = haveChromium();
if (!have) {
  console.warn(
    `test/browser/hostile.browser.test.ts: BỎ QUA — không có ${CHROMIUM}. Cài gói chromium của Debian (bash .ci/run làm việc này) để chạy kiểm thử trên trình duyệt.`,
  );
}
const describeBrowser = have ? describe : describe.skip;

/** `TTHC › C12`, `TTHC`, or `Cả tệp`: where the pane says a finding is (findings-view.ts), from the finding. */
function placeOf(f: { sheet: string; cell: string }): string {
  const parts = [f.sheet, f.cell].filter((s) => s !== '');
  return parts.length > 0 ? parts.join(' › ') : 'Cả tệp';
}

/** Whether a shown finding is the expected one: code, and sheet and cell where expected.json names them. */
function matches(shown: ShownFinding, e: ExpectedFinding): boolean {
  if (shown.code !== e.code) return false;
  if (e.sheet === undefined) return true;
  if (e.cell !== undefined) return shown.place === placeOf({ sheet: e.sheet, cell: e.cell });
  return e.sheet === '' ? shown.place === 'Cả tệp' : shown.place === e.sheet || shown.place.startsWith(`${e.sheet} › `);
}

/** The pane's words for a finding of the core (what the CLI door's reader produced), to compare with the page. */
function asShown(f: Finding): ShownFinding {
  return {
    code: f.code,
    severity: f.severity,
    severityText: SEVERITY_TEXT[f.severity],
    place: placeOf(f),
    message: f.message,
  };
}

/** A shown finding as the house rules want it: Vietnamese NFC, its severity in words, a well-formed place. */
function expectWellFormed(file: string, f: ShownFinding): void {
  const where = `${file} ${f.code}`;
  expect([where, f.code]).toEqual([where, expect.stringMatching(/^[A-Z][A-Z0-9_]+$/)]);
  expect([where, f.severityText]).toEqual([where, SEVERITY_TEXT[f.severity as keyof typeof SEVERITY_TEXT]]);
  expect([
    where,
    f.message === f.message.normalize('NFC'),
    VIETNAMESE.test(f.message),
    f.message.trim() !== '',
  ]).toEqual([where, true, true, true]);
  expect([where, /\bundefined\b|\[object /.test(f.message)]).toEqual([where, false]);
  // `Cả tệp`, a sheet, or `sheet › A1`.
  if (f.place !== 'Cả tệp' && f.place.includes(' › '))
    expect([where, f.place]).toEqual([where, expect.stringMatching(/ › [A-Z]{1,3}[1-9]\d*$/)]);
}

/** The CLI door's judgement of these files (its reader and consolidation, as `tonghop check` runs them). */
function cliJudgement(files: CorpusFile[]): FileResult[] {
  const reports: UnitReport[] = files.map((f) => readUnitFile(new Uint8Array(fs.readFileSync(f.file)), f.name));
  return consolidate(reports, {}).files;
}

async function shownFiles(page: Page): Promise<ShownFile[]> {
  return page.$$eval('[data-testid=findings] > li', (items) =>
    items.map((li) => {
      const text = (e: Element | null) => e?.textContent ?? '';
      return {
        file: (li as HTMLElement).dataset.file ?? '',
        status: (li as HTMLElement).dataset.status ?? '',
        badge: text(li.querySelector('.badge')),
        unit: text(li.querySelector('.file-unit')),
        findings: Array.from(li.querySelectorAll<HTMLElement>('li.finding')).map((f) => ({
          code: f.dataset.code ?? '',
          severity: f.dataset.severity ?? '',
          severityText: text(f.querySelector('.severity')),
          place: text(f.querySelector('.place')),
          message: text(f.querySelector('.finding-message')),
        })),
      };
    }),
  );
}

/** Starts logging the progress label's changes with their times, in the page. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __labels: Array<[number, string]>; __labelWatch?: MutationObserver };
    w.__labels = [];
    if (w.__labelWatch) return;
    const label = document.getElementById('progress-label')!;
    w.__labelWatch = new MutationObserver(() => w.__labels.push([performance.now(), label.textContent ?? '']));
    w.__labelWatch.observe(label, { childList: true, characterData: true, subtree: true });
  });
}

/** Per-file reading times from the logged labels: "Đang đọc tệp i/n: name" until the next label. */
async function readingTimes(page: Page): Promise<Array<[string, number]>> {
  const labels = await page.evaluate(() =>
    (window as unknown as { __labels: Array<[number, string]> }).__labels.slice(),
  );
  const out: Array<[string, number]> = [];
  for (let i = 0; i < labels.length; i++) {
    const m = /^Đang đọc tệp \d+\/\d+: (.*)$/.exec(labels[i][1]);
    if (!m || (out.length > 0 && out[out.length - 1][0] === m[1])) continue;
    const next = labels.slice(i + 1).find(([, t]) => t !== labels[i][1]);
    out.push([m[1], next ? next[0] - labels[i][0] : NaN]);
  }
  return out;
}

/**
 * Picks the files, clicks Tổng hợp and waits for the run to end; agrees to replace the period's sheets when the
 * pane asks (the pane's own dialog, not a browser one). Fails when the run does not end within `bound`.
 */
async function runPane(
  page: Page,
  files: Array<string | { name: string; mimeType: string; buffer: Buffer }>,
  bound = RUN_BOUND_MS,
): Promise<RunResult> {
  await page.setInputFiles('[data-testid=unit-files]', files as string[]);
  // The pane took every file (none refused as "not a workbook").
  expect(await page.locator('#file-list li').count()).toBe(files.length);
  await watchProgress(page);
  const t0 = Date.now();
  await page.click('[data-testid=consolidate]');
  const state = () =>
    page.waitForFunction(
      () => {
        const dialog = document.getElementById('confirm-dialog') as HTMLDialogElement;
        if (dialog.open) return 'ask';
        const b = document.querySelector<HTMLButtonElement>('[data-testid=consolidate]')!;
        const p = document.querySelector<HTMLElement>('[data-testid=progress]')!;
        return !b.disabled && p.dataset.state !== 'running' ? 'done' : false;
      },
      undefined,
      { timeout: Math.max(1, bound - (Date.now() - t0)), polling: 50 },
    );
  if ((await (await state()).jsonValue()) === 'ask') {
    await page.click('[data-testid=confirm-ok]');
    expect(await (await state()).jsonValue()).toBe('done');
  }
  const ms = Date.now() - t0;
  const message = await page.evaluate(() => ({
    kind: document.getElementById('message-bar')?.dataset.kind ?? '',
    text: document.getElementById('message-text')?.textContent ?? '',
  }));
  return { ms, reading: await readingTimes(page), message, shown: await shownFiles(page) };
}

async function snapshotSheets(page: Page): Promise<SheetSnap[]> {
  return page.evaluate(
    () =>
      (window as unknown as { __officeDouble: { snapshot(): { sheets: unknown[] } } }).__officeDouble.snapshot().sheets,
  ) as Promise<SheetSnap[]>;
}

/** Every non-empty cell of the summary sheets as an add-in reads it back through Excel.run. */
async function readBack(
  page: Page,
  sheets: readonly string[],
): Promise<Array<{ sheet: string; value: unknown; formula: unknown; numberFormat: unknown }>> {
  return page.evaluate(
    async (names) => {
      const out: Array<{ sheet: string; value: unknown; formula: unknown; numberFormat: unknown }> = [];
      await Excel.run(async (ctx) => {
        const ranges = names.map((name) => {
          const r = ctx.workbook.worksheets.getItem(name).getUsedRange();
          r.load(['values', 'formulas', 'numberFormat']);
          return [name, r] as const;
        });
        await ctx.sync();
        for (const [name, r] of ranges) {
          r.values.forEach((row, i) =>
            row.forEach((value, j) => {
              if (value !== '' && value !== null)
                out.push({ sheet: name, value, formula: r.formulas[i][j], numberFormat: r.numberFormat[i][j] });
            }),
          );
        }
      });
      return out;
    },
    [...sheets],
  );
}

describeBrowser('the hostile corpus through the task pane in headless Chromium', () => {
  let build: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  let officeDouble: string;
  let corpus: Corpus;
  const opened: OpenPane[] = [];

  beforeAll(
    async () => {
      corpus = makeCorpus();
      build = buildOnce();
      officeDouble = await officeDoubleBundle();
      server = await serveDirectory(build.dir);
      browser = await launchChromium();
    },
    12 * 60 * 1000,
  );

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    corpus?.remove();
  });

  afterEach(async () => {
    while (opened.length > 0) await opened.pop()!.close();
  });

  async function open(o: Partial<OpenOptions> = {}): Promise<OpenPane> {
    const p = await openReadyPane(browser, { origin: server.origin, officeDouble, ...o });
    opened.push(p);
    return p;
  }

  const expectClean = (p: OpenPane): Promise<void> => expectCleanPane(p, server.origin);

  it('makes a corpus of at least 40 files, each with an expected status', () => {
    expect(corpus.files.length).toBeGreaterThanOrEqual(40);
    for (const f of corpus.files) expect(['valid', 'warnings', 'errors', 'rejected']).toContain(f.expect.status);
  });

  it('judges each file alone as expected.json says, with the CLI door’s very findings, sheet and cell, in Vietnamese', async () => {
    const p = await open();
    const { page } = p;
    /** [file, whole run ms, reading ms]. */
    const aloneTimes: Array<[string, number, number]> = [];
    for (const f of corpus.files) {
      const run = await runPane(page, [f.file]);
      const reading = run.reading.find(([n]) => n === f.name)?.[1] ?? NaN;
      aloneTimes.push([f.name, run.ms, reading]);
      expect(run.shown.map((s) => s.file)).toEqual([f.name]);
      const [shown] = run.shown;
      const e = f.expect;
      expect([f.name, shown.status, shown.badge]).toEqual([f.name, e.status, STATUS_TEXT[e.status]]);
      for (const want of e.findings) {
        expect({ file: f.name, want, shown: shown.findings.some((s) => matches(s, want)) }).toEqual({
          file: f.name,
          want,
          shown: true,
        });
      }
      for (const s of shown.findings) expectWellFormed(f.name, s);
      if (e.status === 'valid') expect([f.name, shown.findings]).toEqual([f.name, []]);
      if (e.status === 'rejected' || e.status === 'errors')
        expect([f.name, shown.findings.some((s) => s.severity === 'error')]).toEqual([f.name, true]);
      // Word for word what the CLI door's reader says of the file alone.
      const [cli] = cliJudgement([f]);
      expect({ file: f.name, status: shown.status, findings: shown.findings }).toEqual({
        file: f.name,
        status: cli.status,
        findings: cli.findings.map(asShown),
      });
      // The message bar says what happened, in Vietnamese.
      expect([f.name, VIETNAMESE.test(run.message.text)]).toEqual([f.name, true]);
    }
    const slowest = [...aloneTimes].sort((a, b) => b[2] - a[2]).slice(0, 3);
    console.log(
      `each of ${aloneTimes.length} files alone: slowest reading ${slowest.map(([f, , r]) => `${f} ${r.toFixed(0)} ms`).join(', ')}; ` +
        `slowest whole run ${[...aloneTimes]
          .sort((a, b) => b[1] - a[1])[0]
          .slice(0, 2)
          .join(' ')} ms`,
    );
    // One worker read everything: no file made it die.
    expect(p.record.workers).toEqual({ started: 1, closed: 0 });
    await expectClean(p);
  });

  it('takes the whole corpus in one run: cross-file findings, text cells for injected formulas, HTML shown literally', async () => {
    const p = await open();
    const { page } = p;
    const run = await runPane(
      page,
      corpus.files.map((f) => f.file),
      CORPUS_RUN_BOUND_MS,
    );
    const slowest = [...run.reading].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `whole corpus (${corpus.files.length} files) in one run: ${(run.ms / 1000).toFixed(1)} s; slowest reading ${slowest.map(([f, ms]) => `${f} ${ms.toFixed(0)} ms`).join(', ')}`,
    );
    expect(run.reading.map(([f]) => f)).toEqual(corpus.files.map((f) => f.name));

    // Every file listed, in the order picked; statuses as the CLI door's consolidation of the same files.
    const cli = cliJudgement(corpus.files);
    expect(run.shown.map((s) => [s.file, s.status, s.badge])).toEqual(
      cli.map((c) => [c.file, c.status, STATUS_TEXT[c.status]]),
    );
    for (const s of run.shown)
      expect({ file: s.file, codes: s.findings.map((x) => x.code) }).toEqual({
        file: s.file,
        codes: cli.find((c) => c.file === s.file)!.findings.map((x) => x.code),
      });
    // The rejected ones are exactly those expected.json says; the cross-file findings are there.
    const rejected = corpus.files
      .filter((f) => (f.expect.corpusStatus ?? f.expect.status) === 'rejected')
      .map((f) => f.name);
    expect(run.shown.filter((s) => s.status === 'rejected').map((s) => s.file)).toEqual(rejected);
    for (const f of corpus.files) {
      const shown = run.shown.find((s) => s.file === f.name)!;
      if (f.expect.corpusStatus) expect([f.name, shown.status]).toEqual([f.name, f.expect.corpusStatus]);
      for (const want of [...f.expect.findings, ...(f.expect.corpus ?? [])]) {
        expect({ file: f.name, want, shown: shown.findings.some((s) => matches(s, want)) }).toEqual({
          file: f.name,
          want,
          shown: true,
        });
      }
      for (const s of shown.findings) expectWellFormed(f.name, s);
    }
    // Files with errors count only when a section no error concerns is left (as the CLI door's consolidation says).
    const units = consolidate(
      corpus.files.map((f) => readUnitFile(new Uint8Array(fs.readFileSync(f.file)), f.name)),
      {},
    ).units.length;
    expect(run.message.text).toContain(`Đã tổng hợp ${units}/${corpus.files.length} tệp`);
    expect(run.message.text).toContain(`${rejected.length} tệp bị loại`);

    // A file's findings open on click, each with its sheet and cell.
    const withCells = corpus.files.find((f) => f.expect.findings.filter((x) => x.sheet && x.cell).length >= 2)!;
    const item = page.locator(`[data-testid=findings] > li[data-file="${withCells.name}"]`);
    await expect(item.locator('.finding-list').isVisible()).resolves.toBe(false);
    await item.locator('button.file-head').click();
    await expect(item.locator('.finding-list').isVisible()).resolves.toBe(true);
    const places = await item.locator('li.finding .place').allTextContents();
    for (const x of withCells.expect.findings.filter((y) => y.sheet && y.cell))
      expect(places).toContain(`${x.sheet} › ${x.cell}`);

    // Hostile names, shown as they are.
    expect(run.shown.find((s) => s.file === 'the-html.xlsx')!.unit).toBe(HTML_NAME);
    expect(run.shown.find((s) => s.file === 'chen-cong-thuc.xlsx')!.unit).toBe(INJECTION.unit);
    const report = (await page.textContent('[data-testid=report-text]')) ?? '';
    for (const field of [INJECTION.field1, INJECTION.field2, INJECTION.field3])
      expect(report).toContain(`- Lĩnh vực ${field}: `);
    await expectNoMarkupFromData(page);

    // The workbook: the payloads are text cells, no formula carries them.
    const sheets = (await snapshotSheets(page)).filter((s) => (SUMMARY_SHEETS as readonly string[]).includes(s.name));
    expect(sheets.map((s) => s.name).sort()).toEqual([...SUMMARY_SHEETS].sort());
    const where = (text: string) =>
      sheets.flatMap((s) =>
        Object.entries(s.cells)
          .filter(([, c]) => c.value === text)
          .map(([a1, c]) => ({ sheet: s.name, a1, ...c })),
      );
    for (const [text, within] of [
      [INJECTION.unit, ['TH_TTHC', 'KiemTra']],
      [HTML_NAME, ['TH_TTHC', 'KiemTra']],
      [INJECTION.field1, ['TH_LinhVuc']],
      [INJECTION.field2, ['TH_LinhVuc']],
      [INJECTION.field3, ['TH_LinhVuc']],
    ] as const) {
      const hits = where(text);
      for (const sheet of within)
        expect({ text, sheet, found: hits.some((h) => h.sheet === sheet) }).toEqual({ text, sheet, found: true });
      for (const h of hits)
        expect(h).toEqual({
          sheet: h.sheet,
          a1: h.a1,
          value: text,
          formula: null,
          numberFormat: '@',
          format: expect.anything(),
        });
    }
    // A sheet name from a crafted workbook, quoted in a KiemTra finding.
    expect(
      Object.values(sheets.find((s) => s.name === 'KiemTra')!.cells).some(
        (c) => typeof c.value === 'string' && c.value.includes('=HYPERLINK("x")'),
      ),
    ).toBe(true);
    let formulas = 0;
    for (const s of sheets) {
      for (const [a1, c] of Object.entries(s.cells)) {
        if (typeof c.value === 'string' && /^[=+\-@]/.test(c.value))
          expect({ sheet: s.name, a1, formula: c.formula, numberFormat: c.numberFormat }).toEqual({
            sheet: s.name,
            a1,
            formula: null,
            numberFormat: '@',
          });
        if (c.formula === null) continue;
        formulas++;
        const called = [...c.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
        expect({
          sheet: s.name,
          a1,
          formula: c.formula,
          foreign: called.filter((fn) => !SUMMARY_FUNCTIONS.has(fn)),
        }).toEqual({ sheet: s.name, a1, formula: c.formula, foreign: [] });
        for (const marker of PAYLOAD_MARKERS)
          expect({ sheet: s.name, a1, formula: c.formula, marker, inside: c.formula.includes(marker) }).toEqual({
            sheet: s.name,
            a1,
            formula: c.formula,
            marker,
            inside: false,
          });
      }
    }
    expect(formulas).toBeGreaterThan(50);
    // Read back as an add-in would: the text is both the value and the "formula" (a constant), formatted Text.
    const cells = await readBack(page, SUMMARY_SHEETS);
    const payloads = cells.filter((c) => typeof c.value === 'string' && /^[=+\-@]/.test(c.value));
    expect(payloads.length).toBeGreaterThanOrEqual(8);
    for (const c of payloads)
      expect(c).toEqual({ sheet: c.sheet, value: c.value, formula: c.value, numberFormat: '@' });
    for (const text of [INJECTION.unit, INJECTION.field1, INJECTION.field2, INJECTION.field3])
      expect(payloads.some((c) => c.value === text)).toBe(true);

    expect(p.record.workers).toEqual({ started: 1, closed: 0 });
    await expectClean(p);
  });

  /** No element of the page was made from a unit's text: only the page's own <img>, no <svg>, no extra <script>. */
  async function expectNoMarkupFromData(page: Page): Promise<void> {
    const dom = await page.evaluate(() => ({
      imgs: Array.from(document.querySelectorAll('img')).map((i) => i.getAttribute('src')),
      svgs: document.querySelectorAll('svg, iframe, object, embed, b').length,
      scripts: Array.from(document.querySelectorAll('script')).map((s) => s.getAttribute('src')),
      inlineScripts: Array.from(document.querySelectorAll('script')).filter((s) => (s.textContent ?? '').trim() !== '')
        .length,
      handlers: Array.from(document.querySelectorAll('*')).flatMap((e) =>
        e.getAttributeNames().filter((n) => n.startsWith('on')),
      ),
      pwned: (window as unknown as { __tonghopPwned?: unknown }).__tonghopPwned ?? null,
    }));
    expect(dom).toEqual({
      imgs: ['assets/icon-128.png'],
      svgs: 0,
      scripts: [OFFICE_JS, 'functions.js', 'taskpane.js'],
      inlineScripts: 0,
      handlers: [],
      pwned: null,
    });
  }

  it('shows HTML from a unit name, a field name and a file name as literal text, and runs none of it', async () => {
    const flagged = {
      unit: '<img src=x onerror="window.__tonghopPwned=1;alert(1)"></script><script>window.__tonghopPwned=2</script>',
      field: '<svg onload="window.__tonghopPwned=3"><b>Lĩnh vực</b></svg><img src=y onerror=window.__tonghopPwned=4>',
      file: '"><img src=z onerror="window.__tonghopPwned=5">.xlsx',
    };
    const row = (stt: number, field: string, on: number, inPerson: number) => [
      stt,
      field,
      on + inPerson,
      on,
      inPerson,
      0,
      on + inPerson,
      on + inPerson,
      0,
      0,
      0,
      0,
      0,
    ];
    const crafted = corpusScript.unitWorkbook(flagged.unit, 91, {
      tthcRows: [row(1, flagged.field, 2, 3), row(2, 'Sở hữu trí tuệ', 1, 1)],
    });
    const p = await open();
    const { page } = p;
    const html = corpus.byName('the-html.xlsx');
    const run = await runPane(page, [
      { name: html.name, mimeType: 'application/octet-stream', buffer: fs.readFileSync(html.file) },
      { name: flagged.file, mimeType: 'application/octet-stream', buffer: crafted },
    ]);
    expect(run.message.kind).toBe('success');
    expect(run.shown.map((s) => [s.file, s.status, s.unit])).toEqual([
      [html.name, 'valid', HTML_NAME],
      // The crafted field is in no list of fields: kept under its own name with a warning (TTHC_UNKNOWN_FIELD).
      [flagged.file, 'warnings', flagged.unit],
    ]);
    // textContent is the raw string, in the list of chosen files, the results and the report text.
    await expect(page.locator('#file-list .file-name').allTextContents()).resolves.toEqual([html.name, flagged.file]);
    await expect(page.locator('[data-testid=findings] .file-unit').allTextContents()).resolves.toEqual([
      HTML_NAME,
      flagged.unit,
    ]);
    await expect(page.locator('[data-testid=findings] .file-name').allTextContents()).resolves.toEqual([
      html.name,
      flagged.file,
    ]);
    const paragraphs = await page.locator('[data-testid=report-text] p').allTextContents();
    expect(
      paragraphs.some((t) =>
        t.split('\n').includes(`- Lĩnh vực ${flagged.field}: tiếp nhận 05 hồ sơ, đã giải quyết 05 hồ sơ.`),
      ),
    ).toBe(true);
    // The sheets hold the same text.
    const check = (await snapshotSheets(page)).find((s) => s.name === 'KiemTra')!;
    const texts = Object.values(check.cells).map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining([HTML_NAME, flagged.unit, flagged.file]));
    // Give any image error handler a chance to run, then: nothing parsed, nothing ran, nothing was fetched.
    await page.waitForTimeout(300);
    await expectNoMarkupFromData(page);
    expect(server.requests.map((r) => r.path).filter((u) => /^\/(x|y|z)$/.test(u))).toEqual([]);
    expect(p.record.requests.filter((u) => /\/(x|y|z)$/.test(u))).toEqual([]);
    await expectClean(p);
  });

  it('stops a file whose reading never ends at the time limit, rejects it in Vietnamese and reads the rest with a fresh worker', async () => {
    // Without a page setting, the pane's limit is the CLI's --file-timeout default.
    expect(DEFAULT_FILE_TIMEOUT_MS).toBe(DEFAULT_FILE_TIMEOUT_S * 1000);
    const limitMs = 1000;
    // A valid workbook whose reading never ends: the worker is made to hang on treo*.xlsx (HANG_ON_TREO).
    const hanging = path.join(treoDir(), 'treo.xlsx');
    fs.copyFileSync(corpus.byName('hop-le.xlsx').file, hanging);
    const slow = { file: hanging };
    const files = [corpus.byName('hop-le.xlsx'), slow, corpus.byName('trung-don-vi-1.xlsx')];
    const p = await open({ globals: { __tonghopFileTimeoutMs: limitMs }, workerPrelude: HANG_ON_TREO });
    const { page } = p;
    const run = await runPane(
      page,
      files.map((f) => f.file),
    );
    expect(run.shown.map((s) => [s.file, s.badge])).toEqual([
      ['hop-le.xlsx', 'Hợp lệ'],
      ['treo.xlsx', 'Bị loại'],
      ['trung-don-vi-1.xlsx', 'Hợp lệ'],
    ]);
    const stopped = run.shown[1].findings;
    expect(stopped.map((f) => [f.code, f.severity, f.place])).toEqual([['READ_TIMEOUT', 'error', 'Cả tệp']]);
    expect(stopped[0].message).toMatch(/^Quá thời gian đọc tệp «treo\.xlsx»: sau 1 giây vẫn chưa đọc xong/);
    expect(stopped[0].message.toLowerCase()).toContain('quá thời gian đọc');
    expectWellFormed('treo.xlsx', stopped[0]);
    expect(run.message.kind).toBe('warning');
    expect(run.message.text).toMatch(/^Đã tổng hợp 2\/3 tệp .* 1 tệp bị loại/);
    // The stuck worker was ended; a second one read the last file.
    expect(p.record.workers.started).toBe(2);
    for (let i = 0; i < 50 && p.record.workers.closed < 1; i++) await page.waitForTimeout(100);
    expect(p.record.workers.closed).toBe(1);
    // The summary was written from the two others.
    const th = (await snapshotSheets(page)).find((s) => s.name === 'TH_TTHC')!;
    const names = Object.entries(th.cells)
      .filter(([a1]) => /^B\d+$/.test(a1))
      .map(([, c]) => c.value);
    expect(names).toEqual(expect.arrayContaining(['Văn phòng Sở', 'Trung tâm Kiểm định và Kiểm nghiệm']));
    expect(names).not.toContain('Phòng Đông người');
    // A second run in the same pane: the fresh worker reads again, the hanging file is stopped again.
    const again = await runPane(page, [slow.file, files[0].file]);
    expect(again.shown.map((s) => [s.file, s.status, s.findings.map((f) => f.code)])).toEqual([
      ['treo.xlsx', 'rejected', ['READ_TIMEOUT']],
      ['hop-le.xlsx', 'valid', []],
    ]);
    expect(p.record.workers.started).toBe(3);
    await expectClean(p);
  });

  it('has a CSP without unsafe-inline / unsafe-eval, connect-src self only, that blocks injected script, handlers, eval and fetches', async () => {
    // The built page (minified: attribute quotes may be gone) has one policy; the browser reads it for us.
    const html = fs.readFileSync(path.join(build.dir, 'taskpane.html'), 'utf8');
    expect(html.match(/http-equiv=["']?Content-Security-Policy/gi)).toHaveLength(1);
    const p = await open();
    const { page } = p;
    const policy = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (ms) =>
      ms.map((m) => m.getAttribute('content') ?? ''),
    );
    expect(policy).toHaveLength(1);
    const metas = policy;
    const csp = new Map(
      metas[0]
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0] !== '')
        .map(([name, ...values]) => [name, values] as const),
    );
    expect(metas[0]).not.toMatch(
      /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'|'strict-dynamic'|\*|\bhttp:|\bblob:/,
    );
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    // The parsing worker is a same-origin script (no worker-src: script-src applies, so no blob: or data: worker).
    expect(csp.has('worker-src') ? csp.get('worker-src') : csp.get('script-src')).not.toContain('blob:');
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);

    const flag = () => page.evaluate(() => (window as unknown as { __tonghopPwned?: unknown }).__tonghopPwned ?? null);

    // 1. An inline <script>.
    await page.addScriptTag({ content: 'window.__tonghopPwned = "inline script";' }).catch(() => undefined);
    // 2. An inline event handler.
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.setAttribute('onclick', 'window.__tonghopPwned = "handler"');
      document.body.appendChild(d);
      d.click();
      d.remove();
    });
    // 3. eval and new Function, called from the page's own task (DevTools' evaluate itself may eval).
    const evals = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) =>
          setTimeout(() => {
            const out: string[] = [];
            try {
              (0, eval)('window.__tonghopPwned = "eval"');
              out.push('eval ran');
            } catch (e) {
              out.push((e as Error).name);
            }
            try {
              new Function('window.__tonghopPwned = "function"')();
              out.push('Function ran');
            } catch (e) {
              out.push((e as Error).name);
            }
            resolve(out);
          }, 0),
        ),
    );
    // 4. A request to another origin (another port of 127.0.0.1 too), and a worker from a blob.
    const other = http.createServer((_, res) => res.end('ok'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    let otherHits = 0;
    other.on('request', () => otherHits++);
    try {
      const fetches = await page.evaluate(
        async (urls) => {
          const out: string[] = [];
          for (const u of urls)
            out.push(
              await fetch(u).then(
                () => 'fetched',
                (e: Error) => e.name,
              ),
            );
          // A worker from a blob: refused while loading (an error event), never runs.
          out.push(
            await new Promise<string>((resolve) => {
              try {
                const w = new Worker(
                  URL.createObjectURL(new Blob(['postMessage("ran")'], { type: 'text/javascript' })),
                );
                w.onmessage = () => resolve('worker ran');
                w.onerror = (ev) => {
                  ev.preventDefault();
                  resolve('worker refused');
                };
              } catch {
                resolve('worker refused');
              }
            }),
          );
          return out;
        },
        [`${otherOrigin}/x`, 'https://example.com/x'],
      );
      expect(fetches).toEqual(['TypeError', 'TypeError', 'worker refused']);
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
    expect(otherHits).toBe(0);
    expect(evals).toEqual(['EvalError', 'EvalError']);
    await page.waitForTimeout(200);
    expect(await flag()).toBeNull();
    const violations = await p.cspViolations();
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem inline$/),
        expect.stringMatching(/^script-src-attr inline$/),
        expect.stringMatching(/^script-src eval$/),
        expect.stringMatching(new RegExp(`^connect-src ${otherOrigin.replace(/[.:/]/g, '\\$&')}/x$`)),
        expect.stringMatching(/^connect-src https:\/\/example\.com\/x$/),
        expect.stringMatching(/^(worker|script)-src blob$/),
      ]),
    );
    // CSP stopped them before the network: nothing reached the route, nothing left.
    expect(p.record.outside).toEqual([]);
    expect(p.record.pageErrors).toEqual([]);
    expect(p.record.dialogs).toEqual([]);

    // And the pane still works.
    const run = await runPane(page, [corpus.byName('hop-le.xlsx').file]);
    expect(run.message.kind).toBe('success');
    expect(run.shown.map((s) => s.status)).toEqual(['valid']);
  });
});
