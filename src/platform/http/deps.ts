import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Registry } from '../module/registry.ts';

/** What every route and use case may be given; built once in main.ts (or by a test). */
export interface AppDeps {
  config: Config;
  db: Db;
  engine: 'pglite' | 'postgres';
  mailer: Mailer;
  /** The clock, injectable for tests. */
  now: () => Date;
  /** What the feature modules declared (navigation, site map, audit labels, policies, jobs…). */
  registry: Registry;
}
