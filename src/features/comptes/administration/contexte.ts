import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/auth/actor.ts';

/** What a use case is given besides its input: the database, the time, who acts and from where. */
export interface ContexteAction {
  db: Db;
  now: Date;
  /** null when a command-line operator acts (recorded as such in the audit log). */
  actor: Actor | null;
  ip?: string | undefined;
}
