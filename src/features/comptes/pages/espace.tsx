import type { ComponentChildren } from 'preact';
import { ROLE_LABELS, ROLES } from '../../../platform/auth/roles.ts';
import { type ElementAFaireVue, ListeAFaire } from '../../../ui/components/a-faire.tsx';
import { Chiffres, Chiffre as TuileChiffre } from '../../../ui/components/chiffres.tsx';
import { Tableau } from '../../../ui/components/tableau.tsx';
import type { NavLink } from '../../../ui/navigation.ts';
import type { FicheStructure, ResumeDepartement, ResumeNational } from '../espace/queries.ts';
import { dateHeure, nombre } from './format.ts';

function Liens({ liens }: { liens: NavLink[] }) {
  if (liens.length === 0) return null;
  return (
    <section class="fr-mt-4w" aria-labelledby="titre-acces">
      <h2 id="titre-acces">Accès rapides</h2>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        {liens.map((l) => (
          <li>
            <a class="fr-btn fr-btn--secondary" href={l.href}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Chiffre({ valeur, libelle }: { valeur: number; libelle: string }) {
  return <TuileChiffre valeur={nombre(valeur)} libelle={libelle} titre="fr-h3" />;
}

function Entete(props: {
  prenom: string;
  role: string;
  portee?: string | undefined;
  children?: ComponentChildren;
}) {
  return (
    <>
      <h1>Bonjour {props.prenom}</h1>
      <p class="fr-text--lead">
        Vous êtes connecté en tant que <strong>{props.role}</strong>
        {props.portee ? (
          <>
            {' '}
            — <strong>{props.portee}</strong>
          </>
        ) : null}
        .
      </p>
      {props.children}
    </>
  );
}

export function EspaceAnct(props: {
  prenom: string;
  resume: ResumeNational;
  liens: NavLink[];
  aFaire: readonly ElementAFaireVue[];
}) {
  const r = props.resume;
  return (
    <>
      <Entete prenom={props.prenom} role={ROLE_LABELS.anct} portee="périmètre national" />
      <ListeAFaire elements={props.aFaire} />
      <section aria-labelledby="titre-plateforme">
        <h2 id="titre-plateforme">La plateforme aujourd’hui</h2>
        <Chiffres>
          <Chiffre valeur={r.utilisateursActifs} libelle="comptes actifs" />
          <Chiffre valeur={r.structures} libelle="structures" />
          <Chiffre valeur={r.departements} libelle="départements" />
          <Chiffre valeur={r.communes} libelle="communes" />
        </Chiffres>
        <Tableau
          titre="Rôles attribués aux comptes actifs"
          class="fr-mt-3w"
          colonnes={['Rôle', 'Nombre']}
          lignes={ROLES}
          ligne={(role) => (
            <tr>
              <th scope="row">{ROLE_LABELS[role]}</th>
              <td>{nombre(r.adhesionsParRole[role])}</td>
            </tr>
          )}
        />
        <p>Référentiel géographique : {nombre(r.epcis)} intercommunalités (EPCI) chargées.</p>
      </section>
      <Liens liens={props.liens} />
    </>
  );
}

export function EspacePrefecture(props: {
  prenom: string;
  resume: ResumeDepartement;
  liens: NavLink[];
  aFaire: readonly ElementAFaireVue[];
}) {
  const r = props.resume;
  return (
    <>
      <Entete
        prenom={props.prenom}
        role={ROLE_LABELS.prefecture}
        portee={`${r.nom} (${r.code}), ${r.region}`}
      />
      <ListeAFaire elements={props.aFaire} />
      <section aria-labelledby="titre-departement">
        <h2 id="titre-departement">Votre département</h2>
        <Chiffres>
          <Chiffre valeur={r.communes} libelle="communes" />
          <Chiffre valeur={r.epcis} libelle="intercommunalités (EPCI)" />
          <Chiffre valeur={r.population} libelle="habitants" />
          <Chiffre valeur={r.structures.length} libelle="structures inscrites" />
        </Chiffres>
      </section>
      <section class="fr-mt-4w" aria-labelledby="titre-structures">
        <h2 id="titre-structures">Structures du département</h2>
        {r.structures.length === 0 ? (
          <p>Aucune structure n’est encore inscrite dans votre département.</p>
        ) : (
          <Tableau
            titre={`Structures inscrites dans le département ${r.nom}`}
            colonnes={['Nom', 'Type', 'Commune', 'SIRET']}
            lignes={r.structures}
            ligne={(s) => (
              <tr>
                <th scope="row">{s.nom}</th>
                <td>{s.type}</td>
                <td>{s.commune ?? '—'}</td>
                <td>{s.siret ?? '—'}</td>
              </tr>
            )}
          />
        )}
      </section>
      <Liens liens={props.liens} />
    </>
  );
}

export function CarteStructure({ s, titre }: { s: FicheStructure; titre: string }) {
  return (
    <section aria-labelledby="titre-structure">
      <h2 id="titre-structure">{titre}</h2>
      <div class="fr-card fr-card--no-arrow">
        <div class="fr-card__body">
          <div class="fr-card__content">
            <h3 class="fr-card__title">{s.nom}</h3>
            <dl class="fr-card__desc">
              <dt class="fr-text--bold">Type</dt>
              <dd>{s.type}</dd>
              <dt class="fr-text--bold">SIRET</dt>
              <dd>{s.siret ?? 'non renseigné'}</dd>
              <dt class="fr-text--bold">Commune</dt>
              <dd>
                {s.commune ? `${s.commune} (${s.communeCode})` : 'non renseignée'} — {s.departement} (
                {s.departementCode})
              </dd>
              {s.adresse ? (
                <>
                  <dt class="fr-text--bold">Adresse</dt>
                  <dd>{s.adresse}</dd>
                </>
              ) : null}
            </dl>
          </div>
        </div>
      </div>
    </section>
  );
}

export function Equipe({ s, emails }: { s: FicheStructure; emails: boolean }) {
  return (
    <section class="fr-mt-4w" aria-labelledby="titre-equipe">
      <h2 id="titre-equipe">Équipe de la structure</h2>
      <Tableau
        titre={`Personnes rattachées à ${s.nom}`}
        colonnes={['Nom', 'Rôle', emails && 'Adresse électronique', 'Compte']}
        lignes={s.equipe}
        ligne={(m) => (
          <tr>
            <th scope="row">
              {m.prenom} {m.nom}
            </th>
            <td>
              {ROLE_LABELS[m.role]}
              {m.referent ? ' (référent)' : ''}
            </td>
            {emails ? <td>{m.email}</td> : null}
            <td>{m.actif ? 'Actif' : 'Désactivé'}</td>
          </tr>
        )}
      />
    </section>
  );
}

/** Until the Aidants Connect service is built, an aidant's space says plainly what is coming. */
function AidantsConnectAVenir() {
  return (
    <div class="fr-callout fr-mb-4w">
      <h2 class="fr-callout__title">Aidants Connect arrive bientôt sur Maillage</h2>
      <p class="fr-callout__text">
        Votre compte d’aidant est prêt, mais le service Aidants Connect n’est pas encore ouvert sur cette
        plateforme. Il vous permettra de réaliser des démarches en ligne pour le compte d’une personne, avec
        son accord écrit (un mandat), de retrouver les mandats en cours et leur historique.
      </p>
      <p class="fr-callout__text">
        D’ici là, il n’y a rien à faire dans cet espace. Vous pouvez consulter votre structure et votre équipe
        ci-dessous et gérer votre compte.
      </p>
    </div>
  );
}

export function EspaceStructure(props: {
  prenom: string;
  role: 'structure' | 'conseiller' | 'aidant';
  referent: boolean;
  structure: FicheStructure;
  liens: NavLink[];
  aFaire: readonly ElementAFaireVue[];
}) {
  const s = props.structure;
  const role = `${ROLE_LABELS[props.role]}${props.referent ? ' référent' : ''}`;
  return (
    <>
      <Entete prenom={props.prenom} role={role} portee={s.nom} />
      {props.role === 'aidant' ? <AidantsConnectAVenir /> : <ListeAFaire elements={props.aFaire} />}
      <CarteStructure
        s={s}
        titre={props.role === 'structure' ? 'Votre structure' : 'La structure dans laquelle vous exercez'}
      />
      <Equipe s={s} emails={props.role === 'structure' || props.referent} />
      <Liens liens={props.liens} />
    </>
  );
}

export function EspaceCandidat(props: {
  prenom: string;
  nom: string;
  email: string;
  creeLe: Date;
  liens: NavLink[];
  aFaire: readonly ElementAFaireVue[];
}) {
  return (
    <>
      <Entete prenom={props.prenom} role={ROLE_LABELS.candidat} />
      <ListeAFaire elements={props.aFaire} />
      <section aria-labelledby="titre-compte">
        <h2 id="titre-compte">Votre compte de candidat</h2>
        <dl>
          <dt class="fr-text--bold">Nom</dt>
          <dd>
            {props.prenom} {props.nom}
          </dd>
          <dt class="fr-text--bold">Adresse électronique</dt>
          <dd>{props.email}</dd>
          <dt class="fr-text--bold">Compte créé le</dt>
          <dd>{dateHeure(props.creeLe)}</dd>
        </dl>
        <p>
          <a class="fr-link" href="/compte">
            Modifier mon profil ou mon mot de passe
          </a>
        </p>
      </section>
      <Liens liens={props.liens} />
    </>
  );
}

export function EspaceSansRole({ prenom }: { prenom: string }) {
  return (
    <>
      <h1>Bonjour {prenom}</h1>
      <div class="fr-alert fr-alert--info">
        <h2 class="fr-alert__title">Aucun rôle rattaché</h2>
        <p>
          Votre compte n’a pas encore de rôle (structure, préfecture, aidant…). Demandez à la personne qui
          vous a invité de vous en attribuer un. Vous pouvez déjà gérer votre compte.
        </p>
      </div>
      <p class="fr-mt-3w">
        <a class="fr-btn" href="/compte">
          Mon compte
        </a>
      </p>
    </>
  );
}
