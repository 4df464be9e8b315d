import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registre } from '../../src/features/index.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });

describe('actions d’audit', () => {
  const { auditActions } = registre();
  it('chaque code déclaré a un libellé français, distinct du code', () => {
    for (const [code, libelle] of Object.entries(auditActions)) {
      expect(libelle, code).toMatch(/^[A-ZÉÈÀ][^.]{3,}$/u);
      expect(libelle).not.toBe(code);
    }
  });
  it('chaque code écrit en toutes lettres dans un appel à recordAudit est déclaré', () => {
    // recordAudit's type refuses undeclared codes at compile time; this also catches a cast.
    const ecrits = new Set<string>();
    for (const f of sources(SRC)) {
      const texte = readFileSync(f, 'utf8');
      for (const appel of texte.matchAll(/recordAudit\([^)]*?action:\s*([^,\n]+)/gs)) {
        // Codes are dotted (`objet.evenement`), but for the lone `deconnexion`.
        for (const m of appel[1]!.matchAll(/'([a-z_]+(?:\.[a-z_]+)+|deconnexion)'/g)) ecrits.add(m[1]!);
      }
    }
    expect(ecrits.size).toBeGreaterThan(30);
    expect([...ecrits].filter((c) => !(c in auditActions))).toEqual([]);
  });
});
