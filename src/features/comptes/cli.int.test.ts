import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { evenementsAudit, jetonsApi, jetonsEmail } from '../../db/schema/index.ts';
import { CliError } from '../../platform/cli.ts';
import { creerJetonDepuisCli } from '../api/cli.ts';
import { inviterDepuisCli } from './cli-invitation.ts';
import { DEMO_STRUCTURES } from './demo/personas.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('CLI : maillage users invite et maillage tokens create', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sont enregistrées dans le binaire', () => {
    const env = { ...process.env, LOG_LEVEL: 'silent' };
    const users = execFileSync(process.execPath, [path.join(ROOT, 'bin/maillage.mjs'), 'users', '--help'], {
      env,
    }).toString();
    expect(users).toContain('create');
    expect(users).toContain('invite');
    const tokens = execFileSync(
      process.execPath,
      [path.join(ROOT, 'bin/maillage.mjs'), 'tokens', 'create', '--help'],
      {
        env,
      },
    ).toString();
    expect(tokens).toContain('--portees');
    expect(tokens).toContain('--departement');
  });

  it('invite une personne dans une structure désignée par son SIRET, audité comme action en ligne de commande', async () => {
    const lines = await inviterDepuisCli(t.deps, {
      email: 'Nouvelle.Aidante@Exemple.fr',
      role: 'aidant',
      structure: DEMO_STRUCTURES.association.siret,
    });
    expect(lines[0]).toBe('Invitation envoyée à nouvelle.aidante@exemple.fr.');
    const mail = t.mailer.sent.at(-1)!;
    expect(mail.to).toBe('nouvelle.aidante@exemple.fr');
    expect(mail.text).toContain('Vous êtes invité(e)');
    const link = mail.text.match(/\/invitation\/(\S+)/)![0];
    expect(lines[1]).toContain(link);
    const [row] = await t.deps.db
      .select()
      .from(jetonsEmail)
      .where(eq(jetonsEmail.email, 'nouvelle.aidante@exemple.fr'));
    expect(row).toMatchObject({ role: 'aidant', structureId: DEMO_STRUCTURES.association.id, creePar: null });
    const [event] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'invitation.creee'));
    expect(event!.acteurId).toBeNull();
    expect(event!.details).toMatchObject({ source: 'ligne de commande' });
    expect((await t.app.inject(link)).statusCode).toBe(200);
  });

  it('explique clairement les erreurs (portée incomplète, structure ambiguë)', async () => {
    await expect(inviterDepuisCli(t.deps, { email: 'a@exemple.fr', role: 'prefecture' })).rejects.toThrow(
      /département/,
    );
    const ambiguous = inviterDepuisCli(t.deps, {
      email: 'a@exemple.fr',
      role: 'conseiller',
      structure: 'laon',
    });
    await expect(ambiguous).rejects.toBeInstanceOf(CliError);
    await expect(ambiguous).rejects.toThrow(DEMO_STRUCTURES.paysDeLaon.id);
  });

  it('crée un jeton d’API utilisable, affiché une fois', async () => {
    await expect(creerJetonDepuisCli(t.deps, { nom: 'X', portees: 'lecture,tout' })).rejects.toThrow(
      'Portée inconnue : tout',
    );
    const lines = await creerJetonDepuisCli(t.deps, {
      nom: 'Cartographie',
      portees: 'lieux:ecriture, lecture',
      departement: '80',
    });
    const token = lines.at(-1)!;
    expect(token).toMatch(/^mlg_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.deps.db.select().from(jetonsApi);
    expect(row).toMatchObject({
      nom: 'Cartographie',
      portees: ['lecture', 'lieux:ecriture'],
      departementCode: '80',
      creePar: null,
    });
    const res = await t.app.inject({ url: '/api/v1/moi', headers: { authorization: `Bearer ${token}` } });
    expect(res.json()).toMatchObject({ type: 'jeton', nom: 'Cartographie', departement: '80' });
  });
});
