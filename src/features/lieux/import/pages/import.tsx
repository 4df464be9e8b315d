import { Badge, type Ton } from '../../../../ui/components/badge.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  fieldId,
  Input,
  Select,
} from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

export interface ImportResume {
  id: string;
  source: string;
  format: string;
  fichier: string;
  simulation: boolean;
  lignes: number;
  crees: number;
  modifies: number;
  inchanges: number;
  rejetes: number;
  date: string;
  libelleStatut: string;
  tonStatut: Ton;
}

export interface ImportFormValues {
  source?: string;
  format?: string;
  simulation?: boolean;
  strict?: boolean;
}

const LABELS = {
  fichier: 'Fichier de lieux',
  source: 'Nom de la source',
  format: 'Format du fichier',
  correspondance: 'Fichier de correspondance',
};

function FileInput(props: {
  name: string;
  label: string;
  hint: string;
  accept: string;
  error?: string | undefined;
  required?: boolean;
}) {
  const id = fieldId(props.name);
  const described = props.error ? `${id}-erreur` : `${id}-aide`;
  return (
    <div class={`fr-upload-group${props.error ? ' fr-upload-group--error' : ''} fr-mb-3w`}>
      <label class="fr-label" for={id}>
        {props.label}
        {props.required ? <span class="fr-sr-only"> (obligatoire)</span> : null}
        <span class="fr-hint-text" id={`${id}-aide`}>
          {props.hint}
        </span>
      </label>
      <input
        class="fr-upload"
        type="file"
        id={id}
        name={props.name}
        accept={props.accept}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described}
      />
      {props.error ? (
        <p class="fr-error-text" id={`${id}-erreur`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function ImportPage(props: {
  csrf: string;
  formats: { value: string; label: string }[];
  valeurs: ImportFormValues;
  erreurs: FieldErrors;
  imports: ImportResume[];
  tailleMaxMo: number;
}) {
  const { valeurs, erreurs } = props;
  return (
    <div class="fr-container fr-my-6w">
      <h1>Importer des lieux de médiation numérique</h1>
      <p>
        Le fichier est vérifié ligne par ligne selon le standard national v1.0.2. Les lieux valides sont créés
        ou mis à jour d’après leur identifiant dans la source : importer deux fois le même fichier ne change
        rien.
      </p>
      <ErrorSummary errors={erreurs} labels={LABELS} />
      <form method="post" action="/admin/lieux/import" enctype="multipart/form-data" novalidate>
        <CsrfField token={props.csrf} />
        <FileInput
          name="fichier"
          label={LABELS.fichier}
          hint={`CSV (séparateur virgule ou point-virgule) ou JSON, encodé en UTF-8, ${props.tailleMaxMo} Mo au plus.`}
          accept=".csv,.json,.geojson,text/csv,application/json"
          error={erreurs.fichier}
          required
        />
        <Input
          name="source"
          label={LABELS.source}
          hint="Le producteur des données, par exemple « Hub du Sud » ou « France Services » : un même identifiant dans deux sources désigne deux lieux."
          value={valeurs.source}
          error={erreurs.source}
          required
          maxLength={100}
        />
        <Select
          name="format"
          label={LABELS.format}
          hint="Automatique : la plateforme reconnaît le format d’après les colonnes et les séparateurs, l’indique dans le rapport et refuse le fichier si elle hésite ; v1 : standard actuel (valeurs multiples séparées par « | ») ; v0 : ancien standard (« ; » et anciens noms de champs) ; sinon une correspondance fournie avec l’application."
          options={props.formats}
          value={valeurs.format}
          error={erreurs.format}
        />
        <FileInput
          name="correspondance"
          label={`${LABELS.correspondance} (facultatif)`}
          hint="Un fichier JSON « maillage-correspondance/1 » décrivant les colonnes d’une autre source ; s’il est fourni, il remplace le format choisi."
          accept=".json,application/json"
          error={erreurs.correspondance}
        />
        <fieldset class="fr-fieldset" aria-labelledby="options-legende">
          <legend class="fr-fieldset__legend" id="options-legende">
            Options
          </legend>
          <ElementSection>
            <div class="fr-checkbox-group">
              <input
                type="checkbox"
                id={fieldId('simulation')}
                name="simulation"
                value="1"
                checked={valeurs.simulation}
              />
              <label class="fr-label" for={fieldId('simulation')}>
                Simulation
                <span class="fr-hint-text">Produire le rapport sans rien enregistrer dans le registre.</span>
              </label>
            </div>
          </ElementSection>
          <ElementSection>
            <div class="fr-checkbox-group">
              <input
                type="checkbox"
                id={fieldId('strict')}
                name="strict"
                value="1"
                checked={valeurs.strict}
              />
              <label class="fr-label" for={fieldId('strict')}>
                Contrôle strict
                <span class="fr-hint-text">
                  Rejeter toute ligne dont une valeur facultative est invalide (par défaut, la valeur est
                  écartée et signalée, la ligne est gardée).
                </span>
              </label>
            </div>
          </ElementSection>
        </fieldset>
        <button class="fr-btn" type="submit">
          Importer
        </button>
      </form>

      <h2 class="fr-mt-6w">Derniers imports</h2>
      {props.imports.length === 0 ? (
        <p>Aucun import pour l’instant.</p>
      ) : (
        <Tableau
          titre="Les 20 derniers imports et simulations"
          colonnes={[
            'Date',
            'Source',
            'Fichier',
            'État',
            'Lignes',
            'Créés',
            'Modifiés',
            'Inchangés',
            'Rejetés',
          ]}
          lignes={props.imports}
          ligne={(i) => (
            <tr>
              <td>
                <a href={`/admin/lieux/import/${i.id}`}>{i.date}</a>
                {i.simulation ? ' (simulation)' : null}
              </td>
              <td>{i.source}</td>
              <td>
                {i.fichier} <span class="fr-hint-text">{i.format}</span>
              </td>
              <td>
                <Badge ton={i.tonStatut}>{i.libelleStatut}</Badge>
              </td>
              <td>{i.lignes}</td>
              <td>{i.crees}</td>
              <td>{i.modifies}</td>
              <td>{i.inchanges}</td>
              <td>{i.rejetes}</td>
            </tr>
          )}
        />
      )}
    </div>
  );
}
