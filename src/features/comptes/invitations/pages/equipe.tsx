import { ROLE_LABELS, type Role } from '../../../../platform/auth/roles.ts';
import { de } from '../../../../platform/valeurs/typographie.ts';
import { Badge } from '../../../../ui/components/badge.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Select } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { InvitationVue, MembreVue } from '../presenter.ts';
import { TableInvitations } from './table-invitations.tsx';

export interface ActionsEquipe {
  inviter: boolean;
  annuler: boolean;
  /** Memberships this actor may remove. */
  retirer: Set<string>;
}

/** A structure's team: members, pending invitations, and the form to invite staff. */
export function EquipePage(props: {
  structure: { id: string; nom: string };
  membres: MembreVue[];
  invitations: InvitationVue[];
  actions: ActionsEquipe;
  roles: readonly Role[];
  csrf: string;
  values: { email?: string | undefined; role?: string | undefined };
  errors: FieldErrors;
}) {
  return (
    <>
      <h1>Équipe — {props.structure.nom}</h1>
      <h2>Membres</h2>
      <Tableau
        titre={`Membres ${de(props.structure.nom)}`}
        colonnes={['Nom', 'Adresse électronique', 'Rôle', 'Action']}
        lignes={props.membres}
        ligne={(m) => (
          <tr>
            <td>
              {m.nomComplet}
              {m.actif ? null : (
                <Badge ton="error" icone class="fr-ml-1w">
                  Désactivé
                </Badge>
              )}
            </td>
            <td>{m.email}</td>
            <td>{m.roleLibelle}</td>
            <td>
              {props.actions.retirer.has(m.adhesionId) ? (
                <form
                  method="post"
                  action={`/structure/equipe/adhesions/${m.adhesionId}/retirer`}
                  class="fr-mb-0"
                >
                  <CsrfField token={props.csrf} />
                  <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                    Retirer {m.nomComplet} ({m.roleLibelle}) de la structure
                  </button>
                </form>
              ) : (
                '—'
              )}
            </td>
          </tr>
        )}
      />

      <h2 class="fr-mt-4w">Invitations en attente</h2>
      <TableInvitations
        invitations={props.invitations}
        csrf={props.csrf}
        action={props.actions.annuler ? (hash) => `/structure/equipe/invitations/${hash}/annuler` : null}
      />

      {props.actions.inviter ? (
        <section class="fr-mt-4w fr-col-md-8">
          <h2>Inviter un membre de l’équipe</h2>
          <p>
            La personne reçoit par courriel un lien valable 7 jours pour rejoindre {props.structure.nom} avec
            le rôle choisi.
          </p>
          <form method="post" action="/structure/equipe/invitations" novalidate>
            <CsrfField token={props.csrf} />
            <input type="hidden" name="structure" value={props.structure.id} />
            <ErrorSummary errors={props.errors} />
            <Input
              name="email"
              label="Adresse électronique"
              hint="Format attendu : prenom.nom@exemple.fr"
              type="email"
              autocomplete="off"
              value={props.values.email}
              error={props.errors.email}
              required
              maxLength={254}
            />
            <Select
              name="role"
              label="Rôle dans la structure"
              options={props.roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              value={props.values.role}
              error={props.errors.role}
              placeholder="Choisir un rôle"
              required
            />
            <button type="submit" class="fr-btn fr-icon-mail-line fr-btn--icon-left">
              Envoyer l’invitation
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
