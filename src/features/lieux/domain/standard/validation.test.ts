import { describe, expect, it } from 'vitest';
import { CHAMPS_STANDARD, type LigneStandard } from './champs.ts';
import { normaliserDate } from './dates.ts';
import { ressembleAUneFormule } from './formules.ts';
import { validerPivot } from './pivot.ts';
import { normaliserTelephone } from './telephone.ts';
import { convertirLigneV0 } from './v0.ts';
import { validerLigne } from './validation.ts';

/** The standard's own example row (exemple-valide.csv, v1.0.2). */
const EXEMPLE_V1: LigneStandard = {
  id: 'structure-1',
  pivot: '43493312300029',
  nom: 'Anonymal',
  commune: 'Reims',
  code_postal: '51100',
  code_insee: '51454',
  adresse: '12 BIS RUE DE LECLERCQ',
  complement_adresse: "Le patio du bois de l'Aulne",
  latitude: '43.52609',
  longitude: '5.41423',
  typologie: 'TIERS_LIEUX|ASSO',
  telephone: '+33180059880',
  courriels: 'contact@laquincaillerie.tl|responsable@laquincaillerie.tl',
  site_web: 'https://www.laquincaillerie.tl/|https://m.facebook.com/laquincaillerienumerique/',
  horaires: 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00',
  source: 'Hubik',
  itinerance: 'Itinérant',
  date_maj: '2024-04-02',
  services:
    'Maîtrise des outils numériques du quotidien|Insertion professionnelle via le numérique|Loisirs et créations numériques',
  publics_specifiquement_adresses: 'Jeunes|Femmes',
  prise_en_charge_specifique: 'Surdité|Illettrisme|Langues étrangères (anglais)',
  frais_a_charge: 'Gratuit sous condition|Payant',
  dispositif_programmes_nationaux: 'Aidants Connect|Conseillers numériques|La Croix Rouge',
  formations_labels: 'Formé à « Mon Espace Santé »|Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
  autres_formations_labels: 'Label et la bête',
  modalites_acces: 'Se présenter|Téléphoner',
  modalites_accompagnement: 'Dans un atelier collectif|À distance|En autonomie|Accompagnement individuel',
  fiche_acces_libre:
    'https://acceslibre.beta.gouv.fr/app/29-lampaul-plouarzel/a/bibliotheque-mediatheque/erp/mediatheque-13/',
  prise_rdv: 'https://www.rdv-solidarites.fr/',
};

