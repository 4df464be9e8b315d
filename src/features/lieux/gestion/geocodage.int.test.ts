import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FormulaireLieu, formulaireLieu } from '../../../../tests/factories/lieu.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { demarrerFauxBan, type FauxBan } from '../../../../tests/support/faux-ban.ts';
import { evenementsAudit, lieux } from '../../../db/schema/index.ts';
import { prng, siretAleatoire } from '../demo/generateur.ts';

/** Laon's demo centre (src/features/territoires/centres/referentiel-demo.ts). */
const CENTRE_LAON = { latitude: 49.5641, longitude: 3.62 };

let t: TestContext;
let ban: FauxBan;
let n = 0;
let nomModifie = '';
beforeAll(async () => {
  ban = await demarrerFauxBan();
  t = await createTestApp({ GEOCODAGE_URL: ban.url, GEOCODAGE_DELAI_MS: '300' });
});
afterAll(async () => {
  await t.close();
  await ban.close();
});
beforeEach(() => {
  ban.mode = 'normal';
  ban.requetes.length = 0;
});

/** A new place without GPS (each with its own name and SIRET). */
function sansGps(extra: FormulaireLieu = {}) {
  n += 1;
  return formulaireLieu({
    nom: `Lieu géocodé ${n}`,
    pivot: siretAleatoire(prng(100 + n)),
    latitude: '',
    longitude: '',
    ...extra,
  });
}

async function poster(corps: URLSearchParams, url = '/structure/lieux/nouveau', persona = 'laon') {
  const cookie = await sessionCookieFor(t, persona);
  const s = await formSession(t, cookie, '/structure/lieux/nouveau');
  corps.set('_csrf', s.csrf);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: corps.toString(),
  });
}

async function parNom(nom: string) {
  const [row] = await t.deps.db.select().from(lieux).where(eq(lieux.nom, nom));
  return row;
}

