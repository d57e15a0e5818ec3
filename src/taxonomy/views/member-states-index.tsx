import type { Translate } from '../../i18n/messages.ts';
import type { MemberStateEntry } from '../taxonomy.service.ts';

export function MemberStatesIndex({ t, entries }: { t: Translate; entries: MemberStateEntry[] }) {
  return (
    <section class="listing">
      <header class="listing__header">
        <h1>{t('memberState.indexTitle')}</h1>
        <p>{t('memberState.indexIntro', { count: entries.length })}</p>
      </header>
      <ul class="member-states" role="list">
        {entries.map((entry) => (
          <li>
            <a href={entry.href}>
              <span class="member-states__name">{entry.name}</span>
              <span class="member-states__count">{t('listing.count', { count: entry.count })}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