describe('validerLigne', () => {
  it('accepts the official example row without any anomaly', () => {
    const r = validerLigne(EXEMPLE_V1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.anomalies).toEqual([]);
    expect(r.lieu.services).toHaveLength(3);
    expect(r.lieu.latitude).toBe(43.52609);
    expect(r.lieu.modalites_accompagnement).toEqual([
      'Dans un atelier collectif',
      'À distance',
      'En autonomie',
      'Accompagnement individuel',
    ]);
    expect(Object.keys(r.lieu)).toEqual([...CHAMPS_STANDARD]);
  });

  it('rejects a row missing required fields, naming each field in French', () => {
    const r = validerLigne({ ...EXEMPLE_V1, nom: '  ', date_maj: undefined, code_postal: '5110' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreurs.map((e) => e.champ).sort()).toEqual(['date_maj', 'nom']);
    expect(r.erreurs[0]?.raison).toMatch(/obligatoire/);
  });

  it('pads a 4-digit postal code lost by a spreadsheet, rejects a wrong one', () => {
    const ok = validerLigne({ ...EXEMPLE_V1, code_postal: 1000 });
    expect(ok.ok && ok.lieu.code_postal).toBe('01000');
    const ko = validerLigne({ ...EXEMPLE_V1, code_postal: '5100A' });
    expect(!ko.ok && ko.erreurs[0]).toMatchObject({ champ: 'code_postal', valeur: '5100A' });
  });

  it('drops values outside the vocabulary and lists them; strict mode rejects the row', () => {
    const ligne = { ...EXEMPLE_V1, services: 'Aide aux démarches administratives|Cuisine' };
    const r = validerLigne(ligne);
    expect(r.ok && r.lieu.services).toEqual(['Aide aux démarches administratives']);
    expect(r.anomalies).toEqual([
      { champ: 'services', valeur: 'Cuisine', raison: 'Valeur absente de la liste du standard : ignorée.' },
    ]);
    const strict = validerLigne(ligne, { strict: true });
    expect(strict.ok).toBe(false);
    expect(!strict.ok && strict.erreurs[0]?.valeur).toBe('Cuisine');
  });

  it('tolerates the schema inconsistencies: "Étapes numériques (La Poste)" with or without the space', () => {
    for (const v of [
      'Étapes numériques (La Poste)',
      'Étapes numériques(La Poste)',
      'etapes numeriques (la poste)',
    ]) {
      const r = validerLigne({ ...EXEMPLE_V1, formations_labels: v });
      expect(r.ok && r.lieu.formations_labels).toEqual(['Étapes numériques(La Poste)']);
      expect(r.anomalies).toEqual([]);
    }
    const compr = validerLigne({ ...EXEMPLE_V1, services: 'Comprehension du monde numérique' });
    expect(compr.ok && compr.lieu.services).toEqual(['Compréhension du monde numérique']);
  });

  it('accepts several phone numbers (the schema describes the field as multi-valued) and keeps the first', () => {
    const r = validerLigne({ ...EXEMPLE_V1, telephone: '03 23 45 67 89|+33612345678' });
    expect(r.ok && r.lieu.telephone).toBe('+33323456789');
    expect(r.anomalies[0]?.raison).toMatch(/premier/);
  });

  it('splits v1 lists on | only and keeps arrays as given', () => {
    const r = validerLigne({ ...EXEMPLE_V1, typologie: ['BIB', 'MUNI'], frais_a_charge: 'Gratuit;Payant' });
    expect(r.ok && r.lieu.typologie).toEqual(['BIB', 'MUNI']);
    expect(r.ok && r.lieu.frais_a_charge).toEqual([]);
    expect(r.anomalies[0]).toMatchObject({ champ: 'frais_a_charge', valeur: 'Gratuit;Payant' });
  });

  it('reads comma decimals, swaps inverted coordinates, drops impossible ones', () => {
    const virgule = validerLigne({ ...EXEMPLE_V1, latitude: '49,56', longitude: '3,62' });
    expect(virgule.ok && [virgule.lieu.latitude, virgule.lieu.longitude]).toEqual([49.56, 3.62]);
    const inverse = validerLigne({ ...EXEMPLE_V1, latitude: 3.62, longitude: 49.56 });
    expect(inverse.ok && [inverse.lieu.latitude, inverse.lieu.longitude]).toEqual([49.56, 3.62]);
    const lambert = validerLigne({ ...EXEMPLE_V1, latitude: '6692424,5', longitude: '475198,1' });
    expect(lambert.ok && lambert.lieu.latitude).toBeNull();
    expect(lambert.anomalies[0]?.raison).toMatch(/hors du globe/);
  });

  it('shortens a summary over 280 characters and keeps the full text as the detail', () => {
    const long = 'a'.repeat(300);
    const r = validerLigne({ ...EXEMPLE_V1, presentation_resume: long });
    expect(r.ok && r.lieu.presentation_resume?.length).toBe(280);
    expect(r.ok && r.lieu.presentation_detail).toBe(long);
  });

  it('completes web addresses without scheme and drops invalid e-mails', () => {
    const r = validerLigne({
      ...EXEMPLE_V1,
      site_web: 'abracodabra.fr',
      courriels: 'a@b.fr; pas-un-courriel',
    });
    expect(r.ok && r.lieu.site_web).toEqual(['https://abracodabra.fr']);
    expect(r.ok && r.lieu.courriels).toEqual(['a@b.fr']);
  });
});

describe('validerPivot', () => {
  it('checks the SIRET checksum', () => {
    expect(validerPivot('434 933 123 00029')).toEqual({ ok: true, valeur: '43493312300029', type: 'siret' });
    expect(validerPivot('43493312300028')).toMatchObject({
      ok: false,
      raison: expect.stringMatching(/Luhn/),
    });
  });
  it("accepts La Poste's establishments, whose SIRET fails Luhn", () => {
    expect(validerPivot('35600000063516').ok).toBe(true);
    expect(validerPivot('35600000063517').ok).toBe(false);
  });
  it('accepts an RNA number, refuses a SIREN alone, accepts a RIDET in the Pacific only', () => {
    expect(validerPivot('W131004321')).toMatchObject({ ok: true, type: 'rna' });
    expect(validerPivot('434933123')).toMatchObject({ ok: false, raison: expect.stringMatching(/SIREN/) });
    expect(validerPivot('1234567001', '98800')).toMatchObject({ ok: true, type: 'ridet' });
    expect(validerPivot('1234567001', '51100').ok).toBe(false);
  });
});

describe('normaliserTelephone', () => {
  it.each([
    ['01 23 45 67 89', '+33123456789'],
    ['+33 (0)1 23 45 67 89', '+33123456789'],
    ['0033123456789', '+33123456789'],
    ['33630392518', '+33630392518'],
    ['326533780', '+33326533780'],
    ['0262 12 34 56', '+262262123456'],
    ['+262 2 62 02 07 02', '+262262020702'],
    ['appelez-nous', null],
  ])('%s → %s', (brut, attendu) => {
    expect(normaliserTelephone(brut)).toBe(attendu);
  });
  it('reads local Pacific numbers with the postal code', () => {
    expect(normaliserTelephone('44 57 28', '98800')).toBe('+687445728');
  });
});

describe('normaliserDate', () => {
  it.each([
    ['2024-04-02', '2024-04-02'],
    ['2022-09-26 19:00:45', '2022-09-26'],
    ['2020/06/30 14:16:50.898', '2020-06-30'],
    ['19/02/2020', '2020-02-19'],
    ['13/12/2022 17:51', '2022-12-13'],
    ['Decembre 2019', '2019-12-01'],
    ['juil-22', '2022-07-01'],
    ['2023-02-30', null],
    ['bientôt', null],
  ])('%s → %s', (brut, attendu) => {
    expect(normaliserDate(brut)).toBe(attendu);
  });
});

describe('convertirLigneV0', () => {
  const EXEMPLE_V0 = {
    id: 'structure-1',
    pivot: '43493312300029',
    nom: 'Anonymal',
    commune: 'Reims',
    code_postal: '51100',
    adresse: '12 BIS RUE DE LECLERCQ',
    cle_ban: '13001_3079_00001',
    typologie: 'TIERS_LIEUX;ASSO',
    courriel: 'contact@laquincaillerie.tl',
    site_web: 'https://www.laquincaillerie.tl/;https://m.facebook.com/laquincaillerienumerique/',
    date_maj: '2022-06-02',
    services:
      'Devenir autonome dans les démarches administratives;Réaliser des démarches administratives avec un accompagnement;Prendre en main un smartphone ou une tablette',
    publics_accueillis: 'Familles/enfants;Adultes;Déficience visuelle',
    conditions_acces:
      "Payant : L'accès au lieu et/ou à ses services est payant;Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu",
    labels_nationaux: 'France Services;APTIC;Point relais CAF',
    labels_autres: 'SudLabs;Nièvre médiation numérique',
    modalites_accompagnement:
      "Seul : j'ai accès à du matériel et une connexion;Avec de l'aide : je suis accompagné seul dans l'usage du numérique",
    accessibilite: 'https://acceslibre.beta.gouv.fr/app/x/',
  };

  it('maps the old fields and vocabularies to v1 as the changelog describes', () => {
    const r = validerLigne(convertirLigneV0(EXEMPLE_V0));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.anomalies).toEqual([]);
    expect(r.lieu).toMatchObject({
      typologie: ['TIERS_LIEUX', 'ASSO'],
      courriels: ['contact@laquincaillerie.tl'],
      site_web: ['https://www.laquincaillerie.tl/', 'https://m.facebook.com/laquincaillerienumerique/'],
      services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
      publics_specifiquement_adresses: ['Familles et/ou enfants'],
      prise_en_charge_specifique: ['Déficience visuelle'],
      frais_a_charge: ['Payant'],
      dispositif_programmes_nationaux: ['France Services', "Point d'accès numérique CAF"],
      autres_formations_labels: ['SudLabs', 'Nièvre médiation numérique', 'Pass numérique', 'APTIC'],
      modalites_accompagnement: ['En autonomie', 'Accompagnement individuel'],
      fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/x/',
    });
  });

  it('lets unknown v0 values through so that validation names them', () => {
    const r = validerLigne(convertirLigneV0({ ...EXEMPLE_V0, services: 'Jardinage' }));
    expect(r.anomalies).toEqual([
      { champ: 'services', valeur: 'Jardinage', raison: 'Valeur absente de la liste du standard : ignorée.' },
    ]);
  });
});

