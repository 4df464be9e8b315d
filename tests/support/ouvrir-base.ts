/** `node --import tsx tests/support/ouvrir-base.ts DATA_DIR`: opens the embedded database, then closes it. */
import { openDatabase } from '../../src/db/client.ts';

const database = await openDatabase({ dataDir: process.argv[2]!, role: 'test ouverture' });
await database.close();
console.log('base ouverte et refermée');
