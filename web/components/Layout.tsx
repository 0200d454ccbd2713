import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import type { HuidigeSessie } from '../../common/api/sessies.js';
import { TALEN, useI18n } from '../i18n/index.js';
import { useInstellingen, useLogout, useSessie } from '../lib/sessie.js';
import { Loading } from './Status.js';
import { Button, cx, Link } from './ui.js';

const TAALNAMEN = { nl: 'Nederlands', en: 'English' } as const;

/** Skip link, header, main navigation, the page, and the footer. */
export function Layout() {
  const { t } = useI18n();
  const sessie = useSessie().data;
  return (
    <div className="dh-page">
      <a className="nl-skip-link nl-skip-link--visible-on-focus" href="#main">{t('skip.naarInhoud')}</a>
      <Header sessie={sessie ?? null} />
      {sessie ? <MainNav sessie={sessie} /> : null}
      <main id="main" tabIndex={-1} className="dh-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </div>
  );
}

function Header({ sessie }: { sessie: HuidigeSessie | null }) {
  const { t, taal, setTaal } = useI18n();
  const logout = useLogout();
  const rollen = sessie ? [...new Set(sessie.rollen.map((r) => t(`rol.${r.rol}`)))] : [];
  return (
    <header className="utrecht-page-header dh-header">
      <div className="dh-header__content">
        <div className="dh-header__brand">
          <Link to="/" className="dh-header__product">{t('app.naam')}</Link>
          <span className="dh-header__tagline">{t('app.omschrijving')}</span>
        </div>
        <div className="dh-header__tools">
          <div className="dh-language" role="group" aria-label={t('kop.taalKiezen')}>
            {TALEN.map((code) => (
              <button
                key={code}
                type="button"
                lang={code}
                className={cx('dh-language__button', code === taal && 'dh-language__button--current')}
                aria-pressed={code === taal}
                onClick={() => setTaal(code)}
              >
                {TAALNAMEN[code]}
              </button>
            ))}
          </div>
          {sessie ? (
            <div className="dh-header__user">
              <span className="dh-header__person" data-testid="ingelogd-als">
                {t('kop.ingelogdAls', { naam: sessie.persoon.naam })}
              </span>
              <span className="dh-header__roles">
                <span className="rhc-visually-hidden">{t('kop.rollen')}: </span>
                {rollen.length ? rollen.join(', ') : t('kop.geenRol')}
              </span>
              <Button
                appearance="subtle"
                className="dh-header__logout"
                onClick={() => logout.mutate()}
              >
                {t('kop.uitloggen')}
              </Button>
            </div>
          ) : null}
        </div>
      </div>
    </header>
  );
}

function MainNav({ sessie }: { sessie: HuidigeSessie }) {
  const { t } = useI18n();
  const items = [
    { to: '/', label: t('nav.start'), end: true },
    { to: '/organisaties', label: t('nav.organisaties') },
    { to: '/driehoeken', label: t('nav.driehoeken') },
    { to: '/beleidsterreinen', label: t('nav.beleidsterreinen') },
    ...(sessie.isBeheerder ? [{ to: '/personen', label: t('nav.personen') }] : []),
  ];
  return (
    <div className="rhc-nav-bar__container dh-nav">
      <nav className="rhc-nav-bar" aria-label={t('nav.hoofdmenu')}>
        <ul className="rhc-nav-bar__list">
          {items.map((item) => (
            <li className="rhc-nav-bar__item" key={item.to}>
              <NavLink to={item.to} end={item.end} className={({ isActive }) => cx('nl-link', 'rhc-nav-bar__link', isActive && 'dh-nav__link--current')}>
                <span className="rhc-nav-bar__label">{item.label}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

function Footer() {
  const { t } = useI18n();
  const instellingen = useInstellingen().data;
  return (
    <footer className="utrecht-page-footer rhc-page-footer rhc-page-footer--primary-filled dh-footer">
      <div className="rhc-page-footer__content rhc-page-footer__wrapper">
        <div className="rhc-page-footer__section">
          <h2 className="nl-heading nl-heading--level-2 dh-footer__title">{t('voet.titel')}</h2>
          <ul className="utrecht-link-list utrecht-link-list--html-ul dh-footer__links">
            <li className="utrecht-link-list__item">
              <Link to="/toegankelijkheid">{t('voet.toegankelijkheid')}</Link>
            </li>
            <li className="utrecht-link-list__item">
              <a className="nl-link" href="/.well-known/security.txt">{t('voet.beveiliging')}</a>
            </li>
          </ul>
        </div>
        <div className="rhc-page-footer__section">
          {instellingen?.voorbeeldgegevens ? (
            <p className="nl-paragraph dh-demo-notice" data-testid="voorbeeldgegevens">
              <strong>{t('voorbeeld.label')}</strong>: {t('voorbeeld.tekst')}
            </p>
          ) : null}
          <p className="nl-paragraph">
            {t('voet.broncode')}
            {instellingen ? ` · ${t('voet.versie', { versie: instellingen.versie })}` : ''}
          </p>
        </div>
      </div>
    </footer>
  );
}
