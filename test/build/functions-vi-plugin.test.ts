/**
 * The post-build step for the custom-functions metadata: allowErrorForDataTypeAny is patched in, and
 * functions-vi.json is built from the translation table, failing the build when the table misses a
 * function or a parameter. Unit tests of scripts/support/functions-metadata.js, then a real (small)
 * webpack compilation with CustomFunctionsMetadataPlugin + FunctionsMetadataPostProcessPlugin.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Meta {
  allowCustomDataForDataTypeAny?: boolean;
  allowErrorForDataTypeAny?: boolean;
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters: Array<{
      name: string;
      description?: string;
      type?: string;
      dimensionality?: string;
      optional?: boolean;
    }>;
    result: Record<string, string>;
  }>;
}
interface Table {
  functions: Record<
    string,
    { name: string; description: string; parameters?: Record<string, { name: string; description: string }> }
  >;
}
const lib = require(path.join(ROOT, 'scripts/support/functions-metadata.js')) as {
  patchMetadata(m: Meta): Meta;
  translateMetadata(m: Meta, t: Table): { metadata: Meta; errors: string[]; warnings: string[] };
  isCellReference(name: string): boolean;
};

const META: Meta = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: 'ONTIME',
      name: 'ONTIME',
      description: 'Share on time.',
      result: { type: 'number' },
      parameters: [
        { name: 'statuses', description: 'Statuses.', type: 'any', dimensionality: 'matrix' },
        { name: 'deadline', description: 'Deadlines.', type: 'any', dimensionality: 'matrix', optional: true },
      ],
    },
  ],
};
const TABLE: Table = {
  functions: {
    ONTIME: {
      name: 'DUNGHAN',
      description: 'Tỷ lệ đúng hạn.',
      parameters: {
        statuses: { name: 'trạng_thái', description: 'Cột trạng thái.' },
        deadline: { name: 'hạn_giải_quyết', description: 'Hạn giải quyết.' },
      },
    },
  },
};
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('patchMetadata', () => {
  it('adds a top-level allowErrorForDataTypeAny right after allowCustomDataForDataTypeAny', () => {
    const out = lib.patchMetadata(clone(META));
    expect(Object.keys(out)).toEqual(['allowCustomDataForDataTypeAny', 'allowErrorForDataTypeAny', 'functions']);
    expect(out.allowErrorForDataTypeAny).toBe(true);
    expect(out.functions).toEqual(META.functions);
  });

  it('places it before functions when the generator wrote no allowCustomDataForDataTypeAny', () => {
    const m = clone(META);
    delete m.allowCustomDataForDataTypeAny;
    expect(Object.keys(lib.patchMetadata(m))).toEqual(['allowErrorForDataTypeAny', 'functions']);
  });

  it('leaves metadata without any `any` parameter alone', () => {
    const m = clone(META);
    for (const p of m.functions[0].parameters) p.type = 'number';
    expect(lib.patchMetadata(m)).toEqual(m);
  });
});

describe('translateMetadata', () => {
  it('copies everything but names and descriptions', () => {
    const { metadata, errors, warnings } = lib.translateMetadata(META, TABLE);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(metadata.functions[0]).toEqual({
      ...META.functions[0],
      name: 'DUNGHAN',
      description: 'Tỷ lệ đúng hạn.',
      parameters: [
        { ...META.functions[0].parameters[0], name: 'trạng_thái', description: 'Cột trạng thái.' },
        { ...META.functions[0].parameters[1], name: 'hạn_giải_quyết', description: 'Hạn giải quyết.' },
      ],
    });
  });

  it('fails on a function missing from the table', () => {
    const { errors } = lib.translateMetadata(META, { functions: {} });
    expect(errors).toEqual([
      'hàm ONTIME có trong functions.json nhưng chưa có trong bảng dịch functions-vi.names.json',
    ]);
  });

  it('fails on a parameter missing from the table', () => {
    const t = clone(TABLE);
    delete t.functions.ONTIME.parameters!.deadline;
    expect(lib.translateMetadata(META, t).errors).toEqual(['hàm ONTIME: tham số "deadline" chưa có trong bảng dịch']);
  });

  it.each([
    ['dungHan', /phải viết hoa không dấu/],
    ['ĐÚNGHẠN', /phải viết hoa không dấu/],
    ['DH', /ít nhất 3 ký tự/],
    ['ABC12', /trùng dạng địa chỉ ô/],
    ['R1C1', /trùng dạng địa chỉ ô/],
    ['XFD1', /trùng dạng địa chỉ ô/],
  ])('rejects the function name %j', (name, message) => {
    const t = clone(TABLE);
    t.functions.ONTIME.name = name;
    expect(lib.translateMetadata(META, t).errors.join('\n')).toMatch(message);
  });

  it('rejects parameter names with spaces, repeated names and text not in NFC', () => {
    const t = clone(TABLE);
    t.functions.ONTIME.parameters!.statuses.name = 'trạng thái';
    expect(lib.translateMetadata(META, t).errors.join('\n')).toMatch(
      /tham số statuses: tên "trạng thái" chỉ được gồm chữ, số và "_"/,
    );
    t.functions.ONTIME.parameters!.statuses.name = 'hạn_giải_quyết';
    expect(lib.translateMetadata(META, t).errors.join('\n')).toMatch(/bị lặp trong cùng hàm/);
    const nfd = clone(TABLE);
    nfd.functions.ONTIME.description = 'Tỷ lệ đúng hạn.'.normalize('NFD');
    expect(lib.translateMetadata(META, nfd).errors).toEqual([
      'bảng dịch, hàm ONTIME: mô tả chưa chuẩn hóa Unicode NFC',
    ]);
  });

  it('warns about table entries the code no longer has', () => {
    const t = clone(TABLE);
    t.functions.GONE = { name: 'DABO', description: 'Đã bỏ.' };
    t.functions.ONTIME.parameters!.extra = { name: 'thêm', description: 'Thêm.' };
    const { errors, warnings } = lib.translateMetadata(META, t);
    expect(errors).toEqual([]);
    expect(warnings.sort()).toEqual([
      'bảng dịch: hàm GONE chưa có (hoặc không còn) trong functions.json',
      'bảng dịch: hàm ONTIME có tham số "extra" không còn trong functions.json',
    ]);
  });

  it('knows A1 and R1C1 references', () => {
    expect(lib.isCellReference('A1')).toBe(true);
    expect(lib.isCellReference('XFD1048576')).toBe(true);
    expect(lib.isCellReference('XFE1')).toBe(false);
    expect(lib.isCellReference('A1048577')).toBe(false);
    expect(lib.isCellReference('R1C1')).toBe(true);
    expect(lib.isCellReference('RC')).toBe(true);
    expect(lib.isCellReference('DEM')).toBe(false);
    expect(lib.isCellReference('NGAYLAMVIEC')).toBe(false);
  });
});

describe('FunctionsMetadataPostProcessPlugin in a webpack build', () => {
  const webpack = require('webpack') as typeof import('webpack');
  const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin') as new (o: {
    input: string;
    output: string;
  }) => import('webpack').WebpackPluginInstance;
  const PostProcess = require(path.join(ROOT, 'scripts/functions-metadata-plugin.js')) as new (o: {
    table: string;
  }) => import('webpack').WebpackPluginInstance;

  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-vi-plugin-'));
    fs.writeFileSync(
      path.join(dir, 'fns.js'),
      `/**
 * Share of dossiers resolved on time.
 * @customfunction ONTIME
 * @param {any[][]} statuses Status labels.
 * @param {any[][]} [deadline] Deadlines.
 * @returns {number} Share.
 */
