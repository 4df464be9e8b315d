import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../platform/cli.ts';
import { cheminDeRecherchePublic } from './chemin-de-recherche.ts';
import { connexionOutil, trouverOutil, verifierVersionOutil, versionMajeure } from './outils-postgres.ts';

const dossier = path.join(os.tmpdir(), `maillage-outils-${process.pid}`);
mkdirSync(dossier, { recursive: true });
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** A fake PostgreSQL program that only answers --version. */
function fauxOutil(nom: string, version: string): string {
  const bin = path.join(dossier, `bin-${version}`);
  mkdirSync(bin, { recursive: true });
  const fichier = path.join(bin, nom);
  writeFileSync(fichier, `#!/bin/sh\necho "${nom} (PostgreSQL) ${version} (Debian ${version}-1)"\n`);
  chmodSync(fichier, 0o755);
  return bin;
}

describe('programmes PostgreSQL', () => {
  it('PG_BIN passe en premier ; absent de PG_BIN : refus qui nomme le dossier et la correction', () => {
    const bin = fauxOutil('pg_dump', '17.2');
    expect(trouverOutil('pg_dump', bin)).toBe(path.join(bin, 'pg_dump'));
    try {
      trouverOutil('pg_restore', bin);
      throw new Error('aucun refus');
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as Error).message).toContain(`pg_restore est introuvable dans PG_BIN (${bin})`);
    }
  });

  it('lit la version majeure, et refuse un pg_dump plus ancien que le serveur', () => {
    const bin = fauxOutil('pg_dump', '13.4');
    const pgDump = path.join(bin, 'pg_dump');
    expect(versionMajeure(pgDump)).toBe(13);
    expect(() => verifierVersionOutil('pg_dump', pgDump, 13)).not.toThrow();
    expect(() => verifierVersionOutil('pg_dump', pgDump, 16)).toThrow(
      /pg_dump 13 .* est plus ancien que le serveur PostgreSQL 16.*postgresql-client-16.*PG_BIN=\/usr\/lib\/postgresql\/16\/bin/,
    );
  });

  it('retire le mot de passe de l’adresse (visible par ps) et le passe dans PGPASSWORD', () => {
    const { dbname, env } = connexionOutil(
      'postgres://maillage:p%40ss%3Aw@db.example.fr:5433/base?sslmode=require',
    );
    expect(dbname).toBe('postgres://maillage@db.example.fr:5433/base?sslmode=require');
    expect(env.PGPASSWORD).toBe('p@ss:w');
  });
});

describe('chemin de recherche du script de pg_restore', () => {
  async function filtrer(morceaux: string[]): Promise<string> {
    let sortie = '';
    for await (const m of Readable.from(morceaux.map((x) => Buffer.from(x))).pipe(cheminDeRecherchePublic()))
      sortie += m;
    return sortie;
  }

  it('remplace la ligne d’en-tête, même coupée entre deux morceaux, et rien d’autre', async () => {
    const script =
      "SET client_encoding = 'UTF8';\nSELECT pg_catalog.set_config('search_path', '', false);\n" +
      "COPY public.t (x) FROM stdin;\nSELECT pg_catalog.set_config('search_path', '', false);\n\\.\n";
    const sortie = await filtrer([script.slice(0, 60), script.slice(60, 70), script.slice(70)]);
    expect(sortie).toBe(
      script.replace(
        "set_config('search_path', '', false)",
        "set_config('search_path', 'public, pg_catalog', false)",
      ),
    );
  });

  it('laisse passer tel quel un script sans cette ligne', async () => {
    const script = `${'x'.repeat(70_000)}\nfin`;
    expect(await filtrer([script.slice(0, 40_000), script.slice(40_000)])).toBe(script);
  });
});
