import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.ts';

const base = { DATA_DIR: '/tmp/maillage-config-test', LOG_LEVEL: 'silent' };

describe('mandataires de confiance (TRUST_PROXY)', () => {
  it('aucun par défaut, même en production', () => {
    expect(loadConfig(base).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: '' }).trustProxy).toBe(false);
  });
  it('un nombre de mandataires, ou leurs adresses et réseaux', () => {
    expect(loadConfig({ ...base, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...base, TRUST_PROXY: ' 10.0.0.2, 10.1.0.0/16 ,::1, loopback' }).trustProxy).toEqual([
      '10.0.0.2',
      '10.1.0.0/16',
      '::1',
      'loopback',
    ]);
  });
  it.each(['0', '11', 'true', '*', '10.0.0.300', '10.0.0.0/33', 'partout', ',', '10.0.0.1/8/2'])(
    'refuse %j avec un message français qui dit quoi écrire',
    (valeur) => {
      expect(() => loadConfig({ ...base, TRUST_PROXY: valeur })).toThrow(ConfigError);
      expect(() => loadConfig({ ...base, TRUST_PROXY: valeur })).toThrow(
        /TRUST_PROXY doit être vide \(aucun mandataire de confiance\), un nombre de mandataires entre 1 et 10/,
      );
    },
  );
});

describe('planification des tâches réservée aux tests (TACHES_PLANNING_TEST)', () => {
  it('absente par défaut ; lue en démonstration', () => {
    expect(loadConfig(base).planningTachesTest).toEqual({});
    expect(
      loadConfig({
        ...base,
        TACHES_PLANNING_TEST: 'purge-sessions=* * * * * *; purge-tentatives = */2 * * * * *',
      }).planningTachesTest,
    ).toEqual({ 'purge-sessions': '* * * * * *', 'purge-tentatives': '*/2 * * * * *' });
  });
  it('refusée en production', () => {
    const production = {
      ...base,
      MODE: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      BASE_URL: 'https://maillage.example.gouv.fr',
    };
    expect(loadConfig(production).planningTachesTest).toEqual({});
    expect(() => loadConfig({ ...production, TACHES_PLANNING_TEST: 'purge-sessions=* * * * * *' })).toThrow(
      /TACHES_PLANNING_TEST : réservée aux tests, refusée en production/,
    );
  });
  it.each(['purge-sessions', '=* * * * *', 'a=b=c'])('refuse %j avec la forme attendue', (valeur) => {
    expect(() => loadConfig({ ...base, TACHES_PLANNING_TEST: valeur })).toThrow(
      /TACHES_PLANNING_TEST \(réservée aux tests\) doit avoir la forme/,
    );
  });
});

describe('service d’adresses (GEOCODAGE_URL, GEOCODAGE_DELAI_MS)', () => {
  it('absent par défaut (géocodage désactivé), délai de 3 s', () => {
    const c = loadConfig(base);
    expect(c.geocodageUrl).toBeUndefined();
    expect(c.geocodageDelaiMs).toBe(3000);
  });
  it('lu quand il est renseigné', () => {
    const c = loadConfig({
      ...base,
      GEOCODAGE_URL: 'https://api-adresse.data.gouv.fr',
      GEOCODAGE_DELAI_MS: '1500',
    });
    expect(c).toMatchObject({ geocodageUrl: 'https://api-adresse.data.gouv.fr', geocodageDelaiMs: 1500 });
  });
  it('une valeur invalide arrête avec la correction, en français', () => {
    expect(() => loadConfig({ ...base, GEOCODAGE_URL: 'api-adresse' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, GEOCODAGE_URL: 'ftp://x.fr' })).toThrow(
      /GEOCODAGE_URL doit être l’adresse/,
    );
    expect(() => loadConfig({ ...base, GEOCODAGE_DELAI_MS: '10' })).toThrow(/GEOCODAGE_DELAI_MS doit être/);
  });
});
