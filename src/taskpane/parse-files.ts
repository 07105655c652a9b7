/**
 * What the parsing worker does with a batch, without the worker: each file read with readUnitFile, a
 * progress message before each, the report after it. A file that makes the reader throw becomes a rejected
 * report with a Vietnamese finding, so one bad file never stops the others. The browser's own DEFLATE decoder
 * unpacks each workbook's parts first where it can (inflate-natively.ts); the reader then takes them from there.
 */
import type { UnitReport } from '../core/unit/types';
import { inflaterWithParts, unpackPartsNatively } from '../io/inflate-natively';
import { DEFAULT_LIMITS } from '../io/limits';
import { readUnitFile, type ReadUnitOptions } from '../io/read-unit-file';
import { pureInflater, useInflater } from '../io/xlsx-fast/read-xlsx';
import { crashedReport } from './parse-crash';
import type { ParseReply, ParseRequest } from './parse-protocol';

export type ReadFn = (bytes: Uint8Array, file: string, opts: ReadUnitOptions) => UnitReport;

export async function parseBatch(
  req: ParseRequest,
  post: (m: ParseReply) => void,
  read: ReadFn = readUnitFile,
): Promise<void> {
  const opts: ReadUnitOptions = {};
  if (req.periodFallback) opts.periodFallback = req.periodFallback;
  if (req.settings) opts.settings = req.settings;
  for (const [i, f] of req.files.entries()) {
    const index = req.offset + i;
    post({ type: 'progress', batch: req.batch, file: f.name, index, total: req.total });
    let report: UnitReport;
    try {
      const bytes = new Uint8Array(f.bytes);
      const parts = await unpackPartsNatively(bytes, DEFAULT_LIMITS);
      useInflater(parts.size > 0 ? inflaterWithParts(parts, pureInflater) : null);
      try {
        report = read(bytes, f.name, opts);
      } finally {
        useInflater(null);
      }
    } catch (e) {
      report = crashedReport(f.name, e);
    }
    post({ type: 'report', batch: req.batch, index, report });
  }
  post({ type: 'done', batch: req.batch });
}
