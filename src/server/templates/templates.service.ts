import type { Kysely } from 'kysely';
import { AppError } from '#domain/errors';
import { locales, type Locale } from '#domain/locale';
import { builtInTemplate, templateKinds, type TemplateKind } from '#domain/request-templates';
import { findUnknownPlaceholders } from '#domain/template-placeholders';
import type { Template } from '#shared/template.schema';
import type { Database } from '../db/tables.ts';
import type { ActingUser } from '../users/acting-user.ts';
import { TemplatesRepo, type TemplateRow } from './templates.repo.ts';

interface TemplateFields {
  kind: TemplateKind;
  language: Locale;
  name: string;
  subject: string;
  body: string;
  replacesBuiltIn: boolean;
}

/**
 * Request templates: the built-in ones (data in src/domain/request-templates/, one file per
 * language) and the user's own. Editing a built-in one saves the user's copy, which takes its
 * place for that kind and language; deleting the copy brings the built-in one back.
 */
export class TemplatesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(user: ActingUser, language?: Locale): Promise<Template[]> {
    const own = await new TemplatesRepo(this.db).list(user.id, language);
    const replaced = new Set(
      own.filter((row) => row.replaces_built_in === 1).map((row) => `${row.kind}:${row.language}`),
    );
    const builtIns = (language ? [language] : [...locales]).flatMap((lang) =>
      templateKinds
        .filter((kind) => !replaced.has(`${kind}:${lang}`))
        .map((kind): Template => {
          const template = builtInTemplate(kind, lang);
          return {
            id: `builtin:${kind}:${lang}`,
            builtIn: true,
            kind,
            language: lang,
            name: '',
            subject: template.subject,
            body: template.body,
            replacesBuiltIn: false,
            version: 1,
          };
        }),
    );
    return [...builtIns, ...own.map(toTemplate)];
  }

  async create(user: ActingUser, fields: TemplateFields): Promise<Template> {
    assertKnownPlaceholders(fields);
    return this.db.transaction().execute(async (trx) => {
      const repo = new TemplatesRepo(trx);
      if (fields.replacesBuiltIn && (await repo.findReplacement(user.id, fields.kind, fields.language)))
        throw new AppError('validation_failed', { fields: [{ field: 'replacesBuiltIn', rule: 'duplicate' }] });
      return toTemplate(await repo.insert(user.id, toValues(fields), this.clock().toISOString()));
    });
  }

  async update(user: ActingUser, id: string, version: number, fields: TemplateFields): Promise<Template> {
    assertKnownPlaceholders(fields);
    return this.db.transaction().execute(async (trx) => {
      const repo = new TemplatesRepo(trx);
      const current = await repo.findById(user.id, id);
      if (!current) throw new AppError('not_found');
      if (fields.replacesBuiltIn && (await repo.findReplacement(user.id, fields.kind, fields.language, id)))
        throw new AppError('validation_failed', { fields: [{ field: 'replacesBuiltIn', rule: 'duplicate' }] });
      const updated = await repo.update(user.id, id, version, toValues(fields), this.clock().toISOString());
      if (!updated) throw new AppError('version_conflict', { current: toTemplate(current) });
      return toTemplate(updated);
    });
  }

  async delete(user: ActingUser, id: string): Promise<void> {
    if (!(await new TemplatesRepo(this.db).delete(user.id, id))) throw new AppError('not_found');
  }
}

/** A placeholder Rapport cannot fill would reach the advisor as "{{typo}}": refused, and named. */
function assertKnownPlaceholders(fields: { subject: string; body: string }): void {
  for (const field of ['subject', 'body'] as const) {
    const [unknown] = findUnknownPlaceholders(fields[field]);
    if (unknown !== undefined)
      throw new AppError('validation_failed', {
        fields: [{ field, rule: 'unknown_placeholder', value: `{{${unknown}}}` }],
      });
  }
}

function toValues(fields: TemplateFields) {
  return {
    kind: fields.kind,
    language: fields.language,
    name: fields.name,
    subject: fields.subject,
    body: fields.body,
    replaces_built_in: fields.replacesBuiltIn ? 1 : 0,
  };
}

function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    builtIn: false,
    kind: (templateKinds as readonly string[]).includes(row.kind) ? (row.kind as TemplateKind) : 'cold_email',
    language: (locales as readonly string[]).includes(row.language) ? (row.language as Locale) : 'en',
    name: row.name,
    subject: row.subject,
    body: row.body,
    replacesBuiltIn: Number(row.replaces_built_in) === 1,
    version: Number(row.version),
  };
}
