import { customType } from 'drizzle-orm/pg-core';

/** Binary content (files kept in the database so that every process of a deployment sees them). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});
