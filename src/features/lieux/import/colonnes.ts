import type { lieux } from '../../../db/schema/index.ts';
import type { LieuStandard } from '../domain/standard/champs.ts';

type LigneLieu = typeof lieux.$inferSelect;

/** The standard fields of a place as Drizzle values (the row's own id is not the standard's id). */
export function versColonnes(l: LieuStandard) {
  return {
    pivot: l.pivot,
    nom: l.nom,
    commune: l.commune,
    codePostal: l.code_postal,
    codeInsee: l.code_insee,
    adresse: l.adresse,
    complementAdresse: l.complement_adresse,
    latitude: l.latitude,
    longitude: l.longitude,
    typologie: l.typologie,
    telephone: l.telephone,
    courriels: l.courriels,
    siteWeb: l.site_web,
    horaires: l.horaires,
    presentationResume: l.presentation_resume,
    presentationDetail: l.presentation_detail,
    source: l.source,
    itinerance: l.itinerance,
    structureParente: l.structure_parente,
    dateMaj: l.date_maj,
    services: l.services,
    publicsSpecifiquementAdresses: l.publics_specifiquement_adresses,
    priseEnChargeSpecifique: l.prise_en_charge_specifique,
    fraisACharge: l.frais_a_charge,
    dispositifProgrammesNationaux: l.dispositif_programmes_nationaux,
    formationsLabels: l.formations_labels,
    autresFormationsLabels: l.autres_formations_labels,
    modalitesAcces: l.modalites_acces,
    modalitesAccompagnement: l.modalites_accompagnement,
    ficheAccesLibre: l.fiche_acces_libre,
    priseRdv: l.prise_rdv,
  } satisfies Partial<typeof lieux.$inferInsert>;
}

/** A stored place back in the standard; its id is the registry's (unique, stable) id. */
export function depuisColonnes(r: Omit<LigneLieu, 'nomRecherche' | 'horairesAnalyse'>): LieuStandard {
  return {
    id: r.id,
    pivot: r.pivot,
    nom: r.nom,
    commune: r.commune,
    code_postal: r.codePostal,
    code_insee: r.codeInsee,
    adresse: r.adresse,
    complement_adresse: r.complementAdresse,
    latitude: r.latitude,
    longitude: r.longitude,
    typologie: r.typologie,
    telephone: r.telephone,
    courriels: r.courriels,
    site_web: r.siteWeb,
    horaires: r.horaires,
    presentation_resume: r.presentationResume,
    presentation_detail: r.presentationDetail,
    source: r.source,
    itinerance: r.itinerance,
    structure_parente: r.structureParente,
    date_maj: r.dateMaj,
    services: r.services,
    publics_specifiquement_adresses: r.publicsSpecifiquementAdresses,
    prise_en_charge_specifique: r.priseEnChargeSpecifique,
    frais_a_charge: r.fraisACharge,
    dispositif_programmes_nationaux: r.dispositifProgrammesNationaux,
    formations_labels: r.formationsLabels,
    autres_formations_labels: r.autresFormationsLabels,
    modalites_acces: r.modalitesAcces,
    modalites_accompagnement: r.modalitesAccompagnement,
    fiche_acces_libre: r.ficheAccesLibre,
    prise_rdv: r.priseRdv,
  };
}
