import type { StructureType } from '../../../structures/index.ts';
import { parseSiret } from '../../../structures/index.ts';
import type { ValeurQpv } from '../../domain/types.ts';

/**
 * ANCT's 2021 open data of host structures and committee decisions (cnfs.json): one row per structure
 * with its granted posts. The fields are messy: unpadded département codes ("1"), missing or
 * mis-geocoded INSEE codes, "publique"/"privée" instead of a structure type, "null" SIRETs, "0" names.
 */
export interface LigneCnfsBrute {
  id?: unknown;
  raison_sociale?: unknown;
  siret?: unknown;
  type?: unknown;
  code_département?: unknown;
  insee_com?: unknown;
  adresse?: unknown;
  code_postal_bis?: unknown;
  latitude?: unknown;
  longitude?: unknown;
  nb_cnfs?: unknown;
  date_de_validation_en_comité_de_sélection?: unknown;
  zrr?: unknown;
  qpv?: unknown;
  france_services?: unknown;
}

export interface LigneCnfs {
  reference: string;
  nom: string;
  siret: string | null;
  type: StructureType;
  departementCode: string;
  communeCode: string | null;
  adresse: string | null;
  codePostal: string | null;
  latitude: number | null;
  longitude: number | null;
  postes: number;
  dateComite: string;
  qpv: ValeurQpv | null;
  zrr: boolean | null;
  franceServices: boolean | null;
  /** What was set aside, for the report. */
  anomalies: string[];
}

export type LectureLigne = { ok: true; ligne: LigneCnfs } | { ok: false; raison: string };

const texte = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' || s === 'null' || s === 'None' ? null : s;
};

/** "1" → "01", "2a" → "2A", "974" stays; anything else is refused. */
export function normaliserDepartement(v: unknown): string | null {
  const s = texte(v)?.toUpperCase();
  if (!s) return null;
  if (/^\d$/.test(s)) return `0${s}`;
  if (/^(\d{2}|2A|2B|97\d|98\d)$/.test(s)) return s;
  return null;
}

/** The département an INSEE commune code belongs to. */
export function departementDeCommune(code: string): string {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

/** Paris, Lyon and Marseille's municipal arrondissements stand for their commune in the reference data. */
export function communeParente(code: string): string {
  if (/^751(0[1-9]|1\d|20)$/.test(code)) return '75056';
  if (/^6938[1-9]$/.test(code)) return '69123';
  if (/^132(0[1-9]|1[0-6])$/.test(code)) return '13055';
  return code;
}

export function ouiNon(v: unknown): boolean | null {
  const s = texte(v)?.toLowerCase();
  return s === 'oui' ? true : s === 'non' ? false : null;
}

/**
 * The file only says public or private; the SIREN's first digits (legal category of public bodies)
 * and the name tell the rest. Private bodies of 2021 were mostly associations.
 */
export function typeStructure(type: unknown, siret: string | null, nom: string): StructureType | null {
  const t = texte(type)?.toLowerCase();
  const n = nom.toUpperCase();
  if (t === 'publique') {
    if (/^(COMMUNE|MAIRIE|VILLE) /.test(n)) return 'COMMUNE';
    if (/^(CC|CA|CU) |COMMUNAUTE|METROPOLE|AGGLOMERATION/.test(n)) return 'EPCI';
    if (/DEPARTEMENT|CONSEIL DEPARTEMENTAL/.test(n)) return 'DEPARTEMENT';
    if (/^REGION|CONSEIL REGIONAL|COLLECTIVITE TERRITORIALE/.test(n)) return 'REGION';
    if (/\bGIP\b|GROUPEMENT D.INTERET PUBLIC/.test(n)) return 'GIP';
    if (siret?.startsWith('21')) return 'COMMUNE';
    if (siret?.startsWith('200') || siret?.startsWith('24')) return 'EPCI';
    if (siret?.startsWith('22')) return 'DEPARTEMENT';
    if (siret?.startsWith('23')) return 'REGION';
    if (siret?.startsWith('13')) return 'GIP';
    return 'COLLECTIVITE';
  }
  if (t === 'privée' || t === 'privee') {
    if (/\b(SCIC|SCOP|COOPERATIVE|MUTUELLE|FONDATION)\b/.test(n)) return 'ENTREPRISE_ESS';
    if (/\b(SAS|SARL|SASU|EURL)\b/.test(n)) return 'ENTREPRISE_PRIVEE';
    return 'ASSOCIATION';
  }
  return null;
}

export function lireLigneCnfs(brute: LigneCnfsBrute, source: string, index: number): LectureLigne {
  const anomalies: string[] = [];
  const id = texte(brute.id) ?? String(index + 1);
  const departementCode = normaliserDepartement(brute['code_département']);
  if (!departementCode)
    return { ok: false, raison: `code département illisible « ${String(brute['code_département'])} »` };
  const postes = Number(brute.nb_cnfs);
  if (!Number.isInteger(postes) || postes < 1)
    return { ok: false, raison: `nombre de postes invalide « ${String(brute.nb_cnfs)} »` };
  const dateComite = texte(brute['date_de_validation_en_comité_de_sélection']);
  if (!dateComite || !/^\d{4}-\d{2}-\d{2}$/.test(dateComite))
    return { ok: false, raison: 'date du comité absente' };

  let nom = texte(brute.raison_sociale);
  if (!nom || nom === '0') {
    anomalies.push('raison sociale absente');
    nom = `Structure sans nom (ligne ${id} du fichier ${source})`;
  }
  const siretBrut = texte(brute.siret);
  const siretLu = siretBrut ? parseSiret(siretBrut) : null;
  const siret = siretLu?.ok ? siretLu.value : null;
  if (siretBrut && !siret) anomalies.push(`SIRET invalide « ${siretBrut} »`);
  if (!siretBrut) anomalies.push('SIRET absent');
  const type = typeStructure(brute.type, siret, nom);
  if (!type) return { ok: false, raison: `type « ${String(brute.type)} » ni public ni privé` };

  // A commune outside the structure's département is a geocoding error: commune and point are dropped.
  const insee = texte(brute.insee_com)?.toUpperCase() ?? null;
  let communeCode = insee ? communeParente(insee) : null;
  let latitude = typeof brute.latitude === 'number' ? brute.latitude : null;
  let longitude = typeof brute.longitude === 'number' ? brute.longitude : null;
  if (!communeCode) {
    anomalies.push('code INSEE absent : position écartée');
    latitude = null;
    longitude = null;
  } else if (departementDeCommune(communeCode) !== departementCode) {
    anomalies.push(
      `commune ${communeCode} hors du département ${departementCode} : commune et position écartées`,
    );
    communeCode = null;
    latitude = null;
    longitude = null;
  }
  const codePostal = texte(brute.code_postal_bis);
  const qpv = ouiNon(brute.qpv);
  return {
    ok: true,
    ligne: {
      reference: `${source}:${id}`,
      nom,
      siret,
      type,
      departementCode,
      communeCode,
      adresse: texte(brute.adresse)?.replace(/\s*\n\s*/g, ', ') ?? null,
      codePostal: codePostal && /^\d{5}$/.test(codePostal) ? codePostal : null,
      latitude,
      longitude,
      postes,
      dateComite,
      // The file only marks "oui"; a missing value is unknown, not "non".
      qpv: qpv === true ? 'oui' : qpv === false ? 'non' : null,
      zrr: ouiNon(brute.zrr),
      franceServices: ouiNon(brute.france_services),
      anomalies,
    },
  };
}
