import type { ComponentChildren } from 'preact';
import { DSFR_BASE } from './assets.ts';
import { type Breadcrumb, Breadcrumbs } from './components/breadcrumbs.tsx';
import { CsrfField } from './components/form.tsx';
import type { NavLink } from './navigation.ts';

export interface Flash {
  type: 'success' | 'info' | 'warning' | 'error';
  message: string;
}

/** The signed-in person as the header shows them (the platform maps its actor to this). */
export interface LayoutUser {
  prenom: string;
  nom: string;
  /** Every role the person holds, labelled for the role switcher. */
  memberships: { id: string; label: string }[];
  activeId: string | null;
}

export interface LayoutProps {
  title: string;
  actor: LayoutUser | null;
  /** The header links of the active role (or the public ones). */
  navigation: NavLink[];
  csrfToken: string;
  mode: 'demo' | 'production';
  currentPath: string;
  breadcrumbs?: Breadcrumb[] | undefined;
  flash?: Flash | undefined;
  /** Extra scripts (served by the app, never inline). */
  scripts?: string[] | undefined;
  children: ComponentChildren;
}

function RoleSwitcher({ actor, csrfToken }: { actor: LayoutUser; csrfToken: string }) {
  if (actor.memberships.length < 2) return null;
  return (
    <form method="post" action="/compte/role" class="fr-mb-0 maillage-role-switcher">
      <CsrfField token={csrfToken} />
      <label class="fr-label fr-sr-only" for="role-actif">
        Rôle actif
      </label>
      <select class="fr-select fr-select--sm" id="role-actif" name="adhesion">
        {actor.memberships.map((m) => (
          <option value={m.id} selected={actor.activeId === m.id}>
            {m.label}
          </option>
        ))}
      </select>
      <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
        Changer de rôle
      </button>
    </form>
  );
}

