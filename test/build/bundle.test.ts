/**
 * The production build: functions.json against its golden copy and the interface contract,
 * functions-vi.json in step with it, the task pane page, and the manifest against the emitted files.
 *
 * To accept a deliberate change of functions.json, check the diff by eye, then run
 *   UPDATE_GOLDEN=1 npx jest test/build/bundle.test.ts
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildOnce, readBuiltJson, ROOT, type BuildResult } from './build-once';
import { dims, typeOf, type CfFunction, type CfMetadata, type ViTable } from './metadata';

const GOLDEN = path.join(__dirname, 'functions.golden.json');
const TABLE = path.join(ROOT, 'src', 'functions', 'functions-vi.names.json');

let build: BuildResult;
let en: CfMetadata;
let vi: CfMetadata;
let table: ViTable;

beforeAll(
  () => {
    build = buildOnce();
    en = readBuiltJson<CfMetadata>(build, 'functions.json');
    vi = readBuiltJson<CfMetadata>(build, 'functions-vi.json');
    table = JSON.parse(fs.readFileSync(TABLE, 'utf8')) as ViTable;
  },
  10 * 60 * 1000,
);

const byId = (m: CfMetadata, id: string): CfFunction | undefined => m.functions.find((f) => f.id === id);

describe('dist/functions.json', () => {
  it('matches the golden copy (test/build/functions.golden.json)', () => {
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.writeFileSync(GOLDEN, JSON.stringify(en, null, 4) + '\n');
    }
    if (!fs.existsSync(GOLDEN)) {
      throw new Error(
        `missing ${GOLDEN}: check dist/functions.json by eye, then run UPDATE_GOLDEN=1 npx jest test/build/bundle.test.ts`,
      );
    }
    expect(en).toEqual(JSON.parse(fs.readFileSync(GOLDEN, 'utf8')));
  });

  it('marks exactly the functions that default to today (STATUS, SUMMARY) volatile, so Excel recalculates them', () => {
    const volatile = en.functions.filter((f) => f.options?.volatile === true).map((f) => f.id);
    expect(volatile.sort()).toEqual(['STATUS', 'SUMMARY']);
    // The Vietnamese metadata is what Excel reads in vi-VN: it must carry the same options.
    for (const id of volatile) expect(byId(vi, id)?.options?.volatile).toBe(true);
  });

  it('lets functions that take ranges receive error cells (allowErrorForDataTypeAny)', () => {
    expect(en.allowErrorForDataTypeAny).toBe(true);
    const rangeParams = en.functions.flatMap((f) => f.parameters.filter((p) => dims(p) === 'matrix'));
    expect(rangeParams.length).toBeGreaterThan(0);
    // The flag only applies to parameters of type any, so every range parameter must be `any`.
    for (const p of rangeParams) expect(typeOf(p)).toBe('any');
  });

  /** [dimensionality, type, optional] of the leading parameters, and the result dimensionality (docs/spec interfaces §1). */
  const CONTRACT: Record<string, { params: Array<[string, string, boolean]>; result: string; resultType?: string }> = {
    ONTIME: {
      params: [
        ['matrix', 'any', false],
        ['matrix', 'any', true],
        ['matrix', 'any', true],
      ],
      result: 'scalar',
      resultType: 'number',
    },
    EARLY: {
      params: [
        ['matrix', 'any', false],
        ['matrix', 'any', true],
        ['matrix', 'any', true],
      ],
      result: 'scalar',
      resultType: 'number',
    },
    LATE: {
      params: [
        ['matrix', 'any', false],
        ['matrix', 'any', true],
        ['matrix', 'any', true],
      ],
      result: 'scalar',
      resultType: 'number',
    },
    COUNT: {
      params: [
        ['matrix', 'any', false],
        ['scalar', 'string', false],
      ],
      result: 'scalar',
      resultType: 'number',
    },
    STATUS: {
      params: [
        ['matrix', 'any', false],
        ['matrix', 'any', false],
        ['matrix', 'any', false],
        ['scalar', 'any', true],
      ],
      result: 'matrix',
    },
    DEADLINE: {
      params: [
        ['scalar', 'any', false],
        ['scalar', 'any', false],
        ['matrix', 'any', true],
        ['matrix', 'any', true],
      ],
      result: 'scalar',
      resultType: 'number',
    },
    WORKDAYS: {
      params: [
        ['scalar', 'any', false],
        ['scalar', 'any', false],
        ['matrix', 'any', true],
        ['matrix', 'any', true],
      ],
      result: 'scalar',
      resultType: 'number',
    },
    SUMMARY: {
      params: [
        ['matrix', 'any', false],
        ['scalar', 'any', true],
        ['scalar', 'any', true],
      ],
      result: 'matrix',
    },
    STAFF: {
      params: [
        ['matrix', 'any', false],
        ['scalar', 'string', true],
      ],
      result: 'matrix',
    },
    TRAINING: {
      params: [
        ['matrix', 'any', false],
        ['scalar', 'string', true],
      ],
      result: 'matrix',
    },
  };
  const REQUIRED_NOW = [
    'ONTIME',
    'EARLY',
    'LATE',
    'COUNT',
    'STATUS',
    'DEADLINE',
    'WORKDAYS',
    'SUMMARY',
    'STAFF',
    'TRAINING',
  ];

  it('has the function ids of the interface, upper case, named as their ids', () => {
    const ids = en.functions.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_NOW));
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of en.functions) {
      expect(Object.keys(CONTRACT)).toContain(f.id);
      expect(f.name).toBe(f.id);
      expect(f.description?.trim()).toBeTruthy();
    }
  });

  it.each(Object.keys(CONTRACT))('%s has the documented parameters and result shape', (id) => {
    const f = byId(en, id);
    expect(f).toBeDefined();
    if (!f) return;
    const c = CONTRACT[id];
    expect(f.parameters.slice(0, c.params.length).map((p) => [dims(p), typeOf(p), p.optional === true])).toEqual(
      c.params,
    );
    for (const extra of f.parameters.slice(c.params.length)) expect(extra.optional).toBe(true);
    for (const p of f.parameters) expect(p.description?.trim()).toBeTruthy();
    expect(dims(f.result)).toBe(c.result);
    if (c.resultType) expect(typeOf(f.result)).toBe(c.resultType);
    // Optional parameters come last (Excel cannot skip a required one after an optional one).
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });
});

