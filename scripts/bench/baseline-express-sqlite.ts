// Baseline for ticket issue: the bare stack with no application logic. One express route parses
// the JSON body and inserts one row with better-sqlite3, with the store's pragmas (WAL, NORMAL).
// Run as a child process: prints its URL, stops on SIGTERM.
import Database from 'better-sqlite3';
import express from 'express';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-baseline-'));
const db = new Database(join(dir, 'baseline.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE tickets (id INTEGER PRIMARY KEY, procedure_id INTEGER NOT NULL, issued_at INTEGER NOT NULL)');
const insert = db.prepare('INSERT INTO tickets (procedure_id, issued_at) VALUES (?, ?)');

const app = express();
app.use(express.json());
app.post('/tickets', (req, res) => {
  const body = req.body as { procedureIds?: number[] };
  const id = Number(insert.run(body.procedureIds?.[0] ?? 0, Date.now()).lastInsertRowid);
  res.status(201).json({ id });
});

const server = app.listen(0, '127.0.0.1', () => {
  console.log(`baseline express+sqlite at http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
});
