import { type ContactInfo, ContactParagraph } from './contact.tsx';

export interface AccessibilitePageProps {
  contact: ContactInfo;
  baseUrl: string;
}

/** Accessibility statement in the RGAA 4.1 model: status, what was tested and how, contact, recourse. */
export function AccessibilitePage({ contact, baseUrl }: AccessibilitePageProps) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-lg-10">
        <h1>Déclaration d’accessibilité</h1>
        <p>
          L’Agence nationale de la cohésion des territoires (ANCT) s’engage à rendre ses services numériques
          accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration
          d’accessibilité s’applique à Maillage, à l’adresse <a href={baseUrl}>{baseUrl}</a>.
        </p>

        <h2>État de conformité</h2>
        <p>
          Maillage est <strong>partiellement conforme</strong> avec le référentiel général d’amélioration de
          l’accessibilité (RGAA), version 4.1.
        </p>
        <div class="fr-callout fr-mb-4w">
          <p class="fr-callout__text">
            Cet état résulte d’une auto-évaluation de l’équipe : aucun audit complet du RGAA par un organisme
            indépendant n’a encore été réalisé, le taux de conformité n’est donc pas mesuré. Un audit est
            prévu avant l’ouverture du service au public.
          </p>
        </div>

        <h2>Ce qui a été vérifié</h2>
        <p>
          À chaque modification du code, des tests automatisés parcourent le service dans un vrai navigateur :
        </p>
        <ul>
          <li>
            la page d’accueil, la page de connexion, les pages de ce pied de page et la page d’erreur « page
            non trouvée » ;
          </li>
          <li>
            pour chacun des profils de démonstration (ANCT, préfectures, structures, candidat, conseiller,
            aidant, référent), la connexion, la page d’accueil de son espace et chaque page de son menu ;
          </li>
          <li>
            sur chacune de ces pages, les règles automatisables des WCAG 2.1 niveaux A et AA (outil axe-core)
            : aucune erreur n’est tolérée ;
          </li>
          <li>la connexion au clavier seul (touches Tabulation et Entrée) ;</li>
          <li>
            la connexion et la recherche de lieux avec JavaScript désactivé : le service est conçu pour
            fonctionner sans JavaScript.
          </li>
        </ul>
        <p>
          Les pages utilisent le Système de design de l’État (DSFR), dont les composants sont conçus pour
          respecter le RGAA.
        </p>

        <h2>Contenus non accessibles ou non vérifiés</h2>
        <p>Les points suivants n’ont pas encore été contrôlés et peuvent présenter des non-conformités :</p>
        <ul>
          <li>
            la restitution par les lecteurs d’écran (NVDA, JAWS, VoiceOver) n’a pas été testée manuellement ;
          </li>
          <li>
            l’agrandissement des caractères à 200 % et l’affichage sur petit écran n’ont été vérifiés que sur
            quelques pages ;
          </li>
          <li>
            les critères qui exigent un jugement humain (pertinence des titres, des intitulés de liens et des
            alternatives textuelles) n’ont pas été évalués un par un ;
          </li>
          <li>les documents téléchargeables (tableurs, PDF), lorsqu’ils existeront, ne sont pas couverts.</li>
        </ul>

        <h2>Établissement de cette déclaration</h2>
        <p>
          Technologies utilisées : HTML5, CSS (DSFR), JavaScript (facultatif, pour de petites améliorations).
        </p>
        <p>
          Environnement de test : navigateur Chromium (version Debian) piloté par Playwright, avec axe-core ;
          règles WCAG 2.0 et 2.1, niveaux A et AA.
        </p>

        <h2>Retour d’information et contact</h2>
        <p>
          Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez-nous : nous vous orienterons
          vers une alternative accessible ou vous transmettrons le contenu sous une autre forme.
        </p>
        <ContactParagraph contact={contact} objet="Accessibilité de Maillage" />

        <h2>Voies de recours</h2>
        <p>
          Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un
          service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :
        </p>
        <ul>
          <li>
            écrire un message au Défenseur des droits :{' '}
            <a href="https://formulaire.defenseurdesdroits.fr/" rel="noopener">
              formulaire en ligne du Défenseur des droits
            </a>{' '}
            ;
          </li>
          <li>
            contacter le délégué du Défenseur des droits dans votre région :{' '}
            <a href="https://www.defenseurdesdroits.fr/saisir/delegues" rel="noopener">
              liste des délégués
            </a>{' '}
            ;
          </li>
          <li>
            envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre
            réponse 71120, 75342 Paris CEDEX 07.
          </li>
        </ul>
      </div>
    </div>
  );
}
