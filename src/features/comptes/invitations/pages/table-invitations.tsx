import { CsrfField } from '../../../../ui/components/form.tsx';
import type { InvitationVue } from '../presenter.ts';

/** Pending invitations; the cancel button only when the actor may cancel (action URL given). */
export function TableInvitations(props: {
  invitations: InvitationVue[];
  csrf: string;
  action: ((hash: string) => string) | null;
}) {
  return (
    <div class="fr-table">
      <table>
        <caption>
          {props.invitations.length === 0
            ? 'Aucune invitation en attente'
            : `${props.invitations.length} invitation${props.invitations.length > 1 ? 's' : ''} en attente`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Adresse électronique</th>
            <th scope="col">Rôle</th>
            <th scope="col">Périmètre</th>
            <th scope="col">Invitée par</th>
            <th scope="col">Valable jusqu’au</th>
            {props.action ? <th scope="col">Action</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.invitations.map((i) => (
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
