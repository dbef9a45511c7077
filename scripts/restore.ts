// `npm run restore -- FILE`: puts a backup back as DATA_DIR/motcua.sqlite (default ./data), with the
// server stopped. The replaced database is kept next to it as motcua.sqlite.replaced-<time>.
import { resolve } from 'node:path';
import { restoreDatabase, RestoreRefused } from '../server/ops/restore.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run restore -- FILE   (DATA_DIR=… for another data folder)');
  process.exit(2);
}
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
try {
  const { keptAs } = restoreDatabase(resolve(file), dataDir);
  console.log(`restored ${file} into ${dataDir}/motcua.sqlite`);
  if (keptAs) console.log(`the replaced database is kept as ${keptAs}`);
} catch (err) {
  if (!(err instanceof RestoreRefused)) throw err;
  console.error(`restore refused: ${err.message}`);
  process.exit(1);
}
