import { libelleCommune } from './domain/recherche.ts';
import type { CommuneDetail, CommuneLigne, DepartementLigne } from './queries.ts';

/** A commune as the API and pages show it (the search columns stay inside). */
export function presenterCommune(c: CommuneLigne) {
  return {
    code: c.code,
    nom: c.nom,
    codesPostaux: c.codesPostaux,
    departement: c.departement,
    region: c.region,
    population: c.population,
    departementNom: c.departementNom,
    /** "Laon (02000)": what the autocomplete puts in the field, understood again by resolveCommune. */
    libelle: libelleCommune(c),
  };
}

export function presenterCommuneDetaillee(c: CommuneDetail) {
  const centre =
    c.latitude !== null && c.longitude !== null && c.centreSource !== null
      ? { latitude: c.latitude, longitude: c.longitude, centreSource: c.centreSource }
      : {};
  return {
    ...presenterCommune(c),
    regionNom: c.regionNom,
    epci: c.epci ? { code: c.epci, nom: c.epciNom ?? '' } : null,
    ...centre,
  };
}

export function presenterDepartement(d: DepartementLigne) {
  return { code: d.code, nom: d.nom, region: d.region, regionNom: d.regionNom, zone: d.zone };
}
