/**
 * The parsing worker: unit workbooks are read here, off the pane's main thread, so the pane stays responsive
 * while a large file is parsed. Loaded lazily by parse-client.ts; the spreadsheet library (SheetJS, in src/io)
 * is bundled into this worker's chunk only, never into the pane's first load.
 */
import { parseBatch } from './parse-files';
import type { ParseReply, ParseRequest } from './parse-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<ParseRequest>) => {
  if (ev.data?.type !== 'parse') return;
  void parseBatch(ev.data, (m: ParseReply) => scope.postMessage(m));
};
