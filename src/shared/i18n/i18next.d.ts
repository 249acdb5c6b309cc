import 'i18next';
import type en from './locales/en/index.ts';

// Types every t('...') call against the English catalogue: a misspelt key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    returnNull: false;
  }
}
