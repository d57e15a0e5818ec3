/** Editors manage how news is filed: sections and tags with names per language, and Member States. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, type AdminTools, adminPaths, staffOf } from '../admin/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { TermKind } from '../db/schema.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import type { SettingsService } from '../site/index.ts';
import type { TaxonomyService } from './taxonomy.service.ts';
import { TaxonomyOverview, TermForm } from './views/admin/taxonomy-pages.tsx';

/** Routes are registered inside the admin area, which is mounted at /admin. */
const ROUTE = '/taxonomy';
const kindParams = { kind: { type: 'string', enum: ['section', 'tag'] } } as const;
const doneQuery = { querystring: { type: 'object', properties: { done: { type: 'string', maxLength: 20 } } } } as const;
const termBody = { body: { type: 'object', additionalProperties: { type: 'string', maxLength: 1000 } } } as const;

export function taxonomyAdminRoutes(taxonomy: TaxonomyService, settings: SettingsService, audit: Pick<AuditService, 'record'>): AdminRoutes {
  return (admin, tools: AdminTools) => {
    admin.get<{ Querystring: { done?: string } }>(ROUTE, { config: { permission: 'taxonomy.manage' }, schema: doneQuery }, async (request, reply) => {
      const language = request.adminLanguage;
      const [sections, tags, states, candidates] = await Promise.all([
        taxonomy.terms('section', language),
        taxonomy.terms('tag', language),
        taxonomy.memberStateIndex(language),
        taxonomy.memberStateCandidates(language),
      ]);
      const done = request.query.done;
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.taxonomy.title'),
        body: (
          <TaxonomyOverview
            t={t}
            view={{
              notice: done === 'saved' ? t('admin.taxonomy.saved') : done === 'added' ? t('admin.taxonomy.added') : null,
              sections: sections.map((term) => ({ name: term.name, href: adminPaths.term('section', term.id) })),
              tags: tags.map((term) => ({ name: term.name, href: adminPaths.term('tag', term.id) })),
              memberStates: states.map((state) => state.name),
              newSectionHref: adminPaths.term('section', 'new'),
              newTagHref: adminPaths.term('tag', 'new'),
              addMemberState: {
                action: adminPaths.memberStates,
                csrfToken,
                options: candidates.map((c) => ({ value: c.code, label: c.name })),
              },
            }}
          />
        ),
      }));
    });

    admin.post<{ Body: { code?: string } }>(
      `${ROUTE}/member-states`,
      {
        config: { permission: 'taxonomy.manage' },
        schema: {
          body: {
            type: 'object',
            properties: { _csrf: { type: 'string', maxLength: 200 }, code: { type: 'string', pattern: '^[A-Za-z]{2}$' } },
            required: ['code'],
          },
        },
      },
      async (request, reply) => {
        const code = request.body.code!.toUpperCase();
        await taxonomy.addMemberStates([code]);
        await audit.record(staffOf(request).id, 'member_state.add', `member_state:${code}`);
        return reply.redirect(`${adminPaths.taxonomy}?done=added`, 303);
      },
    );

    async function termPage(
      request: FastifyRequest,
      reply: FastifyReply,
      kind: TermKind,
      id: number | null,
      state: { values?: Record<string, string>; errors?: Record<string, string>; notice?: string | null; status?: number } = {},
    ) {
      const t = tools.t(request);
      const existing = id === null ? null : (await taxonomy.termsForEditing(kind)).find((term) => term.id === id);
      if (id !== null && !existing) return reply.callNotFound();
      const values = state.values ?? {
        slug: existing?.slug ?? '',
        ...Object.fromEntries(Object.entries(existing?.names ?? {}).map(([l, n]) => [`name-${l}`, n])),
      };
      const displayName = existing?.names[request.adminLanguage] ?? existing?.names[settings.current().defaultLanguage] ?? existing?.slug ?? '';
      const title = existing
        ? t(kind === 'section' ? 'admin.taxonomy.editSection' : 'admin.taxonomy.editTag', { name: displayName })
        : t(kind === 'section' ? 'admin.taxonomy.newSection' : 'admin.taxonomy.newTag');
      return tools.page(request, reply, ({ csrfToken }) => ({
        title,
        status: state.status,
        body: (
          <TermForm
            t={t}
            view={{
              action: adminPaths.term(kind, id ?? 'new'),
              csrfToken,
              slug: values.slug ?? '',
              slugError: state.errors?.slug,
              notice: state.notice ?? null,
              names: settings.current().languages.map((language) => ({
                name: `name-${language}`,
                label: t('admin.taxonomy.name', { language: nativeLanguageName(language) }),
                value: values[`name-${language}`] ?? '',
                error: state.errors?.[`name-${language}`],
              })),
            }}
          />
        ),
      }));
    }

    type TermRoute = { Params: { kind: TermKind; id: string }; Body: Record<string, string> };
    const termParams = {
      params: { type: 'object', properties: { ...kindParams, id: { type: 'string', pattern: '^(new|[0-9]{1,9})$' } }, required: ['kind', 'id'] },
    } as const;
    const idOf = (raw: string) => (raw === 'new' ? null : Number(raw));

    admin.get<TermRoute>(`${ROUTE}/:kind/:id`, { config: { permission: 'taxonomy.manage' }, schema: termParams }, async (request, reply) =>
      termPage(request, reply, request.params.kind, idOf(request.params.id)),
    );

    admin.post<TermRoute>(
      `${ROUTE}/:kind/:id`,
      { config: { permission: 'taxonomy.manage' }, schema: { ...termParams, ...termBody } },
      async (request, reply) => {
        const { kind } = request.params;
        const id = idOf(request.params.id);
        const body = request.body ?? {};
        const names = Object.fromEntries(settings.current().languages.map((language) => [language, body[`name-${language}`] ?? '']));
        return tools.submit(
          request,
          async () => {
            const termId = await taxonomy.saveTerm(kind, id, { slug: body.slug ?? '', names });
            await audit.record(staffOf(request).id, id === null ? 'term.create' : 'term.save', `${kind}:${termId}`, { slug: body.slug ?? '', names });
            return reply.redirect(`${adminPaths.taxonomy}?done=saved`, 303);
          },
          (errors) => termPage(request, reply, kind, id, { values: body, errors, status: 400 }),
        );
      },
    );
  };
}
