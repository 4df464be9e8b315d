import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

export interface PersonaVue {
  nom: string;
  description: string;
  roles: string;
  email: string;
  totp: boolean;
}

export interface DemoInfo {
  personas: PersonaVue[];
  motDePasse: string;
  secretTotp: string;
}

export interface ConnexionProps {
  csrf: string;
  email?: string | undefined;
  retour?: string | undefined;
  errors?: FieldErrors;
  /** A message about the whole attempt (wrong credentials, lock, refused account). */
  alerte?: string | undefined;
  proConnect: boolean;
  demo?: DemoInfo | undefined;
}

function DemoPersonas({ demo }: { demo: DemoInfo }) {
  return (
    <section class="fr-mt-6w" aria-labelledby="titre-personas">
      <h2 id="titre-personas">Comptes de démonstration</h2>
      <p>
        Tous les comptes ci-dessous utilisent le mot de passe <code>{demo.motDePasse}</code>. Les aidants se
        connectent ensuite avec un code à usage unique : ajoutez la clé <code>{demo.secretTotp}</code> à une
        application d’authentification (la page du code affiche aussi le code courant en démonstration).
      </p>
      <Tableau
        titre="Personas de démonstration"
        titreMasque
        colonnes={['Nom', 'Rôle', 'Adresse électronique', 'Double authentification']}
        lignes={demo.personas}
        ligne={(p) => (
          <tr>
            <th scope="row">
              {p.nom}
              <br />
              <span class="fr-text--sm">{p.description}</span>
            </th>
            <td>{p.roles}</td>
            <td>
              <code>{p.email}</code>
            </td>
            <td>{p.totp ? 'Oui' : 'Non'}</td>
          </tr>
        )}
      />
    </section>
  );
}

export function ConnexionPage(props: ConnexionProps) {
  const errors = props.errors ?? {};
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Se connecter à Maillage</h1>
        {props.alerte ? (
          <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <p>{props.alerte}</p>
          </div>
        ) : null}
        {props.proConnect ? (
          <section class="fr-mb-4w" aria-labelledby="titre-proconnect">
            <h2 id="titre-proconnect" class="fr-h4">
              Agents publics
            </h2>
            <form method="post" action="/connexion/proconnect">
              <CsrfField token={props.csrf} />
              {props.retour ? <input type="hidden" name="retour" value={props.retour} /> : null}
              <button type="submit" class="fr-btn fr-icon-government-line fr-btn--icon-left">
                S’identifier avec ProConnect
              </button>
            </form>
            <p class="fr-mt-1w fr-text--sm">
              ProConnect est le service d’identification des agents publics. Votre compte Maillage doit déjà
              exister, avec la même adresse électronique professionnelle.
            </p>
            <hr />
          </section>
        ) : null}
        <form method="post" action="/connexion" novalidate>
          <CsrfField token={props.csrf} />
          {props.retour ? <input type="hidden" name="retour" value={props.retour} /> : null}
          <ErrorSummary errors={errors} />
          <fieldset class="fr-fieldset" aria-labelledby="legende-connexion">
            <legend class="fr-fieldset__legend" id="legende-connexion">
              Se connecter avec son adresse électronique
            </legend>
            <ElementSection>
              <Input
                name="email"
                label="Adresse électronique"
                hint="Format attendu : nom@domaine.fr"
                type="email"
                autocomplete="username"
                value={props.email}
                error={errors.email}
                required
                spellcheck={false}
              />
            </ElementSection>
            <ElementSection>
              <Input
                name="motDePasse"
                label="Mot de passe"
                type="password"
                autocomplete="current-password"
                error={errors.motDePasse}
                required
              />
              <p class="fr-mt-1w">
                <a class="fr-link" href="/mot-de-passe-oublie">
                  Mot de passe oublié ?
                </a>
              </p>
            </ElementSection>
          </fieldset>
          <button type="submit" class="fr-btn">
            Se connecter
          </button>
        </form>
        <p class="fr-mt-3w fr-text--sm">
          Vous n’avez pas de compte ? Les comptes sont créés sur invitation de l’ANCT, de votre préfecture ou
          de votre structure.
        </p>
        {props.demo ? <DemoPersonas demo={props.demo} /> : null}
      </div>
    </div>
  );
}
