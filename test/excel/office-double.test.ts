/**
 * The double enforces what real Excel enforces; if it did not, the writer's tests would prove nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { createOfficeDouble, type OfficeDouble } from '../support/office-double';

let double: OfficeDouble;

beforeEach(() => {
  double = createOfficeDouble({ sheets: ['Sheet1'] });
  double.install();
});
afterEach(() => double.uninstall());

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? 'no code';
  }
  return 'no error';
};

describe('load / sync', () => {
  test('reading a property before load + sync throws PropertyNotLoaded', async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      ws.load('name');
      // Still not loaded: the load is only queued.
      expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(ws.name).toBe('Sheet1');
      // Loaded 'name' only: 'position' still throws.
      expect(() => ws.position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('writes are invisible to other proxies until sync, and loaded values are a snapshot', async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const reader = ws.getRange('A1:B1');
      reader.load('values');
      await context.sync();
      expect(reader.values).toEqual([['', '']]);

      const writer = ws.getRange('A1:B1');
      writer.values = [[1, 'x']];
      // The same proxy keeps what was set on it (as office.js does); the workbook and other proxies do not see it yet.
      expect(writer.values).toEqual([[1, 'x']]);
      expect(reader.values).toEqual([['', '']]);
      expect(double.workbook.sheetByName('Sheet1')!.peek(0, 0)).toBeUndefined();

      const other = ws.getRange('A1:B1');
      other.load('values');
      await context.sync();
      expect(other.values).toEqual([[1, 'x']]);
      // The first reader still holds the old snapshot until it loads again.
      expect(reader.values).toEqual([['', '']]);
    });
  });

  test('a ClientResult is readable only after sync; isNullObject after sync', async () => {
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(1);
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test('Excel.run sends what is still queued at the end, and its context cannot be reused', async () => {
    let kept: Excel.RequestContext | null = null;
    await Excel.run(async (context) => {
      kept = context;
      context.workbook.worksheets.add('Extra');
    });
    expect(double.syncCount).toBe(1);
    expect(double.workbook.sheetByName('Extra')).toBeDefined();
    expect(await codeOf(kept!.sync())).toBe('InvalidRequestContext');
    expect(await codeOf(Excel.run((() => 1) as never))).toBe('RunMustReturnPromise');
  });

  test('a 2-D array must match the range', async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('page layout: documented values only (Excel.PageLayoutZoomOptions)', () => {
  const setZoom = (zoom: unknown) =>
    codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').pageLayout.zoom = zoom as Excel.PageLayoutZoomOptions;
        await context.sync();
      }),
    );
  const zoomNow = () => double.workbook.sheetByName('Sheet1')!.pageLayout.zoom;

  test.each([
    [{ horizontalFitToPages: 1 }],
    [{ horizontalFitToPages: 1, verticalFitToPages: 3 }],
    [{ scale: 10 }],
    [{ scale: 400 }],
  ])('%j is accepted', async (zoom) => {
    expect(await setZoom(zoom)).toBe('no error');
    expect(zoomNow()).toEqual(zoom);
  });

  test.each([
    [{ horizontalFitToPages: 1, verticalFitToPages: 0 }],
    [{ horizontalFitToPages: 0 }],
    [{ horizontalFitToPages: 1.5 }],
    [{ scale: 9 }],
    [{ scale: 401 }],
    [{ scale: 100, horizontalFitToPages: 1 }],
  ])('%j fails with InvalidArgument and leaves the zoom as it was', async (zoom) => {
    expect(await setZoom(zoom)).toBe('InvalidArgument');
    expect(zoomNow()).toEqual({ scale: 100 });
  });
});

describe('payload limit', () => {
  test('a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing of that batch', async () => {
    const big = Array.from({ length: 60000 }, (_, i) => [`dòng ${i} `.padEnd(90, 'x')]);
    let code = '';
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('C1').values = [['small write first']];
      context.workbook.worksheets.add('Created in the same batch');
      ws.getRange(`A1:A${big.length}`).values = big;
      try {
        await context.sync();
      } catch (e) {
        code = (e as { code: string }).code;
      }
    });
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    const rec = double.requests[0];
    expect(rec.payloadBytes).toBeGreaterThan(5_000_000);
    expect(rec.ok).toBe(false);
    expect(rec.applied).toBe(0);
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(double.workbook.sheetByName('Sheet1')!.cells.size).toBe(0);
  });

  test('payload counts UTF-8 bytes of the values as sent', async () => {
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A1000');
      r.values = Array.from({ length: 1000 }, () => ['ệ'.repeat(100)]);
      await context.sync();
    });
    // 1000 × 100 three-byte characters are at least 300,000 bytes.
    expect(double.requests[0].payloadBytes).toBeGreaterThan(300_000);
    expect(double.requests[0].payloadBytes).toBeLessThan(320_000);
  });
});

describe('sheet names', () => {
  const addSheet = (name: string) =>
    Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });

  test.each([
    ['x'.repeat(32)],
    ['a[b'],
    ['a]b'],
    ['a:b'],
    ['a*b'],
    ['a?b'],
    ['a/b'],
    ['a\\b'],
    ["'quoted"],
    [''],
    ['History'],
  ])('bad name %j fails with InvalidArgument at sync', async (name) => {
    let queuedWithoutError = false;
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        queuedWithoutError = true;
        await context.sync();
      }),
    );
    expect(queuedWithoutError).toBe(true);
    expect(code).toBe('InvalidArgument');
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('31 characters are fine; a duplicate ignoring case fails with ItemAlreadyExists (add and rename)', async () => {
    await addSheet('y'.repeat(31));
    expect(await codeOf(addSheet('SHEET1'))).toBe('ItemAlreadyExists');
    expect(await codeOf(addSheet('Tổng hợp'))).toBe('no error');
    expect(await codeOf(addSheet('TỔNG HỢP'))).toBe('ItemAlreadyExists');
    const rename = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').name = 'tổng hợp';
        await context.sync();
      }),
    );
    expect(rename).toBe('ItemAlreadyExists');
  });

  test('commands before the failing one stay applied, as in Excel', async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('First');
        context.workbook.worksheets.add('Bad/Name');
        context.workbook.worksheets.add('Never');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', 'First']);
  });
});

describe('fault injection and counting', () => {
  test('the N-th sync fails; applyFirst applies part of it', async () => {
    double.failSync({ atSync: 2, applyFirst: 1, code: 'GeneralException' });
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('A');
        await context.sync();
        context.workbook.worksheets.add('B');
        context.workbook.worksheets.add('C');
        await context.sync();
      }),
    );
    expect(code).toBe('GeneralException');
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', 'A', 'B']);
    expect(double.requests.map((r) => [r.index, r.ok, r.applied])).toEqual([
      [1, true, 1],
      [2, false, 1],
    ]);
  });

  test('suspension flags are recorded per request; calculation waits while suspended', async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      ws.getRange('A1:C1').formulas = [[2, 3, '=A1*B1']];
      const r = ws.getRange('C1');
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([['']]);
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([[6]]);
    });
    expect(double.requests.map((r) => [r.suspendedCalculation, r.suspendedScreenUpdating])).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  test('members above the host version fail with ApiNotFound; isSetSupported reports the version', async () => {
    double.apiVersion = '1.8';
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });
});

describe('cells', () => {
  const write = (address: string, values: unknown[][], numberFormat?: string[][]) =>
    Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange(address);
      if (numberFormat) r.numberFormat = numberFormat;
      r.values = values as never;
      await context.sync();
    });
  const cell = (a: string) => {
    const s = double.workbook.sheetByName('Sheet1')!;
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return s.peek(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
  };

  test('strings that look like formulas or numbers are converted unless the cell is text (@)', async () => {
    const inputs = ['=1+2', '+1', '-abc', '@SUM(1)', '01', '1.234', 'TRUE', '15/12/2023'];
    await write('A1:H1', [inputs]);
    expect(cell('A1')!.formula).toBe('=1+2');
    expect(cell('B1')!.value).toBe(1);
    expect(cell('C1')!.formula).toBe('=-abc');
    expect(cell('D1')!.formula).toBe('=SUM(1)');
    expect(cell('E1')!.value).toBe(1);
    expect(cell('F1')!.value).toBe(1.234);
    expect(cell('G1')!.value).toBe(true);
    expect(typeof cell('H1')!.value).toBe('number');
    await write('A2:H2', [inputs], [inputs.map(() => '@')]);
    inputs.forEach((text, i) => {
      const c = cell(`${String.fromCharCode(65 + i)}2`)!;
      expect(c.formula).toBeNull();
      expect(c.value).toBe(text);
    });
  });

  test('null in a 2-D array leaves the cell; "" clears it', async () => {
    await write('A1:C1', [[1, 2, 3]]);
    await write('A1:C1', [[null, '', 9]]);
    expect(cell('A1')!.value).toBe(1);
    expect(cell('B1')!.value).toBeNull();
    expect(cell('C1')!.value).toBe(9);
  });

  test('formulas compute; renaming a sheet rewrites references; deleting one leaves #REF!', async () => {
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.add('Dữ liệu');
      data.getRange('A1:A3').values = [[1], [2], [3]];
      const s1 = context.workbook.worksheets.getItem('Sheet1');
      s1.getRange('A1:A2').formulas = [["=SUM('Dữ liệu'!A1:A3)"], ['=IF(A1=0,"",A1/3)']];
      await context.sync();
      data.name = 'Nguồn 2024';
      await context.sync();
    });
    expect(cell('A1')!.formula).toBe("=SUM('Nguồn 2024'!A1:A3)");
    expect(cell('A1')!.value).toBe(6);
    expect(cell('A2')!.value).toBe(2);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nguồn 2024').delete();
      await context.sync();
    });
    expect(cell('A1')!.formula).toBe('=SUM(#REF!A1:A3)');
    expect(cell('A1')!.value).toEqual({ error: '#REF!' });
  });

  test('merging keeps the upper-left value; a partial overlap is refused', async () => {
    await write('A1:B1', [['keep', 'drop']]);
    const merge = (a: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange(a).merge(false);
        await context.sync();
      });
    await merge('A1:B1');
    expect(cell('A1')!.value).toBe('keep');
    expect(cell('B1')!.value).toBeNull();
    expect(await codeOf(merge('B1:C1'))).toBe('InvalidOperation');
  });
});

describe('names', () => {
  test('a name added on a range follows renames and turns into #REF! when its sheet is deleted', async () => {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add('Ours');
      const n = context.workbook.names.add('_Marker_1', ws.getRange('A1'), 'a comment');
      n.visible = false;
      await context.sync();
      ws.name = 'Ours (2)';
      await context.sync();
      const names = context.workbook.names;
      names.load('items/name,items/formula,items/comment,items/visible');
      await context.sync();
      expect(names.items.map((x) => [x.name, x.formula, x.comment, x.visible])).toEqual([
        ['_Marker_1', "='Ours (2)'!$A$1", 'a comment', false],
      ]);
      ws.delete();
      await context.sync();
    });
    expect(double.snapshot().names).toEqual([
      { name: '_Marker_1', formula: '=#REF!$A$1', comment: 'a comment', visible: false },
    ]);
    const dup = await codeOf(
      Excel.run(async (context) => {
        context.workbook.names.add('_MARKER_1', '=Sheet1!$A$1');
        await context.sync();
      }),
    );
    expect(dup).toBe('ItemAlreadyExists');
  });
});

describe('browser build', () => {
  const dir = path.join(__dirname, '..', 'support', 'office-double');

  test('every module imports only from this folder', () => {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of src.matchAll(/from '([^']+)'/g))
        expect([file, m[1]]).toEqual([file, expect.stringMatching(/^\.\/[\w-]+$/)]);
      expect(src).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|\b__dirname\b/);
    }
  });

  test('browser.ts type-checks with DOM and ES2020 only (no Node, no office-js types)', () => {
    const program = ts.createProgram([path.join(dir, 'browser.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ES2020,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  test('loading browser.ts installs the globals on window and exposes the workbook', () => {
    const win: Record<string, unknown> = { __officeDoubleConfig: { sheets: ['Trang 1'], apiVersion: '1.9' } };
    const saved = globalThis as unknown as Record<string, unknown>;
    const keys = ['__officeDoubleConfig', '__officeDouble', 'Office', 'Excel', 'OfficeExtension', 'CustomFunctions'];
    const before = keys.map((k) => saved[k]);
    try {
      double.uninstall();
      saved.__officeDoubleConfig = win.__officeDoubleConfig;
      delete saved.__officeDouble;
      jest.isolateModules(() => {
        require('../support/office-double/browser');
      });
      const d = saved.__officeDouble as OfficeDouble;
      expect(d.workbook.sheets.map((s) => s.name)).toEqual(['Trang 1']);
      expect(saved.Excel).toBe(d.Excel);
      expect((saved.Office as typeof Office).context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    } finally {
      keys.forEach((k, i) => {
        if (before[i] === undefined) delete saved[k];
        else saved[k] = before[i];
      });
    }
  });
});