describe('dist/functions-vi.json', () => {
  it('has the same functions, parameters and shapes as functions.json', () => {
    expect(vi.allowErrorForDataTypeAny).toBe(true);
    expect(vi.allowCustomDataForDataTypeAny).toBe(en.allowCustomDataForDataTypeAny);
    expect(vi.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    for (const f of en.functions) {
      const v = byId(vi, f.id)!;
      expect(v.result).toEqual(f.result);
      expect(v.options).toEqual(f.options);
      expect(v.parameters.map(({ name: _n, description: _d, ...rest }) => rest)).toEqual(
        f.parameters.map(({ name: _n, description: _d, ...rest }) => rest),
      );
    }
  });

  it('uses the Vietnamese names and descriptions of the translation table', () => {
    for (const f of en.functions) {
      const t = table.functions[f.id];
      const v = byId(vi, f.id)!;
      expect(v.name).toBe(t.name);
      expect(v.description).toBe(t.description);
      f.parameters.forEach((p, i) => {
        expect(v.parameters[i].name).toBe(t.parameters![p.name].name);
        expect(v.parameters[i].description).toBe(t.parameters![p.name].description);
      });
    }
  });

  it('has ASCII upper-case function names and Vietnamese parameter text in NFC', () => {
    const names = vi.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of vi.functions) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.name).not.toBe(f.id);
      expect(f.description).toBe(f.description!.normalize('NFC'));
      for (const p of f.parameters) {
        expect(p.name).toMatch(/^[\p{Ll}\p{N}_]+$/u);
        expect(p.name).toBe(p.name.normalize('NFC'));
        expect(p.description).toBe(p.description!.normalize('NFC'));
      }
    }
    // Vietnamese, not English left in place: at least one diacritic in the descriptions.
    expect(
      vi.functions.every((f) =>
        /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i.test(f.description!),
      ),
    ).toBe(true);
  });

  it('does not reuse the name of an Excel built-in function', () => {
    // Excel's function table (BIFF Ftab) and XLM command table (Cetab) as shipped in SheetJS, plus
    // functions added after Excel 2007 that those tables do not know.
    const xlsx = fs.readFileSync(require.resolve('@e965/xlsx/xlsx.js', { paths: [ROOT] }), 'utf8');
    const builtins = new Set<string>();
    for (const table of ['Ftab', 'Cetab']) {
      const m = new RegExp(`var ${table} = \\{([\\s\\S]*?)\\n\\};`).exec(xlsx);
      expect(m).not.toBeNull();
      for (const n of m![1].matchAll(/"([A-Z][A-Z0-9._]*)"/g)) builtins.add(n[1]);
    }
    expect(builtins.has('NETWORKDAYS')).toBe(true);
    expect(builtins.size).toBeGreaterThan(400);
    const modern = [
      'CONCAT',
      'TEXTJOIN',
      'IFS',
      'SWITCH',
      'MAXIFS',
      'MINIFS',
      'XLOOKUP',
      'XMATCH',
      'FILTER',
      'SORT',
      'SORTBY',
      'UNIQUE',
      'SEQUENCE',
      'RANDARRAY',
      'LET',
      'LAMBDA',
      'MAP',
      'REDUCE',
      'SCAN',
      'MAKEARRAY',
      'BYROW',
      'BYCOL',
      'TEXTBEFORE',
      'TEXTAFTER',
      'TEXTSPLIT',
      'VSTACK',
      'HSTACK',
      'TOROW',
      'TOCOL',
      'WRAPROWS',
      'WRAPCOLS',
      'TAKE',
      'DROP',
      'CHOOSEROWS',
      'CHOOSECOLS',
      'EXPAND',
      'GROUPBY',
      'PIVOTBY',
      'DAYS',
      'ISOWEEKNUM',
      'NETWORKDAYS.INTL',
      'WORKDAY.INTL',
      'IMAGE',
      'REGEXTEST',
      'REGEXEXTRACT',
      'REGEXREPLACE',
      'TRIMRANGE',
      'PERCENTOF',
    ];
    for (const n of modern) builtins.add(n);
    for (const f of vi.functions) expect(builtins.has(f.name)).toBe(false);
    for (const [, t] of Object.entries(table.functions)) expect(builtins.has(t.name)).toBe(false);
  });
});

