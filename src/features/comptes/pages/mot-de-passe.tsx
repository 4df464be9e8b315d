import { PASSWORD_MIN_LENGTH } from '../../../platform/auth/passwords.ts';
import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../ui/components/form.tsx';

export const PASSWORD_HINT = `Au moins ${PASSWORD_MIN_LENGTH} caractères variés. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.`;

export function DemandeReinitialisationPage(props: {
  csrf: string;
  email?: string | undefined;
  errors?: FieldErrors;
  confirmation?: string | undefined;
}) {
  const errors = props.errors ?? {};
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Mot de passe oublié</h1>
        {props.confirmation ? (
          <div class="fr-alert fr-alert--success fr-mb-3w" role="status">
            <h2 class="fr-alert__title">Demande enregistrée</h2>
            <p>{props.confirmation}</p>
          </div>
        ) : (
          <p>
            Indiquez l’adresse électronique de votre compte : nous vous enverrons un lien pour choisir un
            nouveau mot de passe.
          </p>
        )}
        <form method="post" action="/mot-de-passe-oublie" novalidate>
          <CsrfField token={props.csrf} />
          <ErrorSummary errors={errors} />
          <Input
            name="email"
            label="Adresse électronique"
            hint="Format attendu : nom@domaine.fr"
            type="email"
            autocomplete="email"
            value={props.email}
            error={errors.email}
            required
            spellcheck={false}
          />
          <button type="submit" class="fr-btn">
            Recevoir un lien
          </button>
        </form>
        <p class="fr-mt-3w">
          <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/connexion">
            Retour à la connexion
          </a>
        </p>
      </div>
    </div>
  );
}

export function ReinitialiserPage(props: {
  csrf: string;
  jeton: string;
  email: string;
  errors?: FieldErrors;
}) {
  const errors = props.errors ?? {};
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Choisir un nouveau mot de passe</h1>
        <p>
          Compte : <strong>{props.email}</strong>. Une fois le mot de passe changé, toutes vos sessions
          ouvertes sont fermées.
        </p>
        <form method="post" action="/mot-de-passe/reinitialiser" novalidate>
          <CsrfField token={props.csrf} />
          <input type="hidden" name="jeton" value={props.jeton} />
          <input type="hidden" name="email" value={props.email} autoComplete="username" />
          <ErrorSummary errors={errors} />
          <Input
            name="motDePasse"
            label="Nouveau mot de passe"
            hint={PASSWORD_HINT}
            type="password"
            autocomplete="new-password"
            error={errors.motDePasse}
            required
          />
          <Input
            name="confirmation"
            label="Confirmation du nouveau mot de passe"
            type="password"
            autocomplete="new-password"
            error={errors.confirmation}
            required
          />
          <button type="submit" class="fr-btn">
            Enregistrer le mot de passe
          </button>
        </form>
      </div>
    </div>
  );
}

/** A clear page for links that cannot be used (unknown, used, expired). */
export function LienInvalidePage(props: { titre: string; message: string }) {
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{props.titre}</h1>
        <div class="fr-alert fr-alert--warning fr-mb-3w">
          <p>{props.message}</p>
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <a class="fr-btn" href="/mot-de-passe-oublie">
              Demander un nouveau lien
            </a>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href="/connexion">
              Se connecter
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}

/** A refusal explained in French, with the ways forward (ProConnect errors). */
export function MessagePage(props: { titre: string; message: string }) {
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{props.titre}</h1>
        <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <p>{props.message}</p>
        </div>
        <p>
          <a class="fr-btn" href="/connexion">
            Retour à la connexion
          </a>
        </p>
      </div>
    </div>
  );
}
