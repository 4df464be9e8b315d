import { Badge } from '../../../ui/components/badge.tsx';
import { BarreFiltres } from '../../../ui/components/barre-filtres.tsx';
import { Input, Select } from '../../../ui/components/form.tsx';
import { ElementSection } from '../../../ui/components/section-formulaire.tsx';
import { Tableau } from '../../../ui/components/tableau.tsx';
import { choixTries, type LibellesAudit } from '../domain/libelles.ts';
import type { EvenementVue } from '../presenter.ts';
import type { FiltresAudit } from '../queries.ts';

export function JournalAuditPage(props: {
  filtres: FiltresAudit;
  evenements: EvenementVue[];
  /** The French labels of the actions and entity types, for the filters. */
  libelles: LibellesAudit;
  departements: { code: string; nom: string }[];
  /** Link to the next (older) page, when there is one. */
  suivante: string | null;
  premiere: string | null;
  exportCsv: string | null;
  erreurs: Record<string, string>;
}) {
  const f = props.filtres;
  return (
    <>
      <h1>Journal d’audit</h1>
      <p>
        Chaque modification faite sur la plateforme est enregistrée ici, avec son auteur, son rôle, son
        adresse IP et l’heure (heure de Paris). Les événements les plus récents sont en premier.
      </p>
      <BarreFiltres
        action="/admin/audit"
        legend="Filtrer le journal"
        effacer="/admin/audit"
        actions={
          props.exportCsv ? (
            <li>
              <a
                class="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left"
                href={props.exportCsv}
              >
                Exporter cette vue (CSV)
              </a>
            </li>
          ) : null
        }
      >
        <ElementSection inline>
          <Input
            name="acteur"
            label="Adresse de l’auteur"
            hint="Tout ou partie de l’adresse."
            value={f.acteur}
            maxLength={254}
          />
        </ElementSection>
        <ElementSection inline>
          <Input
            name="action"
            label="Action"
            hint="Code exact (ex. utilisateur.desactive) ou famille (ex. invitation)."
            value={f.action}
            maxLength={100}
            extra={{ list: 'actions-connues' }}
          />
          <datalist id="actions-connues">
            {choixTries(props.libelles.actions).map(([code, label]) => (
              <option value={code}>{label}</option>
            ))}
          </datalist>
        </ElementSection>
        <ElementSection inline>
          <Select
            name="entite"
            label="Type d’entité"
            options={choixTries(props.libelles.entites).map(([value, label]) => ({ value, label }))}
            value={f.entite}
            placeholder="Tous"
          />
        </ElementSection>
        <ElementSection inline>
          <Select
            name="departement"
            label="Département"
            options={props.departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))}
            value={f.departement}
            placeholder="Tous"
          />
        </ElementSection>
        <ElementSection inline>
          <Input
            name="du"
            label="Du"
            hint="Format : jj/mm/aaaa"
            type="date"
            value={f.du}
            error={props.erreurs.du}
          />
        </ElementSection>
        <ElementSection inline>
          <Input
            name="au"
            label="Au (inclus)"
            hint="Format : jj/mm/aaaa"
            type="date"
            value={f.au}
            error={props.erreurs.au}
          />
        </ElementSection>
        {f.entite_id ? <input type="hidden" name="entite_id" value={f.entite_id} /> : null}
      </BarreFiltres>
      {f.entite_id ? (
        <Badge ton="info" grand icone class="fr-mb-2w">
          Limité à l’entité {f.entite_id}
        </Badge>
      ) : null}
      <Tableau
        titre={
          props.evenements.length === 0
            ? 'Aucun événement ne correspond'
            : `Événements (${props.evenements.length} sur cette page)`
        }
        colonnes={['Date', 'Auteur', 'Action', 'Entité', 'Département', 'Détails']}
        lignes={props.evenements}
        ligne={(e) => (
          <tr>
            <td>
              <time datetime={e.dateIso}>{e.date}</time>
            </td>
            <td>
              {e.acteur}
              {e.acteurRole ? <span class="fr-hint-text">{e.acteurRole}</span> : null}
              {e.ip ? <span class="fr-hint-text">IP {e.ip}</span> : null}
            </td>
            <td>
              {e.actionLibelle}
              {e.actionLibelle !== e.action ? <span class="fr-hint-text">{e.action}</span> : null}
            </td>
            <td>
              {e.entite}
              {e.entiteId ? (
                <span class="fr-hint-text">
                  {e.entiteType === 'utilisateur' ? (
                    <a href={`/admin/utilisateurs/${e.entiteId}`}>{e.entiteId}</a>
                  ) : (
                    e.entiteId
                  )}
                </span>
              ) : null}
            </td>
            <td>{e.departement || '—'}</td>
            <td>
              {e.details.length === 0 ? (
                '—'
              ) : (
                <ul class="fr-text--sm fr-mb-0">
                  {e.details.map(([k, v]) => (
                    <li>
                      {k} : {v}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        )}
      />
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
        {props.premiere ? (
          <li>
            <a class="fr-btn fr-btn--secondary" href={props.premiere}>
              Revenir aux plus récents
            </a>
          </li>
        ) : null}
        {props.suivante ? (
          <li>
            <a
              class="fr-btn fr-btn--secondary fr-icon-arrow-right-line fr-btn--icon-right"
              href={props.suivante}
            >
              Événements plus anciens
            </a>
          </li>
        ) : null}
      </ul>
    </>
  );
}
