import { BarreFiltres } from '../../../../ui/components/barre-filtres.tsx';
import { CasesACocher } from '../../../../ui/components/choix.tsx';
import {
  ErrorSummary,
  type FieldErrors,
  Input,
  type Option,
  Select,
} from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { THEMATIQUES_NUMERIQUES, TYPES_ACTIVITE } from '../../domain/vocabulaire.ts';
import type { FiltreDecrit, VueStatistiques } from '../presenter.ts';
import { MOINS_DE_11, SECRET, SEUIL_SECRET } from '../public/secret.ts';
import { DSFR_CHART_CSS } from './graphique-dsfr.tsx';
import { SectionsStatistiques } from './sections.tsx';

/** The raw filter values as typed (kept on error so that the form shows what was sent). */
export interface ValeursFiltres {
  du?: string | undefined;
  au?: string | undefined;
  departementCode?: string | undefined;
  conseillerId?: string | undefined;
  structureId?: string | undefined;
  type?: string | undefined;
  thematiquesNumeriques?: string[] | undefined;
}

export interface PageStatistiquesProps {
  titre: string;
  perimetre: string;
  action: string;
  valeurs: ValeursFiltres;
  erreurs: FieldErrors;
  departements?: Option[] | undefined;
  conseillers?: Option[] | undefined;
  structures?: Option[] | undefined;
  /** Null when the filters were refused: the form only. */
  vue: VueStatistiques | null;
  filtres: FiltreDecrit[];
  /** Query string of the current filters (for the export and print links), without "?". */
  requete: string;
  secret?: boolean;
}

const LIBELLES: Record<string, string> = {
  du: 'Du',
  au: 'Au',
  departementCode: 'Département',
  conseillerId: 'Conseiller',
  structureId: 'Structure',
  type: 'Type d’activité',
  thematiquesNumeriques: 'Thématiques',
};

export function PageStatistiques(p: PageStatistiquesProps) {
  const suffixe = p.requete ? `?${p.requete}` : '';
  const et = p.requete ? `&${p.requete}` : '';
  return (
    <>
      {/* The chart components' stylesheet (a body link is valid HTML and keeps the shared layout untouched). */}
      <link rel="stylesheet" href={DSFR_CHART_CSS} />
      <h1>{p.titre}</h1>
      <p class="fr-text--lead">{p.perimetre}</p>
      <ErrorSummary errors={p.erreurs} labels={LIBELLES} />
      <BarreFiltres action={p.action} legend="Filtrer les statistiques" effacer={p.action}>
        <ElementSection inline>
          <Input
            name="du"
            type="date"
            label="Du"
            hint="Format AAAA-MM-JJ"
            value={p.valeurs.du}
            error={p.erreurs.du}
          />
        </ElementSection>
        <ElementSection inline>
          <Input
            name="au"
            type="date"
            label="Au"
            hint="Format AAAA-MM-JJ"
            value={p.valeurs.au}
            error={p.erreurs.au}
          />
        </ElementSection>
        {p.departements ? (
          <ElementSection inline>
            <Select
              name="departementCode"
              label="Département"
              placeholder="Tous les départements"
              options={p.departements}
              value={p.valeurs.departementCode}
              error={p.erreurs.departementCode}
            />
          </ElementSection>
        ) : null}
        {p.structures ? (
          <ElementSection inline>
            <Select
              name="structureId"
              label="Structure"
              placeholder="Toutes les structures"
              options={p.structures}
              value={p.valeurs.structureId}
              error={p.erreurs.structureId}
            />
          </ElementSection>
        ) : null}
        {p.conseillers ? (
          <ElementSection inline>
            <Select
              name="conseillerId"
              label="Conseiller"
              placeholder="Toute l’équipe"
              options={p.conseillers}
              value={p.valeurs.conseillerId}
              error={p.erreurs.conseillerId}
            />
          </ElementSection>
        ) : null}
        <ElementSection inline>
          <Select
            name="type"
            label="Type d’activité"
            placeholder="Tous les types"
            options={TYPES_ACTIVITE.map((t) => ({ value: t.code, label: t.libelle }))}
            value={p.valeurs.type}
            error={p.erreurs.type}
          />
        </ElementSection>
        <ElementSection>
          <details class="fr-mb-2w">
            <summary>Thématiques numériques</summary>
            <CasesACocher
              name="thematiquesNumeriques"
              legend="Activités portant sur au moins une de ces thématiques"
              options={THEMATIQUES_NUMERIQUES.map((t) => ({ value: t.code, label: t.libelle }))}
              values={p.valeurs.thematiquesNumeriques ?? []}
              error={p.erreurs.thematiquesNumeriques}
            />
          </details>
        </ElementSection>
      </BarreFiltres>
      {p.vue ? (
        <>
          <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
            <li>
              <a
                class="fr-btn fr-btn--secondary fr-icon-download-line"
                href={`${p.action}/export.csv${suffixe}`}
              >
                Télécharger en CSV
              </a>
            </li>
            <li>
              <a
                class="fr-btn fr-btn--secondary fr-icon-download-line"
                href={`${p.action}/export.xlsx${suffixe}`}
              >
                Télécharger en tableur (XLSX)
              </a>
            </li>
            <li>
              <a class="fr-btn fr-btn--tertiary fr-icon-printer-line" href={`${p.action}?impression=1${et}`}>
                Version imprimable
              </a>
            </li>
          </ul>
          {p.secret ? <NoteSecret /> : null}
          <SectionsStatistiques vue={p.vue} graphiques />
        </>
      ) : null}
    </>
  );
}

export function NoteSecret() {
  return (
    <div class="fr-callout fr-mb-4w">
      <p class="fr-callout__text fr-text--md">
        Secret statistique : un nombre de 1 à {SEUIL_SECRET} est publié « {MOINS_DE_11} ». Quand il pourrait
        se déduire des autres chiffres (un total moins ses autres parts), un autre chiffre est masqué aussi («{' '}
        {SECRET} »), avec sa part en pourcentage.
      </p>
    </div>
  );
}
