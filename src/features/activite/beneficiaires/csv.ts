import type { DonneesBeneficiaire } from './exporter-beneficiaire.ts';

/** `;` separated, UTF-8 with BOM: what spreadsheet software in French administrations opens. */
const BOM = '\uFEFF';

/** One cell, quoted when needed; a leading = + - @ is neutralised (CSV injection). */
export function cellule(valeur: unknown): string {
  if (valeur === null || valeur === undefined) return '';
  let s = Array.isArray(valeur) ? valeur.join(', ') : String(valeur);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const ligne = (valeurs: unknown[]) => `${valeurs.map(cellule).join(';')}\r\n`;

/** The person's data as a CSV: the identity as label/value rows, then one row per accompaniment. */
export function donneesEnCsv(d: DonneesBeneficiaire): string {
  const i = d.identite;
  const p = d.profilStatistique;
  const entete: [string, unknown][] = [
    ['Prénom', i.prenom],
    ['Nom', i.nom],
    ['Téléphone', i.telephone],
    ['Adresse électronique', i.courriel],
    ['Année de naissance', i.anneeNaissance],
    ['Genre', p.genre],
    ['Tranche d’âge', p.trancheAge],
    ['Statut', p.statutSocial],
    ['Commune de résidence', p.commune],
    ['Notes', i.notes],
    ['Consentement enregistré le', d.consentementLe],
    ['Créé le', d.creeLe],
    ['Dernier accompagnement', d.derniereActivite],
    ['Exporté le', d.exporteLe],
  ];
  const colonnes = [
    'Date',
    'Premier accompagnement',
    'Type',
    'Durée (minutes)',
    'Lieu',
    'Commune',
    'Titre',
    'Niveau',
    'Thématiques',
    'Matériel',
    'Autonomie',
    'Orientation',
    'Notes',
  ];
  return [
    BOM,
    ligne(['Rubrique', 'Valeur']),
    ...entete.map((e) => ligne(e)),
    '\r\n',
    ligne(colonnes),
    ...d.accompagnements.map((a) =>
      ligne([
        a.date,
        a.premierAccompagnement ? 'oui' : 'non',
        a.type,
        a.dureeMinutes,
        a.lieu,
        a.commune,
        a.titre,
        a.niveau,
        a.thematiques,
        a.materiel,
        a.autonomie,
        a.orientation,
        a.notes,
      ]),
    ),
  ].join('');
}