function ontime(statuses, deadline) { return statuses.length; }
`,
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function compile(table: Table): Promise<{ errors: string[]; warnings: string[]; out: string }> {
    const out = fs.mkdtempSync(path.join(dir, 'out-'));
    const tableFile = path.join(out, 'table.json');
    fs.writeFileSync(tableFile, JSON.stringify(table));
    const compiler = webpack({
      mode: 'production',
      context: dir,
      entry: { functions: './fns.js' },
      output: { path: out, filename: '[name].js' },
      plugins: [
        new CustomFunctionsMetadataPlugin({ input: path.join(dir, 'fns.js'), output: 'functions.json' }),
        new PostProcess({ table: tableFile }),
      ],
      infrastructureLogging: { level: 'none' },
    });
    return new Promise((resolve, reject) => {
      compiler.run((err, stats) => {
        compiler.close(() => undefined);
        if (err || !stats) return reject(err ?? new Error('no stats'));
        const s = stats.toJson({ all: false, errors: true, warnings: true });
        resolve({
          errors: (s.errors ?? []).map((e) => e.message),
          warnings: (s.warnings ?? []).map((e) => e.message),
          out,
        });
      });
    });
  }

  it('patches functions.json and writes functions-vi.json', async () => {
    const { errors, out } = await compile(TABLE);
    expect(errors).toEqual([]);
    const en = JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8')) as Meta;
    const vi = JSON.parse(fs.readFileSync(path.join(out, 'functions-vi.json'), 'utf8')) as Meta;
    expect(en.allowErrorForDataTypeAny).toBe(true);
    expect(vi.allowErrorForDataTypeAny).toBe(true);
    expect(en.functions.map((f) => f.name)).toEqual(['ONTIME']);
    expect(vi.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual([
      ['ONTIME', 'DUNGHAN', ['trạng_thái', 'hạn_giải_quyết']],
    ]);
    expect(fs.readFileSync(path.join(out, 'functions.js'), 'utf8')).toContain('CustomFunctions.associate("ONTIME"');
  }, 60000);

  it('fails the build when the table misses a parameter', async () => {
    const t = clone(TABLE);
    delete t.functions.ONTIME.parameters!.deadline;
    const { errors, out } = await compile(t);
    expect(errors.join('\n')).toContain('hàm ONTIME: tham số "deadline" chưa có trong bảng dịch');
    expect(fs.existsSync(path.join(out, 'functions-vi.json'))).toBe(false);
  }, 60000);

  it('fails the build when the table misses a function', async () => {
    const { errors } = await compile({ functions: {} });
    expect(errors.join('\n')).toContain('hàm ONTIME có trong functions.json nhưng chưa có trong bảng dịch');
  }, 60000);
});
