import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import { listZipEntries } from '../../src/io/zip';
import { useDeflater } from '../../src/io/zip-write';
import { writeWorkbook } from '../../src/io/write-workbook';
import { installNodeDeflater } from '../../src/cli/node-deflater';
import { summaryLayout } from '../io/layout-fixture';

afterEach(() => useDeflater(null));

/** Every part of an .xlsx, unpacked once (a part compressed twice would not be XML after one inflate). */
function unpacked(xlsx: Uint8Array): Map<string, { method: number; text: string }> {
  const listing = listZipEntries(xlsx);
  if (!listing.ok) throw new Error(listing.detail);
  return new Map(
    listing.entries.map((e) => {
      const data = xlsx.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      const raw = e.method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
      return [e.name, { method: e.method, text: raw.toString('utf8') }];
    }),
  );
}

test('with the CLI deflater, every part of the summary (charts too) is deflated once and is XML', async () => {
  installNodeDeflater();
  const parts = unpacked(await writeWorkbook(summaryLayout()));
  expect([...parts.keys()]).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']));
  for (const [name, p] of parts) {
    expect([name, p.method]).toEqual([name, 8]);
    expect(p.text.trimStart().startsWith('<')).toBe(true);
  }
});

test('the CLI deflater and the platform one give the same parts, and ExcelJS reads the CLI one', async () => {
  const platform = unpacked(await writeWorkbook(summaryLayout()));
  installNodeDeflater();
  const bytes = await writeWorkbook(summaryLayout());
  const cli = unpacked(bytes);
  expect([...cli.keys()]).toEqual([...platform.keys()]);
  for (const [name, p] of cli) {
    if (name === 'docProps/core.xml') continue; // creation time
    expect([name, p.text]).toEqual([name, platform.get(name)!.text]);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  expect(wb.getWorksheet('TH TTHC')!.getCell('C8').value).toEqual({ formula: 'SUM(C5:C7)', result: 77 });
});
