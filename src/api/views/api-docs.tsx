/** The API reference page: every operation of the OpenAPI document with its parameters, body, answers and examples. */

interface Schema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  example?: unknown;
  examples?: unknown[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema; example?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema; example?: unknown }> }>;
}

export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function typeOf(schema: Schema | undefined): string {
  if (!schema) return '';
  if (schema.$ref) return schema.$ref.split('/').at(-1) ?? '';
  const type = [schema.type ?? ''].flat().join(' | ');
  const range = schema.minimum !== undefined || schema.maximum !== undefined ? ` (${schema.minimum ?? ''}–${schema.maximum ?? ''})` : '';
  return `${type}${range}${schema.enum ? `: ${schema.enum.join(', ')}` : ''}`;
}

function exampleOf(document: OpenApiDocument, media: { schema?: Schema; example?: unknown } | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const ref = media.schema?.$ref?.split('/').at(-1);
  const schema = ref ? document.components?.schemas?.[ref] : media.schema;
  return schema?.example ?? schema?.examples?.[0];
}

/** Descriptions mark names as `code`, as in CommonMark; the page shows those spans as code and the rest as text. */
function Prose({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}</>;
}

const anchorOf = (method: string, path: string) => `${method}-${path.replace(/[^a-z0-9]+/gi, '-')}`.replace(/-+$/, '');

function Example({ value }: { value: unknown }) {
  return value === undefined ? null : (
    <pre class="api-docs__example" tabindex={0}>
      <code>{JSON.stringify(value, null, 2)}</code>
    </pre>
  );
}

function OperationSection({ document, method, path, operation }: { document: OpenApiDocument; method: string; path: string; operation: Operation }) {
  const body = operation.requestBody?.content;
  const bodyType = body ? Object.keys(body)[0] : undefined;
  return (
    <section class="api-docs__operation" id={anchorOf(method, path)} aria-labelledby={`${anchorOf(method, path)}-title`}>
      <h3 id={`${anchorOf(method, path)}-title`}>
        <code>
          {method.toUpperCase()} {path}
        </code>
      </h3>
      {operation.summary && <p class="api-docs__summary">{operation.summary}</p>}
      {operation.description && (
        <p>
          <Prose text={operation.description} />
        </p>
      )}
      {operation.security && (
        <p>
          Needs a staff API token: <code>Authorization: Bearer dwn_…</code>
        </p>
      )}
      {operation.parameters && operation.parameters.length > 0 && (
        <section class="table-scroll" tabindex={0} aria-label={`Parameters of ${method.toUpperCase()} ${path}`}>
          <table class="admin-table">
            <caption>Parameters</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">In</th>
                <th scope="col">Type</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr>
                  <th scope="row">
                    <code>{parameter.name}</code>
                    {parameter.required ? ' (required)' : ''}
                  </th>
                  <td>{parameter.in}</td>
                  <td>{typeOf(parameter.schema)}</td>
                  <td>
                    <Prose text={parameter.description ?? parameter.schema?.description ?? ''} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {bodyType && (
        <>
          <h4>Body ({bodyType})</h4>
          <Example value={exampleOf(document, body?.[bodyType])} />
        </>
      )}
      <h4>Answers</h4>
      <ul>
        {Object.entries(operation.responses ?? {}).map(([status, response]) => (
          <li>
            <strong>{status}</strong> <Prose text={response.description ?? ''} />
          </li>
        ))}
      </ul>
      <Example value={exampleOf(document, operation.responses?.['200']?.content?.['application/json'])} />
    </section>
  );
}

export function ApiDocs({ document, stylesheetHref }: { document: OpenApiDocument; stylesheetHref: string }) {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method]! })),
  );
  const base = document.servers?.[0]?.url ?? '';
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{document.info.title}</title>
        <link rel="stylesheet" href={stylesheetHref} />
      </head>
      <body class="api-docs">
        <main class="api-docs__main">
          <h1>
            {document.info.title} <small>{document.info.version}</small>
          </h1>
          {document.info.description && (
            <p>
              <Prose text={document.info.description} />
            </p>
          )}
          <p>
            Base address: <code>{base}</code>. The machine-readable document (OpenAPI 3.1): <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
          </p>
          <nav aria-label="Operations">
            <h2>Operations</h2>
            <ul>
              {operations.map(({ path, method, operation }) => (
                <li>
                  <a href={`#${anchorOf(method, path)}`}>
                    <code>
                      {method.toUpperCase()} {path}
                    </code>
                  </a>{' '}
                  {operation.summary ?? ''}
                </li>
              ))}
            </ul>
          </nav>
          <h2>Reference</h2>
          {operations.map(({ path, method, operation }) => (
            <OperationSection document={document} method={method} path={path} operation={operation} />
          ))}
        </main>
      </body>
    </html>
  );
}
