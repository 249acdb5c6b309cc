import { cadenceOf, type Cadence } from '#domain/keep-in-touch';
import type { FollowThroughRepo } from './follow-through.repo.ts';

/** The cadence of each contact that has interactions or interview steps (one contact, or all). */
export async function cadencesOf(
  repo: FollowThroughRepo,
  ownerId: string,
  contactId?: string,
): Promise<Map<string, Cadence>> {
  const [steps, interactions, settings] = await Promise.all([
    repo.contactSteps(ownerId, contactId),
    repo.listInteractions(ownerId, contactId),
    repo.keepInTouchSettings(ownerId, contactId),
  ]);
  const contactIds = new Set([...steps.map((step) => step.contact_id), ...interactions.map((row) => row.contact_id)]);
  const cadences = new Map<string, Cadence>();
  for (const id of contactIds) {
    const setting = settings.find((row) => row.contact_id === id);
    cadences.set(
      id,
      cadenceOf({
        loggedOn: interactions.filter((row) => row.contact_id === id).map((row) => row.on_day),
        steps: steps.filter((step) => step.contact_id === id).map((step) => ({ kind: step.kind, onDay: step.on_day })),
        setting: setting ? { everyMonths: Number(setting.every_months), stopped: Number(setting.stopped) === 1 } : null,
      }),
    );
  }
  return cadences;
}
