import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyserHoraires, estJourFerie, ouvertLeSamedi, ouvertSelonPlages } from './horaires.ts';
import { dateLocaleDepuis, heureMurale, minuteDeLaSemaine } from './horaires-fuseau.ts';
import { heureEnFrancais, ouvertureDuLieu, tableauSemaine } from './horaires-texte.ts';

// Fixed instants (UTC). Paris is UTC+2 until 27 October 2024, UTC+1 after; Guadeloupe UTC-4; Réunion UTC+4.
const MARDI_10H = new Date('2024-10-08T08:00:00Z');
const MARDI_12H30 = new Date('2024-10-08T10:30:00Z');
const VENDREDI_18H = new Date('2024-10-11T16:00:00Z');
const VENDREDI_21H = new Date('2024-10-11T19:00:00Z');
const SAMEDI_1H = new Date('2024-10-11T23:00:00Z');
const SAMEDI_3H = new Date('2024-10-12T01:00:00Z');
const SAMEDI_10H = new Date('2024-10-12T08:00:00Z');
const DIMANCHE_23H = new Date('2024-10-13T21:00:00Z');
const LUNDI_11NOV_10H = new Date('2024-11-11T09:00:00Z');
const JEUDI_26DEC_10H = new Date('2024-12-26T09:00:00Z');
const MARDI_9H_GUADELOUPE = new Date('2024-10-08T13:00:00Z');
const MARDI_9H_REUNION = new Date('2024-10-08T05:00:00Z');

interface Cas {
  nom: string;
  horaires: string;
  dep: string;
  instant: Date;
  libelle: string;
  detail?: string;
}

const MIDI = 'Mo-Fr 09:00-12:00,14:00-17:30';
const CAS: Cas[] = [
  {
    nom: 'pause méridienne, matin',
    horaires: MIDI,
    dep: '02',
    instant: MARDI_10H,
    libelle: 'Ouvert',
    detail: 'Ferme à 12 h',
  },
  {
    nom: 'pause méridienne, midi',
    horaires: MIDI,
    dep: '02',
    instant: MARDI_12H30,
    libelle: 'Fermé',
    detail: 'Ouvre aujourd’hui à 14 h',
  },
  {
    nom: 'pause méridienne, vendredi soir',
    horaires: MIDI,
    dep: '02',
    instant: VENDREDI_18H,
    libelle: 'Fermé',
    detail: 'Ouvre lundi à 9 h',
  },
  {
    nom: 'pause méridienne, samedi',
    horaires: MIDI,
    dep: '02',
    instant: SAMEDI_10H,
    libelle: 'Fermé',
    detail: 'Ouvre lundi à 9 h',
  },
  {
    nom: 'samedi seulement, samedi',
    horaires: 'Sa 09:00-12:00',
    dep: '80',
    instant: SAMEDI_10H,
    libelle: 'Ouvert',
    detail: 'Ferme à 12 h',
  },
  {
    nom: 'samedi seulement, mardi',
    horaires: 'Sa 09:00-12:00',
    dep: '80',
    instant: MARDI_10H,
    libelle: 'Fermé',
    detail: 'Ouvre samedi à 9 h',
  },
  {
    nom: 'plusieurs plages de jours, mardi après-midi fermé le matin',
    horaires: 'Mo,We 09:00-12:00; Tu,Th 14:00-18:00; Fr 09:00-17:00',
    dep: '59',
    instant: MARDI_10H,
    libelle: 'Fermé',
    detail: 'Ouvre aujourd’hui à 14 h',
  },
  {
    nom: 'plusieurs plages de jours, vendredi',
    horaires: 'Mo,We 09:00-12:00; Tu,Th 14:00-18:00; Fr 09:00-17:00',
    dep: '59',
    instant: VENDREDI_18H,
    libelle: 'Fermé',
    detail: 'Ouvre lundi à 9 h',
  },
  {
    nom: 'de nuit, vendredi 21 h',
    horaires: 'Fr 22:00-02:00',
    dep: '75',
    instant: VENDREDI_21H,
    libelle: 'Fermé',
    detail: 'Ouvre aujourd’hui à 22 h',
  },
  {
    nom: 'de nuit, samedi 1 h',
    horaires: 'Fr 22:00-02:00',
    dep: '75',
    instant: SAMEDI_1H,
    libelle: 'Ouvert',
    detail: 'Ferme à 2 h',
  },
  {
    nom: 'de nuit, samedi 3 h',
    horaires: 'Fr 22:00-02:00',
    dep: '75',
    instant: SAMEDI_3H,
    libelle: 'Fermé',
    detail: 'Ouvre vendredi à 22 h',
  },
  {
    nom: 'de nuit le dimanche',
    horaires: 'Su 22:00-02:00',
    dep: '75',
    instant: DIMANCHE_23H,
    libelle: 'Ouvert',
    detail: 'Ferme demain à 2 h',
  },
  {
    nom: 'jour férié national (11 novembre)',
    horaires: 'Mo-Fr 09:00-17:00; PH off',
    dep: '02',
    instant: LUNDI_11NOV_10H,
    libelle: 'Fermé',
    detail: 'Ouvre demain à 9 h',
  },
  {
    nom: 'jour férié de Moselle (26 décembre)',
    horaires: 'Mo-Fr 09:00-17:00; PH off',
    dep: '57',
    instant: JEUDI_26DEC_10H,
    libelle: 'Fermé',
    detail: 'Ouvre demain à 9 h',
  },
  {
    nom: '26 décembre dans l’Aisne',
    horaires: 'Mo-Fr 09:00-17:00; PH off',
    dep: '02',
    instant: JEUDI_26DEC_10H,
    libelle: 'Ouvert',
    detail: 'Ferme à 17 h',
  },
  {
    nom: 'Guadeloupe à 9 h locales',
    horaires: 'Mo-Fr 08:00-12:00',
    dep: '971',
    instant: MARDI_9H_GUADELOUPE,
    libelle: 'Ouvert',
    detail: 'Ferme à 12 h',
  },
  {
    nom: 'même instant à Paris (15 h)',
    horaires: 'Mo-Fr 08:00-12:00',
    dep: '75',
    instant: MARDI_9H_GUADELOUPE,
    libelle: 'Fermé',
    detail: 'Ouvre demain à 8 h',
  },
  {
    nom: 'La Réunion à 9 h locales',
    horaires: 'Mo-Fr 08:30-12:00',
    dep: '974',
    instant: MARDI_9H_REUNION,
    libelle: 'Ouvert',
    detail: 'Ferme à 12 h',
  },
  {
    nom: 'même instant à Paris (7 h)',
    horaires: 'Mo-Fr 08:30-12:00',
    dep: '75',
    instant: MARDI_9H_REUNION,
    libelle: 'Fermé',
    detail: 'Ouvre aujourd’hui à 8 h 30',
  },
  {
    nom: 'en continu',
    horaires: '24/7',
    dep: '13',
    instant: SAMEDI_3H,
    libelle: 'Ouvert',
    detail: 'Ouvert en continu',
  },
  {
    nom: 'commentaire « sur rendez-vous »',
    horaires: 'Mo-Fr 09:00-12:00 "sur rendez-vous"',
    dep: '33',
    instant: MARDI_10H,
    libelle: 'Ouvert sous conditions',
  },
  {
    nom: 'illisible',
    horaires: 'du lundi au vendredi de 9h à 17h',
    dep: '69',
    instant: MARDI_10H,
    libelle: 'Horaires à vérifier',
  },
  {
    nom: 'illisible (texte libre)',
    horaires: 'Le mardi matin et le jeudi',
    dep: '69',
    instant: MARDI_10H,
    libelle: 'Horaires à vérifier',
  },
];

