import type { Role } from '../../../../platform/auth/roles.ts';
import { de } from '../../../../platform/valeurs/typographie.ts';
import { Badge } from '../../../../ui/components/badge.tsx';
import { CsrfField, ErrorSummary, type FieldErrors } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { StructureChoisie } from '../../../structures/index.ts';
import type { UtilisateurVue } from '../presenter.ts';
import { ChampsPortee, type ValeursPortee } from './champs-portee.tsx';

export interface ActionsFiche {
  desactiver: boolean;
  reactiver: boolean;
  ajouterAdhesion: boolean;
  /** Ids of the memberships this actor may remove. */
  retirer: Set<string>;
  voirJournal: boolean;
}

export interface FormulaireAdhesion {
  values: ValeursPortee;
  errors: FieldErrors;
  candidats?: StructureChoisie[] | undefined;
}

export function FicheUtilisateurPage(props: {
  utilisateur: UtilisateurVue;
  actions: ActionsFiche;
  csrf: string;
  roles: readonly Role[];
  departements: { code: string; nom: string }[];
  formulaire?: FormulaireAdhesion | undefined;
}) {
  const u = props.utilisateur;
  const base = `/admin/utilisateurs/${u.id}`;
  const form = props.formulaire ?? { values: {}, errors: {} };
  return (
    <>
      <h1>{u.nomComplet}</h1>
      <p class="fr-mb-1w">
        {u.actif ? (
          <Badge ton="success" grand icone>
            Compte actif
          </Badge>
        ) : (
          <Badge ton="error" grand icone>
            Compte désactivé
          </Badge>
        )}
        {u.demo ? (
          <Badge ton="info" grand icone class="fr-ml-1w">
            Persona de démonstration
          </Badge>
        ) : null}
      </p>
      <dl>
        <dt>Adresse électronique</dt>
        <dd>{u.email}</dd>
        <dt>Double authentification</dt>
        <dd>{u.doubleAuthentification ? 'activée' : 'non activée'}</dd>
        <dt>Dernière connexion</dt>
        <dd>{u.derniereConnexion}</dd>
        <dt>Compte créé le</dt>
        <dd>{u.creeLe}</dd>
      </dl>
      {props.actions.voirJournal ? (
        <p>
          <a
            class="fr-link fr-icon-file-text-line fr-link--icon-left"
            href={`/admin/audit?entite=utilisateur&entite_id=${u.id}`}
          >
            Historique de ce compte dans le journal d’audit
          </a>
        </p>
      ) : null}

      <h2 class="fr-mt-4w">Rôles</h2>
      <Tableau
        titre={`Rôles et périmètres ${de(u.nomComplet)}`}
        colonnes={['Rôle', 'Périmètre', 'Action']}
        lignes={u.adhesions}
        vide="Aucun rôle : cette personne ne peut rien faire sur la plateforme."
        ligne={(m) => (
          <tr>
            <td>
              {m.roleLibelle}
              {m.referent ? ' (référent)' : ''}
            </td>
            <td>{m.portee}</td>
            <td>
              {props.actions.retirer.has(m.id) ? (
                <form method="post" action={`${base}/adhesions/${m.id}/retirer`} class="fr-mb-0">
                  <CsrfField token={props.csrf} />
                  <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                    Retirer le rôle {m.roleLibelle} — {m.portee}
                  </button>
                </form>
              ) : (
                '—'
              )}
            </td>
          </tr>
        )}
      />

      {props.actions.ajouterAdhesion ? (
        <section class="fr-mt-4w">
          <h2>Ajouter un rôle</h2>
          <form method="post" action={`${base}/adhesions`} novalidate>
            <CsrfField token={props.csrf} />
            <ErrorSummary errors={form.errors} />
            <ChampsPortee
              roles={props.roles}
              values={form.values}
              errors={form.errors}
              departements={props.departements}
              candidats={form.candidats}
            />
            <button type="submit" class="fr-btn">
              Ajouter ce rôle
            </button>
          </form>
        </section>
      ) : null}

      {props.actions.desactiver || props.actions.reactiver ? (
        <section class="fr-mt-6w">
          <h2>Accès au compte</h2>
          {props.actions.desactiver ? (
            <form method="post" action={`${base}/desactiver`}>
              <CsrfField token={props.csrf} />
              <p>
                Une personne désactivée ne peut plus se connecter ; ses sessions en cours sont fermées
                immédiatement. Ses rôles sont conservés.
              </p>
              <button type="submit" class="fr-btn fr-btn--secondary fr-icon-lock-line fr-btn--icon-left">
                Désactiver le compte
              </button>
            </form>
          ) : null}
          {props.actions.reactiver ? (
            <form method="post" action={`${base}/reactiver`}>
              <CsrfField token={props.csrf} />
              <p>Le compte retrouvera ses rôles et pourra de nouveau se connecter.</p>
              <button type="submit" class="fr-btn fr-icon-lock-unlock-line fr-btn--icon-left">
                Réactiver le compte
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
