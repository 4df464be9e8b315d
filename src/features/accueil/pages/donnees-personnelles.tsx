import { type ContactInfo, ContactParagraph } from './contact.tsx';

interface Traitement {
  qui: string;
  donnees: string[];
  finalite: string;
}

const TRAITEMENTS: Traitement[] = [
  {
    qui: 'Toute personne qui a un compte (ANCT, préfecture, structure, conseiller, aidant, candidat)',
    donnees: [
      'prénom, nom et adresse électronique ;',
      'mot de passe, conservé uniquement sous forme d’empreinte (argon2id) : personne ne peut le lire ;',
      'secret de double authentification (TOTP) si vous l’avez activée ;',
      'vos rôles et leur périmètre (national, un département ou une structure) ;',
      'date de dernière connexion ; pour chaque session ouverte, l’adresse IP et le navigateur utilisé ;',
      'compteurs de tentatives de connexion échouées, par adresse IP et par compte ;',
      'liens de réinitialisation du mot de passe et d’invitation (conservés sous forme d’empreinte) ;',
      'le journal d’audit de vos actions : date, action, rôle actif, adresse IP.',
    ],
    finalite:
      'vous identifier, protéger votre compte (limitation des tentatives, double authentification) et garder la trace de qui a fait quoi.',
  },
  {
    qui: 'Agents de l’ANCT et des préfectures',
    donnees: ['les données ci-dessus ; votre périmètre d’action (national ou un département).'],
    finalite:
      'piloter le programme : les actions qui engagent l’administration (avis, décisions, invitations) sont journalisées.',
  },
  {
    qui: 'Gestionnaires de structures (collectivités, associations, entreprises)',
    donnees: [
      'les données ci-dessus ;',
      'les coordonnées de la personne à contacter pour une demande de poste (nom, prénom, fonction, adresse électronique, téléphone).',
    ],
    finalite: 'instruire les demandes de postes de conseillers numériques et suivre les recrutements.',
  },
  {
    qui: 'Candidats au poste de conseiller numérique',
    donnees: [
      'identité et coordonnées (nom, prénom, adresse électronique, téléphone, commune, code postal et position géographique de la commune) ;',
      'situation, diplôme, expérience, motivation, score Pix éventuel, date de disponibilité et rayon de mobilité ;',
      'la date de votre consentement et l’état de votre candidature.',
    ],
    finalite:
      'vous proposer aux structures qui recrutent près de chez vous, dans le rayon de mobilité que vous avez choisi.',
  },
  {
    qui: 'Aidants et référents Aidants Connect',
    donnees: ['les données des comptes ci-dessus ; la double authentification est obligatoire pour ce rôle.'],
    finalite: 'garantir que seules les personnes habilitées agissent pour le compte d’un usager.',
  },
  {
    qui: 'Personnes sans compte',
    donnees: [
      'la recherche de lieux n’enregistre ni votre position ni votre recherche en base de données ;',
      'si vous signalez une erreur sur un lieu : votre message, votre adresse électronique si vous la donnez, et l’adresse IP de l’envoi dans le journal d’audit ;',
      'un cookie technique protège les formulaires contre la falsification de requêtes.',
    ],
    finalite:
      'corriger les informations des lieux (et vous répondre si vous avez laissé une adresse) ; sécurité des formulaires.',
  },
];

export interface DonneesPersonnellesPageProps {
  contact: ContactInfo;
  hebergeur: string | undefined;
  smtp: boolean;
}

