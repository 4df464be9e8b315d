import { ANCT_ADRESSE, type ContactInfo, ContactParagraph } from './contact.tsx';

export interface MentionsLegalesPageProps {
  contact: ContactInfo;
  hebergeur: string | undefined;
}

export function MentionsLegalesPage({ contact, hebergeur }: MentionsLegalesPageProps) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-lg-10">
        <h1>Mentions légales</h1>

        <h2>Éditeur</h2>
        <p>{ANCT_ADRESSE}.</p>
        <p>
          Directeur ou directrice de la publication : le directeur général ou la directrice générale de
          l’ANCT.
        </p>

        <h2>Hébergement</h2>
        <p>
          {hebergeur ??
            'L’exploitant de cette instance n’a pas encore renseigné son hébergeur (variable HEBERGEUR : nom, adresse et téléphone).'}
        </p>

        <h2>Contact</h2>
        <ContactParagraph contact={contact} objet="Maillage" />

        <h2>Code source et licences</h2>
        <p>
          Maillage est un logiciel libre publié sous licence MIT. Sauf mention contraire, les contenus de ce
          site sont publiés sous licence Etalab 2.0. Le référentiel géographique provient du Code officiel
          géographique de l’Insee, diffusé par Etalab (paquet <code>@etalab/decoupage-administratif</code>).
        </p>

        <h2>Accessibilité</h2>
        <p>
          Le service est partiellement conforme au RGAA 4.1 : voir la{' '}
          <a href="/accessibilite">déclaration d’accessibilité</a>.
        </p>

        <h2>Données personnelles et cookies</h2>
        <p>
          Maillage ne dépose que des cookies strictement nécessaires à son fonctionnement. Le détail des
          traitements et de vos droits figure sur la page{' '}
          <a href="/donnees-personnelles">données personnelles</a>.
        </p>

        <h2>Sécurité</h2>
        <p>
          Le site est protégé par un certificat électronique lorsque l’exploitant le publie en HTTPS. Maillage
          ne vous demandera jamais votre mot de passe par courriel ou par téléphone.
        </p>
      </div>
    </div>
  );
}
