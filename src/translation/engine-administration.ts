/** What administrators see and change of the engines: their order, their budgets and this month's counters. */
import type { Kysely } from 'kysely';
import type { ChangeBus } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import type { EngineRouting } from './engine-routing.ts';
import type { CurrentEngineSettings, EngineSettings } from './engine-settings.ts';
import type { EngineId } from './engines/engine.ts';
import type { EngineUsageView } from './machine-translation-types.ts';
import * as repo from './translation.repository.ts';

export interface EngineAdministration {
  /** The configured engines, in the administrators' order. */
  engines(): { id: EngineId; name: string }[];
  engineSettings(): EngineSettings;
  updateEngineSettings(settings: EngineSettings): Promise<void>;
  /** Each configured engine's counters this month, with its budget. */
  usage(): Promise<EngineUsageView[]>;
}

export interface EngineAdministrationDeps {
  db: Kysely<Database>;
  routing: Pick<EngineRouting, 'ordered' | 'forget'>;
  engineSettings: CurrentEngineSettings;
  changes: Pick<ChangeBus, 'publish'>;
  now: () => Date;
}

const NO_USAGE: repo.UsageCounts = { characters: 0, requests: 0, memoryHits: 0, memoryMisses: 0 };

export function createEngineAdministration({ db, routing, engineSettings, changes, now }: EngineAdministrationDeps): EngineAdministration {
  return {
    engines: () => routing.ordered().map(({ id, name }) => ({ id, name })),
    engineSettings: () => engineSettings.get(),
    async updateEngineSettings(next) {
      await engineSettings.write(next);
      routing.forget();
      await changes.publish({ everything: true });
    },
    async usage() {
      const counted = await repo.usageIn(db, repo.monthOf(now()));
      return routing.ordered().map((engine) => ({
        engine: engine.id,
        name: engine.name,
        ...(counted.get(engine.id) ?? NO_USAGE),
        budget: engineSettings.budgetOf(engine.id),
      }));
    },
  };
}
