import type { Role } from '../../../../platform/auth/roles.ts';
import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../../ui/components/form.tsx';
import type { StructureChoisie } from '../../../structures/index.ts';
import { ChampsPortee, type ValeursPortee } from '../../administration/pages/champs-portee.tsx';
import type { InvitationVue } from '../presenter.ts';
import { TableInvitations } from './table-invitations.tsx';

export function NouvelleInvitationPage(props: {
  csrf: string;
  roles: readonly Role[];
  departements: { code: string; nom: string }[];
  values: ValeursPortee & { email?: string | undefined };
  errors: FieldErrors;
  candidats?: StructureChoisie[] | undefined;
}) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-md-8">
        <h1>Inviter une personne</h1>
        <p>
          La personne reçoit un lien valable 7 jours, utilisable une seule fois. Si elle a déjà un compte avec
          cette adresse, le rôle s’ajoute à son compte après connexion ; sinon, elle crée son compte.
        </p>
        <form method="post" action="/admin/invitations/nouvelle" novalidate>
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
          <ChampsPortee
            roles={props.roles}
            values={props.values}
            errors={props.errors}
            departements={props.departements}
            candidats={props.candidats}
          />
          <button type="submit" class="fr-btn fr-icon-mail-line fr-btn--icon-left">
            Envoyer l’invitation
          </button>
        </form>
      </div>
    </div>
  );
}

export function InvitationsAdminPage(props: {
  csrf: string;
  invitations: InvitationVue[];
  peutAnnuler: boolean;
}) {
  return (
    <>
      <div class="fr-grid-row fr-grid-row--middle fr-mb-3w">
        <div class="fr-col">
          <h1 class="fr-mb-0">Invitations en attente</h1>
        </div>
        <div class="fr-col-auto">
          <a class="fr-btn fr-icon-mail-line fr-btn--icon-left" href="/admin/invitations/nouvelle">
            Inviter une personne
          </a>
        </div>
      </div>
      <TableInvitations
        invitations={props.invitations}
        csrf={props.csrf}
        action={props.peutAnnuler ? (hash) => `/admin/invitations/${hash}/annuler` : null}
      />
    </>
  );
}