function verifierTable() {
  for (const c of CAS) {
    it(c.nom, () => {
      const o = ouvertureDuLieu(c.horaires, { departementCode: c.dep }, c.instant);
      expect(o.libelle).toBe(c.libelle);
      if (c.detail) expect(o.detail).toBe(c.detail);
    });
  }
}

describe('ouvert maintenant : table de chaînes réelles à des instants fixes', () => {
  verifierTable();

  it('les plages hebdomadaires stockées donnent la même réponse que la bibliothèque', () => {
    for (const c of CAS) {
      const analyse = analyserHoraires(c.horaires, { departementCode: c.dep });
      if (!analyse?.valide || !analyse.stable || analyse.joursFeries) continue;
      const h = heureMurale(
        c.instant,
        c.dep === '971' ? 'America/Guadeloupe' : c.dep === '974' ? 'Indian/Reunion' : 'Europe/Paris',
      );
      const attendu = ouvertureDuLieu(c.horaires, { departementCode: c.dep }, c.instant).statut === 'ouvert';
      expect(ouvertSelonPlages(analyse.plages, minuteDeLaSemaine(h)), c.nom).toBe(attendu);
    }
  });
});

// The library reads the process's local time: the answers must not depend on TZ.
for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Paris']) {
  describe(`indépendant du fuseau du processus (TZ=${tz})`, () => {
    const avant = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = tz;
    });
    afterAll(() => {
      if (avant === undefined) delete process.env.TZ;
      else process.env.TZ = avant;
    });
    verifierTable();
    it('heure murale', () => {
      const d = dateLocaleDepuis(MARDI_9H_GUADELOUPE, 'America/Guadeloupe');
      expect([d.getDay(), d.getHours(), d.getMinutes()]).toEqual([2, 9, 0]);
    });
  });
}

