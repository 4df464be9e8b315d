import { Alerte } from '../../../../ui/components/alerte.tsx';
import { BarreFiltres } from '../../../../ui/components/barre-filtres.tsx';
import { Chiffre, Chiffres } from '../../../../ui/components/chiffres.tsx';
import { ErrorSummary, Input, Select } from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import { dateFr, eurosTexte } from '../domain.ts';
import type { Releve } from '../releve.ts';

/** The page shows this many cheques at most; the totals and statements cover them all. */
const AFFICHES_MAX = 500;

export interface ListePassProps {
  accepte: boolean;
  peutParametrer: boolean;
  peutExporter: boolean;
  filtres: { emetteur: string; du: string; au: string };
  erreurs: Record<string, string>;
  emetteurs: string[];
  releve: Releve;
  /** Query string of the filters, for the statement links. */
  requete: string;
}

/** The cheques used in the structure, filtered by issuer and period, with the statements to download. */
export function ListePassPage(p: ListePassProps) {
  return (
    <>
      <h1>Pass numérique</h1>
      <p>
        Les chèques pass numérique reçus par votre structure lors des accompagnements. Chaque chèque ne sert
        qu’une fois sur toute la plateforme.
      </p>
      {!p.accepte ? (
        <Alerte type="info" titre="Votre structure n’accepte pas encore le pass numérique">
          {p.peutParametrer
            ? 'Indiquez dans les paramètres que votre structure accepte les chèques pour pouvoir les enregistrer.'
            : 'Le gestionnaire de votre structure peut l’activer dans les paramètres du pass numérique.'}
        </Alerte>
      ) : null}
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mb-3w">
        {p.accepte ? (
          <li>
            <a class="fr-btn" href="/activite/pass/nouveau">
              Enregistrer des chèques
            </a>
          </li>
        ) : null}
        {p.peutParametrer ? (
          <li>
            <a class="fr-btn fr-btn--secondary" href="/activite/pass/parametres">
              Paramètres du pass numérique
            </a>
          </li>
        ) : null}
      </ul>
      <ErrorSummary errors={p.erreurs} />
      <BarreFiltres
        action="/activite/pass"
        legend="Filtrer les chèques"
        effacer={p.requete ? '/activite/pass' : undefined}
      >
        <ElementSection inline>
          <Select
            name="emetteur"
            label="Émetteur"
            placeholder="Tous les émetteurs"
            options={p.emetteurs.map((e) => ({ value: e, label: e }))}
            value={p.filtres.emetteur}
          />
        </ElementSection>
        <ElementSection inline>
          <Input name="du" type="date" label="Du" value={p.filtres.du} error={p.erreurs.du} />
        </ElementSection>
        <ElementSection inline>
          <Input name="au" type="date" label="Au" value={p.filtres.au} error={p.erreurs.au} />
        </ElementSection>
      </BarreFiltres>
      <Chiffres>
        <Chiffre valeur={String(p.releve.total.nombre)} libelle="chèques" />
        <Chiffre valeur={eurosTexte(p.releve.total.valeurCentimes)} libelle="montant total" />
      </Chiffres>
      {p.peutExporter ? (
        <>
          <h2 class="fr-mt-4w">Relevé pour remboursement</h2>
          <p>
            Le relevé reprend les chèques affichés (émetteur et période choisis), avec les totaux par
            émetteur, à envoyer à l’émetteur pour remboursement.
          </p>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <a
                class="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-download-line"
                href={`/activite/pass/releve.csv${p.requete}`}
                download
              >
                Télécharger le relevé (CSV)
              </a>
            </li>
            <li>
              <a
                class="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-download-line"
                href={`/activite/pass/releve.xlsx${p.requete}`}
                download
              >
                Télécharger le relevé (tableur XLSX)
              </a>
            </li>
          </ul>
        </>
      ) : null}
      <h2 class="fr-mt-4w">Chèques utilisés</h2>
      {p.releve.lignes.length > AFFICHES_MAX ? (
        <p>
          Les {AFFICHES_MAX} premiers chèques sont affichés ; le relevé les contient tous. Filtrez par
          émetteur ou par période pour affiner.
        </p>
      ) : null}
      <Tableau
        titre="Chèques pass numérique utilisés"
        titreMasque
        colonnes={[
          'Numéro',
          'Émetteur',
          { libelle: 'Valeur', class: 'fr-cell--right' },
          'Date de l’activité',
          'Valable jusqu’au',
        ]}
        lignes={p.releve.lignes.slice(0, AFFICHES_MAX)}
        vide="Aucun chèque pour ces critères."
        ligne={(l) => (
          <tr>
            <th scope="row">{l.numero}</th>
            <td>{l.emetteur}</td>
            <td class="fr-cell--right">{eurosTexte(l.valeurCentimes)}</td>
            <td>{dateFr(l.dateActivite)}</td>
            <td>{dateFr(l.valableJusquau)}</td>
          </tr>
        )}
      />
      {p.releve.parEmetteur.length > 1 ? (
        <Tableau
          titre="Totaux par émetteur"
          colonnes={['Émetteur', 'Chèques', { libelle: 'Montant', class: 'fr-cell--right' }]}
          lignes={p.releve.parEmetteur}
          ligne={(e) => (
            <tr>
              <th scope="row">{e.emetteur}</th>
              <td>{e.nombre}</td>
              <td class="fr-cell--right">{eurosTexte(e.valeurCentimes)}</td>
            </tr>
          )}
        />
      ) : null}
    </>
  );
}
