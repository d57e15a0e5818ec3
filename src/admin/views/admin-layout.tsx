import type { ComponentChildren } from 'preact';
import { NavItems, type NavLink } from '../../http/views/layout.tsx';
import type { Direction } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/messages.ts';

export type AdminNavLink = NavLink;

/** The admin's frame, as plain data: no link in it needs a decision the view would have to make. */
export interface AdminChrome {
  language: string;
  dir: Direction;
  t: Translate;
  organizationName: string;
  stylesheetHref: string;
  /** Absent on the sign-in page. */
  staff: { name: string; roleLabel: string } | null;
  navigation: AdminNavLink[];
  siteHref: string;
  signOut: { action: string; csrfToken: string } | null;
}

export function AdminLayout({ chrome, title, scripts, children }: { chrome: AdminChrome; title: string; scripts: string[]; children: ComponentChildren }) {
  const { t } = chrome;
  return (
    <html lang={chrome.language} dir={chrome.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${title} · ${t('admin.title')} · ${chrome.organizationName}`}</title>
        <link rel="stylesheet" href={chrome.stylesheetHref} />
        {scripts.map((src) => (
          <script type="module" src={src} />
        ))}
      </head>
      <body class="admin">
        <a class="skip-link" href="#main">
          {t('site.skipToContent')}
        </a>
        <header class="site-header">
          <div class="wrap site-header__bar">
            <span class="brand">
              {chrome.organizationName} · {t('admin.title')}
            </span>
            {chrome.staff && <p class="admin-who">{t('admin.signedInAs', { name: chrome.staff.name, role: chrome.staff.roleLabel })}</p>}
          </div>
          {chrome.staff && (
            <nav class="main-nav" aria-label={t('admin.nav.label')}>
              <ul class="wrap main-nav__list">
                <NavItems links={chrome.navigation} />
                <li>
                  <a href={chrome.siteHref}>{t('admin.nav.site')}</a>
                </li>
                {chrome.signOut && (
                  <li>
                    <form method="post" action={chrome.signOut.action} class="inline-form">
                      <input type="hidden" name="_csrf" value={chrome.signOut.csrfToken} />
                      <button type="submit" class="link-button">
                        {t('admin.nav.signOut')}
                      </button>
                    </form>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </header>
        <main id="main" class="wrap admin-main" tabindex={-1}>
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}
