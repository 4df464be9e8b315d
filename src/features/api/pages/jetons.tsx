import { Alerte } from '../../../ui/components/alerte.tsx';
import { Badge } from '../../../ui/components/badge.tsx';
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  Input,
  Select,
} from '../../../ui/components/form.tsx';
import { ElementSection, SectionFormulaire } from '../../../ui/components/section-formulaire.tsx';
import { Tableau } from '../../../ui/components/tableau.tsx';
import { PORTEES } from '../domain/portees.ts';
import type { JetonVue } from '../presenter.ts';

export interface ValeursJeton {
  nom?: string | undefined;
  portees?: string[] | undefined;
  departement?: string | undefined;
  structure_recherche?: string | undefined;
}

function FormulaireJeton(props: {
  csrf: string;
  values: ValeursJeton;
  errors: FieldErrors;
  departements: { code: string; nom: string }[];
}) {
  const v = props.values;
  return (
    <form method="post" action="/admin/jetons-api" novalidate>
      <CsrfField token={props.csrf} />
      <ErrorSummary errors={props.errors} />
      <Input
        name="nom"
        label="Nom du client"
        hint="Qui utilisera ce jeton, par exemple « Cartographie nationale » ou « Logiciel de la CA du Pays de Laon »."
        value={v.nom}
        error={props.errors.nom}
        required
        maxLength={100}
      />
      <SectionFormulaire
        id="champ-portees"
        legend="Portées (ce que le jeton permet)"
        error={props.errors.portees}
      >
        {Object.entries(PORTEES).map(([code, description]) => (
          <ElementSection>
            <Checkbox
              name="portees"
              value={code}
              label={code}
              hint={description}
              checked={v.portees?.includes(code)}
            />
          </ElementSection>
        ))}
      </SectionFormulaire>
      <SectionFormulaire
        id="champ-restriction"
        legend="Restriction facultative (un département ou une structure, pas les deux)"
        error={props.errors.restriction}
        errorPlacement="debut"
      >
        <ElementSection>
          <Select
            name="departement"
            label="Département"
            options={props.departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))}
            value={v.departement}
            error={props.errors.departement}
            placeholder="Aucun"
          />
        </ElementSection>
        <ElementSection>
          <Input
            name="structure_recherche"
            label="Structure"
            hint="Nom ou SIRET de la structure."
            value={v.structure_recherche}
            error={props.errors.structure_recherche}
            maxLength={200}
          />
        </ElementSection>
      </SectionFormulaire>
      <button type="submit" class="fr-btn fr-icon-key-line fr-btn--icon-left">
        Créer le jeton
      </button>
    </form>
  );
}

export function JetonsPage(props: {
  jetons: JetonVue[];
  csrf: string;
  peutCreer: boolean;
  peutRevoquer: boolean;
  values: ValeursJeton;
  errors: FieldErrors;
  departements: { code: string; nom: string }[];
}) {
  return (
    <>
      <h1>Jetons d’API</h1>
      <p>
        Un jeton permet à un logiciel d’utiliser l’API de Maillage (
        <a href="/api/v1/docs">documentation de l’API</a>). Il est montré une seule fois à sa création ; seule
        une empreinte est conservée. Un jeton révoqué cesse immédiatement de fonctionner.
      </p>
      <Tableau
        titre="Jetons existants"
        colonnes={['Nom', 'Début du jeton', 'Portées', 'Restriction', 'Créé', 'Dernière utilisation', 'État']}
        lignes={props.jetons}
        vide="Aucun jeton pour l’instant."
        ligne={(j) => (
          <tr>
            <td>{j.nom}</td>
            <td>
              <code>{j.prefixe}</code>
            </td>
            <td>{j.portees.join(', ')}</td>
            <td>{j.restriction}</td>
            <td>
              {j.creeLe}
              <span class="fr-hint-text">par {j.creePar}</span>
            </td>
            <td>{j.derniereUtilisation}</td>
            <td>
              {j.revoque ? (
                <>
                  <Badge ton="error" icone>
                    Révoqué
                  </Badge>
                  <span class="fr-hint-text">le {j.revoque}</span>
                </>
              ) : props.peutRevoquer ? (
                <form method="post" action={`/admin/jetons-api/${j.id}/revoquer`} class="fr-mb-0">
                  <CsrfField token={props.csrf} />
                  <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                    Révoquer « {j.nom} »
                  </button>
                </form>
              ) : (
                <Badge ton="success" icone>
                  Actif
                </Badge>
              )}
            </td>
          </tr>
        )}
      />
      {props.peutCreer ? (
        <section class="fr-mt-4w fr-col-md-8">
          <h2>Créer un jeton</h2>
          <FormulaireJeton
            csrf={props.csrf}
            values={props.values}
            errors={props.errors}
            departements={props.departements}
          />
        </section>
      ) : null}
    </>
  );
}

/** The secret, once: the person copies it now or creates another token later. */
export function JetonCreePage(props: { nom: string; jeton: string; portees: string[]; baseUrl: string }) {
  return (
    <div class="fr-col-md-9">
      <h1>Jeton créé : {props.nom}</h1>
      <Alerte type="warning" titre="Copiez ce jeton maintenant">
        Il ne sera plus jamais affiché : Maillage n’en garde qu’une empreinte. Transmettez-le au client par un
        canal sûr ; en cas de perte, révoquez-le et créez-en un autre.
      </Alerte>
      <div class="fr-input-group">
        <label class="fr-label" for="jeton-cree">
          Jeton d’API (portées : {props.portees.join(', ')})
        </label>
        <input class="fr-input" id="jeton-cree" type="text" readOnly value={props.jeton} spellcheck={false} />
      </div>
      <p>Pour l’essayer :</p>
      <pre class="fr-text--sm">
        <code>{`curl -H "Authorization: Bearer ${props.jeton}" ${props.baseUrl}/api/v1/moi`}</code>
      </pre>
      <a class="fr-btn fr-btn--secondary" href="/admin/jetons-api">
        Revenir à la liste des jetons
      </a>
    </div>
  );
}
