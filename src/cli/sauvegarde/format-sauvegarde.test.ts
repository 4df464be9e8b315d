import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveTar, debutArchivePgDump } from '../../../tests/support/archives.ts';
import { CliError } from '../../platform/cli.ts';
import { detecterFormat } from './format-sauvegarde.ts';
import { restaurer } from './restaurer.ts';

const dossier = path.join(os.tmpdir(), `maillage-format-${process.pid}`);
mkdirSync(dossier, { recursive: true });
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

function fichier(nom: string, contenu: Buffer | string): string {
  const chemin = path.join(dossier, nom);
  writeFileSync(chemin, contenu);
  return chemin;
}

function refus(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error('aucun refus');
}

describe('format d’un fichier de sauvegarde', () => {
  it('reconnaît une archive pg_dump au format custom à son en-tête PGDMP', () => {
    expect(detecterFormat(fichier('base.dump', debutArchivePgDump()))).toBe('postgres');
  });

  it.each([
    ['/PG_VERSION en tête (PGlite)', { '/PG_VERSION': '17\n', '/base/1/112': 'x'.repeat(700) }],
    ['PG_VERSION après d’autres fichiers', { 'global/pg_control': 'x'.repeat(1300), PG_VERSION: '17\n' }],
    ['./PG_VERSION', { './PG_VERSION': '17\n' }],
  ])('reconnaît une archive tar gzip de la base embarquée : %s', (_cas, contenu) => {
    expect(detecterFormat(fichier('base.tar.gz', archiveTar(contenu)))).toBe('pglite');
  });

  it.each([
    ['un tar gzip sans PG_VERSION', archiveTar({ 'notes.txt': 'bonjour', 'base/PG_VERSION': '17' })],
    ['un tar non compressé', archiveTar({ PG_VERSION: '17' }, { gzip: false })],
    ['un texte compressé', gzipSync(Buffer.from('PG_VERSION '.repeat(200)))],
    ['un script SQL', Buffer.from('-- PostgreSQL database dump\nCREATE TABLE t (x int);\n')],
    ['un fichier vide', Buffer.alloc(0)],
  ])('refuse %s : ce n’est pas une sauvegarde Maillage', (_cas, contenu) => {
    const message = refus(() => detecterFormat(fichier('autre.bin', contenu)));
    expect(message).toContain('n’est pas une sauvegarde Maillage');
    expect(message).toContain('maillage db sauvegarder');
  });

  it('refuse un fichier absent ou un dossier', () => {
    expect(refus(() => detecterFormat(path.join(dossier, 'absent.dump')))).toContain(
      'Fichier de sauvegarde introuvable',
    );
    expect(refus(() => detecterFormat(dossier))).toContain('est un dossier');
  });
});

describe('restaurer : refus avant de toucher à la base', () => {
  const embarquee = { databaseUrl: undefined, dataDir: path.join(dossier, 'data'), pgBin: undefined };
  // Nothing listens on port 1: the refusal must come before any connection.
  const postgres = { ...embarquee, databaseUrl: 'postgres://maillage@127.0.0.1:1/maillage' };

  it('une sauvegarde PostgreSQL dans la base embarquée : dit de quel moteur est le fichier', async () => {
    const source = fichier('pg.dump', debutArchivePgDump());
    const erreur = await restaurer(embarquee, source).catch((e: unknown) => e);
    expect(erreur).toBeInstanceOf(CliError);
    expect((erreur as Error).message).toContain('est une sauvegarde PostgreSQL (pg_dump)');
    expect((erreur as Error).message).toContain('DATABASE_URL');
  });

  it('une sauvegarde de la base embarquée vers PostgreSQL : dit de quel moteur est le fichier', async () => {
    const source = fichier('embarquee.tar.gz', archiveTar({ '/PG_VERSION': '17\n' }));
    const erreur = await restaurer(postgres, source, { remplacer: true }).catch((e: unknown) => e);
    expect(erreur).toBeInstanceOf(CliError);
    expect((erreur as Error).message).toContain('est une sauvegarde de la base embarquée PGlite');
  });

  it('un fichier absent', async () => {
    const erreur = await restaurer(embarquee, path.join(dossier, 'nulle-part.tar.gz')).catch(
      (e: unknown) => e,
    );
    expect(erreur).toBeInstanceOf(CliError);
    expect((erreur as Error).message).toContain('introuvable');
  });
});
