import { nomChampHoraire } from '../../src/features/lieux/domain/horaires-editeur.ts';
import { siretValide } from './recrutement.ts';

/** The place form as submitted: one value per text field, a list for checkboxes. */
export type FormulaireLieu = Record<string, string | string[]>;

/**
 * A valid new place in Laon (02408), as its structure fills the form: opening hours in the weekly table,
 * Monday to Friday plus Saturday morning. Read it with `lireValeurs` for the use case, or post
 * `formulaireLieu()` over HTTP.
 */
export function buildLieu(over: FormulaireLieu = {}): FormulaireLieu {
  const horaires: FormulaireLieu = {};
  for (let j = 0; j < 5; j++) {
    horaires[nomChampHoraire(j, 'matin', 'debut')] = '09:00';
    horaires[nomChampHoraire(j, 'matin', 'fin')] = '12:00';
    horaires[nomChampHoraire(j, 'apresmidi', 'debut')] = '14:00';
    horaires[nomChampHoraire(j, 'apresmidi', 'fin')] = '17:30';
  }
  horaires[nomChampHoraire(5, 'matin', 'debut')] = '09:00';
  horaires[nomChampHoraire(5, 'matin', 'fin')] = '12:00';
  return {
    nom: 'Point numérique de la gare',
    pivot: siretValide(),
    adresse: '1 place des Droits de l’Homme',
    commune: 'Laon (02000)',
    code_insee: '02408',
    code_postal: '',
    latitude: '49.5712',
    longitude: '3.6221',
    telephone: '03 23 22 30 30',
    courriels: 'gare@laon.example.fr',
    horaires_mode: 'tableau',
    horaires_feries: '1',
    itinerance: 'Fixe',
    ...horaires,
    services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'],
    frais_a_charge: ['Gratuit'],
    modalites_acces: ['Se présenter'],
    ...over,
  };
}

/** `buildLieu` as a urlencoded body (repeated keys for lists), to post with its CSRF token. */
export function formulaireLieu(over: FormulaireLieu = {}): URLSearchParams {
  const corps = new URLSearchParams();
  for (const [k, v] of Object.entries(buildLieu(over)))
    for (const x of Array.isArray(v) ? v : [v]) corps.append(k, x);
  return corps;
}