function Header({
  actor,
  navigation: links,
  csrfToken,
  currentPath,
}: Pick<LayoutProps, 'actor' | 'navigation' | 'csrfToken' | 'currentPath'>) {
  return (
    <header role="banner" class="fr-header">
      <div class="fr-header__body">
        <div class="fr-container">
          <div class="fr-header__body-row">
            <div class="fr-header__brand fr-enlarge-link">
              <div class="fr-header__brand-top">
                <div class="fr-header__logo">
                  <p class="fr-logo">
                    République
                    <br />
                    Française
                  </p>
                </div>
                <div class="fr-header__navbar">
                  <button
                    type="button"
                    class="fr-btn--menu fr-btn"
                    data-fr-opened="false"
                    aria-controls="menu-principal"
                    id="bouton-menu"
                    title="Menu"
                  >
                    Menu
                  </button>
                </div>
              </div>
              <div class="fr-header__service">
                <a href="/" title="Accueil — Maillage">
                  <p class="fr-header__service-title">Maillage</p>
                </a>
                <p class="fr-header__service-tagline">Le programme national d’inclusion numérique</p>
              </div>
            </div>
            <div class="fr-header__tools">
              <div class="fr-header__tools-links">
                <ul class="fr-btns-group">
                  {actor ? (
                    <>
                      <li>
                        <a class="fr-btn fr-icon-account-circle-line" href="/compte">
                          {actor.prenom} {actor.nom}
                        </a>
                      </li>
                      <li>
                        <form method="post" action="/deconnexion" class="fr-mb-0">
                          <CsrfField token={csrfToken} />
                          <button type="submit" class="fr-btn fr-icon-logout-box-r-line">
                            Se déconnecter
                          </button>
                        </form>
                      </li>
                    </>
                  ) : (
                    <li>
                      <a class="fr-btn fr-icon-lock-line" href="/connexion">
                        Se connecter
                      </a>
                    </li>
                  )}
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div class="fr-header__menu fr-modal" id="menu-principal" aria-labelledby="bouton-menu">
        <div class="fr-container">
          <button type="button" class="fr-btn--close fr-btn" aria-controls="menu-principal" title="Fermer">
            Fermer
          </button>
          <div class="fr-header__menu-links" />
          <nav class="fr-nav" id="navigation-principale" role="navigation" aria-label="Menu principal">
            <ul class="fr-nav__list">
              {links.map((l) => (
                <li class="fr-nav__item">
                  <a
                    class="fr-nav__link"
                    href={l.href}
                    aria-current={
                      currentPath === l.href || (l.href !== '/' && currentPath.startsWith(`${l.href}/`))
                        ? 'page'
                        : undefined
                    }
                  >
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {actor ? <RoleSwitcher actor={actor} csrfToken={csrfToken} /> : null}
        </div>
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer class="fr-footer" role="contentinfo" id="pied-de-page">
      <div class="fr-container">
        <div class="fr-footer__body">
          <div class="fr-footer__brand fr-enlarge-link">
            <a href="/" title="Retour à l’accueil de Maillage">
              <p class="fr-logo">
                République
                <br />
                Française
              </p>
            </a>
          </div>
          <div class="fr-footer__content">
            <p class="fr-footer__content-desc">
              Maillage est la plateforme ouverte du programme national d’inclusion numérique : recrutement des
              conseillers numériques et lieux de médiation numérique ; Aidants Connect et le pilotage du
              maillage territorial arrivent prochainement.
            </p>
          </div>
        </div>
        <div class="fr-footer__bottom">
          <ul class="fr-footer__bottom-list">
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/plan-du-site">
                Plan du site
              </a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/accessibilite">
                Accessibilité : partiellement conforme
              </a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/mentions-legales">
                Mentions légales
              </a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/donnees-personnelles">
                Données personnelles
              </a>
            </li>
          </ul>
          <div class="fr-footer__bottom-copy">
            <p>Sauf mention contraire, les contenus de ce site sont sous licence etalab-2.0.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}

const FLASH_CLASS: Record<Flash['type'], string> = {
  success: 'fr-alert--success',
  info: 'fr-alert--info',
  warning: 'fr-alert--warning',
  error: 'fr-alert--error',
};

export function Layout(props: LayoutProps) {
  return (
    <html lang="fr" data-fr-scheme="light">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
        <meta name="format-detection" content="telephone=no" />
        <title>{`${props.title} — Maillage`}</title>
        <link rel="stylesheet" href={`${DSFR_BASE}/dsfr.min.css`} />
        <link rel="stylesheet" href={`${DSFR_BASE}/utility/icons/icons.min.css`} />
        <link rel="stylesheet" href="/static/maillage.css" />
        <link rel="apple-touch-icon" href={`${DSFR_BASE}/favicon/apple-touch-icon.png`} />
        <link rel="icon" href={`${DSFR_BASE}/favicon/favicon.svg`} type="image/svg+xml" />
        <link rel="shortcut icon" href={`${DSFR_BASE}/favicon/favicon.ico`} type="image/x-icon" />
      </head>
      <body>
        <div class="fr-skiplinks">
          <nav class="fr-container" role="navigation" aria-label="Accès rapide">
            <ul class="fr-skiplinks__list">
              <li>
                <a class="fr-link" href="#contenu">
                  Contenu
                </a>
              </li>
              <li>
                <a class="fr-link" href="#navigation-principale">
                  Menu
                </a>
              </li>
              <li>
                <a class="fr-link" href="#pied-de-page">
                  Pied de page
                </a>
              </li>
            </ul>
          </nav>
        </div>
        {props.mode === 'demo' ? (
          <div class="fr-notice fr-notice--info" role="region" aria-label="Version de démonstration">
            <div class="fr-container">
              <div class="fr-notice__body">
                <p class="fr-notice__title">
                  Version de démonstration : les données sont fictives et les courriels ne partent pas (
                  <a href="/demo/courriels">voir les courriels des comptes de démonstration</a>). N’y
                  saisissez aucune donnée réelle.
                </p>
              </div>
            </div>
          </div>
        ) : null}
        <Header
          actor={props.actor}
          navigation={props.navigation}
          csrfToken={props.csrfToken}
          currentPath={props.currentPath}
        />
        <main id="contenu" role="main" tabIndex={-1} class="fr-container fr-pb-8w">
          {props.breadcrumbs?.length ? <Breadcrumbs items={props.breadcrumbs} /> : <div class="fr-mt-4w" />}
          {props.flash ? (
            <div class={`fr-alert ${FLASH_CLASS[props.flash.type]} fr-alert--sm fr-mb-3w`} role="status">
              <p>{props.flash.message}</p>
            </div>
          ) : null}
          {props.children}
        </main>
        <Footer />
        <script type="module" src={`${DSFR_BASE}/dsfr.module.min.js`} />
        <script nomodule src={`${DSFR_BASE}/dsfr.nomodule.min.js`} />
        {(props.scripts ?? []).map((src) => (
          <script type="module" src={src} />
        ))}
      </body>
    </html>
  );
}
