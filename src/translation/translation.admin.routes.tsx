/**
 * Administrators' view of machine translation (`/admin/translation`): the engines this instance has,
 * which goes first when several offer a language pair, each one's monthly character budget, and this
 * month's counters (characters sent, memory hit rate).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths } from '../admin/index.ts';
import { FormError } from '../http/form-error.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { ENGINE_IDS } from './engine-settings.ts';
import type { EngineId } from './engines/engine.ts';
import type { MachineTranslationService } from './machine-translation.service.ts';
import { EnginesPage } from './views/engines-page.tsx';

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

export function translationAdminRoutes(machine: MachineTranslationService): AdminRoutes {
  return (admin, tools) => {
    async function page(
      request: FastifyRequest,
      reply: FastifyReply,
      state: { form?: EnginesForm; errors?: Record<string, string>; saved?: boolean; status?: number },
    ) {
      const usage = await machine.usage();
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
            await machine.updateEngineSettings(readForm(request.body, configured, machine.engineSettings()));
            return reply.redirect(`${adminPaths.translation}?done=saved`, 303);
          },
          (errors) => page(request, reply, { form: request.body, errors, status: 400 }),
        );
      },
    );
  };
}
