import { ROLE_LABELS, ROLES } from '../../../../platform/auth/roles.ts';
import { Badge } from '../../../../ui/components/badge.tsx';
import { BarreFiltres } from '../../../../ui/components/barre-filtres.tsx';
import { Input, Select } from '../../../../ui/components/form.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { UtilisateurLigneVue } from '../presenter.ts';

export interface FiltresVue {
  q?: string | undefined;
  role?: string | undefined;
  departement?: string | undefined;
  statut?: string | undefined;
}

export function ListeUtilisateursPage(props: {
  filtres: FiltresVue;
  utilisateurs: UtilisateurLigneVue[];
  total: number;
  page: number;
  pages: number;
  departements: { code: string; nom: string }[];
  /** A préfecture only sees its own département: the filter is fixed. */
  departementFixe: string | null;
  peutInviter: boolean;
  /** A préfecture invites its colleagues into its own département. */
  peutInviterPrefecture?: boolean;
  href: (page: number) => string;
}) {
  const f = props.filtres;
  return (
    <>
      <div class="fr-grid-row fr-grid-row--middle fr-mb-3w">
        <div class="fr-col">
          <h1 class="fr-mb-0">Utilisateurs</h1>
        </div>
        {props.peutInviterPrefecture ? (
          <div class="fr-col-auto">
            <a class="fr-btn fr-icon-mail-line fr-btn--icon-left" href="/prefecture/invitations">
              Inviter un agent de la préfecture
            </a>
          </div>
        ) : null}
        {props.peutInviter ? (
          <div class="fr-col-auto">
            <ul class="fr-btns-group fr-btns-group--inline-md">
              <li>
                <a class="fr-btn fr-btn--secondary" href="/admin/invitations">
                  Invitations en attente
                </a>
              </li>
              <li>
                <a class="fr-btn fr-icon-mail-line fr-btn--icon-left" href="/admin/invitations/nouvelle">
                  Inviter une personne
                </a>
              </li>
            </ul>
          </div>
        ) : null}
      </div>
      <BarreFiltres
        action="/admin/utilisateurs"
        legend="Rechercher et filtrer"
        bouton="Rechercher"
        effacer="/admin/utilisateurs"
      >
        <ElementSection>
          <Input
            name="q"
            label="Nom, prénom ou adresse électronique"
            hint="Sans tenir compte des accents ni des majuscules."
            value={f.q}
            type="search"
            maxLength={200}
          />
        </ElementSection>
        <ElementSection inline>
          <Select
            name="role"
            label="Rôle"
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            value={f.role}
            placeholder="Tous les rôles"
          />
        </ElementSection>
        <ElementSection inline>
          {props.departementFixe ? (
            <p class="fr-mb-0">
              Département : <strong>{props.departementFixe}</strong>
              <input type="hidden" name="departement" value={props.departementFixe} />
            </p>
          ) : (
            <Select
              name="departement"
              label="Département"
              options={props.departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))}
              value={f.departement}
              placeholder="Tous les départements"
            />
          )}
        </ElementSection>
        <ElementSection inline>
          <Select
            name="statut"
            label="Statut"
            options={[
              { value: 'actif', label: 'Actif' },
              { value: 'desactive', label: 'Désactivé' },
            ]}
            value={f.statut}
            placeholder="Tous"
          />
        </ElementSection>
      </BarreFiltres>
      <Tableau
        titre={
          props.total === 0
            ? 'Aucun utilisateur ne correspond'
            : `${props.total} utilisateur${props.total > 1 ? 's' : ''} — page ${props.page} sur ${props.pages}`
        }
        colonnes={['Nom', 'Adresse électronique', 'Rôles', 'Statut']}
        lignes={props.utilisateurs}
        ligne={(u) => (
          <tr>
            <th scope="row">
              <a href={`/admin/utilisateurs/${u.id}`}>{u.nomComplet}</a>
            </th>
            <td>{u.email}</td>
            <td>
              {u.adhesions.length === 0 ? (
                <span class="fr-text--sm">Aucun rôle</span>
              ) : (
                <ul class="fr-mb-0">
                  {u.adhesions.map((m) => (
                    <li>
                      {m.roleLibelle} — {m.portee}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              {u.actif ? (
                <Badge ton="success" icone>
                  Actif
                </Badge>
              ) : (
                <Badge ton="error" icone>
                  Désactivé
                </Badge>
              )}
            </td>
          </tr>
        )}
      />
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}
