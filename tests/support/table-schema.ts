import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tableschema from 'tableschema';

/**
 * Validates data against a Table Schema with the frictionless `tableschema` library (an independent
 * validator: it reads the CSV itself and applies types, patterns, required and unique constraints).
 * Returns one French-free technical message per problem, empty when valid.
 */
export async function erreursTableSchema(donnees: string | unknown[][], schema: object): Promise<string[]> {
  let dossier: string | null = null;
  let source: string | unknown[][] = donnees;
  if (typeof donnees === 'string') {
    dossier = mkdtempSync(path.join(tmpdir(), 'tableschema-'));
    source = path.join(dossier, 'export.csv');
    writeFileSync(source, donnees);
  }
  try {
    const table = await tableschema.Table.load(source, { schema });
    const erreurs: string[] = [];
    try {
      const lignes = await table.read({ forceCast: true });
      for (const l of lignes) {
        if (l instanceof Error)
          erreurs.push(...(l.errors?.length ? l.errors.map((e) => e.message) : [l.message]));
      }
    } catch (e) {
      erreurs.push(e instanceof Error ? e.message : String(e));
    }
    return erreurs;
  } finally {
    if (dossier) rmSync(dossier, { recursive: true, force: true });
  }
}
