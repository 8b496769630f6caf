import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const SAMPLE_QUESTIONNAIRE = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'questionnaires',
  'sample-1.0.0.json',
);

/** Page model of the whole app: the journeys are spelled the way a user would do them. */
export class AppModel {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  async open(hash = '#/'): Promise<void> {
    await this.page.goto(new URL(hash, this.baseURL).href);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.locator('h1');
  }

  async loadQuestionnaireFile(path: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Questionnaires', exact: true }).click();
    await this.page.getByLabel('Questionnaire file (JSON)').setInputFiles(path);
  }

  /** Creates an assessment that includes only the questionnaires named (by default the sample fixture). */
  async createAssessment(
    profile: { name: string; country: string; year: number },
    questionnaires: readonly string[] = ['Sample questionnaire (test fixture)'],
  ): Promise<void> {
    await this.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await this.page.getByRole('link', { name: 'Create an assessment' }).click();
    await this.page.getByLabel('Name of the city or community').fill(profile.name);
    await this.page.getByLabel('Country').selectOption({ label: profile.country });
    await this.page.getByLabel('Year assessed').fill(String(profile.year));
    const choices = this.page.getByRole('group', { name: 'Questionnaires to include' }).getByRole('checkbox');
    for (const choice of await choices.all()) {
      const label = await choice.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
      await choice.setChecked(questionnaires.includes(label));
    }
    await this.page.getByRole('button', { name: 'Create and start answering' }).click();
    await this.page.getByRole('heading', { level: 1, name: `${profile.name} ${profile.year}` }).waitFor();
  }

  item(itemId: string): Locator {
    return this.page.locator(`section[data-item-id="${itemId}"]`);
  }

  async chooseLevel(itemId: string, level: number, label: string): Promise<void> {
    await this.item(itemId).getByLabel(`Level ${level}: ${label}`).check();
  }

  async checkedLevel(itemId: string): Promise<string | null> {
    const checked = this.item(itemId).locator('input[type=radio]:checked');
    return (await checked.count()) === 0 ? null : checked.getAttribute('value');
  }

  /** Waits for the visible "saved" state. */
  async waitSaved(): Promise<void> {
    await this.page.locator('[data-save-state="saved"]').waitFor();
  }

  async expectHeading(text: string): Promise<void> {
    await expect.poll(() => this.heading().textContent()).toBe(text);
  }
}