describe('enregistrement d’un lieu sans GPS : géocodage par la BAN (serveur local)', () => {
  it('géocode l’adresse dans la commune du lieu, précision « adresse », auditée', async () => {
    const res = await poster(sansGps({ adresse: '12 rue Sérurier' }));
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(303);
    const l = await parNom(`Lieu géocodé ${n}`);
    expect(l).toMatchObject({ latitude: 49.5661, longitude: 3.6171, positionPrecision: 'adresse' });
    expect(ban.requetes[0]).toContain('citycode=02408');
    const [audit] = await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, l!.id));
    expect(audit?.details).toMatchObject({ position: 'adresse' });
  });

  it('des coordonnées saisies ne sont pas remplacées (précision « saisie »), sans appel au service', async () => {
    const res = await poster(sansGps({ latitude: '49.5712', longitude: '3.6221' }));
    expect(res.statusCode).toBe(303);
    expect(await parNom(`Lieu géocodé ${n}`)).toMatchObject({
      latitude: 49.5712,
      positionPrecision: 'saisie',
    });
    expect(ban.requetes).toHaveLength(0);
  });

  it('une adresse douteuse : le formulaire propose les adresses (sans JavaScript), puis le choix est enregistré', async () => {
    const res = await poster(sansGps({ adresse: 'rue Sérurier' }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Choisissez l’adresse');
    expect(res.body).toContain('2 Rue Sérurier 02000 Laon');
    expect(res.body).toContain('12 Rue Sérurier 02000 Laon');
    expect(res.body).toContain('garder l’adresse saisie, placée au centre de la commune');
    expect(await parNom(`Lieu géocodé ${n}`)).toBeUndefined();
    const valeur = res.body.match(/name="adresse_choisie" value="([^"]*2 Rue Sérurier)"/)?.[1];
    expect(valeur).toBeDefined();
    const choix = sansGps({
      adresse: 'rue Sérurier',
      adresse_choisie: valeur!.replace(/&#39;|&apos;/g, "'"),
    });
    choix.set('nom', `Lieu géocodé ${n - 1}`);
    const ok = await poster(choix);
    expect(ok.statusCode, ok.body.slice(0, 1500)).toBe(303);
    expect(await parNom(`Lieu géocodé ${n - 1}`)).toMatchObject({
      adresse: '2 Rue Sérurier',
      latitude: 49.5652,
      longitude: 3.6158,
      positionPrecision: 'adresse',
    });
  });

  it('« garder le centre de la commune » enregistre l’adresse saisie au centre, précision « commune »', async () => {
    // Even for an address the service would have placed on its own.
    const res = await poster(sansGps({ adresse: '12 rue Sérurier', adresse_choisie: 'centre' }));
    expect(res.statusCode).toBe(303);
    expect(ban.requetes).toHaveLength(0);
    expect(await parNom(`Lieu géocodé ${n}`)).toMatchObject({
      adresse: '12 rue Sérurier',
      ...CENTRE_LAON,
      positionPrecision: 'commune',
    });
  });

  it('une proposition falsifiée (hors bornes, précision inconnue) est ignorée', async () => {
    const res = await poster(sansGps({ adresse: '12 rue Sérurier', adresse_choisie: '999|3|adresse|X' }));
    expect(res.statusCode).toBe(303);
    expect(await parNom(`Lieu géocodé ${n}`)).toMatchObject({ latitude: 49.5661 });
    const res2 = await poster(sansGps({ adresse: '12 rue Sérurier', adresse_choisie: '49|3|inconnue|X' }));
    expect(res2.statusCode).toBe(303);
    expect(await parNom(`Lieu géocodé ${n}`)).toMatchObject({ latitude: 49.5661 });
  });

  it.each([
    ['en panne', 'panne'],
    ['trop lent', 'lent'],
    ['illisible', 'invalide'],
  ] as const)(
    'service %s : centre de la commune, précision « commune », enregistrement accepté',
    async (_, mode) => {
      ban.mode = mode;
      ban.lenteurMs = 2000;
      const debut = Date.now();
      const res = await poster(sansGps({ adresse: '12 rue Sérurier' }));
      expect(res.statusCode, res.body.slice(0, 1500)).toBe(303);
      expect(Date.now() - debut).toBeLessThan(5000);
      expect(await parNom(`Lieu géocodé ${n}`)).toMatchObject({
        ...CENTRE_LAON,
        positionPrecision: 'commune',
      });
    },
  );

  it('modifier l’adresse sans toucher aux coordonnées géocodées : nouvelle position', async () => {
    await poster(sansGps({ adresse: '2 rue Sérurier' }));
    const l = (await parNom(`Lieu géocodé ${n}`))!;
    nomModifie = l.nom;
    expect(l.latitude).toBe(49.5652);
    const res = await poster(
      sansGps({
        nom: l.nom,
        pivot: l.pivot,
        adresse: '12 rue Sérurier',
        latitude: '49.5652',
        longitude: '3.6158',
      }),
      `/structure/lieux/${l.id}/modifier`,
    );
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(303);
    expect(await parNom(l.nom)).toMatchObject({ latitude: 49.5661, positionPrecision: 'adresse' });
  });

  it('une autre structure ne peut pas modifier le lieu (rien n’est géocodé ni écrit)', async () => {
    const l = (await parNom(nomModifie))!;
    ban.requetes.length = 0;
    const res = await poster(
      sansGps({ nom: 'Détourné', adresse: '2 rue Sérurier' }),
      `/structure/lieux/${l.id}/modifier`,
      'association',
    );
    expect(res.statusCode).toBe(404);
    expect(await parNom(l.nom)).toMatchObject({ latitude: 49.5661 });
    expect(ban.requetes).toHaveLength(0);
  });

  it('le formulaire ne parle plus de clic droit sur une carte en ligne', async () => {
    const cookie = await sessionCookieFor(t, 'laon');
    const res = await t.app.inject({ url: '/structure/lieux/nouveau', headers: { cookie } });
    expect(res.body).not.toContain('clic droit');
    expect(res.body).toContain('Base Adresse Nationale');
    expect(res.body).toContain('data-adresse-autocomplete');
    expect(res.body).toContain('/static/adresse-autocomplete.js');
  });
});

describe('sans service d’adresses configuré', () => {
  it('un lieu sans GPS est placé au centre de sa commune', async () => {
    const t2 = await createTestApp();
    try {
      const cookie = await sessionCookieFor(t2, 'laon');
      const s = await formSession(t2, cookie, '/structure/lieux/nouveau');
      const corps = sansGps({ nom: 'Lieu sans BAN' });
      corps.set('_csrf', s.csrf);
      const res = await t2.app.inject({
        method: 'POST',
        url: '/structure/lieux/nouveau',
        headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: corps.toString(),
      });
      expect(res.statusCode).toBe(303);
      const [l] = await t2.deps.db.select().from(lieux).where(eq(lieux.nom, 'Lieu sans BAN'));
      expect(l).toMatchObject({ ...CENTRE_LAON, positionPrecision: 'commune' });
    } finally {
      await t2.close();
    }
  });
});
