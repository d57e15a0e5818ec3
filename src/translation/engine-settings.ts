/**
 * What administrators decide about engines: which one goes first when several offer a pair, and a
 * monthly character budget per engine (null: no limit). Stored with the site settings.
 */
import type { ChangeBus } from '../changes/index.ts';
import { AppError } from '../http/app-error.ts';
import type { SettingsService } from '../site/index.ts';
import type { EngineId } from './engines/engine.ts';

export const ENGINE_IDS: readonly EngineId[] = ['deepl', 'google', 'libretranslate', 'apertium'];

export interface EngineSettings {
  order: EngineId[];
  monthlyCharacterBudget: Partial<Record<EngineId, number | null>>;
}

const SETTING_KEY = 'machineTranslation';
export const DEFAULT_ENGINE_SETTINGS: EngineSettings = { order: [...ENGINE_IDS], monthlyCharacterBudget: {} };

type SettingsStore = Pick<SettingsService, 'readFeatureSetting' | 'writeFeatureSetting'>;

export async function readEngineSettings(store: SettingsStore): Promise<EngineSettings> {
  const stored = (await store.readFeatureSetting(SETTING_KEY)) as Partial<EngineSettings> | undefined;
  const order = (stored?.order ?? []).filter((id) => ENGINE_IDS.includes(id));
  return {
    // Engines missing from a stored order (added later) go last, in the default order.
    order: [...order, ...ENGINE_IDS.filter((id) => !order.includes(id))],
    monthlyCharacterBudget: stored?.monthlyCharacterBudget ?? {},
  };
}

export async function writeEngineSettings(store: SettingsStore, settings: EngineSettings): Promise<EngineSettings> {
  if (new Set(settings.order).size !== settings.order.length || settings.order.some((id) => !ENGINE_IDS.includes(id))) {
    throw new AppError('translation.engine_settings_invalid', 'The engine order must name each engine once');
  }
  for (const budget of Object.values(settings.monthlyCharacterBudget)) {
    if (budget !== null && budget !== undefined && (!Number.isInteger(budget) || budget < 0))
      throw new AppError('translation.engine_settings_invalid', 'A budget is a whole number of characters');
  }
  await store.writeFeatureSetting(SETTING_KEY, settings);
  return settings;
}

/** The settings as last read: loaded at start, again whenever everything reloads, replaced when administrators save. */
export interface CurrentEngineSettings {
  get(): EngineSettings;
  /** The engine's monthly character budget; null: no limit. */
  budgetOf(engine: EngineId): number | null;
  load(): Promise<void>;
  write(settings: EngineSettings): Promise<void>;
}

export function currentEngineSettings(store: SettingsStore, changes: Pick<ChangeBus, 'onReload'>): CurrentEngineSettings {
  let current: EngineSettings = DEFAULT_ENGINE_SETTINGS;
  const load = async () => {
    current = await readEngineSettings(store);
  };
  changes.onReload(async (change) => {
    if ('everything' in change) await load();
  });
  return {
    get: () => current,
    budgetOf: (engine) => current.monthlyCharacterBudget[engine] ?? null,
    load,
    async write(settings) {
      current = await writeEngineSettings(store, settings);
    },
  };
}
