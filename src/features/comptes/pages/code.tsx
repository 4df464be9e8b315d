import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../ui/components/form.tsx';

export function CodePage(props: {
  csrf: string;
  retour?: string | undefined;
  errors?: FieldErrors;
  alerte?: string | undefined;
  /** Demo accounts in demo mode only: the current code, so the demo works without a phone. */
  codeDemo?: string | undefined;
}) {
  const errors = props.errors ?? {};
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Code de vérification</h1>
        <p>
          Votre compte est protégé par la double authentification. Ouvrez votre application d’authentification
          et saisissez le code à 6 chiffres affiché pour Maillage.
        </p>
        {props.alerte ? (
          <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <p>{props.alerte}</p>
          </div>
        ) : null}
        {props.codeDemo ? (
          <div class="fr-callout fr-mb-3w">
            <p class="fr-callout__text">
              Démonstration uniquement : le code actuel de ce compte est <code>{props.codeDemo}</code>.
            </p>
          </div>
        ) : null}
        <form method="post" action="/connexion/code" novalidate>
          <CsrfField token={props.csrf} />
          {props.retour ? <input type="hidden" name="retour" value={props.retour} /> : null}
          <ErrorSummary errors={errors} />
          <Input
            name="code"
            label="Code à 6 chiffres"
            hint="Le code change toutes les 30 secondes."
            inputMode="numeric"
            autocomplete="one-time-code"
            maxLength={7}
            error={errors.code}
            required
          />
          <button type="submit" class="fr-btn">
            Valider
          </button>
        </form>
        <form method="post" action="/deconnexion" class="fr-mt-3w">
          <CsrfField token={props.csrf} />
          <button type="submit" class="fr-btn fr-btn--tertiary">
            Annuler et se déconnecter
          </button>
        </form>
      </div>
    </div>
  );
}
