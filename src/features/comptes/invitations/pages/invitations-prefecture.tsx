import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../../ui/components/form.tsx';
import type { InvitationVue } from '../presenter.ts';
import { TableInvitations } from './table-invitations.tsx';

/** A préfecture invites its colleagues (préfecture role, its own département) and follows the invitations. */
export function InvitationsPrefecturePage(props: {
  departement: string;
  invitations: InvitationVue[];
  csrf: string;
  values: { email?: string | undefined };
  errors: FieldErrors;
}) {
  return (
    <>
      <h1>Agents de la préfecture — {props.departement}</h1>
      <p>
        Invitez un agent de la préfecture : il reçoit par courriel un lien valable 7 jours pour accéder, avec
        le rôle préfecture, aux candidatures, aux avis et au suivi du département. Les comptes du département
        se consultent et se désactivent depuis la <a href="/admin/utilisateurs">liste des comptes</a>.
      </p>
      <section class="fr-col-md-8 fr-mb-4w">
        <h2>Inviter un agent</h2>
        <form method="post" action="/prefecture/invitations" novalidate>
          <CsrfField token={props.csrf} />
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
          <button type="submit" class="fr-btn fr-icon-mail-line fr-btn--icon-left">
            Envoyer l’invitation
          </button>
        </form>
      </section>
      <h2>Invitations en attente</h2>
      <TableInvitations
        invitations={props.invitations}
        csrf={props.csrf}
        action={(hash) => `/prefecture/invitations/${hash}/annuler`}
      />
    </>
  );
}
