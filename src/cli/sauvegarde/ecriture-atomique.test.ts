import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../platform/cli.ts';
import { dureeLisible, ecrireAtomiquement, tailleLisible } from './ecriture-atomique.ts';
import { sauvegarder } from './sauvegarder.ts';

const dossier = path.join(os.tmpdir(), `maillage-ecriture-${process.pid}`);
mkdirSync(dossier, { recursive: true });
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

const ecrire = (texte: string) => async (temporaire: string) => writeFileSync(temporaire, texte);

describe('écriture atomique d’une sauvegarde', () => {
  it('écrit le fichier complet et ne laisse aucun fichier temporaire', async () => {
    const cible = path.join(dossier, 'neuf.dump');
    await ecrireAtomiquement(cible, false, ecrire('contenu'));
    expect(readFileSync(cible, 'utf8')).toBe('contenu');
    expect(readdirSync(dossier).filter((n) => n.includes('partiel'))).toEqual([]);
  });

  it('refuse d’écraser un fichier existant sans --ecraser, avant tout travail ; le remplace avec', async () => {
    const cible = path.join(dossier, 'existant.dump');
    writeFileSync(cible, 'ancien');
    let appele = false;
    const erreur = await ecrireAtomiquement(cible, false, async () => {
      appele = true;
    }).catch((e: unknown) => e);
    expect(erreur).toBeInstanceOf(CliError);
    expect((erreur as Error).message).toContain('existe déjà');
    expect((erreur as Error).message).toContain('--ecraser');
    expect(appele).toBe(false);
    expect(readFileSync(cible, 'utf8')).toBe('ancien');

    await ecrireAtomiquement(cible, true, ecrire('nouveau'));
    expect(readFileSync(cible, 'utf8')).toBe('nouveau');
  });

  it('un échec en cours d’écriture laisse l’ancien fichier intact et efface le temporaire', async () => {
    const cible = path.join(dossier, 'garde.dump');
    writeFileSync(cible, 'ancien');
    const erreur = await ecrireAtomiquement(cible, true, async (temporaire) => {
      writeFileSync(temporaire, 'à moitié');
      throw new CliError('pg_dump a échoué');
    }).catch((e: unknown) => e);
    expect((erreur as Error).message).toBe('pg_dump a échoué');
    expect(readFileSync(cible, 'utf8')).toBe('ancien');
    expect(readdirSync(dossier).filter((n) => n.includes('partiel'))).toEqual([]);
  });

  it('refuse un dossier de destination absent, ou un dossier comme destination', async () => {
    const absent = await ecrireAtomiquement(path.join(dossier, 'non/la.dump'), false, ecrire('x')).catch(
      (e: unknown) => e,
    );
    expect((absent as Error).message).toContain('n’existe pas');
    const dossierCible = await ecrireAtomiquement(dossier, true, ecrire('x')).catch((e: unknown) => e);
    expect((dossierCible as Error).message).toContain('est un dossier');
  });

  it('maillage db sauvegarder vers un fichier existant sans --ecraser : refus, sans ouvrir la base', async () => {
    const cible = path.join(dossier, 'deja.tar.gz');
    writeFileSync(cible, 'ancien');
    const dataDir = path.join(dossier, 'data-jamais-cree');
    const erreur = await sauvegarder({ databaseUrl: undefined, dataDir, pgBin: undefined }, cible).catch(
      (e: unknown) => e,
    );
    expect(erreur).toBeInstanceOf(CliError);
    expect((erreur as Error).message).toContain('existe déjà');
    expect(readFileSync(cible, 'utf8')).toBe('ancien');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('maillage db sauvegarder sans base embarquée dans DATA_DIR : refus clair', async () => {
    const dataDir = path.join(dossier, 'data-vide');
    const erreur = await sauvegarder(
      { databaseUrl: undefined, dataDir, pgBin: undefined },
      path.join(dossier, 'rien.tar.gz'),
    ).catch((e: unknown) => e);
    expect(erreur).toBeInstanceOf(CliError);
    expect((erreur as Error).message).toContain('Aucune base embarquée');
    expect(existsSync(path.join(dossier, 'rien.tar.gz'))).toBe(false);
  });
});

describe('taille et durée affichées', () => {
  it('en français', () => {
    expect(tailleLisible(512)).toBe('512 octets');
    expect(tailleLisible(18_651_953)).toBe('18,7 Mo');
    expect(tailleLisible(756_800)).toBe('756,8 ko');
    expect(dureeLisible(3_420)).toBe('3,4 s');
  });
});
