import { Badge } from '../../../ui/components/badge.tsx';
import { Tableau } from '../../../ui/components/tableau.tsx';
import type { GroupeDoc, OperationDoc } from '../domain/documentation.ts';
import { CODES_ERREUR_COMMUNS } from '../domain/erreurs.ts';
import { PORTEES } from '../domain/portees.ts';

const EXEMPLE_PROBLEME = JSON.stringify(
  {
    type: 'about:blank',
    status: 401,
    code: 'jeton_invalide',
    title: 'Authentification requise',
    detail: 'Le jeton d’API est inconnu, révoqué ou mal formé.',
  },
  null,
  2,
);

/** Descriptions use `backticks` for code, as in Markdown: shown as <code>, everything else as text. */
export function TexteAvecCode({ texte }: { texte: string }) {
  return <>{texte.split('`').map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}</>;
}

function Operation({ op }: { op: OperationDoc }) {
  return (
    <section class="fr-mb-6w" id={op.id} aria-labelledby={`${op.id}-titre`}>
      <h3 id={`${op.id}-titre`}>
        <Badge ton="blue-ecume" icone class="fr-mr-1w">
          {op.methode}
        </Badge>
        <code>{op.chemin}</code>
      </h3>
      <p class="fr-text--lead fr-mb-1w">{op.resume}</p>
      {op.description ? (
        <p>
          <TexteAvecCode texte={op.description} />
        </p>
      ) : null}
      <p class="fr-text--sm">
        {op.jeton ? 'Jeton d’API requis.' : 'Route publique : aucun jeton nécessaire.'}
      </p>
      {op.parametres.length ? (
        <Tableau
          titre={`Paramètres de ${op.methode} ${op.chemin}`}
          class="fr-table--sm"
          colonnes={['Nom', 'Emplacement', 'Obligatoire', 'Type', 'Description']}
          lignes={op.parametres}
          ligne={(p) => (
            <tr>
              <td>
                <code>{p.nom}</code>
              </td>
              <td>{p.emplacement}</td>
              <td>{p.obligatoire ? 'oui' : 'non'}</td>
              <td>{p.type}</td>
              <td>
                <TexteAvecCode texte={p.description} />
              </td>
            </tr>
          )}
        />
      ) : null}
      {op.corps ? (
        <>
          <h4 class="fr-h6">Corps de la requête (exemple)</h4>
          <pre class="maillage-code">
            <code>{op.corps}</code>
          </pre>
        </>
      ) : null}
      <h4 class="fr-h6">Réponses</h4>
      <ul>
        {op.reponses.map((r) => (
          <li>
            <strong>{r.status}</strong> — {r.description}
            {r.probleme ? ' (application/problem+json)' : ''}
          </li>
        ))}
      </ul>
      {op.reponses
        .filter((r) => r.exemple)
        .map((r) => (
          <>
            <h4 class="fr-h6">Exemple de réponse {r.status}</h4>
            <pre class="maillage-code">
              <code>{r.exemple}</code>
            </pre>
          </>
        ))}
    </section>
  );
}

export function DocumentationApiPage(props: {
  titre: string;
  version: string;
  baseUrl: string;
  groupes: GroupeDoc[];
}) {
  return (
    <>
      <h1>Documentation de l’API</h1>
      <p class="fr-text--lead">
        {props.titre}, version {props.version}. Adresse de base : <code>{props.baseUrl}/api/v1</code>.
        Document OpenAPI 3.1 lisible par les machines :{' '}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>
      <nav class="fr-summary fr-mb-4w" role="navigation" aria-labelledby="sommaire-titre">
        <h2 class="fr-summary__title" id="sommaire-titre">
          Sommaire
        </h2>
        <ol class="fr-summary__list">
          <li>
            <a class="fr-summary__link" href="#authentification">
              Obtenir et utiliser un jeton
            </a>
          </li>
          <li>
            <a class="fr-summary__link" href="#format">
              Format des réponses et des erreurs
            </a>
          </li>
          {props.groupes.map((g) => (
            <li>
              <a class="fr-summary__link" href={`#${g.ancre}`}>
                {g.tag}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <h2 id="authentification">Obtenir et utiliser un jeton</h2>
      <p>
        Les routes de données ouvertes sont publiques. Les autres demandent un jeton d’API, créé par l’ANCT
        pour votre organisation (écrivez à l’ANCT en précisant l’usage prévu ; le jeton vous est transmis une
        seule fois). Envoyez-le dans l’en-tête <code>Authorization</code> :
      </p>
      <pre class="maillage-code">
        <code>{`curl -H "Authorization: Bearer mlg_…" ${props.baseUrl}/api/v1/moi`}</code>
      </pre>
      <p>
        <code>GET /api/v1/moi</code> vous indique le nom, les portées et la restriction du jeton : commencez
        par là. Un jeton peut être limité à un département ou à une structure. Les portées :
      </p>
      <Tableau
        titre="Portées des jetons"
        class="fr-table--sm"
        colonnes={['Portée', 'Ce qu’elle permet']}
        lignes={Object.entries(PORTEES)}
        ligne={([code, sens]) => (
          <tr>
            <td>
              <code>{code}</code>
            </td>
            <td>{sens}</td>
          </tr>
        )}
      />

      <h2 id="format">Format des réponses et des erreurs</h2>
      <p>
        Les réponses sont en JSON (UTF-8). Les listes ont la forme{' '}
        <code>{'{ "data": [...], "next_cursor": "…" }'}</code> : quand <code>next_cursor</code> est présent,
        repassez-le en paramètre <code>cursor</code> pour la page suivante.
      </p>
      <p>
        Les erreurs suivent la RFC 9457 (<code>application/problem+json</code>), avec un <code>code</code>{' '}
        stable à tester et un <code>detail</code> en français :
      </p>
      <pre class="maillage-code">
        <code>{EXEMPLE_PROBLEME}</code>
      </pre>
      <Tableau
        titre="Codes d’erreur communs à toutes les routes"
        class="fr-table--sm"
        colonnes={['Code', 'Statut HTTP', 'Signification']}
        lignes={CODES_ERREUR_COMMUNS}
        ligne={(e) => (
          <tr>
            <td>
              <code>{e.code}</code>
            </td>
            <td>{e.status}</td>
            <td>
              <TexteAvecCode texte={e.sens} />
            </td>
          </tr>
        )}
      />

      {props.groupes.map((g) => (
        <section class="fr-mt-6w" id={g.ancre} aria-labelledby={`${g.ancre}-titre`}>
          <h2 id={`${g.ancre}-titre`}>{g.tag}</h2>
          {g.operations.map((op) => (
            <Operation op={op} />
          ))}
        </section>
      ))}
    </>
  );
}
