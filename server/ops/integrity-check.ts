// PRAGMA integrity_check of a database file in a worker thread: it reads every page (seconds for a
// large file on a slow share), which on the main thread would hold every request meanwhile.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// The worker is plain JavaScript given as text, so it runs the same from the TypeScript sources
// (tests) and from build/. Only dynamic import(), which works whether Node reads it as CommonJS or
// as a module (a worker inherits flags such as --input-type); better-sqlite3 is loaded from where
// this module resolves it.
const WORKER = `
(async () => {
  const { parentPort, workerData } = await import('node:worker_threads');
  try {
    const { default: Database } = await import(workerData.driver);
    const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
    try {
      parentPort.postMessage({ result: String(db.pragma('integrity_check', { simple: true })) });
    } finally {
      db.close();
    }
  } catch (err) {
    // A SqliteError loses its message crossing threads as an 'error' event: send the message.
    parentPort.postMessage({ error: String(err && err.message) });
  }
})();
`;

const driver = pathToFileURL(createRequire(import.meta.url).resolve('better-sqlite3')).href;

/** The first line of `PRAGMA integrity_check` on `file`, opened read-only: 'ok' when sound. */
export function integrityCheck(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { driver, file } });
    worker.once('message', (m: { result: string } | { error: string }) => ('result' in m ? resolve(m.result) : reject(new Error(m.error))));
    worker.once('error', reject);
    // Settled already when it answered; otherwise it stopped without a word.
    worker.once('exit', (code) => reject(new Error(`the integrity check of ${file} stopped (exit code ${code})`)));
  });
}
