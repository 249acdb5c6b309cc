import app from './app.json' with { type: 'json' };
import contacts from './contacts.json' with { type: 'json' };
import validation from './validation.json' with { type: 'json' };
import cli from './cli.json' with { type: 'json' };

// One file per area, so that features add their words without touching each other's files.
export default { ...app, ...contacts, ...validation, ...cli };
