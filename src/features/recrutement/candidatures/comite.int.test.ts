import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  type Contexte,
  creerContexte,
  sessionComite,
  structureCandidate,
  structureValidee,
} from '../../../../tests/factories/recrutement.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import {
  candidaturesStructures,
  conventions,
  decisionsCoselec,
  evenementsAudit,
} from '../../../db/schema/index.ts';
import { signerConvention } from '../conventions/signer-convention.ts';
import { telechargerConvention } from '../conventions/telecharger-convention.ts';
import { PARAMETRES_2021 } from '../domain/parametres.ts';
import { modifierParametres } from '../programme/modifier-parametres.ts';
import { lireParametres } from '../programme/repo.ts';
import { totauxNationaux } from '../repo.ts';
import { creerSessionCoselec } from './creer-session-coselec.ts';
import { decider } from './decider.ts';

const parametres = (p: Partial<{ postesCibles: number; enveloppeEur: number }>) => ({
  postesCibles: p.postesCibles ?? PARAMETRES_2021.postesCibles,
  financementPublicEur: 50_000,
  financementPriveEur: 40_000,
  enveloppeEur: p.enveloppeEur ?? PARAMETRES_2021.enveloppeEur,
  dureesContratMois: '24, 36',
});

describe('comité de sélection', () => {
  let t: Contexte;
  beforeAll(async () => {
    t = await creerContexte();
    t.clock.now = new Date('2021-03-20T09:00:00Z');
  });
  afterAll(() => t?.close());

  it('numérote les sessions et refuse un numéro déjà pris', async () => {
    const anct = await acteurPersona(t, 'anct');
    const s1 = await sessionComite(t, '2021-03-24');
    const s2 = await sessionComite(t, '2021-03-31');
    expect(s2.numero).toBe(s1.numero + 1);
    const doublon = await creerSessionCoselec(contexteDe(t.deps, anct), {
      numero: s1.numero,
      date: '2021-04-07',
    });
    expect(!doublon.ok && doublon.error.code).toBe('session_existante');
    const p02 = await acteurPersona(t, 'prefecture02');
    expect((await creerSessionCoselec(contexteDe(t.deps, p02), { date: '2021-04-07' })).ok).toBe(false);
  });

  it('un avis positif attribue les postes, valide la structure, crée la convention PDF et prévient la structure', async () => {
    const s = await structureCandidate(t, { type: 'ASSOCIATION' });
    const session = await sessionComite(t);
    const anct = await acteurPersona(t, 'anct');
    const r = await decider(contexteDe(t.deps, anct), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'positif', postes: '2' },
      dureeMois: '24',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      avis: 'POSITIF',
      postes: 2,
      montantEur: 80_000,
      statut: 'VALIDATION_COSELEC',
    });
    expect(r.value.convention).toMatchObject({ postes: 2, montantEur: 80_000 });
    const [c] = await t.deps.db
      .select()
      .from(candidaturesStructures)
      .where(eq(candidaturesStructures.id, s.candidatureId));
    expect(c!.statut).toBe('VALIDATION_COSELEC');
    const [conv] = await t.deps.db
      .select()
      .from(conventions)
      .where(eq(conventions.candidatureId, s.candidatureId));
    expect(conv).toMatchObject({
      statut: 'A_SIGNER',
      dureeMois: 24,
      montantEur: 80_000,
      financementParPosteEur: 40_000,
    });
    expect(conv!.numero).toMatch(/^CNFS-2021-\d{6}$/);

    const pdf = await telechargerConvention(contexteDe(t.deps, s.gestionnaire), conv!.id);
    expect(pdf.ok).toBe(true);
    if (pdf.ok) {
      expect(pdf.value.typeMime).toBe('application/pdf');
      expect(pdf.value.contenu.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const mails = t.mailer.sent.filter((m) => m.to === s.gestionnaire.email).map((m) => m.subject);
    expect(mails.some((m) => m.startsWith('Décision du comité'))).toBe(true);
    expect(mails.some((m) => m.startsWith(`Convention de financement ${conv!.numero}`))).toBe(true);

    // Another structure cannot download it; the préfecture of another département neither.
    const autre = await structureCandidate(t);
    expect((await telechargerConvention(contexteDe(t.deps, autre.gestionnaire), conv!.id)).ok).toBe(false);
    const p80 = await acteurPersona(t, 'prefecture80');
    expect((await telechargerConvention(contexteDe(t.deps, p80), conv!.id)).ok).toBe(false);
    const p02 = await acteurPersona(t, 'prefecture02');
    expect((await telechargerConvention(contexteDe(t.deps, p02), conv!.id)).ok).toBe(true);

    // The structure uploads the signed PDF.
    const pasPdf = await signerConvention(contexteDe(t.deps, s.gestionnaire), conv!.id, {
      nom: 'x.txt',
      contenu: Buffer.from('bonjour'),
    });
    expect(!pasPdf.ok && pasPdf.error.code).toBe('fichier_invalide');
    const signe = await signerConvention(contexteDe(t.deps, s.gestionnaire), conv!.id, {
      nom: 'signee.pdf',
      contenu: pdf.ok ? pdf.value.contenu : Buffer.alloc(0),
    });
    expect(signe.ok && signe.value.statut).toBe('SIGNATURE_A_VERIFIER');
    expect((await telechargerConvention(contexteDe(t.deps, s.gestionnaire), conv!.id, 'signee')).ok).toBe(
      true,
    );
  });

  it('avenants : ajout puis retrait de postes, en lignes de décision distinctes', async () => {
    const s = await structureValidee(t, 2);
    const anct = await acteurPersona(t, 'anct');
    const session = await sessionComite(t);
    const ajout = await decider(contexteDe(t.deps, anct), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'ajout', postes: 1 },
    });
    expect(ajout.ok && ajout.value).toMatchObject({ postes: 1, montantEur: 50_000 });
    const retrait = await decider(contexteDe(t.deps, anct), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'retrait', postes: 2 },
    });
    expect(retrait.ok && retrait.value).toMatchObject({ postes: -2, montantEur: -100_000, convention: null });
    const rows = await t.deps.db
      .select()
      .from(decisionsCoselec)
      .where(eq(decisionsCoselec.candidatureId, s.candidatureId));
    expect(rows.map((r) => [r.nature, r.postes]).sort()).toEqual([
      ['avenant', -2],
      ['avenant', 1],
      ['initiale', 2],
    ]);
    const trop = await decider(contexteDe(t.deps, anct), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'retrait', postes: 2 },
    });
    expect(!trop.ok && trop.error.code).toBe('retrait_impossible');
  });

  it('un avis négatif refuse ; les entrées invalides sont expliquées', async () => {
    const s = await structureCandidate(t);
    const session = await sessionComite(t);
    const anct = await acteurPersona(t, 'anct');
    const r = await decider(contexteDe(t.deps, anct), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'negatif' },
    });
    expect(r.ok && r.value.statut).toBe('REFUS_COSELEC');
    const inconnu = await decider(contexteDe(t.deps, anct), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'peut-etre' },
    });
    expect(!inconnu.ok && inconnu.error.status).toBe(400);
    const p02 = await acteurPersona(t, 'prefecture02');
    const parPrefecture = await decider(contexteDe(t.deps, p02), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'positif', postes: 1 },
    });
    expect(!parPrefecture.ok && parPrefecture.error.code).toBe('acces_refuse');
  });

  it('refuse une décision qui dépasserait l’objectif national ou l’enveloppe, avec un message clair', async () => {
    const anct = await acteurPersona(t, 'anct');
    const totaux = await totauxNationaux(t.deps.db);
    const quota = await modifierParametres(
      contexteDe(t.deps, anct),
      parametres({ postesCibles: totaux.postesAttribues + 3 }),
    );
    expect(quota.ok).toBe(true);
    const s = await structureCandidate(t);
    const session = await sessionComite(t);
    const r = await decider(contexteDe(t.deps, anct), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'positif', postes: 4 },
    });
    expect(!r.ok && r.error.code).toBe('quota_national_depasse');
    expect(!r.ok && r.error.message).toContain('Il reste 3 postes à attribuer');
    const [c] = await t.deps.db
      .select()
      .from(candidaturesStructures)
      .where(eq(candidaturesStructures.id, s.candidatureId));
    expect(c!.statut).toBe('CREEE');

    await modifierParametres(
      contexteDe(t.deps, anct),
      parametres({ postesCibles: 4000, enveloppeEur: totaux.engageEur + 60_000 }),
    );
    const e = await decider(contexteDe(t.deps, anct), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'positif', postes: 2 },
    });
    expect(!e.ok && e.error.code).toBe('enveloppe_depassee');
    const ok1 = await decider(contexteDe(t.deps, anct), s.candidatureId, {
      sessionId: session.id,
      choix: { type: 'positif', postes: 1 },
    });
    expect(ok1.ok).toBe(true);
    // The envelope may not go below what is committed.
    const bas = await modifierParametres(contexteDe(t.deps, anct), parametres({ enveloppeEur: 1000 }));
    expect(!bas.ok && bas.error.code).toBe('enveloppe_trop_basse');
    await modifierParametres(contexteDe(t.deps, anct), parametres({}));
  });

  it('deux décisions simultanées ne peuvent pas dépasser ensemble l’objectif (verrou sur les paramètres)', async () => {
    const anct = await acteurPersona(t, 'anct');
    const totaux = await totauxNationaux(t.deps.db);
    await modifierParametres(
      contexteDe(t.deps, anct),
      parametres({ postesCibles: totaux.postesAttribues + 2 }),
    );
    const a = await structureCandidate(t);
    const b = await structureCandidate(t);
    const session = await sessionComite(t);
    const [ra, rb] = await Promise.all([
      decider(contexteDe(t.deps, anct), a.candidatureId, {
        sessionId: session.id,
        choix: { type: 'positif', postes: 2 },
      }),
      decider(contexteDe(t.deps, anct), b.candidatureId, {
        sessionId: session.id,
        choix: { type: 'positif', postes: 2 },
      }),
    ]);
    expect([ra.ok, rb.ok].filter(Boolean)).toHaveLength(1);
    const perdant = ra.ok ? rb : ra;
    expect(!perdant.ok && perdant.error.code).toBe('quota_national_depasse');
    expect((await totauxNationaux(t.deps.db)).postesAttribues).toBe(totaux.postesAttribues + 2);
    await modifierParametres(contexteDe(t.deps, anct), parametres({}));
  });

  it('les modifications des paramètres sont auditées (avant/après)', async () => {
    const anct = await acteurPersona(t, 'anct');
    const r = await modifierParametres(contexteDe(t.deps, anct), {
      ...parametres({}),
      financementPriveEur: 45_000,
    });
    expect(r.ok).toBe(true);
    expect((await lireParametres(t.deps.db)).financementParPosteEur.prive).toBe(45_000);
    const events = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'programme.parametres_modifies'));
    const last = events.at(-1)!;
    expect(last.acteurId).toBe(anct.userId);
    expect(last.details).toMatchObject({ apres: { financementParPosteEur: { prive: 45_000 } } });
    const p02 = await acteurPersona(t, 'prefecture02');
    expect(!(await modifierParametres(contexteDe(t.deps, p02), parametres({}))).ok).toBe(true);
  });
});
