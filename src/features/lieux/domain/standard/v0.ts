import type { LigneStandard } from './champs.ts';
import { cleEnumeration } from './enumerations.ts';
import { liste, texte } from './valeurs.ts';

/**
 * Standard v0.1.x → v1.0.2, as the standard's changelog ("descriptif des évolutions") describes it:
 * `courriel` → `courriels`, `accessibilite` → `fiche_acces_libre`, `labels_autres` →
 * `autres_formations_labels`, `conditions_acces` → `frais_a_charge`, `publics_accueillis` split into
 * `publics_specifiquement_adresses` and `prise_en_charge_specifique`, `labels_nationaux` split into
 * `dispositif_programmes_nationaux` and `formations_labels`, the 15 services condensed into 9, the
 * accompaniment values renamed; `cle_ban` has no v1 field. v0 lists are `;`-separated.
 */

type Cible =
  | 'services'
  | 'publics_specifiquement_adresses'
  | 'prise_en_charge_specifique'
  | 'frais_a_charge'
  | 'dispositif_programmes_nationaux'
  | 'formations_labels'
  | 'autres_formations_labels'
  | 'modalites_accompagnement';

type Correspondance = Record<string, [Cible, string][]>;

const SERVICES: Correspondance = {
  'devenir autonome dans les demarches administratives': [['services', 'Aide aux démarches administratives']],
  'realiser des demarches administratives avec un accompagnement': [
    ['services', 'Aide aux démarches administratives'],
  ],
  'accompagner les demarches de sante': [['services', 'Aide aux démarches administratives']],
  'prendre en main un smartphone ou une tablette': [
    ['services', 'Maîtrise des outils numériques du quotidien'],
  ],
  'prendre en main un ordinateur': [['services', 'Maîtrise des outils numériques du quotidien']],
  'utiliser le numerique au quotidien': [['services', 'Maîtrise des outils numériques du quotidien']],
  'approfondir ma culture numerique': [['services', 'Compréhension du monde numérique']],
  'promouvoir la citoyennete numerique': [['services', 'Compréhension du monde numérique']],
  'favoriser mon insertion professionnelle': [['services', 'Insertion professionnelle via le numérique']],
  'creer et developper mon entreprise': [['services', 'Insertion professionnelle via le numérique']],
  'acceder a une connexion internet': [['services', 'Accès internet et matériel informatique']],
  'acceder a du materiel': [['services', 'Accès internet et matériel informatique']],
  's equiper en materiel informatique': [
    ['services', 'Acquisition de matériel informatique à prix solidaire'],
  ],
  'creer avec le numerique': [['services', 'Loisirs et créations numériques']],
  'soutenir la parentalite et l education avec le numerique': [
    ['services', 'Parentalité et éducation avec le numérique'],
  ],
};

const PUBLICS: Correspondance = {
  'seniors (+ 65 ans)': [['publics_specifiquement_adresses', 'Seniors']],
  'familles/enfants': [['publics_specifiquement_adresses', 'Familles et/ou enfants']],
  'jeunes (16-26 ans)': [['publics_specifiquement_adresses', 'Jeunes']],
  'uniquement femmes': [['publics_specifiquement_adresses', 'Femmes']],
  // "Adultes" means everyone: v1 leaves the field empty for a place open to all.
  adultes: [],
  'public langues etrangeres': [['prise_en_charge_specifique', 'Langues étrangères (autres)']],
  'deficience visuelle': [['prise_en_charge_specifique', 'Déficience visuelle']],
  surdite: [['prise_en_charge_specifique', 'Surdité']],
  'handicaps psychiques': [['prise_en_charge_specifique', 'Handicaps mentaux']],
  'handicaps mentaux': [['prise_en_charge_specifique', 'Handicaps mentaux']],
  'personnes en situation d illettrisme': [['prise_en_charge_specifique', 'Illettrisme']],
};

const CONDITIONS: Correspondance = {
  gratuit: [['frais_a_charge', 'Gratuit']],
  'gratuit sous condition': [['frais_a_charge', 'Gratuit sous condition']],
  payant: [['frais_a_charge', 'Payant']],
  adhesion: [['frais_a_charge', 'Payant']],
  'accepte le pass numerique': [['autres_formations_labels', 'Pass numérique']],
};

