import type { Membership } from '../../../platform/auth/actor.ts';
import { ROLE_LABELS, ROLES_WITH_TOTP } from '../../../platform/auth/roles.ts';
import { Badge } from '../../../ui/components/badge.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../ui/components/form.tsx';
import { Tableau } from '../../../ui/components/tableau.tsx';
import type { CompteVue } from '../compte/queries.ts';
import { dateHeure } from './format.ts';
import { PASSWORD_HINT } from './mot-de-passe.tsx';

export interface ComptePageProps {
  csrf: string;
  compte: CompteVue;
  memberships: Membership[];
  activeId: string | null;
  profil?: { values: Record<string, string>; errors: FieldErrors } | undefined;
  motDePasse?: { errors: FieldErrors } | undefined;
}

function portee(m: Membership): string {
  if (m.structureNom) return m.structureNom;
  if (m.departementCode) return `${m.departementNom ?? ''} (${m.departementCode})`;
  return m.role === 'anct' ? 'National' : 'Personnel';
}

export function ComptePage(props: ComptePageProps) {
  const { compte } = props;
  const profil = props.profil?.values ?? { prenom: compte.prenom, nom: compte.nom, email: compte.email };
  const profilErrors = props.profil?.errors ?? {};
  const mdpErrors = props.motDePasse?.errors ?? {};
  const totpRequired = props.memberships.some((m) => ROLES_WITH_TOTP.has(m.role));
  return (
    <>
      <h1>Mon compte</h1>
      <p>
        Compte créé le {dateHeure(compte.creeLe)}. Dernière connexion :{' '}
        {dateHeure(compte.derniereConnexionLe)}.
        {compte.proconnectLie ? ' Ce compte est associé à une identité ProConnect.' : ''}
      </p>

      <section class="fr-mt-4w" aria-labelledby="titre-roles">
        <h2 id="titre-roles">Mes rôles</h2>
        <Tableau
          titre="Rôles rattachés à mon compte"
          colonnes={['Rôle', 'Périmètre', 'État']}
          lignes={props.memberships}
          ligne={(m) => (
            <tr>
              <th scope="row">
                {ROLE_LABELS[m.role]}
                {m.referent ? ' (référent)' : ''}
              </th>
              <td>{portee(m)}</td>
              <td>
                {m.id === props.activeId ? (
                  <Badge ton="success" icone>
                    Rôle actif
                  </Badge>
                ) : (
                  <form method="post" action="/compte/role" class="fr-mb-0">
                    <CsrfField token={props.csrf} />
                    <input type="hidden" name="adhesion" value={m.id} />
                    <button type="submit" class="fr-btn fr-btn--sm fr-btn--secondary">
                      Utiliser ce rôle
                      <span class="fr-sr-only">
                        {' '}
                        : {ROLE_LABELS[m.role]}, {portee(m)}
                      </span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          )}
        />
        {props.memberships.length === 0 ? <p>Aucun rôle n’est encore rattaché à votre compte.</p> : null}
      </section>

      <section class="fr-mt-4w" aria-labelledby="titre-profil">
        <h2 id="titre-profil">Mon profil</h2>
        <form method="post" action="/compte/profil" novalidate>
          <CsrfField token={props.csrf} />
          <ErrorSummary errors={profilErrors} />
          <Input
            name="prenom"
            label="Prénom"
            autocomplete="given-name"
            value={profil.prenom}
            error={profilErrors.prenom}
            required
          />
          <Input
            name="nom"
            label="Nom"
            autocomplete="family-name"
            value={profil.nom}
            error={profilErrors.nom}
            required
          />
          <Input
            name="email"
            label="Adresse électronique"
            hint="Elle sert à vous connecter. Format attendu : nom@domaine.fr"
            type="email"
            autocomplete="email"
            value={profil.email}
            error={profilErrors.email}
            required
            spellcheck={false}
          />
          <Input
            name="motDePasseActuel"
            label="Mot de passe actuel"
            hint="Obligatoire seulement pour changer d’adresse électronique."
            type="password"
            autocomplete="current-password"
            error={profilErrors.motDePasseActuel}
          />
          <button type="submit" class="fr-btn">
            Enregistrer le profil
          </button>
        </form>
      </section>

      <section class="fr-mt-4w" aria-labelledby="titre-mdp">
        <h2 id="titre-mdp">Mot de passe</h2>
        <p>
          Après le changement, vos autres sessions ouvertes (autres navigateurs ou appareils) sont fermées.
        </p>
        <form method="post" action="/compte/mot-de-passe" novalidate>
          <CsrfField token={props.csrf} />
          <ErrorSummary errors={mdpErrors} />
          <input type="hidden" name="email" value={compte.email} autoComplete="username" />
          <Input
            name="motDePasseActuel"
            label="Mot de passe actuel"
            type="password"
            autocomplete="current-password"
            error={mdpErrors.motDePasseActuel}
            required
          />
          <Input
            name="nouveauMotDePasse"
            label="Nouveau mot de passe"
            hint={PASSWORD_HINT}
            type="password"
            autocomplete="new-password"
            error={mdpErrors.nouveauMotDePasse}
            required
          />
          <Input
            name="confirmation"
            label="Confirmation du nouveau mot de passe"
            type="password"
            autocomplete="new-password"
            error={mdpErrors.confirmation}
            required
          />
          <button type="submit" class="fr-btn">
            Changer le mot de passe
          </button>
        </form>
      </section>

      <section class="fr-mt-4w" aria-labelledby="titre-2fa">
        <h2 id="titre-2fa">Double authentification</h2>
        {compte.totpActiveLe ? (
          <p>
            <Badge ton="success" grand icone>
              Activée
            </Badge>{' '}
            depuis le {dateHeure(compte.totpActiveLe)} : un code de votre application d’authentification vous
            est demandé à chaque connexion.
          </p>
        ) : (
          <p>
            <Badge ton="warning" grand icone>
              Non activée
            </Badge>{' '}
            {totpRequired
              ? 'Elle est obligatoire pour votre rôle d’aidant.'
              : 'Elle protège votre compte même si votre mot de passe est découvert.'}
          </p>
        )}
        <a class="fr-btn fr-btn--secondary" href="/compte/2fa">
          {compte.totpActiveLe ? 'Gérer la double authentification' : 'Activer la double authentification'}
        </a>
      </section>
    </>
  );
}
