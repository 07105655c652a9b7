/**
 * What the parsing worker does with a batch, without the worker: each file read with readUnitFile, a
 * progress message before each, the report after it. A file that makes the reader throw becomes a rejected
 * report with a Vietnamese finding, so one bad file never stops the others.
 */
import type { UnitReport } from '../core/unit/types';
import { readUnitFile, type ReadUnitOptions } from '../io/read-unit-file';
import { crashedReport } from './parse-crash';
import type { ParseReply, ParseRequest } from './parse-protocol';

export type ReadFn = (bytes: Uint8Array, file: string, opts: ReadUnitOptions) => UnitReport;

export function parseBatch(req: ParseRequest, post: (m: ParseReply) => void, read: ReadFn = readUnitFile): void {
  const opts: ReadUnitOptions = {};
  if (req.periodFallback) opts.periodFallback = req.periodFallback;
  if (req.settings) opts.settings = req.settings;
  req.files.forEach((f, i) => {
    const index = req.offset + i;
    post({ type: 'progress', batch: req.batch, file: f.name, index, total: req.total });
    let report: UnitReport;
    try {
      report = read(new Uint8Array(f.bytes), f.name, opts);
    } catch (e) {
      report = crashedReport(f.name, e);
    }
    post({ type: 'report', batch: req.batch, index, report });
  });
  post({ type: 'done', batch: req.batch });
}
