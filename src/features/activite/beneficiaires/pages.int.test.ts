import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nouveauBeneficiaire, saisieActivite } from '../../../../tests/factories/activite.ts';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { accompagnements, beneficiaires, evenementsAudit } from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import type { Participant } from '../domain/saisie.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';

const LUNDI = new Date('2024-10-08T08:00:00Z');
const laon = { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('conseiller').id };
let t: TestContext;
let conseiller: string;
let autre: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = LUNDI;
  conseiller = await sessionCookieFor(t, 'conseiller');
  autre = await sessionCookieFor(t, 'laon');
});
afterAll(() => t.close());

async function accompagner(date: string, participants: Participant[]): Promise<string[]> {
  const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
  const collectif = participants.length > 1;
  const r = await enregistrerActivite(
    ctx,
    laon,
    saisieActivite({
      date,
      participants,
      ...(collectif ? { type: 'collectif', titre: 'Atelier', niveau: 'debutant', autonomie: null } : {}),
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.accompagnements.map((a) => a.beneficiaireId);
}
const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const fiche = async (id: string) =>
  (await t.deps.db.select().from(beneficiaires).where(eq(beneficiaires.id, id)))[0]!;

describe('liste et fiche', () => {
  it('liste mes bénéficiaires, cherche par nom, et ouvre la fiche avec son historique', async () => {
    const [id] = await accompagner('2024-09-10', [nouveauBeneficiaire('Odette', 'Marchand')]);
    await accompagner('2024-10-01', [{ sorte: 'existant', beneficiaireId: id! }]);
    const liste = await get('/activite/beneficiaires', conseiller);
    expect(liste.statusCode).toBe(200);
    expect(liste.body).toContain(`href="/activite/beneficiaires/${id}"`);
    expect(liste.body).toContain('Odette Marchand');
    expect(liste.body).toContain('1er octobre 2024');
    expect((await get('/activite/beneficiaires?q=marCHÁnd', conseiller)).body).toContain('Odette Marchand');
    const rien = await get('/activite/beneficiaires?q=Zyx', conseiller);
    expect(rien.body).not.toContain('Odette Marchand');
    expect(rien.body).toContain('Aucune personne ne correspond à cette recherche.');

    const detail = await get(`/activite/beneficiaires/${id}`, conseiller);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('Premier accompagnement');
    expect(detail.body.match(/Premier accompagnement/g)).toHaveLength(1);
    expect(detail.body).toContain('10 septembre 2024');
    expect(detail.body).toContain(`href="/activite/beneficiaires/${id}/export"`);
    expect(detail.body).not.toContain('Enregistrer le consentement');
  });

  it('pagine la liste', async () => {
    await t.deps.db.insert(beneficiaires).values(
      Array.from({ length: 30 }, (_, i) => ({
        ...laon,
        anonyme: false,
        prenom: 'Page',
        nom: `Personne ${String(i).padStart(2, '0')}`,
        consentementLe: LUNDI,
      })),
    );
    const p1 = await get('/activite/beneficiaires?q=Page', conseiller);
    expect(p1.body).toContain('30 personnes');
    expect(p1.body.match(/Page Personne/g)).toHaveLength(25);
    const p2 = await get('/activite/beneficiaires?q=Page&page=2', conseiller);
    expect(p2.body.match(/Page Personne/g)).toHaveLength(5);
    expect(p2.body).toContain('aria-current="page" title="Page 2"');
    expect((await get('/activite/beneficiaires?page=abc', conseiller)).statusCode).toBe(200);
  });

  it('propose d’enregistrer le consentement manquant', async () => {
    const [id] = await accompagner('2024-09-11', [nouveauBeneficiaire('Sans', 'Accord')]);
    await t.deps.db.update(beneficiaires).set({ consentementLe: null }).where(eq(beneficiaires.id, id!));
    const url = `/activite/beneficiaires/${id}`;
    expect((await get(url, conseiller)).body).toContain('Enregistrer le consentement');
    const r = await posterFormulaire(t, conseiller, url, `${url}/consentement`, {});
    expect(r.statusCode).toBe(303);
    expect((await fiche(id!)).consentementLe).not.toBeNull();
  });
});

describe('cloisonnement', () => {
  it('un autre membre de la structure voit 404 partout, et rien n’est écrit', async () => {
    const [id] = await accompagner('2024-09-12', [nouveauBeneficiaire('Secret', 'Bien-Gardé')]);
    const [autreId] = await accompagner('2024-09-13', [nouveauBeneficiaire('Secret', 'Bien-Gardé')]);
    const base = `/activite/beneficiaires/${id}`;
    expect((await get('/activite/beneficiaires?q=Secret', autre)).body).not.toContain('Bien-Gardé');
    expect((await get('/activite/beneficiaires/doublons', autre)).body).not.toContain('Bien-Gardé');
    for (const url of [
      base,
      `${base}/modifier`,
      `${base}/export`,
      `${base}/export?format=csv`,
      `${base}/effacer`,
    ])
      expect((await get(url, autre)).statusCode, url).toBe(404);
    // Posts carry a valid token for the other person's session (taken from their own list page).
    const posts: [string, Record<string, string>][] = [
      [
        `${base}/modifier`,
        {
          prenom: 'Pirate',
          nom: 'X',
          genre: 'feminin',
          trancheAge: 'non_communique',
          statutSocial: 'non_communique',
        },
      ],
      [`${base}/effacer`, {}],
      [`${base}/consentement`, {}],
      [`${base}/fusionner`, { doublon: autreId!, garder: id! }],
    ];
    for (const [url, champs] of posts)
      expect((await posterFormulaire(t, autre, '/activite/beneficiaires', url, champs)).statusCode, url).toBe(
        404,
      );
    const b = await fiche(id!);
    expect(b).toMatchObject({ prenom: 'Secret', effaceLe: null, fusionneDans: null });
    expect((await fiche(autreId!)).fusionneDans).toBeNull();
    // An unknown or malformed id: the same 404.
    expect(
      (await get('/activite/beneficiaires/00000000-0000-4000-8000-00000000dead', conseiller)).statusCode,
    ).toBe(404);
    expect((await get('/activite/beneficiaires/pas-un-id', conseiller)).statusCode).toBe(404);
  });

  it('la préfecture et l’ANCT sont refusées', async () => {
    const [id] = await accompagner('2024-09-14', [nouveauBeneficiaire('Pour', 'Personne')]);
    for (const p of ['prefecture02', 'anct']) {
      const c = await sessionCookieFor(t, p);
      expect((await get('/activite/beneficiaires', c)).statusCode).toBe(403);
      expect((await get(`/activite/beneficiaires/${id}`, c)).statusCode).toBe(403);
      expect((await get(`/activite/beneficiaires/${id}/export`, c)).statusCode).toBe(403);
    }
  });

  it('refuse un POST sans jeton CSRF', async () => {
    const [id] = await accompagner('2024-09-15', [nouveauBeneficiaire('Garde', 'Fou')]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/activite/beneficiaires/${id}/effacer`,
      headers: { cookie: conseiller, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(res.statusCode).toBe(403);
    expect((await fiche(id!)).effaceLe).toBeNull();
  });
});

describe('modification', () => {
  const champs = {
    prenom: 'Lucie',
    nom: 'Fabre',
    telephone: '03 23 00 00 00',
    courriel: 'lucie@exemple.fr',
    anneeNaissance: '1952',
    genre: 'feminin',
    trancheAge: 'soixante_dix_plus',
    statutSocial: 'retraite',
    commune: '',
    communeCode: '',
    notes: 'Préfère le matin',
  };

  it('enregistre des valeurs valides et le journal nomme les champs, sans leurs valeurs', async () => {
    const [id] = await accompagner('2024-09-16', [nouveauBeneficiaire('Lucy', 'Fabre')]);
    const url = `/activite/beneficiaires/${id}/modifier`;
    expect((await get(url, conseiller)).body).toContain('value="Lucy"');
    const r = await posterFormulaire(t, conseiller, url, url, {
      ...champs,
      commune: 'Laon',
      communeCode: '02408',
    });
    expect(r.statusCode).toBe(303);
    expect(await fiche(id!)).toMatchObject({
      prenom: 'Lucie',
      anneeNaissance: 1952,
      communeInsee: '02408',
      courriel: 'lucie@exemple.fr',
    });
    const [e] = await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, id!));
    expect(e?.action).toBe('activite.beneficiaire.modification');
    expect((e!.details as { champs: string[] }).champs).toContain('prenom');
    expect(JSON.stringify(e?.details)).not.toContain('Lucie');
  });

  it('refuse une saisie invalide avec des messages en français, sans rien écrire', async () => {
    const [id] = await accompagner('2024-09-17', [nouveauBeneficiaire('Marie', 'Blanc')]);
    const url = `/activite/beneficiaires/${id}/modifier`;
    const r = await posterFormulaire(t, conseiller, url, url, {
      ...champs,
      prenom: '',
      courriel: 'marie@',
      anneeNaissance: '3000',
      genre: 'inconnu',
      commune: 'Commune qui n’existe pas du tout',
    });
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('Le formulaire contient 5 erreurs');
    expect(r.body).toContain('Saisissez le prénom de la personne.');
    expect(r.body).toContain('Saisissez une adresse électronique valide');
    expect(r.body).toContain('value="marie@"');
    expect(await fiche(id!)).toMatchObject({ prenom: 'Marie', courriel: null, genre: 'feminin' });

    const long = await posterFormulaire(t, conseiller, url, url, { ...champs, nom: 'x'.repeat(101) });
    expect(long.statusCode).toBe(422);
    const controle = await posterFormulaire(t, conseiller, url, url, { ...champs, nom: 'Bl\u0000anc' });
    expect(controle.statusCode).toBe(400);
    expect(controle.body).toContain('caractères invisibles');
    const double = await posterFormulaire(t, conseiller, url, url, { ...champs, nom: ['A', 'B'] });
    expect(double.statusCode).toBe(422);
    expect(double.body).toContain('plusieurs fois');
    expect((await fiche(id!)).nom).toBe('Blanc');
  });
});

describe('droits de la personne', () => {
  it('exporte ses données en JSON et en CSV, en pièce jointe', async () => {
    const [id] = await accompagner('2024-09-18', [nouveauBeneficiaire('Irène', 'Export')]);
    const json = await get(`/activite/beneficiaires/${id}/export`, conseiller);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-disposition']).toMatch(
      /^attachment; filename="donnees-beneficiaire-.+\.json"$/,
    );
    const donnees = JSON.parse(json.body);
    expect(donnees.identite.prenom).toBe('Irène');
    expect(donnees.accompagnements[0]).toMatchObject({
      date: '2024-09-18',
      type: 'Accompagnement individuel',
    });
    const csv = await get(`/activite/beneficiaires/${id}/export?format=csv`, conseiller);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/\.csv"$/);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).toContain('Prénom;Irène');
    const journal = await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, id!));
    expect(journal.filter((e) => e.action === 'activite.beneficiaire.export')).toHaveLength(2);
  });

  it('efface après confirmation : la personne disparaît, ses accompagnements restent', async () => {
    const [id] = await accompagner('2024-09-19', [nouveauBeneficiaire('Albert', 'Efface')]);
    const url = `/activite/beneficiaires/${id}/effacer`;
    const confirmation = await get(url, conseiller);
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.body).toContain('Effacer définitivement');
    const r = await posterFormulaire(t, conseiller, url, url, {});
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/activite/beneficiaires');
    expect((await get(`/activite/beneficiaires/${id}`, conseiller)).statusCode).toBe(404);
    expect((await get('/activite/beneficiaires?q=Efface', conseiller)).body).not.toContain('Albert');
    expect(
      await t.deps.db.select().from(accompagnements).where(eq(accompagnements.beneficiaireId, id!)),
    ).toHaveLength(1);
  });

  it('fusionne deux fiches en double depuis la page des doublons', async () => {
    const [a] = await accompagner('2024-09-20', [nouveauBeneficiaire('Gaston', 'Double')]);
    const [b] = await accompagner('2024-09-01', [nouveauBeneficiaire('gaston', 'DOUBLE')]);
    const page = await get('/activite/beneficiaires/doublons', conseiller);
    expect(page.body).toMatch(/gaston double : quelle fiche garder \?/i);
    const [premier, second] = [a!, b!].sort();
    const r = await posterFormulaire(
      t,
      conseiller,
      '/activite/beneficiaires/doublons',
      `/activite/beneficiaires/${premier}/fusionner`,
      { doublon: second!, garder: a! },
    );
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/activite/beneficiaires/${a}`);
    expect((await fiche(b!)).fusionneDans).toBe(a);
    const lignes = await t.deps.db
      .select()
      .from(accompagnements)
      .where(eq(accompagnements.beneficiaireId, a!));
    expect(lignes.map((l) => [l.date, l.premierAccompagnement]).sort()).toEqual([
      ['2024-09-01', true],
      ['2024-09-20', false],
    ]);
    // A "kept" id outside the pair is refused.
    const faux = await posterFormulaire(
      t,
      conseiller,
      '/activite/beneficiaires',
      `/activite/beneficiaires/${a}/fusionner`,
      {
        doublon: b!,
        garder: '00000000-0000-4000-8000-00000000dead',
      },
    );
    expect(faux.statusCode).toBe(303);
    expect(faux.headers.location).toBe('/activite/beneficiaires/doublons');
  });
});