describe('analyse stockée (horaires_analyse)', () => {
  it('pause méridienne en minutes depuis lundi 0 h', () => {
    const a = analyserHoraires(MIDI, { departementCode: '02' })!;
    expect(a.valide).toBe(true);
    expect(a.stable).toBe(true);
    expect(a.plages.slice(0, 2)).toEqual([
      { debut: 540, fin: 720 },
      { debut: 840, fin: 1050 },
    ]);
    expect(a.plages).toHaveLength(10);
  });

  it('de nuit : la plage du vendredi déborde sur samedi ; celle du dimanche revient au lundi', () => {
    expect(analyserHoraires('Fr 22:00-02:00', { departementCode: '75' })!.plages).toEqual([
      { debut: 7080, fin: 7320 },
    ]);
    expect(analyserHoraires('Su 22:00-02:00', { departementCode: '75' })!.plages).toEqual([
      { debut: 0, fin: 120 },
      { debut: 9960, fin: 10080 },
    ]);
  });

  it('saisonnier : non stable ; jours fériés : signalés', () => {
    expect(
      analyserHoraires('Oct-Mar Mo-Fr 09:00-17:00; Apr-Sep Mo-Fr 08:00-18:00', { departementCode: '02' })!
        .stable,
    ).toBe(false);
    const ph = analyserHoraires('Mo-Fr 09:00-17:00; PH off', { departementCode: '02' })!;
    expect([ph.stable, ph.joursFeries]).toEqual([true, true]);
  });

  it('illisible : jamais d’exception, message conservé', () => {
    const a = analyserHoraires('du lundi au vendredi de 9h à 17h', { departementCode: '02' })!;
    expect(a.valide).toBe(false);
    expect(a.erreur).toBeTruthy();
    expect(a.plages).toEqual([]);
    expect(analyserHoraires('   ', { departementCode: '02' })).toBeNull();
  });

  it('ouvert le samedi', () => {
    expect(ouvertLeSamedi(analyserHoraires('Sa 09:00-12:00', { departementCode: '02' }))).toBe(true);
    expect(ouvertLeSamedi(analyserHoraires('Fr 22:00-02:00', { departementCode: '02' }))).toBe(true);
    expect(ouvertLeSamedi(analyserHoraires(MIDI, { departementCode: '02' }))).toBe(false);
    expect(ouvertLeSamedi(null)).toBe(false);
  });

  it('calendrier des jours fériés par territoire', () => {
    const noel26 = dateLocaleDepuis(JEUDI_26DEC_10H, 'Europe/Paris');
    expect(estJourFerie(noel26, { departementCode: '67' })).toBe(true);
    expect(estJourFerie(noel26, { departementCode: '80' })).toBe(false);
  });
});

describe('tableau de la semaine en français', () => {
  it('pause déjeuner, samedi matin, nuit du vendredi, férié marqué', () => {
    const t = tableauSemaine(
      'Mo-Th 09:00-12:00,14:00-17:30; Sa 10:00-12:00; Fr 22:00-02:00; PH off',
      { departementCode: '02' },
      LUNDI_11NOV_10H,
    )!;
    expect(t.map((j) => j.jour)).toEqual([
      'Lundi',
      'Mardi',
      'Mercredi',
      'Jeudi',
      'Vendredi',
      'Samedi',
      'Dimanche',
    ]);
    expect(t[0]).toMatchObject({ date: '11 novembre', ferme: true, ferie: true, aujourdhui: true });
    expect(t[1]!.plages).toEqual(['9 h – 12 h', '14 h – 17 h 30']);
    expect(t[4]!.plages).toEqual(['22 h – 2 h']);
    expect(t[5]!.plages).toEqual(['10 h – 12 h']);
    expect(t[6]).toMatchObject({ ferme: true, plages: [] });
  });

  it('en continu et commentaire', () => {
    expect(tableauSemaine('24/7', { departementCode: '02' }, MARDI_10H)![2]!.plages).toEqual(['24 h/24']);
    expect(
      tableauSemaine('Mo 09:00-12:00 "sur rendez-vous"', { departementCode: '02' }, MARDI_10H)![0]!.plages,
    ).toEqual(['9 h – 12 h (sur rendez-vous)']);
  });

  it('illisible ou absent : pas de tableau', () => {
    expect(tableauSemaine('n’importe quoi', { departementCode: '02' }, MARDI_10H)).toBeNull();
    expect(tableauSemaine(null, { departementCode: '02' }, MARDI_10H)).toBeNull();
  });

  it('heures en français', () => {
    expect([
      heureEnFrancais(540),
      heureEnFrancais(570),
      heureEnFrancais(845),
      heureEnFrancais(0),
      heureEnFrancais(1440),
    ]).toEqual(['9 h', '9 h 30', '14 h 05', 'minuit', 'minuit']);
  });
});
