import type { Page } from '@playwright/test';
import { expect, test } from './server-fixture.ts';

// The question bank as a German-speaking user drives it, at desktop and phone size: filter it,
// reword a question in German, hide one, add one of their own, and see the English fallback.

test.use({ locale: 'de-DE' });

const firstQuestion = 'Wie lautet Ihre offizielle Berufsbezeichnung';
const secondQuestion = 'Unter welchen anderen Bezeichnungen findet man diese Stelle';

function questionItem(page: Page, text: string) {
  return page.locator('li.question', { hasText: text });
}

test('a user filters the bank, rewords a question in German, hides one and adds one of their own', async ({
  page,
  rapport,
}) => {
  await page.goto(rapport.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Fragen' }).click();
  await expect(page.getByRole('heading', { name: 'Fragensammlung', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '81 Fragen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Die Stelle und ihre Bezeichnungen' })).toBeVisible();

  // Filter: a word (folded: "gehalt" finds "Gehälter"), a category, a lens with its explanation.
  await page.getByLabel('Fragen durchsuchen').fill('gehalt');
  await page.getByLabel('Kategorie').selectOption({ label: 'Gehaltsspannen' });
  await page.getByRole('radio', { name: 'Trends' }).check();
  await expect(page.getByRole('radio', { name: 'Trends' })).toHaveAccessibleDescription(
    'Wohin sich das Fach bewegt: Wandel, Nachfrage und was künftig zählt.',
  );
  await expect(page.locator('li.question')).toHaveCount(1);
  await expect(page.locator('li.question')).toContainText('Sind die Gehälter in diesem Bereich');
  await expect(page.getByRole('status').filter({ hasText: '1 von 81 Fragen' })).toBeVisible();

  // A filter with no result says so and offers a way out.
  await page.getByLabel('Fragen durchsuchen').fill('Zebrastreifen');
  await expect(page.getByRole('heading', { name: 'Keine passende Frage' })).toBeVisible();
  await expect(page.getByRole('button', { name: '„Zebrastreifen“ als eigene Frage hinzufügen' })).toBeVisible();
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(page.getByLabel('Fragen durchsuchen')).toBeFocused();
  await expect(page.locator('li.question')).toHaveCount(81);

  // Reword the first question in German; the German tab is open because the UI is German.
  await questionItem(page, firstQuestion).getByRole('button', { name: 'Bearbeiten' }).click();
  const editor = page.locator('form.question-editor');
  await expect(editor.getByRole('tab', { name: 'Deutsch (formuliert)' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.getByLabel('Die Frage auf Deutsch')).toBeFocused();
  // The tabs answer the arrow keys, and each says whether that language is written.
  await editor.getByRole('tab', { name: 'Deutsch (formuliert)' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(editor.getByRole('tab', { name: 'Indonesisch (formuliert)' })).toBeFocused();
  await expect(editor.getByLabel('Die Frage auf Indonesisch')).toHaveValue(/jabatan resmi/);
  await page.keyboard.press('ArrowLeft');
  await editor
    .getByLabel('Die Frage auf Deutsch')
    .fill('Welchen Titel tragen Sie, und wie erklären Sie Ihre Arbeit Fachfremden?');
  await editor.getByRole('button', { name: 'Frage speichern' }).click();
  await expect(page.getByText('Frage gespeichert.')).toBeVisible();
  const reworded = questionItem(page, 'Welchen Titel tragen Sie');
  await expect(reworded).toContainText('Von Ihnen geändert');
  await expect(reworded.getByRole('button', { name: 'Bearbeiten' })).toBeFocused();

  // Hide the second question: it leaves the list, and comes back behind the toggle.
  await questionItem(page, secondQuestion).getByRole('button', { name: 'Ausblenden' }).click();
  await expect(page.getByText('Frage ausgeblendet.', { exact: false })).toBeVisible();
  await expect(questionItem(page, secondQuestion)).toHaveCount(0);
  await page.getByLabel('Ausgeblendete Frage zeigen (1)').check();
  await expect(questionItem(page, secondQuestion)).toContainText('Ausgeblendet');
  await expect(questionItem(page, secondQuestion).getByRole('button', { name: 'Wieder einblenden' })).toBeVisible();
  await page.getByLabel('Ausgeblendete Frage zeigen (1)').uncheck();

  // Add a question of one's own, in German only; an empty one is refused with a clear message.
  await page.getByRole('button', { name: 'Neue Frage' }).click();
  const newEditor = page.locator('form.question-editor');
  await newEditor.getByRole('button', { name: 'Frage hinzufügen' }).click();
  await expect(newEditor.getByText('Fragetext ist ein Pflichtfeld.')).toBeVisible();
  await newEditor.getByLabel('Die Frage auf Deutsch').fill('Was hat Sie in Ihrem ersten Jahr am meisten überrascht?');
  await newEditor.getByLabel('Kategorie').selectOption({ label: 'Der eigene Weg des Gegenübers' });
  await newEditor.getByLabel('TIARA-Blickwinkel').selectOption({ label: 'Einblicke' });
  await newEditor.getByLabel('Zeit für die Antwort').selectOption({ label: '3 Minuten' });
  await newEditor.getByRole('button', { name: 'Frage hinzufügen' }).click();
  await expect(page.getByText('Frage hinzugefügt.')).toBeVisible();
  const own = questionItem(page, 'Was hat Sie in Ihrem ersten Jahr');
  await expect(own).toContainText('Eigene Frage');
  await expect(own).toContainText('etwa 3 Minuten');

  // Everything is still there after a reload.
  await page.reload();
  await expect(questionItem(page, 'Welchen Titel tragen Sie')).toBeVisible();
  await expect(questionItem(page, secondQuestion)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '81 Fragen' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('questions-de.png') });

  // In English, the German-only question shows its German text and says so.
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Question bank', level: 1 })).toBeVisible();
  const ownInEnglish = questionItem(page, 'Was hat Sie in Ihrem ersten Jahr');
  await expect(ownInEnglish).toContainText('Shown in German');
  await expect(ownInEnglish.locator('.question-text')).toHaveAttribute('lang', 'de');
  await expect(questionItem(page, 'What is your official title')).toBeVisible();
  await ownInEnglish.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('questions-en-fallback.png') });
});
