import app from './app.json' with { type: 'json' };
import contacts from './contacts.json' with { type: 'json' };
import notes from './notes.json' with { type: 'json' };
import validation from './validation.json' with { type: 'json' };
import cli from './cli.json' with { type: 'json' };
import transfer from './transfer.json' with { type: 'json' };
import organisations from './organisations.json' with { type: 'json' };
import importWords from './import.json' with { type: 'json' };
import search from './search.json' with { type: 'json' };
import calendar from './calendar.json' with { type: 'json' };
import scheduling from './scheduling.json' with { type: 'json' };
import requests from './requests.json' with { type: 'json' };
import interviews from './interviews.json' with { type: 'json' };
import drafting from './drafting.json' with { type: 'json' };
import questions from './questions.json' with { type: 'json' };
import preparation from './preparation.json' with { type: 'json' };
import live from './live.json' with { type: 'json' };
import followThrough from './follow-through.json' with { type: 'json' };
import insights from './insights.json' with { type: 'json' };
import report from './report.json' with { type: 'json' };

// One file per area, so that features add their words without touching each other's files.
export default {
  ...app,
  ...contacts,
  ...notes,
  ...validation,
  ...cli,
  ...transfer,
  ...organisations,
  ...importWords,
  ...search,
  ...calendar,
  ...scheduling,
  ...requests,
  ...interviews,
  ...drafting,
  ...questions,
  ...preparation,
  ...live,
  ...followThrough,
  ...insights,
  ...report,
};
