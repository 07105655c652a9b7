/**
 * House rules of the pane's sources, checked on the text: untrusted text only through textContent, nothing
 * sent anywhere, no eval, the spreadsheet library only in the worker, Vietnamese text in NFC, and the page's
 * CSP-friendly HTML (no inline script, style or handlers).
 */
import * as fs from 'fs';
import * as path from 'path';

const DIR = path.resolve(__dirname, '../../src/taskpane');
const files = fs.readdirSync(DIR).filter((f) => /\.(ts|html|css)$/.test(f));
const read = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');
/** Source without comments, so the rules judge code, not the prose explaining them. */
const code = (f: string) =>
  read(f)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('src/taskpane sources', () => {
  it('has the files the pane is made of', () => {
    for (const f of ['taskpane.ts', 'taskpane.html', 'taskpane.css', 'app.ts', 'parse.worker.ts', 'worker-factory.ts'])
      expect(files).toContain(f);
  });

  it.each(files.filter((f) => f.endsWith('.ts')))(
    '%s never writes HTML from strings, evaluates code or talks to the network',
    (f) => {
      const c = code(f);
      expect(c).not.toMatch(
        /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/,
      );
      expect(c).not.toMatch(/\beval\s*\(|new Function\b|setTimeout\(\s*['"`]/);
      expect(c).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|navigator\.sendBeacon/);
      expect(c).not.toMatch(/setAttribute\(\s*['"]style['"]/);
    },
  );

  it('imports the spreadsheet reader only from the worker side, and ExcelJS only lazily', () => {
    const importers = (pattern: RegExp) => files.filter((f) => f.endsWith('.ts') && pattern.test(code(f)));
    // Static imports of src/io: the worker's batch code and the lazily imported template writer only.
    expect(importers(/from '\.\.\/io\//).sort()).toEqual(['parse-files.ts', 'workbook-bytes.ts']);
    expect(importers(/from '\.\/parse-files'/)).toEqual(['parse.worker.ts']);
    expect(importers(/from '\.\/workbook-bytes'/)).toEqual([]);
    expect(code('template-action.ts')).toMatch(/\bimport\(\s*'\.\/workbook-bytes'\)/);
    expect(importers(/@e965\/xlsx|exceljs/)).toEqual([]);
    // The Word report: the docx library and the report's own code only through lazy chunks.
    expect(
      importers(/from 'docx'|from '\.\/report-maker'|from '\.\/report-copy'|from '\.\/workbook-summary'/).sort(),
    ).toEqual(['report-maker.ts']);
    expect(code('word-report.ts')).toMatch(/\bimport\(\s*'\.\.\/io\/write-docx'\)/);
    expect(code('word-report-view.ts')).toMatch(/\bimport\(\s*'\.\/report-maker'\)/);
    expect(code('worker-factory.ts')).toMatch(/new Worker\(new URL\('\.\/parse\.worker\.ts', import\.meta\.url\)/);
  });

  it.each(files)('%s is NFC', (f) => {
    const t = read(f);
    expect(t).toBe(t.normalize('NFC'));
  });

  it('has a page without inline script, inline style or event-handler attributes, and every form field labelled', () => {
    const html = read('taskpane.html');
    for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) expect(m[1].trim()).toBe('');
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    const ids = [...html.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(7);
    for (const id of ids) {
      const labelled = html.includes(`for="${id}"`) || new RegExp(`id="${id}"[^>]*aria-label(?:ledby)?=`).test(html);
      expect([id, labelled]).toEqual([id, true]);
    }
    for (const id of ['unit-files', 'consolidate', 'progress', 'findings', 'make-template', 'report-text']) {
      expect(html).toMatch(new RegExp(`data-testid="${id}"`));
    }
    // The picker's tag, wherever its attributes are (one per line as Prettier writes a long tag).
    const picker = [...html.matchAll(/<input\b[^>]*>/g)].map((m) => m[0]).find((t) => /\sid="unit-files"/.test(t));
    expect(picker).toMatch(/\stype="file"/);
    expect(picker).toMatch(/\smultiple\b/);
    expect(picker).toMatch(/\saccept="\.xlsx,\.xlsm,\.xlsb,\.xls,\.ods,\.json"/);
  });

  it.each(files.filter((f) => f.endsWith('.ts')))(
    '%s counts no file statuses and computes no reporting period itself (the core does, issue 9)',
    (f) => {
      const c = code(f);
      expect(c).not.toMatch(/status\s*[!=]==?\s*'(valid|warnings|errors|rejected)'/);
      expect(c).not.toMatch(/\.filter\([^)]*\.status\b/);
      expect(c).not.toMatch(/periodFromLabel|ymdFromSerial|Math\.ceil\(\s*\w+\s*\/\s*3\s*\)/);
    },
  );

  it("offers the period presets from the core's list, not from the page", () => {
    expect(read('taskpane.html')).not.toMatch(/<option value="q1"/);
    expect(code('period-form.ts')).toMatch(/for \(const p of PRESETS\)/);
  });
});
