import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseACocher, estCochee } from './case-a-cocher.ts';
import {
  codeDepartementSchema,
  codeInseeSchema,
  codePostalSchema,
  lireCodeDepartement,
  lireCodeInsee,
  lireCodePostal,
} from './codes-territoriaux.ts';
import { emailCanonique, emailSchema, lireEmail } from './email.ts';
import { urlsWeb, urlWeb } from './url-web.ts';

describe('code de département', () => {
  it.each(['01', '02', '19', '2A', '2b', '21', '59', '95', '971', '976', '975', '988', ' 80 '])(
    'accepte %s',
    (code) => expect(lireCodeDepartement(code)).toBe(code.trim().toUpperCase()),
  );
  it.each(['00', '20', '96', '970', '979', '983', '2C', 'AB', '0A1', '1', '', '021'])('refuse %j', (code) =>
    expect(lireCodeDepartement(code)).toBeNull(),
  );
  it('le schéma donne un message français et normalise', () => {
    const s = codeDepartementSchema();
    expect(s.parse('2a')).toBe('2A');
    const r = s.safeParse('99');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Code de département invalide, par exemple 02, 2A ou 974.');
    expect(s.safeParse(undefined).error?.issues[0]?.message).toMatch(/^Code de département invalide/);
  });
});

describe('code INSEE et code postal', () => {
  it('accepte les codes de commune, Corse comprise', () => {
    expect(lireCodeInsee('02408')).toBe('02408');
    expect(lireCodeInsee('2a004')).toBe('2A004');
    expect(lireCodeInsee('97411')).toBe('97411');
  });
  it.each(['2408', '024080', '2C004', 'AB123', '02 408'])('refuse le code INSEE %j', (c) =>
    expect(lireCodeInsee(c)).toBeNull(),
  );
  it('code postal : cinq chiffres exactement', () => {
    expect(lireCodePostal('02000')).toBe('02000');
    expect(lireCodePostal('2000')).toBeNull();
    expect(lireCodePostal('2A000')).toBeNull();
    expect(codePostalSchema().safeParse('abc').error?.issues[0]?.message).toBe(
      'Le code postal comporte 5 chiffres.',
    );
    expect(codeInseeSchema().safeParse(12).success).toBe(false);
  });
});

describe('adresse électronique', () => {
  it('lit, rogne et compare sans la casse', () => {
    const e = lireEmail('  Marie.Dupont@Laon.fr ');
    expect(e).toBe('Marie.Dupont@Laon.fr');
    expect(emailCanonique(e!)).toBe('marie.dupont@laon.fr');
  });
  it.each(['', 'marie', 'marie@laon', 'ma rie@laon.fr', '@laon.fr', `${'a'.repeat(250)}@x.fr`])(
    'refuse %j',
    (v) => expect(lireEmail(v)).toBeNull(),
  );
  it('vide : le message dit que le champ est requis ; mal formée : qu’elle est invalide', () => {
    const s = emailSchema();
    expect(s.safeParse('').error?.issues[0]?.message).toBe('Indiquez une adresse électronique.');
    expect(s.safeParse(undefined).error?.issues[0]?.message).toBe('Indiquez une adresse électronique.');
    expect(s.safeParse('nom@').error?.issues[0]?.message).toBe(
      'Adresse électronique invalide, par exemple nom@exemple.fr.',
    );
  });
});

describe('case à cocher', () => {
  it('cochée quand le navigateur l’envoie, sinon non', () => {
    for (const v of ['on', 'true', 'oui', '1', true, ['on']]) expect(estCochee(v)).toBe(true);
    for (const v of [undefined, '', 'off', 'non', false, 0, null, {}, []]) expect(estCochee(v)).toBe(false);
    expect(caseACocher.parse(undefined)).toBe(false);
    // Absent from a form's object: not ticked, never "required".
    const formulaire = z.object({ qpv: caseACocher, zrr: caseACocher });
    expect(formulaire.parse({})).toEqual({ qpv: false, zrr: false });
    expect(formulaire.parse({ qpv: 'on' })).toEqual({ qpv: true, zrr: false });
  });
});

describe('adresse web', () => {
  it('http et https seulement, avec un hôte ; le reste est refusé', () => {
    expect(urlWeb(' https://www.rdv-solidarites.fr/ ')).toBe('https://www.rdv-solidarites.fr/');
    expect(urlWeb('http://exemple.fr/a?b=1')).toBe('http://exemple.fr/a?b=1');
    for (const v of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'https://localhost',
      '//exemple.fr',
      'exemple',
      '',
      null,
    ])
      expect(urlWeb(v)).toBeNull();
    expect(urlsWeb(['https://a.fr', 'javascript:x', 'http://b.fr'])).toEqual(['https://a.fr', 'http://b.fr']);
  });
});
