import { urlsWeb, urlWeb } from '../../../platform/valeurs/url-web.ts';
import { analyserHoraires } from '../domain/horaires.ts';
import { ouvertureDuLieu, tableauSemaine } from '../domain/horaires-texte.ts';
import { TITRES } from '../domain/standard/champs.ts';
import type { Fiche } from './fiche-queries.ts';
import { telephoneEnFrancais, typologieEnFrancais } from './presenter.ts';

/** The detail of a place for the API: the standard's fields plus its state now and provenances. */
export function presenterFicheApi(f: Fiche, instant: Date) {
  const l = f.lieu;
  const ouverture = ouvertureDuLieu(l.horaires, l, instant);
  return {
    id: l.id,
    pivot: l.pivot,
    nom: l.nom,
    commune: l.commune,
    code_postal: l.codePostal,
    code_insee: l.codeInsee,
    departement: l.departementCode,
    adresse: l.adresse,
    complement_adresse: l.complementAdresse,
    latitude: l.latitude,
    longitude: l.longitude,
    typologie: l.typologie,
    telephone: l.telephone,
    courriels: l.courriels,
    site_web: urlsWeb(l.siteWeb),
    horaires: l.horaires,
    ouverture: { statut: ouverture.statut, libelle: ouverture.libelle, detail: ouverture.detail ?? null },
    presentation_resume: l.presentationResume,
    presentation_detail: l.presentationDetail,
    source: l.source,
    itinerance: l.itinerance,
    structure_parente: l.structureParente,
    date_maj: l.dateMaj,
    services: l.services,
    publics_specifiquement_adresses: l.publicsSpecifiquementAdresses,
    prise_en_charge_specifique: l.priseEnChargeSpecifique,
    frais_a_charge: l.fraisACharge,
    dispositif_programmes_nationaux: l.dispositifProgrammesNationaux,
    formations_labels: l.formationsLabels,
    autres_formations_labels: l.autresFormationsLabels,
    modalites_acces: l.modalitesAcces,
    modalites_accompagnement: l.modalitesAccompagnement,
    fiche_acces_libre: urlWeb(l.ficheAccesLibre),
    prise_rdv: urlWeb(l.priseRdv),
    gestionnaire: f.structureNom,
    provenances: f.provenances.map((p) => ({
      source: p.source,
      id_source: p.idSource,
      importe_le: p.importeLe.toISOString(),
    })),
  };
}

/** Everything the public detail page shows, in French. */
export function presenterFichePage(f: Fiche, instant: Date) {
  const l = f.lieu;
  const analyse = analyserHoraires(l.horaires, l);
  const listes: { titre: string; valeurs: string[] }[] = [
    { titre: TITRES.services, valeurs: l.services },
    { titre: TITRES.publics_specifiquement_adresses, valeurs: l.publicsSpecifiquementAdresses },
    { titre: TITRES.prise_en_charge_specifique, valeurs: l.priseEnChargeSpecifique },
    { titre: TITRES.frais_a_charge, valeurs: l.fraisACharge },
    { titre: TITRES.modalites_acces, valeurs: l.modalitesAcces },
    { titre: TITRES.modalites_accompagnement, valeurs: l.modalitesAccompagnement },
    { titre: TITRES.dispositif_programmes_nationaux, valeurs: l.dispositifProgrammesNationaux },
    { titre: TITRES.formations_labels, valeurs: [...l.formationsLabels, ...l.autresFormationsLabels] },
    { titre: TITRES.typologie, valeurs: l.typologie.map(typologieEnFrancais) },
    { titre: TITRES.itinerance, valeurs: l.itinerance },
  ];
  return {
    id: l.id,
    nom: l.nom,
    adresse: l.adresse,
    complementAdresse: l.complementAdresse,
    commune: `${l.codePostal} ${l.commune}`,
    codeInsee: l.codeInsee,
    latitude: l.latitude,
    longitude: l.longitude,
    presentationResume: l.presentationResume,
    presentationDetail: l.presentationDetail,
    telephone: l.telephone,
    telephoneAffiche: telephoneEnFrancais(l.telephone),
    courriels: l.courriels,
    sitesWeb: urlsWeb(l.siteWeb),
    ficheAccesLibre: urlWeb(l.ficheAccesLibre),
    priseRdv: urlWeb(l.priseRdv),
    horaires: l.horaires,
    horairesIllisibles: analyse?.valide === false ? (analyse.erreur ?? '') : null,
    ouverture: ouvertureDuLieu(l.horaires, l, instant),
    semaine: tableauSemaine(l.horaires, l, instant),
    listes: listes.filter((x) => x.valeurs.length > 0),
    pivot: l.pivot,
    structureParente: l.structureParente,
    source: l.source,
    dateMaj: l.dateMaj,
    gestionnaire: f.structureNom,
    provenances: f.provenances.map((p) => ({ source: p.source, idSource: p.idSource })),
  };
}

export type FichePage = ReturnType<typeof presenterFichePage>;
