import type { CommuneCandidate } from '../../../../ui/components/commune-field.tsx';
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  Input,
} from '../../../../ui/components/form.tsx';
import type { Valeurs } from '../../pages/champs-candidature-structure.tsx';
import { TEXTE_CONSENTEMENT } from '../candidater-conseiller.ts';
import { ChampsProfil, LIBELLES_CHAMPS_CANDIDAT } from './champs-candidat.tsx';

/** Public form: a person applies to become a conseiller numérique (and gets its account). */
export function CandidatureConseillerPage(props: {
  csrf: string;
  valeurs: Valeurs;
  situations: string[];
  erreurs: FieldErrors;
  message?: string | undefined;
  communes?: CommuneCandidate[] | undefined;
}) {
  const v = props.valeurs;
  const e = props.erreurs;
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Devenir conseiller numérique</h1>
        <p class="fr-text--lead">
          Les conseillers numériques France Services accompagnent les habitants dans leurs usages du
          numérique. Ils sont recrutés par des collectivités, des associations ou des entreprises de
          l’économie sociale et solidaire, et formés pendant leur prise de poste.
        </p>
        <p>
          Votre candidature est proposée aux structures proches de chez vous, dans le rayon que vous
          choisissez. Vous pouvez la mettre à jour, la suspendre ou la retirer à tout moment depuis votre
          espace.
        </p>
        <p class="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
        {props.message && Object.keys(e).length === 0 ? (
          <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <p>{props.message}</p>
          </div>
        ) : null}
        <ErrorSummary errors={e} labels={LIBELLES_CHAMPS_CANDIDAT} />
        <form method="post" action="/candidature" novalidate>
          <CsrfField token={props.csrf} />
          <fieldset class="fr-fieldset" aria-labelledby="legende-identite">
            <legend class="fr-fieldset__legend" id="legende-identite">
              Vous
            </legend>
            <div class="fr-fieldset__element fr-fieldset__element--inline">
              <Input
                name="prenom"
                label="Prénom"
                value={v.prenom}
                error={e.prenom}
                autocomplete="given-name"
                maxLength={100}
                required
              />
            </div>
            <div class="fr-fieldset__element fr-fieldset__element--inline">
              <Input
                name="nom"
                label="Nom"
                value={v.nom}
                error={e.nom}
                autocomplete="family-name"
                maxLength={100}
                required
              />
            </div>
            <div class="fr-fieldset__element">
              <Input
                name="email"
                label="Adresse électronique"
                hint="Format attendu : nom@domaine.fr. Elle sert d’identifiant pour votre espace."
                type="email"
                value={v.email}
                error={e.email}
                autocomplete="email"
                maxLength={254}
                required
              />
            </div>
            <div class="fr-fieldset__element">
              <Input
                name="telephone"
                label="Téléphone (facultatif)"
                hint="Par exemple : 06 12 34 56 78."
                type="tel"
                value={v.telephone}
                error={e.telephone}
                autocomplete="tel"
                maxLength={20}
              />
            </div>
          </fieldset>
          <ChampsProfil v={v} situations={props.situations} e={e} communes={props.communes} />
          <fieldset class="fr-fieldset" aria-labelledby="legende-espace">
            <legend class="fr-fieldset__legend" id="legende-espace">
              Votre espace et vos données
            </legend>
            <div class="fr-fieldset__element">
              <Input
                name="motDePasse"
                label="Mot de passe"
                hint="12 caractères au moins. Une phrase de passe est plus facile à retenir."
                type="password"
                error={e.motDePasse}
                autocomplete="new-password"
                maxLength={128}
                required
              />
            </div>
            <div class="fr-fieldset__element">
              <Checkbox
                name="consentement"
                label={TEXTE_CONSENTEMENT}
                hint="Vous pouvez retirer votre candidature à tout moment : vos données personnelles sont alors effacées."
                checked={v.consentement === 'on'}
                error={e.consentement}
              />
            </div>
          </fieldset>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button type="submit" class="fr-btn">
                Envoyer ma candidature
              </button>
            </li>
          </ul>
        </form>
      </div>
    </div>
  );
}

export function ConfirmationConseillerPage({ email }: { email: string }) {
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Candidature enregistrée</h1>
        <div class="fr-alert fr-alert--success fr-mb-4w">
          <p>Votre candidature est enregistrée. Un courriel de confirmation a été envoyé à {email}.</p>
        </div>
        <p>
          Les structures qui accueillent des conseillers numériques près de chez vous pourront vous la
          proposer. Vous verrez ces propositions dans votre espace et pourrez les décliner.
        </p>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          <li>
            <a class="fr-btn" href="/candidat/candidature">
              Voir ma candidature
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