describe('dist/taskpane.html', () => {
  let html: string;
  beforeAll(() => {
    html = fs.readFileSync(path.join(build.dir, 'taskpane.html'), 'utf8');
  });

  it('is Vietnamese and has a Content-Security-Policy without inline script or eval', () => {
    expect(html).toMatch(/<html lang="?vi"?>/);
    const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect(csp).not.toBeNull();
    const directives = new Map(
      csp![1]
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp![1]).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(html).not.toMatch(/style=/i);
  });

  it('loads office.js from the CDN, then functions.js, then taskpane.js, with no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const s of scripts) expect(s[2].trim()).toBe('');
    const srcs = scripts.map((s) => /src="?([^"\s>]+)"?/.exec(s[1])?.[1]);
    expect(srcs).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'functions.js', 'taskpane.js']);
    expect(html).toMatch(/<link rel="?stylesheet"? href="?taskpane\.css"?>/);
  });

  it('lists every function of functions.json with its Vietnamese name and an example', () => {
    const entries = [...html.matchAll(/data-function="?([A-Z]+)"? data-name-vi="?([A-Z]+)"?/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(entries.map((e) => e[0]).sort()).toEqual(en.functions.map((f) => f.id).sort());
    for (const [id, viName] of entries) {
      expect(viName).toBe(table.functions[id].name);
      expect(html).toContain(`=TTHC.${viName}(`);
    }
    // Every TTHC.X the page mentions is a real name (English id or Vietnamese name).
    const known = new Set([...en.functions.map((f) => f.id), ...vi.functions.map((f) => f.name)]);
    for (const m of html.matchAll(/TTHC\.([A-Z]+)/g)) expect(known).toContain(m[1]);
    expect(html).toBe(html.normalize('NFC'));
  });

  it('has the anchor the manifest help URL points at', () => {
    expect(html).toMatch(/id="?ham-tthc"?/);
    expect(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')).toContain('taskpane.html#ham-tthc');
  });
});

describe('the build output', () => {
  it('has the bundles, their source maps, the metadata, the assets and the manifest', () => {
    for (const f of [
      'functions.js',
      'functions.js.map',
      'functions.json',
      'functions-vi.json',
      'taskpane.html',
      'taskpane.js',
      'taskpane.js.map',
      'taskpane.css',
      'manifest.xml',
    ]) {
      expect(fs.existsSync(path.join(build.dir, f))).toBe(true);
    }
    for (const f of fs.readdirSync(path.join(ROOT, 'assets'))) {
      expect(fs.readFileSync(path.join(build.dir, 'assets', f))).toEqual(fs.readFileSync(path.join(ROOT, 'assets', f)));
    }
    expect(fs.readFileSync(path.join(build.dir, 'manifest.xml'), 'utf8')).toBe(
      fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'),
    );
  });

  it('bundles no ExcelJS, and the workbook writer chunk (ghi-tep) no zip library: it is our own writer alone', () => {
    const js = fs.readdirSync(build.dir).filter((f) => f.endsWith('.js'));
    const withExceljs = js.filter((f) => /exceljs/i.test(fs.readFileSync(path.join(build.dir, f), 'utf8')));
    expect(withExceljs).toEqual([]);
    const writer = js.filter((f) => f.startsWith('ghi-tep.'));
    expect(writer).toHaveLength(1);
    const code = fs.readFileSync(path.join(build.dir, writer[0]), 'utf8');
    expect(code).toContain('xl/worksheets/sheet');
    expect(code).not.toContain('JSZip');
  });

  it('uses no eval, which the pane CSP forbids', () => {
    for (const f of ['functions.js', 'taskpane.js']) {
      const code = fs.readFileSync(path.join(build.dir, f), 'utf8');
      expect(code).not.toMatch(/\beval\(/);
      expect(code).toMatch(/\/\/# sourceMappingURL=.*\.js\.map\s*$/);
    }
  });

  it('passes npm run validate against the emitted files', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/validate-manifest.js'), 'manifest.xml', '--dist', build.dir],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✔ đối chiếu URL với \d+ tệp trong /);
  });
});
