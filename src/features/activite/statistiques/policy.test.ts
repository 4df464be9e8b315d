import { describe, expect, it } from 'vitest';
import type { Actor, Membership } from '../../../platform/auth/actor.ts';
import { porteeDe, verifierFiltres } from './policy.ts';

const S1 = '00000000-0000-4000-8000-0000000000a1';
const S2 = '00000000-0000-4000-8000-0000000000a2';
const U1 = '00000000-0000-4000-8000-0000000000b1';
const U2 = '00000000-0000-4000-8000-0000000000b2';

function personne(m: Partial<Membership> & Pick<Membership, 'role'>): Actor {
  const active: Membership = {
    id: 'm',
    departementCode: null,
    departementNom: null,
    structureId: null,
    structureNom: null,
    structureDepartementCode: null,
    ...m,
  };
  return {
    kind: 'user',
    userId: U1,
    email: 'a@b.fr',
    prenom: 'A',
    nom: 'B',
    memberships: [active],
    active,
    sessionIdHash: 'h',
    totpEnabled: false,
    totpVerified: true,
  };
}

describe('portée des statistiques selon le rôle', () => {
  it('conseiller : la sienne ; structure : son équipe ; préfecture : son département ; ANCT : national', () => {
    expect(porteeDe(personne({ role: 'conseiller', structureId: S1 }))).toEqual({
      niveau: 'conseiller',
      structureId: S1,
      conseillerId: U1,
    });
    expect(porteeDe(personne({ role: 'structure', structureId: S1 }))).toEqual({
      niveau: 'structure',
      structureId: S1,
    });
    expect(porteeDe(personne({ role: 'prefecture', departementCode: '02' }))).toEqual({
      niveau: 'departement',
      departementCode: '02',
    });
    expect(porteeDe(personne({ role: 'anct' }))).toEqual({ niveau: 'national' });
    expect(porteeDe(personne({ role: 'candidat' }))).toBeNull();
    expect(porteeDe(personne({ role: 'aidant', structureId: S1 }))).toBeNull();
    expect(porteeDe(null)).toBeNull();
  });

  it('un jeton : sa structure, son département, ou national', () => {
    const jeton = (structureId: string | null, departementCode: string | null): Actor => ({
      kind: 'api',
      tokenId: 't',
      nom: 'n',
      scopes: [],
      structureId,
      departementCode,
    });
    expect(porteeDe(jeton(S1, '02'))).toEqual({ niveau: 'structure', structureId: S1 });
    expect(porteeDe(jeton(null, '02'))).toEqual({ niveau: 'departement', departementCode: '02' });
    expect(porteeDe(jeton(null, null))).toEqual({ niveau: 'national' });
  });
});

describe('un filtre n’élargit jamais la portée', () => {
  const refus = (r: ReturnType<typeof verifierFiltres>) => (r.ok ? {} : r.error.fields);
  it('préfecture 02 qui demande la Somme', () => {
    const r = verifierFiltres({ niveau: 'departement', departementCode: '02' }, { departementCode: '80' });
    expect(refus(r)).toEqual({ departementCode: 'Votre accès se limite au département 02.' });
    expect(
      verifierFiltres({ niveau: 'departement', departementCode: '02' }, { departementCode: '02' }).ok,
    ).toBe(true);
  });
  it('conseiller qui demande un autre conseiller ou une autre structure', () => {
    const p = { niveau: 'conseiller', structureId: S1, conseillerId: U1 } as const;
    expect(Object.keys(refus(verifierFiltres(p, { conseillerId: U2, structureId: S2 }))!)).toEqual([
      'structureId',
      'conseillerId',
    ]);
    expect(verifierFiltres(p, { conseillerId: U1 }).ok).toBe(true);
  });
  it('structure qui demande une autre structure ; public qui demande une personne', () => {
    expect(
      refus(verifierFiltres({ niveau: 'structure', structureId: S1 }, { structureId: S2 })),
    ).toHaveProperty('structureId');
    expect(verifierFiltres({ niveau: 'structure', structureId: S1 }, { conseillerId: U2 }).ok).toBe(true);
    expect(
      refus(verifierFiltres({ niveau: 'national' }, { conseillerId: U2 }, { publique: true })),
    ).toHaveProperty('conseillerId');
  });
});
