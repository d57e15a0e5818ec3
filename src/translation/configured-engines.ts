/** The engines this instance's configuration switches on; an engine without its variable is absent. */
import type { Config } from '../config.ts';
import { createApertiumEngine } from './engines/apertium.ts';
import { createDeeplEngine } from './engines/deepl.ts';
import type { TranslationEngine } from './engines/engine.ts';
import { createGoogleEngine } from './engines/google.ts';
import { createLibreTranslateEngine } from './engines/libretranslate.ts';

export function configuredEngines(engines: Config['engines']): TranslationEngine[] {
  return [
    ...(engines.deepl ? [createDeeplEngine({ apiKey: engines.deepl.apiKey, ...(engines.deepl.url ? { baseUrl: engines.deepl.url } : {}) })] : []),
    ...(engines.google ? [createGoogleEngine({ apiKey: engines.google.apiKey, ...(engines.google.url ? { baseUrl: engines.google.url } : {}) })] : []),
    ...(engines.libreTranslate
      ? [
          createLibreTranslateEngine({
            baseUrl: engines.libreTranslate.url,
            ...(engines.libreTranslate.apiKey ? { apiKey: engines.libreTranslate.apiKey } : {}),
          }),
        ]
      : []),
    ...(engines.apertium ? [createApertiumEngine({ baseUrl: engines.apertium.url })] : []),
  ];
}