describe('formules de tableur à l’entrée (ADR 015)', () => {
  it('reconnaît ce qu’un tableur évaluerait, pas un téléphone ni un nom à tiret', () => {
    for (const v of [
      '=HYPERLINK("http://x.fr","clic")',
      ' =1+1',
      '@SUM(A1)',
      '+HYPERLINK("x")',
      '-cmd|calc',
      '\t=1',
    ])
      expect(ressembleAUneFormule(v)).toBe(true);
    for (const v of [
      '+33 3 23 00 00 00',
      'Espace - numérique',
      '-',
      'Saint-Quentin',
      '2 + 2 ateliers',
      '@telier connecté udaf',
      '@tout Clic - Club Informatique Cadillacais',
    ])
      expect(ressembleAUneFormule(v)).toBe(false);
  });

  it('refuse un champ obligatoire, retire un champ facultatif avec une anomalie', () => {
    const nom = validerLigne({ ...EXEMPLE_V1, nom: '=HYPERLINK("http://pirate.fr","Médiathèque")' });
    expect(nom.ok).toBe(false);
    if (!nom.ok) expect(nom.erreurs.map((e) => e.champ)).toContain('nom');
    const facultatif = validerLigne({ ...EXEMPLE_V1, complement_adresse: '@SUM(1+1)*cmd' });
    expect(facultatif.ok).toBe(true);
    if (!facultatif.ok) return;
    expect(facultatif.lieu.complement_adresse).toBeNull();
    expect(facultatif.anomalies.map((a) => a.champ)).toContain('complement_adresse');
  });
});

describe('longueur des textes d’un lieu', () => {
  it('refuse un nom de 200 000 caractères, retire un complément trop long avec une anomalie', () => {
    const nom = validerLigne({ ...EXEMPLE_V1, nom: 'A'.repeat(200_000) });
    expect(nom.ok).toBe(false);
    if (!nom.ok)
      expect(nom.erreurs.find((e) => e.champ === 'nom')?.raison).toBe('Plus de 250 caractères : refusée.');
    const complement = validerLigne({ ...EXEMPLE_V1, complement_adresse: 'b'.repeat(300) });
    expect(complement.ok && complement.lieu.complement_adresse).toBeNull();
    expect(complement.ok && complement.anomalies.map((a) => a.champ)).toContain('complement_adresse');
    expect(validerLigne(EXEMPLE_V1).ok).toBe(true);
  });
});
