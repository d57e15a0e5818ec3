import { CsrfField, ErrorSummary, Notice } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface MediaLibraryView {
  action: string;
  csrfToken: string;
  canUpload: boolean;
  altFields: { name: string; label: string; language: string; dir: 'ltr' | 'rtl'; value: string; error?: string | undefined }[];
  fileError?: string | undefined;
  notice: string | null;
  images: { thumbnail: string; alt: string; width: number; height: number }[];
}

export function MediaLibrary({ t, view }: { t: Translate; view: MediaLibraryView }) {
  const hasErrors = Boolean(view.fileError) || view.altFields.some((field) => field.error);
  return (
    <>
      <ErrorSummary text={hasErrors ? t('admin.error.summary') : null} />
      <Notice text={view.notice} />
      {view.canUpload && (
        <section aria-labelledby="upload-heading">
          <h2 id="upload-heading">{t('admin.media.upload')}</h2>
          <form method="post" action={view.action} enctype="multipart/form-data" class="admin-form" novalidate>
            <CsrfField token={view.csrfToken} />
            {view.altFields.map((field) => (
              <div class={field.error ? 'field field--invalid' : 'field'}>
                <label for={field.name}>{field.label}</label>
                <p class="field__hint" id={`${field.name}-hint`}>
                  {t('admin.media.altHint')}
                </p>
                {field.error && (
                  <p class="field__error" id={`${field.name}-error`}>
                    {field.error}
                  </p>
                )}
                <input
                  id={field.name}
                  name={field.name}
                  type="text"
                  value={field.value}
                  maxLength={500}
                  lang={field.language}
                  dir={field.dir}
                  aria-invalid={field.error ? 'true' : undefined}
                  aria-describedby={field.error ? `${field.name}-hint ${field.name}-error` : `${field.name}-hint`}
                />
              </div>
            ))}
            <div class={view.fileError ? 'field field--invalid' : 'field'}>
              <label for="image">{t('admin.media.file')}</label>
              {view.fileError && (
                <p class="field__error" id="image-error">
                  {view.fileError}
                </p>
              )}
              <input
                id="image"
                name="image"
                type="file"
                accept="image/jpeg,image/png,image/webp,image/avif"
                aria-invalid={view.fileError ? 'true' : undefined}
                aria-describedby={view.fileError ? 'image-error' : undefined}
              />
            </div>
            <button type="submit" class="button">
              {t('admin.media.submit')}
            </button>
          </form>
        </section>
      )}
      {view.images.length === 0 ? (
        <p>{t('admin.media.empty')}</p>
      ) : (
        <ul class="media-grid">
          {view.images.map((image) => (
            <li>
              <img src={image.thumbnail} alt={image.alt} width={image.width} height={image.height} loading="lazy" />
              <span>{image.alt}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
