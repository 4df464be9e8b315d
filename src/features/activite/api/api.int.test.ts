import { validate } from '@scalar/openapi-parser';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { accompagnements, activitePassCheques, activites, beneficiaires } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { creerJetonApi } from '../../api/creer-jeton.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { parametrerPass } from '../pass/parametrer.ts';

const LAON = DEMO_STRUCTURES.laon.id;
let t: TestContext;
let jetonLaon: string;
let jetonAmiens: string;
let jetonLecture: string;

const corps = (extra: Record<string, unknown> = {}) => ({
  conseiller_id: persona('conseiller').id,
  type: 'individuel',
  date: '2025-03-10',
  duree_minutes: 45,
  type_lieu: 'domicile',
  thematiques_numeriques: ['email'],
  materiel: ['telephone'],
  autonomie: 'partiellement_autonome',
  participants: [{ sorte: 'anonyme', genre: 'feminin', tranche_age: 'soixante_dix_plus' }],
  ...extra,
});

function post(payload: unknown, cle: string | null, jeton: string | null = jetonLaon) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/activites',
    payload: JSON.stringify(payload),
    headers: {
      'content-type': 'application/json',
      ...(cle !== null ? { 'idempotency-key': cle } : {}),
      ...(jeton ? { authorization: `Bearer ${jeton}` } : {}),
    },
  });
}

const compter = async (cle: string) =>
  (await t.deps.db.select().from(activites).where(eq(activites.cleIdempotence, cle))).length;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2025-03-12T09:00:00Z');
  const jeton = async (portees: string[], structureId: string | null) => {
    const r = await creerJetonApi(
      { ...systemContext(t.deps), operateurCli: true },
      { nom: `Logiciel ${portees.join(' ')} ${structureId}`, portees, structureId },
    );
    if (!r.ok) throw new Error(r.error.message);
    return r.value.jeton;
  };
  jetonLaon = await jeton(['activite:ecriture'], LAON);
  jetonAmiens = await jeton(['activite:ecriture'], DEMO_STRUCTURES.association.id);
  jetonLecture = await jeton(['lecture'], LAON);
  await parametrerPass(contexteDe(t.deps, await acteurPersona(t, 'laon')), true);
});
afterAll(() => t.close());

