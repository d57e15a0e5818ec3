import { CsrfField, ErrorSummary, Notice, SelectField, TextField } from '../../../admin/index.ts';
import type { Translate } from '../../../i18n/messages.ts';

export interface TaxonomyOverviewView {
  notice: string | null;
  sections: { name: string; href: string }[];
  tags: { name: string; href: string }[];
  memberStates: string[];
  newSectionHref: string;
  newTagHref: string;
  addMemberState: { action: string; csrfToken: string; options: { value: string; label: string }[] };
}

function TermList({ items }: { items: { name: string; href: string }[] }) {
  return (
    <ul class="plain-list">
      {items.map((item) => (
        <li>
          <a href={item.href}>{item.name}</a>
        </li>
      ))}
    </ul>
  );
}

export function TaxonomyOverview({ t, view }: { t: Translate; view: TaxonomyOverviewView }) {
  return (
    <>
      <Notice text={view.notice} />
      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t('admin.taxonomy.sections')}</h2>
        <TermList items={view.sections} />
        <p>
          <a class="button button--secondary" href={view.newSectionHref}>
            {t('admin.taxonomy.newSection')}
          </a>
        </p>
      </section>
      <section aria-labelledby="tags-heading">
        <h2 id="tags-heading">{t('admin.taxonomy.tags')}</h2>
        <TermList items={view.tags} />
        <p>
          <a class="button button--secondary" href={view.newTagHref}>
            {t('admin.taxonomy.newTag')}
          </a>
        </p>
      </section>
      <section aria-labelledby="states-heading">
        <h2 id="states-heading">{t('admin.taxonomy.memberStates')}</h2>
        <p>{view.memberStates.join(' · ')}</p>
        <form method="post" action={view.addMemberState.action} class="admin-form">
          <CsrfField token={view.addMemberState.csrfToken} />
          <SelectField name="code" label={t('admin.taxonomy.country')} value="" options={view.addMemberState.options} />
          <button type="submit" class="button">
            {t('admin.taxonomy.addMemberState')}
          </button>
        </form>
      </section>
    </>
  );
}

export interface TermFormView {
  action: string;
  csrfToken: string;
  slug: string;
  names: { name: string; label: string; value: string; error?: string | undefined }[];
  slugError?: string | undefined;
  notice: string | null;
}

export function TermForm({ t, view }: { t: Translate; view: TermFormView }) {
  const hasErrors = Boolean(view.slugError) || view.names.some((n) => n.error);
  return (
    <form method="post" action={view.action} class="admin-form" novalidate>
      <ErrorSummary text={hasErrors ? t('admin.error.summary') : null} />
      <Notice text={view.notice} />
      <CsrfField token={view.csrfToken} />
      {view.names.map((field) => (
        <TextField name={field.name} label={field.label} value={field.value} error={field.error} maxLength={200} />
      ))}
      <TextField name="slug" label={t('admin.story.slug')} hint={t('admin.story.slugHint')} value={view.slug} error={view.slugError} maxLength={200} />
      <button type="submit" class="button">
        {t('admin.users.save')}
      </button>
    </form>
  );
}
