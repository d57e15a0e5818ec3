/**
 * Administrators' view of machine translation (`/admin/translation`): the engines this instance has,
 * which goes first when several offer a language pair, each one's monthly character budget, and this
 * month's counters (characters sent, memory hit rate); and the quality by engine and language pair: the
 * terminology check's findings and readers' reports.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths, staffOf } from '../admin/index.ts';
import type { AuditService } from '../audit/index.ts';
import { FormError } from '../http/form-error.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { ENGINE_IDS } from './engine-settings.ts';
import type { EngineId } from './engines/engine.ts';
import type { MachineTranslationService } from './machine-translation.service.ts';
import { EnginesPage, type QualityRow } from './views/engines-page.tsx';

/** Readers' reports counted by engine and pair (from `translation-reports`, given by `app.ts`). */
export interface ReportCounts {
  counts(): Promise<{ engine: string; sourceLanguage: string; language: string; open: number; total: number }[]>;
}

type EnginesForm = Record<string, string>;

function readForm(form: EnginesForm, configured: EngineId[], current: ReturnType<MachineTranslationService['engineSettings']>) {
  const errors: Record<string, MessageKey> = {};
  const position = (id: EngineId) => Number(form[`position.${id}`] ?? ENGINE_IDS.indexOf(id) + 1);
  const budgets = { ...current.monthlyCharacterBudget };
  for (const id of configured) {
    const raw = (form[`budget.${id}`] ?? '').trim().replace(/[\s,._]/g, '');
    if (raw === '') budgets[id] = null;
    else if (/^\d{1,12}$/.test(raw)) budgets[id] = Number(raw);
    else errors[`budget.${id}`] = 'admin.translation.budgetInvalid';
  }
  if (Object.keys(errors).length > 0) throw new FormError('translation.engine_settings_invalid', errors);
  const order = [...ENGINE_IDS].sort((a, b) => position(a) - position(b) || ENGINE_IDS.indexOf(a) - ENGINE_IDS.indexOf(b));
  return { order, monthlyCharacterBudget: budgets };
}

/** One row per engine and pair that has findings or reports. */
async function qualityRows(
  machine: MachineTranslationService,
  reports: ReportCounts | null,
): Promise<(Omit<QualityRow, 'pair'> & { from: string; to: string })[]> {
  const rows = new Map<string, { engine: string; name: string; from: string; to: string; forbidden: number; missing: number; open: number; reports: number }>();
  const row = (engine: string, from: string, to: string) => {
    const key = `${engine} ${from} ${to}`;
    let found = rows.get(key);
    if (!found) {
      found = { engine, name: machine.engines().find((e) => e.id === engine)?.name ?? engine, from, to, forbidden: 0, missing: 0, open: 0, reports: 0 };
      rows.set(key, found);
    }
    return found;
  };
  for (const count of await machine.terminologyCounts()) {
    if (count.origin !== 'machine' || !count.engine) continue;
    const found = row(count.engine, count.sourceLanguage, count.language);
    found.forbidden += count.forbidden;
    found.missing += count.missing;
  }
  for (const count of (await reports?.counts()) ?? []) {
    const found = row(count.engine, count.sourceLanguage, count.language);
    found.open += count.open;
    found.reports += count.total;
  }
  return [...rows.values()].map((r) => ({
    ...r,
    forbidden: String(r.forbidden),
    missing: String(r.missing),
    open: String(r.open),
    reports: String(r.reports),
  }));
}

export function translationAdminRoutes(machine: MachineTranslationService, reports: ReportCounts | null, audit: Pick<AuditService, 'record'>): AdminRoutes {
  return (admin, tools) => {
    async function page(
      request: FastifyRequest,
      reply: FastifyReply,
      state: { form?: EnginesForm; errors?: Record<string, string>; saved?: boolean; status?: number },
    ) {
      const usage = await machine.usage();
      const quality = await qualityRows(machine, reports);
      const number = new Intl.NumberFormat(request.adminLanguage);
      const percent = new Intl.NumberFormat(request.adminLanguage, { style: 'percent', maximumFractionDigits: 0 });
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.translation.title'),
        status: state.status,
        body: (
          <EnginesPage
            t={t}
            action={adminPaths.translation}
            csrfToken={csrfToken}
            saved={state.saved ?? false}
            errors={state.errors ?? {}}
            quality={quality.map((row) => ({
              ...row,
              pair: t('admin.glossary.pair', { from: nativeLanguageName(row.from), to: nativeLanguageName(row.to) }),
            }))}
            reportsHref={adminPaths.translationReports}
            engines={usage.map((engine, index) => {
              const lookups = engine.memoryHits + engine.memoryMisses;
              return {
                id: engine.engine,
                name: engine.name,
                position: state.form?.[`position.${engine.engine}`] ?? String(index + 1),
                budget: state.form?.[`budget.${engine.engine}`] ?? (engine.budget === null ? '' : String(engine.budget)),
                characters: number.format(engine.characters),
                budgetUse: engine.budget ? percent.format(engine.characters / engine.budget) : '—',
                hitRate: lookups > 0 ? percent.format(engine.memoryHits / lookups) : '—',
                segments: number.format(engine.memoryMisses),
              };
            })}
          />
        ),
      }));
    }

    admin.get<{ Querystring: { done?: string } }>(
      '/translation',
      { config: { permission: 'translation.configure' }, schema: { querystring: { type: 'object', properties: { done: { type: 'string', maxLength: 20 } } } } },
      async (request, reply) => page(request, reply, { saved: request.query.done === 'saved' }),
    );

    admin.post<{ Body: EnginesForm }>(
      '/translation',
      { config: { permission: 'translation.configure' }, schema: { body: { type: 'object', additionalProperties: { type: 'string', maxLength: 200 } } } },
      async (request, reply) => {
        return tools.submit(
          request,
          async () => {
            const configured = machine.engines().map((engine) => engine.id);
            const next = readForm(request.body, configured, machine.engineSettings());
            await machine.updateEngineSettings(next);
            await audit.record(staffOf(request).id, 'translation.engines', 'engines', { ...next });
            return reply.redirect(`${adminPaths.translation}?done=saved`, 303);
          },
          (errors) => page(request, reply, { form: request.body, errors, status: 400 }),
        );
      },
    );
  };
}
