import { buildGoldenPglite, buildGoldenPostgres, VARIABLE_GOLDEN } from './golden.ts';

/** Builds the golden database once per test run (cached on disk for PGlite). */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (url) await buildGoldenPostgres(url);
  else process.env[VARIABLE_GOLDEN] = await buildGoldenPglite();
}
