/** What a reader of a machine translation is told first: who translated it, from what, and the way to the original. */
import type { Translate } from '../../i18n/messages.ts';

export interface MachineNoticeProps {
  t: Translate;
  /** The language the notice is written in (the page's), which may differ from the article's. */
  language: string;
  text: string;
  originalHref: string;
  originalLanguage: string;
  kind: 'machine' | 'reviewed' | 'original';
}

export function MachineNotice({ t, language, text, originalHref, originalLanguage, kind }: MachineNoticeProps) {
  return (
    <aside class={`machine-notice machine-notice--${kind}`} lang={language} aria-label={t('mt.label')}>
      <p>
        {text}
        {kind !== 'original' && (
          <>
            {' '}
            <a href={originalHref} hreflang={originalLanguage}>
              {t('mt.readOriginal')}
            </a>
          </>
        )}
      </p>
    </aside>
  );
}
