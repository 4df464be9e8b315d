import { Input, Select } from '../../../ui/components/form.tsx';
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
      <form method="get" action="/admin/audit" class="fr-mb-4w">
        <fieldset class="fr-fieldset">
          <legend class="fr-fieldset__legend">Filtrer le journal</legend>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              name="acteur"
              label="Adresse de l’auteur"
              hint="Tout ou partie de l’adresse."
              value={f.acteur}
              maxLength={254}
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
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
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="entite"
              label="Type d’entité"
              options={choixTries(props.libelles.entites).map(([value, label]) => ({ value, label }))}
              value={f.entite}
              placeholder="Tous"
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="departement"
              label="Département"
              options={props.departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))}
              value={f.departement}
              placeholder="Tous"
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              name="du"
              label="Du"
              hint="Format : jj/mm/aaaa"
              type="date"
              value={f.du}
              error={props.erreurs.du}
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              name="au"
              label="Au (inclus)"
              hint="Format : jj/mm/aaaa"
              type="date"
              value={f.au}
              error={props.erreurs.au}
            />
          </div>
          {f.entite_id ? <input type="hidden" name="entite_id" value={f.entite_id} /> : null}
          <div class="fr-fieldset__element">
            <ul class="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button type="submit" class="fr-btn">
                  Filtrer
                </button>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" href="/admin/audit">
                  Effacer les filtres
                </a>
              </li>
              {props.exportCsv ? (
                <li>
                  <a
                    class="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left"
                    href={props.exportCsv}
                  >
                    Exporter cette vue (CSV)
                  </a>
                </li>
              ) : null}
            </ul>
          </div>
        </fieldset>
      </form>
      {f.entite_id ? <p class="fr-badge fr-badge--info fr-mb-2w">Limité à l’entité {f.entite_id}</p> : null}
      <div class="fr-table fr-table--no-caption-top">
        <table>
          <caption>
            {props.evenements.length === 0
              ? 'Aucun événement ne correspond'
              : `Événements (${props.evenements.length} sur cette page)`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Auteur</th>
              <th scope="col">Action</th>
              <th scope="col">Entité</th>
              <th scope="col">Département</th>
              <th scope="col">Détails</th>
            </tr>
          </thead>
          <tbody>
            {props.evenements.map((e) => (
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
            ))}
          </tbody>
        </table>
      </div>
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
