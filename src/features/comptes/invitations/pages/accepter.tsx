import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../../ui/components/form.tsx';
import { ElementSection, SectionFormulaire } from '../../../../ui/components/section-formulaire.tsx';

export interface InvitationAffichee {
  email: string;
  roleLibelle: string;
  portee: string;
  expireLe: string;
}

function Resume({ invitation }: { invitation: InvitationAffichee }) {
  return (
    <p>
      Vous êtes invité(e) à rejoindre Maillage avec le rôle <strong>{invitation.roleLibelle}</strong> (
      {invitation.portee}). Invitation adressée à <strong>{invitation.email}</strong>, valable jusqu’au{' '}
      {invitation.expireLe}.
    </p>
  );
}

/** New person: chooses a name and a password. */
export function CreerCompteInvitationPage(props: {
  invitation: InvitationAffichee;
  action: string;
  csrf: string;
  values: { prenom?: string | undefined; nom?: string | undefined };
  errors: FieldErrors;
}) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-md-7">
        <h1>Accepter l’invitation</h1>
        <Resume invitation={props.invitation} />
        <form method="post" action={props.action} novalidate>
          <CsrfField token={props.csrf} />
          <ErrorSummary errors={props.errors} />
          <SectionFormulaire legend="Créer votre compte">
            <ElementSection>
              <Input
                name="prenom"
                label="Prénom"
                autocomplete="given-name"
                value={props.values.prenom}
                error={props.errors.prenom}
                required
                maxLength={100}
              />
            </ElementSection>
            <ElementSection>
              <Input
                name="nom"
                label="Nom"
                autocomplete="family-name"
                value={props.values.nom}
                error={props.errors.nom}
                required
                maxLength={100}
              />
            </ElementSection>
            <ElementSection>
              <Input
                name="mot_de_passe"
                label="Mot de passe"
                hint="Au moins 12 caractères variés, sans votre adresse électronique."
                type="password"
                autocomplete="new-password"
                error={props.errors.mot_de_passe}
                required
                maxLength={128}
              />
            </ElementSection>
            <ElementSection>
              <Input
                name="confirmation"
                label="Confirmation du mot de passe"
                type="password"
                autocomplete="new-password"
                error={props.errors.confirmation}
                required
                maxLength={128}
              />
            </ElementSection>
          </SectionFormulaire>
          <button type="submit" class="fr-btn">
            Créer mon compte et accepter
          </button>
        </form>
      </div>
    </div>
  );
}

/** Existing account: log in first, or confirm when logged in with the invited address. */
export function CompteExistantInvitationPage(props: {
  invitation: InvitationAffichee;
  connecte: 'non' | 'destinataire' | 'autre';
  emailConnecte?: string | undefined;
  action: string;
  retour: string;
  csrf: string;
}) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-md-7">
        <h1>Accepter l’invitation</h1>
        <Resume invitation={props.invitation} />
        {props.connecte === 'destinataire' ? (
          <form method="post" action={props.action}>
            <CsrfField token={props.csrf} />
            <p>Le rôle s’ajoutera à votre compte ; vous pourrez en changer depuis l’en-tête.</p>
            <button type="submit" class="fr-btn">
              Accepter et ajouter ce rôle à mon compte
            </button>
          </form>
        ) : props.connecte === 'autre' ? (
          <div class="fr-alert fr-alert--warning">
            <h2 class="fr-alert__title">Vous êtes connecté(e) avec une autre adresse</h2>
            <p>
              Vous êtes connecté(e) en tant que {props.emailConnecte}, mais l’invitation est adressée à{' '}
              {props.invitation.email}. Déconnectez-vous depuis l’en-tête, puis rouvrez ce lien.
            </p>
          </div>
        ) : (
          <>
            <p>
              Un compte Maillage existe déjà avec cette adresse : connectez-vous pour accepter l’invitation.
            </p>
            <a class="fr-btn" href={`/connexion?retour=${encodeURIComponent(props.retour)}`}>
              Me connecter pour accepter
            </a>
          </>
        )}
      </div>
    </div>
  );
}

/** Unknown, used or expired link: a clear explanation, never a raw error. */
export function InvitationInvalidePage(props: { titre: string; message: string }) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-md-8">
        <h1>{props.titre}</h1>
        <p class="fr-text--lead">{props.message}</p>
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <a class="fr-btn" href="/connexion">
              Se connecter
            </a>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href="/">
              Page d’accueil
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
