import { Alerte } from '../../../../ui/components/alerte.tsx';
import { Badge } from '../../../../ui/components/badge.tsx';
import { BoutonAction } from '../../../../ui/components/bouton-action.tsx';
import { Fiche } from '../../../../ui/components/fiche.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { AccompagnementPresente } from '../presenter.ts';

export interface DetailBeneficiaireProps {
  id: string;
  nom: string;
  identite: [string, string][];
  profil: [string, string][];
  /** "12 mars 2025", or null when the consent was never recorded. */
  consentement: string | null;
  accompagnements: AccompagnementPresente[];
  csrfToken: string;
}

/** One beneficiary: identity, statistical profile, consent, history, and what the adviser may do. */
export function DetailBeneficiairePage(p: DetailBeneficiaireProps) {
  const base = `/activite/beneficiaires/${p.id}`;
  return (
    <>
      <h1>{p.nom}</h1>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <a class="fr-btn fr-icon-edit-line" href={`${base}/modifier`}>
            Modifier
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary fr-icon-download-line" href={`${base}/export`} download>
            Exporter ses données (JSON)
          </a>
        </li>
        <li>
          <a
            class="fr-btn fr-btn--secondary fr-icon-download-line"
            href={`${base}/export?format=csv`}
            download
          >
            Exporter ses données (CSV)
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--tertiary fr-icon-delete-line" href={`${base}/effacer`}>
            Effacer ses données
          </a>
        </li>
      </ul>
      <h2>Consentement</h2>
      {p.consentement ? (
        <p>Notice d’information remise et consentement enregistré le {p.consentement}.</p>
      ) : (
        <Alerte type="warning" titre="Consentement non enregistré" blocs>
          <p>
            Cette personne a été enregistrée sans son consentement (import ou logiciel de la structure).
            Remettez-lui la <a href="/activite/notice">notice d’information</a>, puis enregistrez son accord.
          </p>
          <BoutonAction
            action={`${base}/consentement`}
            csrf={p.csrfToken}
            libelle="Enregistrer le consentement"
          />
        </Alerte>
      )}
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <h2>Identité</h2>
          <Fiche lignes={p.identite} />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <h2>Profil statistique</h2>
          <Fiche lignes={p.profil} />
        </div>
      </div>
      <h2>Accompagnements</h2>
      <Tableau
        titre={`Accompagnements de ${p.nom}`}
        titreMasque
        colonnes={['Date', 'Type', 'Durée', 'Thématiques']}
        lignes={p.accompagnements}
        vide="Aucun accompagnement enregistré."
        ligne={(a) => (
          <tr>
            <th scope="row">
              {a.dateTexte}
              {a.premierAccompagnement ? (
                <>
                  <br />
                  <Badge ton="new">Premier accompagnement</Badge>
                </>
              ) : null}
            </th>
            <td>
              {a.type}
              {a.titre ? (
                <>
                  <br />
                  <span class="fr-text--sm">{a.titre}</span>
                </>
              ) : null}
            </td>
            <td>{a.duree}</td>
            <td>{a.thematiques.join(', ') || '—'}</td>
          </tr>
        )}
      />
    </>
  );
}
