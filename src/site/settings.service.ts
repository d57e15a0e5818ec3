/** Site-wide settings (languages, default language, organization name), read once and kept in memory. */
import type { Kysely } from 'kysely';
import { type ChangeBus, changeOfEverything } from '../changes/index.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../http/app-error.ts';
import { isLanguageTag } from '../i18n/locales.ts';
import { translatorFor } from '../i18n/messages.ts';
import { readAllSettings, writeSetting } from './settings.repository.ts';

export interface SiteSettings {
  /** Official languages, in the order the language switcher shows them. */
  languages: string[];
  defaultLanguage: string;
  /** Organization name per language; other languages use the default language's. */
  organizationName: Record<string, string>;
  /** What the site is, per language: the home page's meta description and the feeds' description. */
  description: Record<string, string>;
}

export const DEFAULT_SETTINGS: SiteSettings = {
  languages: ['ar', 'en', 'fr'],
  defaultLanguage: 'en',
  organizationName: { en: 'Diwan' },
  description: {},
};

export interface SettingsService {
  /** The settings as last loaded; call `load` once before. */
  current(): SiteSettings;
  load(): Promise<SiteSettings>;
  update(changes: Partial<SiteSettings>): Promise<SiteSettings>;
  organizationNameIn(language: string): string;
  /** The site's description in a language, else a sentence naming the organization. */
  descriptionIn(language: string): string;
  /** A feature's own settings, stored beside the site's under a key of its own (read fresh, not kept). */
  readFeatureSetting(key: string): Promise<unknown>;
  writeFeatureSetting(key: string, value: unknown): Promise<void>;
}

function validate(settings: SiteSettings): SiteSettings {
  if (settings.languages.length === 0) throw new AppError('settings.invalid', 'At least one language is required');
  for (const language of settings.languages) {
    if (!isLanguageTag(language)) throw new AppError('settings.invalid', `"${language}" is not a BCP 47 language tag`);
  }
  if (!settings.languages.includes(settings.defaultLanguage)) {
    throw new AppError('settings.invalid', `The default language "${settings.defaultLanguage}" is not one of the site languages`);
  }
  return settings;
}

export function createSettingsService(db: Kysely<Database>, changes: ChangeBus): SettingsService {
  let snapshot: SiteSettings | null = null;

  const current = (): SiteSettings => {
    if (!snapshot) throw new Error('Settings read before load()');
    return snapshot;
  };

  function organizationNameIn(language: string): string {
    const { organizationName, defaultLanguage } = current();
    return organizationName[language] ?? organizationName[defaultLanguage] ?? Object.values(organizationName)[0] ?? 'Diwan';
  }

  async function load(): Promise<SiteSettings> {
    const stored = await readAllSettings(db);
    snapshot = validate({
      languages: (stored.get('languages') as string[] | undefined) ?? DEFAULT_SETTINGS.languages,
      defaultLanguage: (stored.get('defaultLanguage') as string | undefined) ?? DEFAULT_SETTINGS.defaultLanguage,
      organizationName: (stored.get('organizationName') as Record<string, string> | undefined) ?? DEFAULT_SETTINGS.organizationName,
      description: (stored.get('description') as Record<string, string> | undefined) ?? DEFAULT_SETTINGS.description,
    });
    return snapshot;
  }

  // Another instance changed the settings: every page's chrome may differ.
  changes.onReload(async (change) => {
    if ('everything' in change) await load();
  });

  return {
    current,
    load,
    async update(update) {
      const next = validate({ ...current(), ...update });
      await inTransaction(db, async (trx) => {
        for (const [key, value] of Object.entries(update)) await writeSetting(trx, key, value);
      });
      snapshot = next;
      await changes.publish(changeOfEverything());
      return next;
    },
    async readFeatureSetting(key) {
      return (await readAllSettings(db)).get(key);
    },
    async writeFeatureSetting(key, value) {
      await writeSetting(db, key, value);
    },
    descriptionIn(language) {
      return current().description[language] ?? translatorFor(language)('site.defaultDescription', { organization: organizationNameIn(language) });
    },
    organizationNameIn,
  };
}