describe('API d’écriture des activités (POST /api/v1/activites)', () => {
  it('est documentée dans un document OpenAPI valide', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json();
    const r = await validate(doc);
    expect(r.errors ?? []).toEqual([]);
    const op = doc.paths['/api/v1/activites'].post;
    expect(op.tags).toEqual(['Activités']);
    expect(op.security).toEqual([{ jeton: [] }]);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '201', '400', '401', '403', '409', '422']);
    expect(op.parameters.find((p: { name: string }) => p.name === 'idempotency-key')).toMatchObject({
      in: 'header',
      required: true,
    });
    expect(op.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
  });

  it('crée l’activité (201) ; la même requête rejouée répond 200 avec la même réponse, rien en double', async () => {
    const premiere = await post(corps(), 'cle-1');
    expect(premiere.statusCode).toBe(201);
    const r = premiere.json();
    expect(r).toMatchObject({ statut: 'creee', cheques: 0 });
    expect(r.accompagnements).toHaveLength(1);
    const [a] = await t.deps.db.select().from(activites).where(eq(activites.id, r.id));
    expect(a).toMatchObject({ source: 'api', structureId: LAON, conseillerId: persona('conseiller').id });

    // Same body, keys in another order.
    const { participants, ...reste } = corps();
    const encore = await post({ participants, ...reste }, 'cle-1');
    expect(encore.statusCode).toBe(200);
    expect(encore.json()).toEqual({ ...r, statut: 'existante' });
    expect(await compter('cle-1')).toBe(1);
    const acc = await t.deps.db.select().from(accompagnements).where(eq(accompagnements.activiteId, r.id));
    expect(acc).toHaveLength(1);
  });

  it('la même clé avec un autre corps : 409 cle_idempotence_reutilisee, rien d’écrit', async () => {
    const res = await post(corps({ duree_minutes: 60 }), 'cle-1');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('cle_idempotence_reutilisee');
    expect(await compter('cle-1')).toBe(1);
  });

  it('en-tête manquant ou trop long, champ inconnu, code hors vocabulaire : 400 en français', async () => {
    const sans = await post(corps(), null);
    expect(sans.statusCode).toBe(400);
    expect(sans.json().detail + JSON.stringify(sans.json().errors)).toContain('Idempotency-Key');
    expect((await post(corps(), 'x'.repeat(101))).statusCode).toBe(400);
    const inconnu = await post(corps({ couleur: 'bleu' }), 'cle-2');
    expect(inconnu.statusCode).toBe(400);
    const vocab = await post(corps({ thematiques_numeriques: ['cuisine'] }), 'cle-3');
    expect(vocab.statusCode).toBe(400);
    expect(vocab.json().errors[0].field).toContain('thematiques_numeriques');
    const trop = await post(
      corps({
        type: 'collectif',
        titre: 'Atelier',
        participants: Array.from({ length: 101 }, () => ({ sorte: 'anonyme' })),
      }),
      'cle-4',
    );
    expect(trop.statusCode).toBe(400);
    expect(await compter('cle-2')).toBe(0);
  });

  it('règles de saisie : 422 saisie_invalide avec les champs de l’API', async () => {
    const res = await post(corps({ date: '2030-01-01' }), 'cle-futur');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'saisie_invalide' });
    expect(res.json().errors).toContainEqual({
      field: 'date',
      message: 'La date ne peut pas être dans le futur.',
    });
  });

  it('un conseiller d’une autre structure : 422 conseiller_hors_structure, rien d’écrit', async () => {
    const res = await post(corps({ conseiller_id: persona('association').id }), 'cle-autre');
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('conseiller_hors_structure');
    // And the Amiens token cannot record for Léa (Laon).
    const amiens = await post(corps(), 'cle-amiens', jetonAmiens);
    expect(amiens.json().code).toBe('conseiller_hors_structure');
    expect(await compter('cle-autre')).toBe(0);
    expect(await compter('cle-amiens')).toBe(0);
  });

  it('sans jeton 401, jeton sans la portée ou session 403', async () => {
    expect((await post(corps(), 'k', null)).statusCode).toBe(401);
    const lecture = await post(corps(), 'k', jetonLecture);
    expect(lecture.statusCode).toBe(403);
    expect(lecture.json().code).toBe('portee_manquante');
    const session = await t.app.inject({
      method: 'POST',
      url: '/api/v1/activites',
      payload: corps(),
      headers: { cookie: await sessionCookieFor(t, 'conseiller'), 'idempotency-key': 'k' },
    });
    expect(session.statusCode).toBe(403);
  });

  it('une personne nommée et des chèques ; un chèque expiré annule tout (ni activité ni bénéficiaire)', async () => {
    const nomme = {
      sorte: 'nouveau',
      prenom: 'Odette',
      nom: 'Lemaire',
      consentement: true,
      tranche_age: 'soixante_dix_plus',
    };
    const ok = await post(
      corps({
        participants: [nomme],
        cheques: [
          {
            numero: 'API 0000 0001',
            emetteur: 'APTIC',
            valeur_centimes: 1000,
            valable_jusquau: '2025-12-31',
          },
        ],
      }),
      'cle-cheque',
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json().cheques).toBe(1);
    const [c] = await t.deps.db
      .select()
      .from(activitePassCheques)
      .where(eq(activitePassCheques.numero, 'API00000001'));
    expect(c).toMatchObject({ activiteId: ok.json().id, accompagnementId: ok.json().accompagnements[0].id });

    const expire = await post(
      corps({
        participants: [{ ...nomme, prenom: 'Gaston' }],
        cheques: [
          { numero: 'API00000002', emetteur: 'APTIC', valeur_centimes: 1000, valable_jusquau: '2025-01-31' },
        ],
      }),
      'cle-expire',
    );
    expect(expire.statusCode).toBe(422);
    expect(expire.json().code).toBe('cheque_expire');
    expect(await compter('cle-expire')).toBe(0);
    expect(
      await t.deps.db.select().from(beneficiaires).where(eq(beneficiaires.prenom, 'Gaston')),
    ).toHaveLength(0);

    const deja = await post(
      corps({
        cheques: [
          { numero: 'API00000001', emetteur: 'APTIC', valeur_centimes: 1000, valable_jusquau: '2025-12-31' },
        ],
      }),
      'cle-deja',
    );
    expect(deja.statusCode).toBe(409);
    expect(deja.json().code).toBe('cheque_deja_utilise');
    expect(await compter('cle-deja')).toBe(0);
  });

  it('deux envois simultanés avec la même clé : une seule activité', async () => {
    const [a, b] = await Promise.all([post(corps(), 'cle-course'), post(corps(), 'cle-course')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect(await compter('cle-course')).toBe(1);
  });
});
