import { CsrfField } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { InvitationVue } from '../presenter.ts';

/** Pending invitations; the cancel button only when the actor may cancel (action URL given). */
export function TableInvitations(props: {
  invitations: InvitationVue[];
  csrf: string;
  action: ((hash: string) => string) | null;
}) {
  return (
    <Tableau
      titre={
        props.invitations.length === 0
          ? 'Aucune invitation en attente'
          : `${props.invitations.length} invitation${props.invitations.length > 1 ? 's' : ''} en attente`
      }
      colonnes={[
        'Adresse électronique',
        'Rôle',
        'Périmètre',
        'Invitée par',
        'Valable jusqu’au',
        props.action && 'Action',
      ]}
      lignes={props.invitations}
      ligne={(i) => (
        <tr>
          <td>{i.email}</td>
          <td>{i.roleLibelle}</td>
          <td>{i.portee}</td>
          <td>{i.invitant}</td>
          <td>{i.expireLe}</td>
          {props.action ? (
            <td>
              <form method="post" action={props.action(i.hash)} class="fr-mb-0">
                <CsrfField token={props.csrf} />
                <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                  Annuler l’invitation de {i.email}
                </button>
              </form>
            </td>
          ) : null}
        </tr>
      )}
    />
  );
}
