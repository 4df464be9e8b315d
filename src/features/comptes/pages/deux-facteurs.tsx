import { Badge } from '../../../ui/components/badge.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../ui/components/form.tsx';
import { dateHeure } from './format.ts';

export interface DeuxFacteursProps {
  csrf: string;
  obligatoire: boolean;
  active: boolean;
  activeLe: Date | null;
  /** Enrolment in progress: the QR code and the secret to type by hand. */
  enrolement?: { qr: string; secret: string } | undefined;
  errors?: FieldErrors;
}

export function DeuxFacteursPage(props: DeuxFacteursProps) {
  const errors = props.errors ?? {};
  return (
    <>
      <h1>Double authentification</h1>
      {props.obligatoire && !props.active ? (
        <div class="fr-alert fr-alert--warning fr-mb-3w" role="alert">
          <h2 class="fr-alert__title">Étape obligatoire</h2>
          <p>
            Votre rôle d’aidant donne accès à des données personnelles d’usagers : activez la double
            authentification pour continuer.
          </p>
        </div>
      ) : null}
      {props.active ? (
        <>
          <p>
            <Badge ton="success" grand icone>
              Activée
            </Badge>{' '}
            depuis le {dateHeure(props.activeLe)}.
          </p>
          <h2>Désactiver la double authentification</h2>
          <p>
            Pour changer de téléphone : désactivez-la ici, puis activez-la de nouveau avec le nouvel appareil.
            Si votre rôle l’exige, elle vous sera redemandée aussitôt.
          </p>
          <form method="post" action="/compte/2fa/desactiver" novalidate>
            <CsrfField token={props.csrf} />
            <ErrorSummary errors={errors} />
            <Input
              name="motDePasse"
              label="Mot de passe"
              type="password"
              autocomplete="current-password"
              error={errors.motDePasse}
              required
            />
            <Input
              name="code"
              label="Code à 6 chiffres de votre application"
              inputMode="numeric"
              autocomplete="one-time-code"
              maxLength={7}
              error={errors.code}
              required
            />
            <button type="submit" class="fr-btn fr-btn--secondary">
              Désactiver
            </button>
          </form>
        </>
      ) : props.enrolement ? (
        <>
          <ol>
            <li>
              Installez une application d’authentification (par exemple FreeOTP, Aegis ou celle fournie par
              votre employeur).
            </li>
            <li>Scannez le code QR ci-dessous, ou saisissez la clé à la main.</li>
            <li>Saisissez le code à 6 chiffres affiché par l’application pour confirmer.</li>
          </ol>
          <div class="fr-grid-row fr-grid-row--gutters fr-mb-3w">
            <div class="fr-col-12 fr-col-md-4">
              <img
                src={props.enrolement.qr}
                width={200}
                height={200}
                alt="Code QR à scanner avec votre application d’authentification (la clé est aussi donnée en texte)"
              />
            </div>
            <div class="fr-col-12 fr-col-md-8">
              <p>
                Clé à saisir à la main (type « basé sur le temps », 6 chiffres, 30 secondes) :
                <br />
                <code class="maillage-secret">{props.enrolement.secret}</code>
              </p>
            </div>
          </div>
          <form method="post" action="/compte/2fa/activer" novalidate>
            <CsrfField token={props.csrf} />
            {props.obligatoire ? <input type="hidden" name="obligatoire" value="1" /> : null}
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
              Activer la double authentification
            </button>
          </form>
        </>
      ) : (
        <>
          <p>
            <Badge ton="warning" grand icone>
              Non activée
            </Badge>{' '}
            Avec la double authentification, un code à 6 chiffres généré par une application de votre
            téléphone vous est demandé après le mot de passe.
          </p>
          <form method="post" action="/compte/2fa/preparer">
            <CsrfField token={props.csrf} />
            {props.obligatoire ? <input type="hidden" name="obligatoire" value="1" /> : null}
            <button type="submit" class="fr-btn">
              Configurer une application d’authentification
            </button>
          </form>
        </>
      )}
      <p class="fr-mt-4w">
        <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/compte">
          Retour à mon compte
        </a>
      </p>
    </>
  );
}
