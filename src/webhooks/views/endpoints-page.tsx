/** The list of webhook endpoints, with a warning for each one the worker stopped. */
import { DataTable, Notice } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface EndpointRowView {
  url: string;
  href: string;
  description: string;
  events: string;
  stateLabel: string;
}

export function EndpointsPage(props: { t: Translate; newHref: string; notice: string | null; warnings: string[]; endpoints: EndpointRowView[] }) {
  const { t, endpoints } = props;
  return (
    <>
      <Notice text={props.notice} />
      {props.warnings.map((warning) => (
        <p class="notice notice--warning">{warning}</p>
      ))}
      <p>{t('admin.webhooks.intro')}</p>
      <p>
        <a class="button" href={props.newHref}>
          {t('admin.webhooks.new')}
        </a>
      </p>
      {endpoints.length === 0 ? (
        <p>{t('admin.webhooks.none')}</p>
      ) : (
        <DataTable label={t('admin.webhooks.title')} columns={[t('admin.webhooks.url'), t('admin.webhooks.events'), t('admin.webhooks.state')]}>
          {endpoints.map((endpoint) => (
            <tr>
              <td>
                <a href={endpoint.href} dir="ltr">
                  {endpoint.url}
                </a>
                {endpoint.description && <div>{endpoint.description}</div>}
              </td>
              <td dir="ltr">{endpoint.events}</td>
              <td>{endpoint.stateLabel}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
