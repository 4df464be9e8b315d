import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { RechercheLieux } from './service.ts';

const instances = new WeakMap<Db, RechercheLieux>();

/** The search index of this application (one per process and database). */
export function rechercheDe(app: FastifyInstance): RechercheLieux {
  const db = app.deps.db;
  let r = instances.get(db);
  if (!r) {
    r = new RechercheLieux(db);
    instances.set(db, r);
  }
  return r;
}