const LABELS: Correspondance = {
  'france services': [['dispositif_programmes_nationaux', 'France Services']],
  cnfs: [['dispositif_programmes_nationaux', 'Conseillers numériques']],
  'aidants connect': [['dispositif_programmes_nationaux', 'Aidants Connect']],
  'grandes ecoles du numerique': [['dispositif_programmes_nationaux', 'Grande école du numérique']],
  'point relais caf': [['dispositif_programmes_nationaux', "Point d'accès numérique CAF"]],
  'point numerique caf': [['dispositif_programmes_nationaux', "Point d'accès numérique CAF"]],
  'fabriques de territoire': [['formations_labels', 'Fabriques de Territoire']],
  aptic: [['autres_formations_labels', 'APTIC']],
  'relais pole emploi': [['autres_formations_labels', 'Relais pôle emploi']],
  'french tech': [['autres_formations_labels', 'French Tech']],
  'campus connecte': [['autres_formations_labels', 'Campus connecté']],
};

const MODALITES: Correspondance = {
  seul: [['modalites_accompagnement', 'En autonomie']],
  'avec de l aide': [['modalites_accompagnement', 'Accompagnement individuel']],
  'dans un atelier': [['modalites_accompagnement', 'Dans un atelier collectif']],
  'a ma place': [['modalites_accompagnement', 'Accompagnement individuel']],
};

/** v0 values often carry an explanation after " : " ("Gratuit : Je peux accéder…"); the head is the key. */
function cle(valeur: string): string {
  return cleEnumeration(valeur.split(' : ')[0] ?? valeur);
}

function convertir(valeurs: string[], table: Correspondance, repli: Cible, sortie: Map<Cible, string[]>) {
  for (const v of valeurs) {
    const cibles = table[cle(v)] ?? table[cleEnumeration(v)];
    // Unknown values go through unchanged: validation then reports them with the value as given.
    for (const [champ, valeur] of cibles ?? [[repli, v]]) {
      const l = sortie.get(champ) ?? [];
      if (!l.includes(valeur)) l.push(valeur);
      sortie.set(champ, l);
    }
  }
}

const SEP_V0 = ';';

/** Converts one v0.x row (old field names, `;` lists) to a v1 row (lists as arrays). */
export function convertirLigneV0(ligne: Record<string, unknown>): LigneStandard {
  const sortie = new Map<Cible, string[]>();
  convertir(liste(ligne.services, SEP_V0), SERVICES, 'services', sortie);
  convertir(
    liste(ligne.publics_accueillis ?? ligne.public_accueillis, SEP_V0),
    PUBLICS,
    'publics_specifiquement_adresses',
    sortie,
  );
  convertir(liste(ligne.conditions_acces, SEP_V0), CONDITIONS, 'frais_a_charge', sortie);
  convertir(liste(ligne.labels_nationaux, SEP_V0), LABELS, 'dispositif_programmes_nationaux', sortie);
  convertir(liste(ligne.modalites_accompagnement, SEP_V0), MODALITES, 'modalites_accompagnement', sortie);
  const autres = [...liste(ligne.labels_autres, SEP_V0), ...(sortie.get('autres_formations_labels') ?? [])];

  return {
    id: ligne.id,
    pivot: ligne.pivot,
    nom: ligne.nom,
    commune: ligne.commune,
    code_postal: ligne.code_postal,
    code_insee: ligne.code_insee,
    adresse: ligne.adresse,
    complement_adresse: ligne.complement_adresse,
    latitude: ligne.latitude,
    longitude: ligne.longitude,
    typologie: liste(ligne.typologie, SEP_V0),
    telephone: ligne.telephone,
    courriels: liste(ligne.courriel ?? ligne.courriels, SEP_V0),
    // v0 documents a comma between URLs but its own example uses ';'.
    site_web: liste(texte(ligne.site_web), /;|,(?=\s*https?:)/),
    horaires: ligne.horaires,
    presentation_resume: ligne.presentation_resume,
    presentation_detail: ligne.presentation_detail,
    source: ligne.source,
    structure_parente: ligne.structure_parente,
    date_maj: ligne.date_maj,
    services: sortie.get('services') ?? [],
    publics_specifiquement_adresses: sortie.get('publics_specifiquement_adresses') ?? [],
    prise_en_charge_specifique: sortie.get('prise_en_charge_specifique') ?? [],
    frais_a_charge: sortie.get('frais_a_charge') ?? [],
    dispositif_programmes_nationaux: sortie.get('dispositif_programmes_nationaux') ?? [],
    formations_labels: sortie.get('formations_labels') ?? [],
    autres_formations_labels: [...new Set(autres)],
    modalites_accompagnement: sortie.get('modalites_accompagnement') ?? [],
    fiche_acces_libre: ligne.accessibilite ?? ligne.fiche_acces_libre,
    prise_rdv: ligne.prise_rdv,
  };
}

/** Whether a service label is one of the v0 standard's 15 services (format detection). */
export function estServiceV0(valeur: string): boolean {
  return SERVICES[cle(valeur)] !== undefined || SERVICES[cleEnumeration(valeur)] !== undefined;
}