export function DonneesPersonnellesPage({ contact, hebergeur, smtp }: DonneesPersonnellesPageProps) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-lg-10">
        <h1>Données personnelles</h1>
        <p>
          Cette page décrit les données personnelles que Maillage traite, pourquoi, sur quelle base légale,
          combien de temps, et comment exercer vos droits (règlement général sur la protection des données,
          RGPD, et loi Informatique et libertés).
        </p>

        <h2>Responsable du traitement</h2>
        <p>
          L’Agence nationale de la cohésion des territoires (ANCT), qui conduit le programme national
          d’inclusion numérique, est responsable des traitements décrits ici.
        </p>

        <h2>Données traitées, selon votre rôle</h2>
        {TRAITEMENTS.map((t) => (
          <section class="fr-mb-3w">
            <h3 class="fr-h5">{t.qui}</h3>
            <ul>
              {t.donnees.map((d) => (
                <li>{d}</li>
              ))}
            </ul>
            <p>Pour : {t.finalite}</p>
          </section>
        ))}

        <h2>Base légale</h2>
        <p>
          Ces traitements sont nécessaires à l’exécution d’une mission d’intérêt public dont est investie
          l’ANCT (article 6, paragraphe 1, point e du RGPD) : la mise en œuvre du programme national
          d’inclusion numérique du plan France Relance. Les journaux de sécurité (sessions, tentatives de
          connexion, journal d’audit) répondent à l’obligation de sécurité du traitement (article 32 du RGPD).
        </p>

        <h2>Durées de conservation</h2>
        <ul>
          <li>
            Sessions : elles expirent après 2 heures sans activité et au plus tard 12 heures après la
            connexion ; les sessions expirées sont supprimées automatiquement tous les quarts d’heure.
          </li>
          <li>Liens de réinitialisation et d’invitation : utilisables une seule fois, ils expirent.</li>
          <li>
            Comptes et rôles : conservés tant que le compte est actif ; un compte désactivé ne peut plus se
            connecter.
          </li>
          <li>
            Candidatures au poste de conseiller numérique : quand vous retirez votre candidature, vos données
            personnelles (identité, coordonnées, commune, expérience, motivation…) sont effacées aussitôt ;
            seules restent des données anonymes utiles aux statistiques du programme (département, situation,
            rayon de mobilité). Exception : tant qu’un contrat de conseiller numérique est en cours, la
            candidature ne peut pas être retirée, car la convention de financement de l’État en dépend.
          </li>
          <li>
            Journal d’audit : conservé pour retracer les actions. Aucune suppression automatique n’est encore
            programmée ; l’ANCT fixera la durée de conservation avant l’ouverture au public, et cette page
            sera mise à jour.
          </li>
        </ul>

        <h2>Destinataires</h2>
        <p>
          Les données ne sont visibles que des personnes dont le rôle le permet, dans leur périmètre : l’ANCT
          au niveau national, une préfecture pour son département, une structure pour ses propres données.
          Elles ne sont ni vendues ni cédées.
        </p>
        <p>
          Sous-traitants : l’hébergeur de cette instance
          {hebergeur ? ` (${hebergeur})` : ' (non renseigné par l’exploitant : variable HEBERGEUR)'}
          {smtp
            ? ' et le prestataire d’envoi des courriels.'
            : '. Cette instance n’envoie pas de courriels : ils sont déposés dans un dossier local.'}
        </p>

        <h2>Cookies</h2>
        <p>
          Maillage n’utilise que des cookies strictement nécessaires, qui ne demandent pas votre consentement
          : le cookie de session (si vous êtes connecté), le cookie de protection des formulaires et un cookie
          d’une minute qui affiche le message de confirmation après une action. Aucun cookie de mesure
          d’audience ni de publicité n’est déposé.
        </p>

        <h2>Vos droits</h2>
        <p>
          Vous disposez d’un droit d’accès, de rectification, d’effacement (dans les limites de la mission
          d’intérêt public), de limitation et d’opposition sur vos données. Pour les exercer, ou pour joindre
          le délégué à la protection des données (DPO) de l’ANCT :
        </p>
        <ContactParagraph contact={contact} objet="Données personnelles — à l’attention du DPO" />
        <p>
          Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez
          adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL) :{' '}
          <a href="https://www.cnil.fr/fr/plaintes" rel="noopener">
            déposer une plainte auprès de la CNIL
          </a>
          .
        </p>
      </div>
    </div>
  );
}
